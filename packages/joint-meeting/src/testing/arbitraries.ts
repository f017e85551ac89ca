import { eventStreamArbitrary } from '@jiayuan/testing';
import fc from 'fast-check';
import { matterEvents } from '../matter/catalog.js';
import { LEVEL_ORDER, LEVEL_RULES, PARTICIPANTS } from '../matter/levels.js';

/** Options of {@link matterEventsArbitrary}. */
export interface MatterEventsOptions {
  readonly start: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Share of broken inputs. Default 0.2. */
  readonly invalidShare?: number;
  /** Share of inputs dated before the start (out of order). Default 0.05. */
  readonly outOfOrderShare?: number;
  /** Largest gap between events in ms. Default 20 days, so escalation periods run out. */
  readonly maxStepMs?: number;
}

const roles = (type: keyof typeof matterEvents.events) => matterEvents.events[type].roles;

/**
 * Random input streams for the matter machine: meetings with the full participant list of a
 * random level or a random subset, escalations to any level, mediation, ticks; plus broken and
 * out-of-order inputs.
 */
export function matterEventsArbitrary(options: MatterEventsOptions): fc.Arbitrary<unknown[]> {
  const participants = fc.oneof(
    fc.constantFrom(...LEVEL_ORDER).map((level) => [...LEVEL_RULES[level].required]),
    fc.subarray([...PARTICIPANTS]),
  );
  const catalog = {
    HOLD_MEETING: {
      payload: fc.record({ participants, minutes: fc.constantFrom('纪要', 'minutes') }),
      roles: roles('HOLD_MEETING'),
    },
    RESOLVE: { payload: fc.record({ outcome: fc.constant('已解决') }), roles: roles('RESOLVE') },
    ESCALATE: {
      payload: fc.record({
        toLevel: fc.constantFrom(...LEVEL_ORDER),
        reason: fc.constant('本级无法协调'),
      }),
      roles: roles('ESCALATE'),
    },
    REQUEST_MEDIATION: { payload: fc.constant({}), roles: roles('REQUEST_MEDIATION') },
    MEDIATION_CONCLUDED: {
      payload: fc.record({ agreed: fc.boolean(), record: fc.constant('调解记录') }),
      roles: roles('MEDIATION_CONCLUDED'),
    },
    TICK: { payload: fc.constant({}), roles: roles('TICK') },
  };
  const stream = eventStreamArbitrary(catalog, {
    start: options.start,
    minLength: options.minLength ?? 0,
    maxLength: options.maxLength ?? 25,
    invalidShare: options.invalidShare ?? 0.2,
    maxStepMs: options.maxStepMs ?? 20 * 86_400_000,
  });
  const share = options.outOfOrderShare ?? 0.05;
  return fc
    .tuple(stream, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }))
    .map(([inputs, coins]) =>
      inputs.map((input, i) =>
        (coins[i] ?? 1) < share && typeof Reflect.get(input, 'at') === 'string'
          ? { ...input, at: new Date(Date.parse(options.start) - 86_400_000).toISOString() }
          : input,
      ),
    );
}
