import { ROLES, type Roll } from '@jiayuan/core';
import fc from 'fast-check';
import { HANDOVER_ITEMS } from '../shared/handover.js';

/** Options of {@link firmEvents}. */
export interface FirmEventOptions {
  /** The roll the process runs on: ballots and proposers are drawn from its units and owners. */
  readonly roll: Roll;
  /** The first event's instant. */
  readonly start: string;
  /** Shortest stream. Default 0. */
  readonly minLength?: number;
  /** Longest stream. Default 40. */
  readonly maxLength?: number;
  /** Event types to draw from (e.g. the machine catalog's `types`). Default all of this package. */
  readonly types?: readonly string[];
  /** Share of inputs broken on purpose (wrong role, malformed, unknown type). Default 0.2. */
  readonly invalidShare?: number;
}

const DAY = 86_400_000;

/**
 * Random streams of property-firm events: mostly plausible ones (right roles, owners and units
 * from the roll, dates moving forward by up to 40 days, some notices short on purpose), mixed
 * with malformed inputs, wrong roles, unknown types and events dated in the past.
 */
export function firmEvents(options: FirmEventOptions): fc.Arbitrary<Record<string, unknown>[]> {
  const { roll } = options;
  const units = roll.units.filter((u) => u.owners.length > 0);
  const owners = roll.owners.map((o) => o.id);
  const startMs = Date.parse(options.start);
  const iso = (ms: number) => new Date(ms).toISOString();
  const unit = fc.constantFrom(...units);
  const firmId = fc.constantFrom('firm-a', 'firm-b', 'firm-c');
  const payloads: Record<
    string,
    [string[], (at: number) => fc.Arbitrary<Record<string, unknown>>]
  > = {
    TICK: [['system'], () => fc.constant({})],
    'FREEZE.START': [['street-office', 'system'], () => fc.constant({})],
    'FREEZE.END': [['street-office', 'system'], () => fc.constant({})],
    CALL_ASSEMBLY: [
      ['committee', 'street-office'],
      (at) =>
        fc
          .record({ open: fc.integer({ min: 10, max: 20 }), len: fc.integer({ min: 1, max: 10 }) })
          .map(({ open, len }) => ({
            opensAt: iso(at + open * DAY),
            closesAt: iso(at + (open + len) * DAY),
          })),
    ],
    OPEN_VOTE: [
      ['committee', 'street-office'],
      () => fc.constantFrom({ voteId: 'v-1' }, { voteId: 'v-2' }),
    ],
    CAST_BALLOT: [
      ['committee', 'system', 'owner'],
      (at) =>
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
    ],
    CLOSE_VOTE: [['committee', 'street-office'], () => fc.constant({})],
    PROPOSE_DISMISSAL: [['committee'], () => fc.constant({})],
    REQUEST_INTERIM_ASSEMBLY: [
      ['owner'],
      () => fc.subarray(owners, { minLength: 1 }).map((proposers) => ({ proposers })),
    ],
    WITHDRAW_PROPOSAL: [['committee'], () => fc.constant({})],
    SERVE_DISMISSAL_NOTICE: [
      ['committee'],
      (at) => fc.integer({ min: 50, max: 70 }).map((d) => ({ effectiveAt: iso(at + d * DAY) })),
    ],
    HAND_OVER_ITEM: [
      ['property-firm', 'committee'],
      () => fc.record({ item: fc.constantFrom(...HANDOVER_ITEMS), receipt: fc.constant('R') }),
    ],
    COMPLETE_HANDOVER: [['committee'], () => fc.constant({})],
    REQUEST_TEMPORARY_FIRM: [
      ['committee', 'residents-committee'],
      () => fc.subarray(owners).map((proposers) => ({ proposers })),
    ],
    APPOINT_TEMPORARY_FIRM: [['street-office'], () => firmId.map((f) => ({ firmId: f }))],
    SUCCESSOR_TAKES_OVER: [['committee'], () => firmId.map((f) => ({ firmId: f }))],
    DRAFT_PLAN: [
      ['committee'],
      () =>
        fc.constantFrom('tender', 'negotiation').map((method) => ({
          plan: {
            creditStanding: 'c',
            staffing: 's',
            trackRecord: 't',
            serviceContentAndFees: 'f',
            contractTerm: '3y',
            method,
          },
        })),
    ],
    POST_PLAN: [['committee'], () => fc.constant({})],
    RECORD_BID: [
      ['committee', 'developer'],
      () =>
        fc.record({ firmId, ref: fc.boolean() }).map(({ firmId: f, ref }) => ({
          bid: ref ? { firmId: f, platformRef: `P-${f}` } : { firmId: f },
        })),
    ],
    APPROVE_NEGOTIATION: [['district-housing-bureau'], () => fc.constant({ ref: 'A-1' })],
    CHOOSE_FIRM: [['committee', 'developer'], () => firmId.map((f) => ({ firmId: f }))],
    SIGN_CONTRACT: [
      ['committee', 'developer'],
      (at) =>
        fc.constant({ contractId: 'C-1', startsAt: iso(at + DAY), endsAt: iso(at + 1096 * DAY) }),
    ],
    FILE_CONTRACT: [['property-firm'], () => fc.constant({ filingRef: 'F-1' })],
    NOTIFY_NON_RENEWAL: [['property-firm'], () => fc.constant({})],
    NOTIFY_RENEWAL_DECISION: [['committee'], () => fc.constant({})],
    ACCEPT_RENEWAL: [
      ['property-firm'],
      (at) => fc.constant({ contractId: 'C-2', endsAt: iso(at + 1096 * DAY) }),
    ],
    DECLINE_RENEWAL: [['property-firm'], () => fc.constant({})],
    END_INDEFINITE_TERM: [
      ['committee', 'property-firm'],
      (at) => fc.integer({ min: 50, max: 70 }).map((d) => ({ effectiveAt: iso(at + d * DAY) })),
    ],
  };
  const types = Object.keys(payloads).filter(
    (t) => options.types === undefined || options.types.includes(t),
  );
  const invalidShare = options.invalidShare ?? 0.2;
  const step = fc.record({
    type: fc.constantFrom(...types),
    gapHours: fc.oneof(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 0, max: 40 * 24 })),
    broken: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < invalidShare),
    how: fc.constantFrom('role', 'malformed', 'unknown', 'past', 'missing-by'),
    wrongRole: fc.constantFrom(...ROLES),
    seed: fc.integer({ min: 0, max: 1e9 }),
  });
  return fc
    .array(step, { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 40 })
    .chain((steps) => {
      let t = startMs;
      const built = steps.map((s) => {
        t += s.gapHours * 3_600_000;
        const [roles, payload] = payloads[s.type] as [
          string[],
          (at: number) => fc.Arbitrary<Record<string, unknown>>,
        ];
        const at = t;
        return fc.tuple(payload(at), fc.constantFrom(...roles)).map(([p, role]) => {
          const event: Record<string, unknown> = {
            type: s.type,
            at: iso(at),
            by: { id: `${role}-1`, role },
            ...p,
          };
          if (role === 'owner' && s.type === 'CAST_BALLOT') {
            const b = p.ballot as { castBy: string };
            event.by = { id: b.castBy, role };
          }
          if (!s.broken) return event;
          switch (s.how) {
            case 'role':
              return { ...event, by: { id: 'x', role: s.wrongRole } };
            case 'malformed':
              return { ...event, at: 'yesterday' };
            case 'unknown':
              return { ...event, type: `NOPE_${s.seed % 7}` };
            case 'past':
              return { ...event, at: iso(at - 400 * DAY) };
            default:
              return { type: s.type, at: iso(at) };
          }
        });
      });
      return built.length === 0 ? fc.constant([]) : fc.tuple(...built);
    });
}
