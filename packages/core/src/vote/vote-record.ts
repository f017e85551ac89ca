import { buildElectorate, type Electorate } from '../electorate/electorate.js';
import type { Profile } from '../profiles/index.js';
import { type Ballot, BallotSchema } from '../schemas/ballot.js';
import type { Matter } from '../schemas/matter.js';
import type { Roll } from '../schemas/roll.js';
import { issue, type TallyOptions } from '../tally/ballot-check.js';
import type { BallotIssue } from '../tally/ballot-issue.js';
import { type AddOutcome, TallyCounter } from '../tally/counter.js';
import { tallyOptionsFor, votingRuleFor } from '../tally/profile-rule.js';
import type { TallyResult } from '../tally/result.js';
import { tally } from '../tally/tally.js';
import type { VotingRule } from '../tally/voting-rule.js';

/**
 * One owners' vote as plain JSON, for a machine's context: the matter, the roll and the rule
 * frozen when voting opened, every ballot received and every ballot refused, and the result
 * once closed. Pure functions below move it forward; nothing here does I/O.
 */
export interface VoteRecord {
  readonly id: string;
  readonly matter: Matter;
  /** The roll as confirmed when voting opened; later roll changes do not reach this vote. */
  readonly roll: Roll;
  readonly rule: VotingRule;
  readonly options: TallyOptions;
  readonly openedAt: string;
  readonly closesAt: string;
  /** Every well-formed ballot accepted, superseded ones included, in arrival order. */
  readonly ballots: readonly Ballot[];
  /** Every ballot refused, with its reason. */
  readonly refused: readonly BallotIssue[];
  readonly closedAt?: string;
  readonly result?: TallyResult;
}

/** What a host or machine gives to open a vote. */
export interface OpenVoteInput {
  readonly id: string;
  readonly matter: Matter;
  readonly roll: Roll;
  readonly profile: Profile;
  readonly openedAt: string;
  readonly closesAt: string;
  /** Whether the assembly has adopted electronic voting (RULES VOTE-14). */
  readonly electronicAdopted?: boolean;
}

/**
 * Opens a vote: freezes the roll and the profile's rule for the matter (CC 278 ¶2), and the
 * channels the profile accepts (VOTE-14). Voting runs from `openedAt` until `closesAt`.
 */
export function openVote(input: OpenVoteInput): VoteRecord {
  const rule = votingRuleFor(input.profile, input.matter.kind);
  const options = tallyOptionsFor(input.profile, {
    window: { opensAt: input.openedAt, closesAt: input.closesAt },
    ...(input.electronicAdopted === undefined
      ? {}
      : { electronicAdopted: input.electronicAdopted }),
  });
  return {
    id: input.id,
    matter: input.matter,
    roll: input.roll,
    rule,
    options,
    openedAt: input.openedAt,
    closesAt: input.closesAt,
    ballots: [],
    refused: [],
  };
}

// Electorates are derived data: memoised per frozen roll and part, never stored in context.
const electorates = new WeakMap<Roll, Map<string, Electorate>>();

/** The electorate of a vote (its part of the complex, if the matter names one). */
export function voteElectorate(vote: VoteRecord): Electorate {
  let byPart = electorates.get(vote.roll);
  if (byPart === undefined) {
    byPart = new Map();
    electorates.set(vote.roll, byPart);
  }
  const key = vote.matter.part ?? '';
  let electorate = byPart.get(key);
  if (electorate === undefined) {
    electorate = buildElectorate(
      vote.roll,
      vote.matter.part === undefined ? {} : { part: vote.matter.part },
    );
    byPart.set(key, electorate);
  }
  return electorate;
}

// A running counter per ballots array, so a cast costs O(1) in the usual case. A counter is
// taken out of the map while it is used: a stale record (say, from a dry run) replays instead
// of sharing a counter that has moved on.
const counters = new WeakMap<readonly Ballot[], TallyCounter>();

function takeCounter(vote: VoteRecord): TallyCounter {
  const cached = counters.get(vote.ballots);
  if (cached !== undefined) {
    counters.delete(vote.ballots);
    return cached;
  }
  const counter = new TallyCounter(voteElectorate(vote), vote.rule, vote.options);
  for (const b of vote.ballots) counter.add(b);
  return counter;
}

/** The outcome of {@link castBallot}. */
export type CastOutcome =
  | {
      readonly ok: true;
      readonly vote: VoteRecord;
      readonly effect: Extract<AddOutcome, { ok: true }>;
    }
  | { readonly ok: false; readonly vote: VoteRecord; readonly issue: BallotIssue };

/**
 * Records one ballot: validated (zod), then checked against the frozen roll, window and
 * channels. A refused ballot is kept in `refused` with its reason and the ballots are left as
 * they were. Once the vote is closed every ballot is refused as `after-close`.
 */
export function castBallot(vote: VoteRecord, input: unknown): CastOutcome {
  const position = vote.ballots.length + vote.refused.length;
  const refuse = (found: BallotIssue): CastOutcome => {
    const placed = { ...found, position };
    return { ok: false, vote: { ...vote, refused: [...vote.refused, placed] }, issue: placed };
  };
  const parsed = BallotSchema.safeParse(input);
  if (vote.result !== undefined && parsed.success) {
    const bound = vote.closedAt ?? vote.closesAt;
    return refuse(issue('after-close', 'at', parsed.data, position, { at: parsed.data.at, bound }));
  }
  const key = parsed.success ? JSON.stringify(parsed.data) : undefined;
  const memo = accepted.get(vote.ballots);
  if (memo !== undefined && memo.key === key) {
    return { ok: true, vote: { ...vote, ballots: memo.ballots }, effect: memo.effect };
  }
  const counter = takeCounter(vote);
  const outcome = counter.submit(input);
  if (!outcome.ok || !parsed.success || key === undefined) {
    counters.set(vote.ballots, counter);
    return refuse(outcome.ok ? malformed(position) : outcome.issue);
  }
  const ballots = [...vote.ballots, parsed.data];
  counters.set(ballots, counter);
  accepted.set(vote.ballots, { key, ballots, effect: outcome });
  return { ok: true, vote: { ...vote, ballots }, effect: outcome };
}

// The last ballot accepted onto each ballots array. `dispatch` computes every transition twice
// (a dry run, then the real send); the second cast of the same ballot onto the same record
// reuses the first instead of replaying the whole vote.
const accepted = new WeakMap<
  readonly Ballot[],
  {
    readonly key: string;
    readonly ballots: readonly Ballot[];
    readonly effect: Extract<AddOutcome, { ok: true }>;
  }
>();

// Unreachable in practice (zod accepted what the counter accepted); kept so a refusal is total.
function malformed(position: number): BallotIssue {
  return issue('malformed', undefined, { id: '', unitId: '' }, position, {
    detail: 'ballot did not parse',
  });
}

/** The tally so far (or the final one, once closed). */
export function currentTally(vote: VoteRecord): TallyResult {
  return vote.result ?? tally(voteElectorate(vote), vote.ballots, vote.rule, vote.options);
}

/** Closes a vote at `at` and records its result. Closing twice keeps the first result. */
export function closeVote(vote: VoteRecord, at: string): VoteRecord {
  if (vote.result !== undefined) return vote;
  const result = tally(voteElectorate(vote), vote.ballots, vote.rule, vote.options);
  // Every accepted ballot passed the same checks, so the refused ones are those of the record.
  const ballots = {
    ...result.ballots,
    received: result.ballots.received + vote.refused.length,
    rejected: vote.refused.length,
  };
  return { ...vote, closedAt: at, result: { ...result, ballots, rejected: vote.refused } };
}
