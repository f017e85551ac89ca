import { buildElectorate, type Electorate, type OwnerMerge } from '../electorate/electorate.js';
import { electorateOptionsFor } from '../electorate/profile-options.js';
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
import { ballotFor, type MultiBallot } from './multi-ballot.js';

/**
 * One owners' vote as plain JSON, for a machine's context: the matter, the roll and the rule
 * frozen when voting opened, every ballot received and every ballot refused, and the result
 * once closed. Pure functions below move it forward; nothing here does I/O.
 */
export interface VoteRecord {
  readonly id: string;
  readonly matter: Matter;
  /**
   * The roll as confirmed when voting opened, its `parking` set to the profile's reading
   * (VOTE-16); later roll changes do not reach this vote.
   */
  readonly roll: Roll;
  readonly rule: VotingRule;
  readonly options: TallyOptions;
  readonly openedAt: string;
  readonly closesAt: string;
  /**
   * Set only when the profile merges units sharing co-owners (RULES VOTE-7); absent, units with
   * the same set of owners of record count once (SPC 9).
   */
  readonly ownerMerge?: OwnerMerge;
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
 * Opens a vote: freezes the roll and the profile's rule for the matter (CC 278 ¶2), the
 * channels the profile accepts (VOTE-14), which units count as one buyer (VOTE-7, SPC 9) and
 * whether parking spaces count as exclusive parts (VOTE-16, SPC 2, 8, 9). The profile's parking
 * reading replaces the roll's own `parking` field. Voting runs from `openedAt` until `closesAt`.
 */
export function openVote(input: OpenVoteInput): VoteRecord {
  const { parking, ownerMerge } = electorateOptionsFor(input.profile);
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
    // The same object when the readings agree, so a frozen roll stays the one given.
    roll: input.roll.parking === parking ? input.roll : { ...input.roll, parking },
    rule,
    options,
    openedAt: input.openedAt,
    closesAt: input.closesAt,
    // Recorded only when it is not the default, so records keep the shape they had before.
    ...(ownerMerge === 'shared-co-owners' ? { ownerMerge } : {}),
    ballots: [],
    refused: [],
  };
}

// Derived data rides on the record object itself, hidden (not enumerable, so never persisted
// or compared), instead of in module-level caches: the electorate of the frozen roll, and a
// running counter so that a cast costs O(1) in the usual case. A record rebuilt from JSON simply
// derives them again.
const DERIVED = Symbol.for('jiayuan.vote.derived');

interface Derived {
  readonly electorate: Electorate;
  readonly counter?: TallyCounter;
  /** `counter.receivedCount` when it was attached: a counter moved on since (a stale record
   * cast onto twice) is not reused. */
  readonly received?: number;
}

function derivedOf(vote: VoteRecord): Derived | undefined {
  const found: unknown = Reflect.get(vote, DERIVED);
  return typeof found === 'object' && found !== null ? (found as Derived) : undefined;
}

function attach(vote: VoteRecord, derived: Derived): void {
  if (Object.isExtensible(vote)) {
    Object.defineProperty(vote, DERIVED, { value: derived, enumerable: false, writable: true });
  }
}

/** The electorate of a vote (its part of the complex, if the matter names one). */
export function voteElectorate(vote: VoteRecord): Electorate {
  const found = derivedOf(vote);
  if (found !== undefined) return found.electorate;
  const electorate = buildElectorate(vote.roll, {
    ...(vote.matter.part === undefined ? {} : { part: vote.matter.part }),
    ...(vote.ownerMerge === undefined ? {} : { ownerMerge: vote.ownerMerge }),
  });
  attach(vote, { electorate });
  return electorate;
}

function counterFor(vote: VoteRecord): TallyCounter {
  const found = derivedOf(vote);
  if (found?.counter !== undefined && found.counter.receivedCount === found.received) {
    return found.counter;
  }
  const counter = new TallyCounter(voteElectorate(vote), vote.rule, vote.options);
  for (const b of vote.ballots) counter.add(b);
  return counter;
}

function carry(vote: VoteRecord, counter: TallyCounter): VoteRecord {
  attach(vote, { electorate: counter.electorate, counter, received: counter.receivedCount });
  return vote;
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
  return castParsed(vote, input, BallotSchema.safeParse(input));
}

