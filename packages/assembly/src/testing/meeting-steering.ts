// How the assembly meeting's random runs are steered: which events weigh more, who sends them,
// and which instants a step may be dated at, so that a run of a few dozen events gets from the
// call through the voting to the count, and meets the rules at their boundaries.
import type { Sender } from '@jiayuan/testing';
import type { AnyMachineSnapshot } from 'xstate';
import type { MeetingKind } from '../meeting/context.js';
import { facet } from './facet.js';
import { ctx, shortOfQuorum } from './meeting-payloads.js';

/**
 * Relative weights of the meeting's events (1 for the others): the steps the process goes by
 * (the call and what it needs before it, the opening, sheets — most of all, as two-thirds of the
 * units must answer for an item to count —, the close, the posting) weigh more; the freeze, which holds most calls and counts while it lasts, and the authority's
 * revocation, which ends the meeting, weigh little. Owners' proposals weigh as a step of an
 * interim meeting only (a regular one refuses them all, interim-only), where the call, refused
 * until the proposals reach the profile's share, weighs less.
 */
export function meetingWeights(kind: MeetingKind): Readonly<Record<string, number>> {
  return kind === 'interim'
    ? { ...WEIGHTS, PROPOSE_INTERIM: 10, CALL_ASSEMBLY: 6 }
    : { ...WEIGHTS, PROPOSE_INTERIM: 1, CALL_ASSEMBLY: 9 };
}

const WEIGHTS: Readonly<Record<string, number>> = {
  'FREEZE.START': 1,
  'FREEZE.END': 1,
  TICK: 1,
  RECORD_TRANSFER: 2,
  ORDER_CALL: 1,
  REPORT_TO_PARTY_ORGANISATION: 6,
  NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: 7,
  OPEN_VOTE: 12,
  CAST_BALLOT: 80,
  CLOSE_VOTE: 14,
  POST_RESULTS: 8,
  FILE_RULES_CHANGE: 3,
  CHALLENGE_DECISION: 3,
  RECORD_COURT_RULING: 3,
  AUTHORITY_REVOKES_DECISION: 1,
};

/**
 * Who sends what, where the catalog permits several roles but the payload names the person:
 * an owner sends the sheet they cast (or keyed as proxy) and proposes for their own units, now
 * and then in another's name (ballot-sender, proposal-units); staff key sheets in; the street
 * office now and then calls the meeting itself (caller-may-call, unless its order ran out).
 * While fewer than two-thirds of the units have answered (no item can have its quorum), three
 * counts in four are asked for by an owner, refused (not-permitted): the count waits for more
 * sheets, so that runs of a few dozen events reach counts that elect.
 */
export const MEETING_SENDERS: Readonly<Record<string, Sender>> = {
  CLOSE_VOTE: (s, n) => (shortOfQuorum(ctx(s)) && facet(n, 5, 4) !== 0 ? 'owner' : 'committee'),
  CALL_ASSEMBLY: (_s, n) => (facet(n, 1, 8) === 0 ? 'street-office' : 'committee'),
  CAST_BALLOT: (_s, n, payload) => {
    const sheet = payload.sheet as { castBy?: unknown; proxy?: { keyedBy?: unknown } } | undefined;
    const named = sheet?.proxy?.keyedBy ?? sheet?.castBy;
    const face = facet(n, 2, 10);
    if (face >= 8) return face === 8 ? 'committee' : 'system';
    if (face === 7 || typeof named !== 'string') return { role: 'owner', id: 'o-someone-else' };
    return { role: 'owner', id: named };
  },
  PROPOSE_INTERIM: (s, n, payload) => {
    const ids: unknown[] = Array.isArray(payload.units) ? payload.units : [];
    const units = ctx(s).roll.units.filter((u) => ids.includes(u.id));
    const owner = units[0]?.owners[0];
    const own = owner !== undefined && units.every((u) => u.owners.includes(owner));
    const face = facet(n, 3, 10);
    if (face < 3 || !own) return 'committee';
    return { role: 'owner', id: face === 3 ? 'o-someone-else' : owner };
  },
};

// A jump to the close ends the window for the sheets: worth it once two-thirds of the units
// have answered (the quorum may be there) or three-quarters of the window have passed.
function closeWorthJumping(c: ReturnType<typeof ctx>): boolean {
  const b = c.ballots;
  if (b === null || c.call === null) return true;
  const answered = new Set(b.sheets.map((x) => x.unitId)).size;
  if (3 * answered >= 2 * c.roll.units.length) return true;
  const opens = Date.parse(c.call.opensAt);
  return 4 * (Date.parse(c.now) - opens) >= 3 * (Date.parse(c.call.closesAt) - opens);
}

/**
 * Instants worth dating an event at in a meeting snapshot (a step lands at one, a second before
 * or a second after): the pending deadlines' due times (the call order, the posting, the
 * revocation year, the rules filing) and, once called, the opening and (but while voting, once
 * two-thirds of the units answered or three-quarters of the window passed) the close of the window.
 * (The notice's bound is met by the call's payload instead: a jump there would leave every later
 * call short of notice.)
 */
export function meetingInstants(s: AnyMachineSnapshot): string[] {
  const c = ctx(s);
  const out: string[] = [];
  for (const d of Object.values(c.deadlines)) if (d.status === 'pending') out.push(d.due.dueAt);
  if (c.call !== null) out.push(c.call.opensAt);
  if (c.call !== null && closeWorthJumping(c)) out.push(c.call.closesAt);
  return out;
}
