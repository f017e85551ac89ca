import type { Area } from '../area.js';
import { type Bar, meetsBar } from '../fraction.js';
import type { Choice } from '../schemas/ballot.js';
import type { Majority } from '../schemas/matter.js';
import type { ParkingRule } from '../schemas/roll.js';
import type { BallotIssue } from './ballot-issue.js';
import type { RevotePolicy, VotingRule } from './voting-rule.js';

/** A count of people and of area, side by side, as CC 278 always measures both. */
export interface Measure {
  readonly headcount: number;
  readonly area: Area;
}

/** Which of the four bars a check is. */
export type CheckId = 'quorum-headcount' | 'quorum-area' | 'approval-headcount' | 'approval-area';

/** One of the four checks: the exact ratio, the bar and whether it was met. */
export interface Check {
  readonly id: CheckId;
  readonly part: number;
  readonly whole: number;
  readonly bar: Bar;
  readonly passed: boolean;
}

/** Counts of what was received. */
export interface BallotCounts {
  readonly received: number;
  /** Ballots that stand (one per participating person). */
  readonly counted: number;
  /** Earlier ballots replaced by a revote. */
  readonly superseded: number;
  readonly rejected: number;
}

/** The result of a tally, explaining itself (see `explainTally`). */
export interface TallyResult {
  readonly majority: Majority;
  readonly revote: RevotePolicy;
  readonly electorate: Measure & {
    readonly part: string | undefined;
    readonly parking: ParkingRule;
    readonly excludedUnits: number;
    /**
     * Present only when units sharing co-owners were merged (RULES VOTE-7, a rules of
     * procedure's reading of SPC 9): the distinct owner sets, and how many persons fewer.
     */
    readonly coOwnerMerge?: { readonly ownerSets: number; readonly merged: number };
  };
  readonly counts: Readonly<Record<Choice, Measure>>;
  readonly participation: Measure;
  /** Always four: quorum by headcount and area, approval by headcount and area. */
  readonly checks: readonly [Check, Check, Check, Check];
  readonly quorumMet: boolean;
  readonly passed: boolean;
  readonly ballots: BallotCounts;
  readonly rejected: readonly BallotIssue[];
}

/** Index of each choice in the counting arrays. */
export const CHOICE_INDEX: Readonly<Record<Choice, 0 | 1 | 2 | 3>> = {
  agree: 0,
  disagree: 1,
  abstain: 2,
  spoilt: 3,
};

/** Inputs of {@link finishResult}: raw sums from either the batch or the incremental tally. */
export interface RawTally {
  readonly rule: VotingRule;
  readonly electorate: TallyResult['electorate'];
  readonly headcount: ArrayLike<number>;
  readonly area: ArrayLike<number>;
  readonly ballots: BallotCounts;
  readonly rejected: readonly BallotIssue[];
}

/** Turns raw sums into a {@link TallyResult} with its four checks (CC 278 ¶2). */
export function finishResult(raw: RawTally): TallyResult {
  const m = (i: number): Measure => ({ headcount: raw.headcount[i]!, area: raw.area[i]! });
  const counts = { agree: m(0), disagree: m(1), abstain: m(2), spoilt: m(3) };
  // Abstaining and spoilt ballots take part but do not agree (RULES VOTE-9).
  const participation: Measure = {
    headcount:
      counts.agree.headcount +
      counts.disagree.headcount +
      counts.abstain.headcount +
      counts.spoilt.headcount,
    area: counts.agree.area + counts.disagree.area + counts.abstain.area + counts.spoilt.area,
  };
  const check = (id: CheckId, part: number, whole: number, bar: Bar): Check => ({
    id,
    part,
    whole,
    bar,
    passed: meetsBar(part, whole, bar),
  });
  const { rule, electorate } = raw;
  const checks = [
    check('quorum-headcount', participation.headcount, electorate.headcount, rule.quorum.headcount),
    check('quorum-area', participation.area, electorate.area, rule.quorum.area),
    check(
      'approval-headcount',
      counts.agree.headcount,
      participation.headcount,
      rule.approval.headcount,
    ),
    check('approval-area', counts.agree.area, participation.area, rule.approval.area),
  ] as const;
  const quorumMet = checks[0].passed && checks[1].passed;
  return {
    majority: rule.majority,
    revote: rule.revote,
    electorate,
    counts,
    participation,
    checks,
    quorumMet,
    passed: quorumMet && checks[2].passed && checks[3].passed,
    ballots: raw.ballots,
    rejected: raw.rejected,
  };
}