/**
 * {@link castBallot} of a ballot that is already a `Ballot` as the schema outputs it — built from
 * input a schema has checked, such as the answers of a parsed ballot sheet — without parsing it
 * again, as `TallyCounter.add` beside `submit`. Input from outside goes to {@link castBallot}.
 */
export function castTypedBallot(vote: VoteRecord, ballot: Ballot): CastOutcome {
  return castParsed(vote, ballot, { success: true, data: ballot });
}

// `castBallot` once `input` has been parsed (or is known to parse to `parsed.data`).
function castParsed(
  vote: VoteRecord,
  input: unknown,
  parsed: ReturnType<typeof BallotSchema.safeParse>,
): CastOutcome {
  const position = vote.ballots.length + vote.refused.length;
  const refuse = (found: BallotIssue): CastOutcome => {
    const placed = { ...found, position };
    return { ok: false, vote: { ...vote, refused: [...vote.refused, placed] }, issue: placed };
  };
  if (vote.result !== undefined && parsed.success) {
    const bound = vote.closedAt ?? vote.closesAt;
    return refuse(issue('after-close', 'at', parsed.data, position, { at: parsed.data.at, bound }));
  }
  const counter = counterFor(vote);
  // Parsed once: `submit` would parse again; it is left for a malformed ballot, whose issue it words.
  const outcome = parsed.success ? counter.add(parsed.data) : counter.submit(input);
  if (!outcome.ok || !parsed.success) {
    const refused = refuse(outcome.ok ? malformed(position) : outcome.issue);
    carry(refused.vote, counter);
    return refused;
  }
  const next = carry({ ...vote, ballots: [...vote.ballots, parsed.data] }, counter);
  return { ok: true, vote: next, effect: outcome };
}

/**
 * Casts one owner's multi-candidate ballot onto every candidate's vote of a round (`votes` by
 * candidate id), each as {@link ballotFor} words it — the same records as {@link castBallot} of
 * each candidate's ballot. Those ballots differ only in the id's suffix and the choice, which
 * {@link ballotFor} always forms validly, so the schema runs once, on the first.
 */
export function castMultiBallot(
  votes: Readonly<Record<string, VoteRecord>>,
  ballot: MultiBallot,
  seats: number,
): Record<string, VoteRecord> {
  const cast: Record<string, VoteRecord> = {};
  let first: boolean | undefined;
  for (const [id, vote] of Object.entries(votes)) {
    const single = ballotFor(ballot, id, seats);
    if (first === undefined) first = BallotSchema.safeParse(single).success;
    cast[id] = first
      ? castParsed(vote, single, { success: true, data: single }).vote
      : castBallot(vote, single).vote;
  }
  return cast;
}

/** The outcome of {@link checkCast}. */
export type CastCheck = { readonly ok: true } | { readonly ok: false; readonly issue: BallotIssue };

/**
 * Whether {@link castBallot} would accept `input` onto `vote`, without casting it: the same
 * checks, nothing recorded, the record's running count left as it is. For a guard (a rule) that
 * precedes the action that casts.
 */
export function checkCast(vote: VoteRecord, input: unknown): CastCheck {
  return checkParsed(vote, input, BallotSchema.safeParse(input));
}

/**
 * {@link checkCast} of a ballot that is already a `Ballot` as the schema outputs it (see
 * {@link castTypedBallot}), without parsing it again.
 */
export function checkTypedCast(vote: VoteRecord, ballot: Ballot): CastCheck {
  return checkParsed(vote, ballot, { success: true, data: ballot });
}

function checkParsed(
  vote: VoteRecord,
  input: unknown,
  parsed: ReturnType<typeof BallotSchema.safeParse>,
): CastCheck {
  const position = vote.ballots.length + vote.refused.length;
  if (!parsed.success) {
    const counter = new TallyCounter(voteElectorate(vote), vote.rule, vote.options);
    const outcome = counter.submit(input);
    return {
      ok: false,
      issue: { ...(outcome.ok ? malformed(position) : outcome.issue), position },
    };
  }
  if (vote.result !== undefined) {
    const bound = vote.closedAt ?? vote.closesAt;
    const found = issue('after-close', 'at', parsed.data, position, { at: parsed.data.at, bound });
    return { ok: false, issue: found };
  }
  const counter = counterFor(vote);
  // The counter stays the record's: a check records nothing.
  carry(vote, counter);
  const verdict = counter.check(parsed.data);
  return verdict.ok ? verdict : { ok: false, issue: { ...verdict.issue, position } };
}

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
