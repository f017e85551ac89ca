import type { Roll } from '@jiayuan/core';
import fc from 'fast-check';
import { HANDOVER_ITEMS } from '../shared/handover.js';
import { samplePlan } from './plan.js';
import type { FirmEventType } from './types.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A payload for an event sent at `at` (ms). */
export type PayloadArbitrary = (at: number) => fc.Arbitrary<Record<string, unknown>>;

/**
 * Plausible payloads of every event of this package's machines, on `roll`, for an event sent at
 * `at`: owners and units from it, dates after `at`, some notices short on purpose. For tests that
 * build one event at a known time; the fuzz driver takes `firmFuzzPayloads`, whose dates
 * follow the snapshot's clock.
 */
export function firmPayloads(roll: Roll): Readonly<Record<FirmEventType, PayloadArbitrary>> {
  const units = roll.units.filter((u) => u.owners.length > 0);
  const owners = roll.owners.map((o) => o.id);
  const unit = fc.constantFrom(...units);
  const firmId = fc.constantFrom('firm-a', 'firm-b', 'firm-c');
  const none = () => fc.constant({});
  const notice = (at: number) =>
    fc.integer({ min: 50, max: 70 }).map((d) => ({ effectiveAt: iso(at + d * DAY) }));
  return {
    TICK: none,
    'FREEZE.START': none,
    'FREEZE.END': none,
    CALL_ASSEMBLY: (at) =>
      fc
        .record({ open: fc.integer({ min: 10, max: 20 }), len: fc.integer({ min: 1, max: 10 }) })
        .map(({ open, len }) => ({
          opensAt: iso(at + open * DAY),
          closesAt: iso(at + (open + len) * DAY),
        })),
    REPORT_TO_PARTY_ORGANISATION: none,
    NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: (at) =>
      fc.integer({ min: 10, max: 20 }).map((d) => ({
        meetingAt: iso(at + d * DAY),
        place: 'community hall',
        agenda: 'the property firm',
      })),
    OPEN_VOTE: () => fc.constantFrom({ voteId: 'v-1' }, { voteId: 'v-2' }),
    CAST_BALLOT: (at) =>
      fc
        .record({
          u: unit,
          choice: fc.constantFrom('agree', 'agree', 'agree', 'disagree', 'abstain'),
          channel: fc.constantFrom('paper', 'on-site', 'door-to-door', 'electronic'),
          id: fc.integer({ min: 0, max: 1e9 }),
        })
        .map(({ u, choice, channel, id }) => ({
          ballot: {
            id: `b-${id}`,
            unitId: u.id,
            castBy: u.owners[0],
            choice,
            channel,
            at: iso(at),
          },
        })),
    CLOSE_VOTE: none,
    PROPOSE_DISMISSAL: none,
    REQUEST_INTERIM_ASSEMBLY: () =>
      fc.subarray(owners, { minLength: 1 }).map((proposers) => ({ proposers })),
    WITHDRAW_PROPOSAL: none,
    SERVE_DISMISSAL_NOTICE: notice,
    HAND_OVER_ITEM: () =>
      fc.record({ item: fc.constantFrom(...HANDOVER_ITEMS), receipt: fc.constant('R') }),
    COMPLETE_HANDOVER: none,
    REQUEST_TEMPORARY_FIRM: () => fc.subarray(owners).map((proposers) => ({ proposers })),
    APPOINT_TEMPORARY_FIRM: () => firmId.map((f) => ({ firmId: f })),
    SUCCESSOR_TAKES_OVER: () => firmId.map((f) => ({ firmId: f })),
    DRAFT_PLAN: () =>
      fc
        .constantFrom('tender' as const, 'negotiation' as const)
        .map((method) => ({ plan: samplePlan(method) })),
    POST_PLAN: none,
    RECORD_BID: () =>
      fc.record({ firmId, ref: fc.boolean() }).map(({ firmId: f, ref }) => ({
        bid: ref ? { firmId: f, platformRef: `P-${f}` } : { firmId: f },
      })),
    APPROVE_NEGOTIATION: () => fc.constant({ ref: 'A-1' }),
    CHOOSE_FIRM: () => firmId.map((f) => ({ firmId: f })),
    SIGN_CONTRACT: (at) =>
      fc.constant({ contractId: 'C-1', startsAt: iso(at + DAY), endsAt: iso(at + 1096 * DAY) }),
    FILE_CONTRACT: () => fc.constant({ filingRef: 'F-1' }),
    NOTIFY_NON_RENEWAL: none,
    NOTIFY_RENEWAL_DECISION: none,
    ACCEPT_RENEWAL: (at) => fc.constant({ contractId: 'C-2', endsAt: iso(at + 1096 * DAY) }),
    DECLINE_RENEWAL: none,
    END_INDEFINITE_TERM: notice,
    REPLACEMENT_DECIDED: () =>
      fc
        .record({ firmId: fc.constantFrom('firm-a', 'firm-b', 'firm-old'), n: fc.nat(3) })
        .map(({ firmId: f, n }) => ({ hiringProcessId: `hiring-${n}`, firmId: f })),
    NOTIFY_REPLACEMENT_DECISION: none,
  };
}
