// What the fuzz driver sends to the property-firm machines where a payload drawn from the zod
// schema alone would mean little: ballots of the roll's units by their owners, proposers among
// the owners, notices and dates around the profile's periods, firms by a few ids. The rest comes
// from the catalogs' schemas.
import type { Roll } from '@jiayuan/core';
import { fromSnapshot, type PayloadSource } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import { HANDOVER_ITEMS } from '../shared/handover.js';
import type { FirmInvariantContext } from './invariants.js';
import { samplePlan } from './plan.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const nowOf = (s: AnyMachineSnapshot) => Date.parse((s.context as FirmInvariantContext).now);
/**
 * Payloads of the property-firm events for `fuzzMachine`, by event type, on `roll`: ballots of
 * its units cast by their owners, proposers among its owners, notices of 50–70 days (around the
 * profile's), assemblies called 10–20 days ahead, firms by three ids.
 */
export function firmFuzzPayloads(roll: Roll): Readonly<Record<string, PayloadSource>> {
  const units = roll.units.filter((u) => u.owners.length > 0);
  const owners = roll.owners.map((o) => o.id);
  const firmId = fc.constantFrom('firm-a', 'firm-b', 'firm-c');
  const after = (min: number, max: number) =>
    fromSnapshot((s, n) => iso(nowOf(s) + (min + (n % (max - min + 1))) * DAY));
  const notice = { effectiveAt: after(50, 70) };
  return {
    CALL_ASSEMBLY: fc
      .record({ open: fc.integer({ min: 10, max: 20 }), len: fc.integer({ min: 1, max: 10 }) })
      .chain(({ open, len }) =>
        fc.record({
          opensAt: fromSnapshot((s) => iso(nowOf(s) + open * DAY)),
          closesAt: fromSnapshot((s) => iso(nowOf(s) + (open + len) * DAY)),
        }),
      ),
    NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: {
      meetingAt: after(10, 20),
      place: fc.constant('community hall'),
      agenda: fc.constant('the property firm'),
    },
    OPEN_VOTE: { voteId: fc.constantFrom('v-1', 'v-2') },
    // A ballot of a unit by its owner, dated at the clock (the event comes at or after it).
    CAST_BALLOT: fc
      .record({
        u: fc.constantFrom(...units),
        choice: fc.constantFrom('agree', 'agree', 'agree', 'disagree', 'abstain'),
        channel: fc.constantFrom('paper', 'on-site', 'door-to-door', 'electronic'),
        id: fc.nat({ max: 1e9 }),
        at: fromSnapshot((s) => iso(nowOf(s))),
      })
      .map(({ u, choice, channel, id, at }) => ({
        ballot: { id: `b-${id}`, unitId: u.id, castBy: u.owners[0], choice, channel, at },
      })),
    REQUEST_INTERIM_ASSEMBLY: { proposers: fc.subarray(owners, { minLength: 1 }) },
    SERVE_DISMISSAL_NOTICE: notice,
    HAND_OVER_ITEM: { item: fc.constantFrom(...HANDOVER_ITEMS), receipt: fc.constant('R') },
    REQUEST_TEMPORARY_FIRM: { proposers: fc.subarray(owners) },
    APPOINT_TEMPORARY_FIRM: { firmId },
    SUCCESSOR_TAKES_OVER: { firmId },
    DRAFT_PLAN: {
      plan: fc.constantFrom('tender' as const, 'negotiation' as const).map(samplePlan),
    },
    RECORD_BID: {
      bid: fc
        .record({ firmId, ref: fc.boolean() })
        .map(({ firmId: f, ref }) => (ref ? { firmId: f, platformRef: `P-${f}` } : { firmId: f })),
    },
    APPROVE_NEGOTIATION: { ref: fc.constant('A-1') },
    CHOOSE_FIRM: { firmId },
    SIGN_CONTRACT: {
      contractId: fc.constant('C-1'),
      startsAt: after(1, 1),
      endsAt: after(1096, 1096),
    },
    FILE_CONTRACT: { filingRef: fc.constant('F-1') },
    ACCEPT_RENEWAL: { contractId: fc.constant('C-2'), endsAt: after(1096, 1096) },
    END_INDEFINITE_TERM: notice,
    REPLACEMENT_DECIDED: {
      hiringProcessId: fc.nat(3).map((n) => `hiring-${n}`),
      firmId: fc.constantFrom('firm-a', 'firm-b', 'firm-old'),
    },
  };
}

/**
 * The instants worth dating an event at in a property-firm snapshot: every deadline's due
 * time, the assembly's opening and close, the contract's end and each notice's effective time.
 */
export function firmInstants(snapshot: AnyMachineSnapshot): string[] {
  const c = snapshot.context as FirmInvariantContext;
  return [
    ...Object.values(c.deadlines).map((d) => d.due.dueAt),
    c.assembly?.opensAt,
    c.assembly?.closesAt,
    c.contract?.endsAt,
    ...(c.notices ?? []).map((n) => n.effectiveAt),
  ].filter((t): t is string => typeof t === 'string');
}

/** An owner casts their own ballot: the sender of a ballot by an owner is its caster. */
export function ballotCaster(roles: readonly string[]): (
  s: AnyMachineSnapshot,
  n: number,
  payload: Readonly<Record<string, unknown>>,
) => {
  role: string;
  id: string;
} {
  return (_s, n, payload) => {
    const role = roles[n % roles.length] ?? 'owner';
    const ballot = payload.ballot as { castBy?: unknown } | undefined;
    const id = role === 'owner' && typeof ballot?.castBy === 'string' ? ballot.castBy : `${role}-1`;
    return { role, id };
  };
}
