import type { Electorate } from '../electorate/electorate.js';
import { type Ballot, BallotSchema } from '../schemas/ballot.js';
import { StringIndex } from '../string-index.js';
import {
  type BallotChecker,
  ballotChecker,
  castAfter,
  checkBallot,
  instantMs,
  issue,
  type TallyOptions,
} from './ballot-check.js';
import type { BallotIssue } from './ballot-issue.js';
import { type BreakdownRow, breakdownByBuilding, breakdownByChannel } from './breakdown.js';
import { issueMessage } from './locale/index.js';
import { CHOICE_INDEX, finishResult, type TallyResult } from './result.js';
import type { VotingRule } from './voting-rule.js';

/** What happened to one ballot handed to a {@link TallyCounter}. */
export type AddOutcome =
  | { readonly ok: true; readonly effect: 'counted' }
  | { readonly ok: true; readonly effect: 'replaced'; readonly replaced: string }
  | { readonly ok: true; readonly effect: 'superseded'; readonly by: string }
  | { readonly ok: false; readonly issue: BallotIssue };

const COUNTED: AddOutcome = Object.freeze({ ok: true, effect: 'counted' });

/**
 * A running tally: each ballot is added or replaces the person's earlier one in O(1), and the
 * result is read at any time. It equals the batch {@link tally} of the same ballots.
 */
export class TallyCounter {
  readonly rule: VotingRule;
  readonly electorate: Electorate;
  private readonly checker: BallotChecker;
  private readonly current: (Ballot | undefined)[];
  private readonly currentMs: Float64Array;
  private readonly headcount = new Float64Array(4);
  private readonly area = new Float64Array(4);
  private readonly ids: StringIndex;
  private readonly issues: BallotIssue[] = [];
  private received = 0;
  private superseded = 0;

  constructor(electorate: Electorate, rule: VotingRule, options: TallyOptions = {}) {
    this.rule = rule;
    this.electorate = electorate;
    this.checker = ballotChecker(electorate, options);
    this.ids = new StringIndex(electorate.voters.length);
    this.current = new Array(electorate.voters.length);
    this.currentMs = new Float64Array(electorate.voters.length).fill(Number.NaN);
  }

  /** How many ballots were submitted or added so far, refused ones included. */
  get receivedCount(): number {
    return this.received;
  }

  /** Validates an unknown input with {@link BallotSchema}, then {@link add}s it. */
  submit(input: unknown): AddOutcome {
    const parsed = BallotSchema.safeParse(input);
    if (parsed.success) return this.add(parsed.data);
    const position = this.received++;
    const first = parsed.error.issues[0];
    const field = first?.path.join('.') || undefined;
    const detail = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(ballot)'}: ${i.message}`)
      .join('; ');
    const ballotId = idOf(input);
    const issue: BallotIssue = {
      code: 'malformed',
      position,
      ...(ballotId === undefined ? {} : { ballotId }),
      ...(field === undefined ? {} : { field }),
      message: issueMessage('malformed', { detail }),
    };
    this.issues.push(issue);
    return { ok: false, issue };
  }

  /**
   * Whether {@link add} would take a well-formed ballot, without recording anything: the same
   * checks (a new ballot id, the roll, window and channels, the revote policy), no state changed.
   * For a machine's guard, which must not move the count its action then moves.
   */
  check(
    ballot: Ballot,
  ): { readonly ok: true } | { readonly ok: false; readonly issue: BallotIssue } {
    const position = this.received;
    if (this.ids.has(ballot.id)) {
      return { ok: false, issue: issue('duplicate-ballot', 'id', ballot, position, {}) };
    }
    const unit = checkBallot(this.checker, ballot, position);
    if (typeof unit !== 'number') return { ok: false, issue: unit };
    const voter = this.electorate.unitVoter[unit]!;
    if (this.current[voter] !== undefined && this.rule.revote === 'first-only') {
      return { ok: false, issue: issue('duplicate-voter', undefined, ballot, position, {}) };
    }
    return { ok: true };
  }

  /** Adds a well-formed ballot; O(1). */
  add(ballot: Ballot): AddOutcome {
    const position = this.received++;
    if (!this.ids.add(ballot.id)) {
      return this.reject(issue('duplicate-ballot', 'id', ballot, position, {}));
    }
    const unit = checkBallot(this.checker, ballot, position);
    if (typeof unit !== 'number') return this.reject(unit);
    const voter = this.electorate.unitVoter[unit]!;
    const previous = this.current[voter];
    const weight = this.electorate.voters[voter]!.area;
    const choice = CHOICE_INDEX[ballot.choice];
    if (previous === undefined) {
      this.current[voter] = ballot;
      this.headcount[choice]! += 1;
      this.area[choice]! += weight;
      return COUNTED;
    }
    if (this.rule.revote === 'first-only')
      return this.reject(issue('duplicate-voter', undefined, ballot, position, {}));
    this.superseded += 1;
    // Times are parsed only when a person hands in more than one ballot.
    let previousMs = this.currentMs[voter]!;
    if (Number.isNaN(previousMs)) previousMs = instantMs(previous.at);
    const ms = instantMs(ballot.at);
    if (!castAfter(ballot, ms, previous, previousMs)) {
      this.currentMs[voter] = previousMs;
      return { ok: true, effect: 'superseded', by: previous.id };
    }
    const old = CHOICE_INDEX[previous.choice];
    this.headcount[old]! -= 1;
    this.area[old]! -= weight;
    this.headcount[choice]! += 1;
    this.area[choice]! += weight;
    this.current[voter] = ballot;
    this.currentMs[voter] = ms;
    return { ok: true, effect: 'replaced', replaced: previous.id };
  }

  private reject(found: BallotIssue): AddOutcome {
    this.issues.push(found);
    return { ok: false, issue: found };
  }

  /** The result so far; O(1) apart from copying the refused-ballot list. */
  result(): TallyResult {
    return finishResult({
      rule: this.rule,
      electorate: electorateSummary(this.electorate),
      headcount: this.headcount,
      area: this.area,
      ballots: {
        received: this.received,
        counted: this.headcount[0]! + this.headcount[1]! + this.headcount[2]! + this.headcount[3]!,
        superseded: this.superseded,
        rejected: this.issues.length,
      },
      rejected: [...this.issues],
    });
  }

  /** The ballot that stands for each participating person, in voter order. */
  standingBallots(): Ballot[] {
    return this.current.filter((b): b is Ballot => b !== undefined);
  }

  /** Standing ballots broken down by building or by channel. */
  breakdown(by: 'building' | 'channel'): BreakdownRow[] {
    const standing = this.standingBallots();
    return by === 'building'
      ? breakdownByBuilding(this.electorate, standing)
      : breakdownByChannel(this.electorate, standing);
  }
}

/** The electorate part of a result. */
export function electorateSummary(e: Electorate): TallyResult['electorate'] {
  return {
    headcount: e.headcount,
    area: e.area,
    part: e.part,
    parking: e.parking,
    excludedUnits: e.excluded.length,
    ...(e.ownerMerge === 'shared-co-owners'
      ? { coOwnerMerge: { ownerSets: e.ownerSets, merged: e.mergedPersons } }
      : {}),
  };
}

function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
