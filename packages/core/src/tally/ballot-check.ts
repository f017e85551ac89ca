import { instantMillisOrDateParse } from '../calendar/instant.js';
import type { Electorate } from '../electorate/electorate.js';
import { type Ballot, type Channel, CITY_E_VOTING_SYSTEM } from '../schemas/ballot.js';
import type { BallotIssue, BallotIssueCode } from './ballot-issue.js';
import { type BallotIssueParams, issueMessage } from './locale/index.js';

/** When ballots may be cast. Instants as ISO strings; either end may be open. */
export interface VotingWindow {
  readonly opensAt?: string;
  readonly closesAt?: string;
}

/** Options shared by the batch and the incremental tally. */
export interface TallyOptions {
  readonly window?: VotingWindow;
  /**
   * Channels the assembly has adopted (RULES VOTE-14). Omitted: every channel is accepted.
   */
  readonly channels?: readonly Channel[];
  /**
   * `true`: an electronic ballot counts only through the city's e-voting system (BJ 35 ¶3; the
   * profile's `electronicChannelCitySystemOnly`). Omitted: any system.
   */
  readonly citySystemOnly?: boolean;
}

/** Everything a ballot is checked against, prepared once per vote. */
export interface BallotChecker {
  readonly electorate: Electorate;
  readonly opensMs: number;
  readonly closesMs: number;
  readonly window: VotingWindow;
  readonly channels: ReadonlySet<Channel> | undefined;
  readonly citySystemOnly: boolean;
  readonly excluded: ReadonlyMap<string, string>;
}

/** Prepares a {@link BallotChecker}. */
export function ballotChecker(electorate: Electorate, options: TallyOptions = {}): BallotChecker {
  const window = options.window ?? {};
  return {
    electorate,
    window,
    opensMs:
      window.opensAt === undefined
        ? Number.NEGATIVE_INFINITY
        : instantMs(window.opensAt, 'opensAt'),
    closesMs:
      window.closesAt === undefined
        ? Number.POSITIVE_INFINITY
        : instantMs(window.closesAt, 'closesAt'),
    channels: options.channels === undefined ? undefined : new Set(options.channels),
    citySystemOnly: options.citySystemOnly === true,
    excluded: new Map(electorate.excluded.map((e) => [e.unitId, e.reason])),
  };
}

/** Parses an ISO instant to epoch milliseconds, with a clear error naming the field. */
export function instantMs(text: string, field = 'at'): number {
  const ms = instantMillisOrDateParse(text);
  if (Number.isNaN(ms)) throw new RangeError(`${field}: "${text}" is not an ISO 8601 instant`);
  return ms;
}

/**
 * Checks what a ballot's shape cannot: its unit votes here, its caster holds the unit, its time
 * is inside the window, its channel is adopted. Returns the unit's position, or the issue.
 */
export function checkBallot(
  checker: BallotChecker,
  ballot: Ballot,
  position: number,
): number | BallotIssue {
  const { electorate } = checker;
  const unit = electorate.unitIndex.get(ballot.unitId);
  if (unit === undefined) return unitIssue(checker, ballot, position);
  const casters = electorate.unitCasters[unit]!;
  // Most units have one owner: compare directly before searching co-owners.
  if (casters[0] !== ballot.castBy && !casters.includes(ballot.castBy)) {
    return issue('not-owner', 'castBy', ballot, position, { castBy: ballot.castBy });
  }
  if (checker.channels !== undefined && !checker.channels.has(ballot.channel)) {
    return issue('channel-not-allowed', 'channel', ballot, position, { channel: ballot.channel });
  }
  if (
    checker.citySystemOnly &&
    ballot.channel === 'electronic' &&
    ballot.system !== CITY_E_VOTING_SYSTEM
  ) {
    return issue('electronic-not-city-system', 'system', ballot, position, {
      system: ballot.system ?? '',
    });
  }
  if (
    checker.opensMs !== Number.NEGATIVE_INFINITY ||
    checker.closesMs !== Number.POSITIVE_INFINITY
  ) {
    const at = instantMs(ballot.at);
    if (at < checker.opensMs) {
      return issue('before-open', 'at', ballot, position, {
        at: ballot.at,
        bound: checker.window.opensAt ?? '',
      });
    }
    // The close instant itself is already late: a period ends at 24:00 (CC 203).
    if (at >= checker.closesMs) {
      return issue('after-close', 'at', ballot, position, {
        at: ballot.at,
        bound: checker.window.closesAt ?? '',
      });
    }
  }
  return unit;
}

function unitIssue(checker: BallotChecker, ballot: Ballot, position: number): BallotIssue {
  const reason = checker.excluded.get(ballot.unitId);
  return reason === undefined
    ? issue('unknown-unit', 'unitId', ballot, position, {})
    : issue('unit-excluded', 'unitId', ballot, position, { reason });
}

/** Builds a refused-ballot record; only reached on the slow path. */
export function issue(
  code: BallotIssueCode,
  field: string | undefined,
  ballot: Pick<Ballot, 'id' | 'unitId'>,
  position: number,
  params: BallotIssueParams,
): BallotIssue {
  const base = { position, ballotId: ballot.id, unitId: ballot.unitId };
  const message = issueMessage(code, { ballotId: ballot.id, unitId: ballot.unitId, ...params });
  return field === undefined ? { ...base, code, message } : { ...base, code, field, message };
}

/**
 * Whether ballot `a` was cast after ballot `b`: by time, then by id so that the winner of a
 * revote never depends on the order ballots arrive in.
 */
export function castAfter(a: Ballot, aMs: number, b: Ballot, bMs: number): boolean {
  if (aMs !== bMs) return aMs > bMs;
  return a.id > b.id;
}
