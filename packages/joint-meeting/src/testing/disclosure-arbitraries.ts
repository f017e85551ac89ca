import { eventStreamArbitrary } from '@jiayuan/testing';
import fc from 'fast-check';
import { disclosureEvents } from '../disclosure/catalog.js';
import { DUTY_IDS } from '../disclosure/duties.js';

/** Options of {@link disclosureEventsArbitrary}. */
export interface DisclosureEventsOptions {
  readonly start: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Share of broken inputs. Default 0.2. */
  readonly invalidShare?: number;
  /** Share of inputs dated before the start (out of order). Default 0.05. */
  readonly outOfOrderShare?: number;
  /** Largest gap between events in ms. Default 40 days, so quarterly periods run out. */
  readonly maxStepMs?: number;
}

const roles = (type: keyof typeof disclosureEvents.events) => disclosureEvents.events[type].roles;

const DAY = 86_400_000;

/**
 * Random input streams for the disclosure calendar: postings of any duty with, without or with
 * blank evidence, planned fee increases (some effective in the past), elections, ticks; a close
 * only among the last four inputs; plus broken and out-of-order inputs.
 */
export function disclosureEventsArbitrary(
  options: DisclosureEventsOptions,
): fc.Arbitrary<unknown[]> {
  const startMs = Date.parse(options.start);
  const duty = fc.constantFrom(...DUTY_IDS);
  const catalog = {
    PUBLISH: {
      payload: fc.oneof(
        fc.record({ duty, evidence: fc.constantFrom('公告栏照片-01', 'https://x.invalid/n/1') }),
        fc.record({ duty, evidence: fc.constantFrom('', '  ') }),
        fc.record({ duty }),
      ),
      roles: roles('PUBLISH'),
    },
    PLAN_FEE_INCREASE: {
      payload: fc
        .integer({ min: -30, max: 800 })
        .map((d) => ({ effectiveOn: new Date(startMs + d * DAY).toISOString().slice(0, 10) })),
      roles: roles('PLAN_FEE_INCREASE'),
    },
    COMMITTEE_ELECTED: { payload: fc.constant({}), roles: roles('COMMITTEE_ELECTED') },
    CLOSE_CALENDAR: {
      payload: fc.record({ reason: fc.constant('物业服务合同终止') }),
      roles: roles('CLOSE_CALENDAR'),
    },
    TICK: { payload: fc.constant({}), roles: roles('TICK') },
  };
  const stream = eventStreamArbitrary(catalog, {
    start: options.start,
    minLength: options.minLength ?? 0,
    maxLength: options.maxLength ?? 25,
    invalidShare: options.invalidShare ?? 0.2,
    maxStepMs: options.maxStepMs ?? 40 * DAY,
  });
  const share = options.outOfOrderShare ?? 0.05;
  return fc
    .tuple(stream, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }))
    .map(([inputs, coins]) =>
      inputs.map((input, i) => {
        const at: unknown = Reflect.get(input, 'at');
        // Closing ends the calendar: keep it for the last few inputs so streams stay long.
        if (Reflect.get(input, 'type') === 'CLOSE_CALENDAR' && i < inputs.length - 4) {
          return { type: 'TICK', at, by: { id: 'clock', role: 'system' } };
        }
        return (coins[i] ?? 1) < share && typeof at === 'string'
          ? { ...input, at: new Date(startMs - DAY).toISOString() }
          : input;
      }),
    );
}
