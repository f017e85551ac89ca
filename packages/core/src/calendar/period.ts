import { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import { bilingual } from '../i18n.js';
import { show } from './show.js';

/** The units a {@link Period} can be counted in. */
export const PERIOD_UNITS = ['days', 'months', 'years', 'workingDays'] as const;

/** One of {@link PERIOD_UNITS}. */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const count = z
  .number({ error: 'expected a number' })
  .int({ error: 'expected a positive integer' })
  .positive({ error: 'expected a positive integer' });

/**
 * A legal period, as profiles store it: exactly one of `days`, `months`, `years` (CC 200–204)
 * or `workingDays` (工作日, e.g. BJ 57), a positive integer. `{ days: 30 }` is "三十日内".
 */
export const PeriodSchema = z.union([
  z.strictObject({ days: count }),
  z.strictObject({ months: count }),
  z.strictObject({ years: count }),
  z.strictObject({ workingDays: count }),
]);

/** See {@link PeriodSchema}. */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * Checks a period and returns its unit and count; accepts exactly what {@link PeriodSchema}
 * accepts, with a message naming the bad value.
 *
 * @throws TypeError when `p` is not an object with exactly one known unit holding a number.
 * @throws RangeError when the count is not a positive integer (e.g. `0`, `-3`, `1.5`).
 */
export function periodParts(p: Period): { unit: PeriodUnit; count: number } {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) {
    throw new TypeError(`expected a period such as { days: 30 }, got ${show(p)}`);
  }
  const keys = Object.keys(p);
  const unit = PERIOD_UNITS.find((u) => u === keys[0]);
  if (keys.length !== 1 || unit === undefined) {
    throw new TypeError(`a period has exactly one of ${PERIOD_UNITS.join(', ')}; got ${show(p)}`);
  }
  const n: unknown = (p as Record<string, unknown>)[unit];
  if (typeof n !== 'number') {
    throw new TypeError(`period.${unit} must be a number, got ${show(n)}`);
  }
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new RangeError(`period.${unit} must be a positive integer, got ${show(n)}`);
  }
  return { unit, count: n };
}

/**
 * A period in the words of the law: `{ days: 30 }` → `30日` / `30 days`; `3个月` / `3 months`;
 * `5年` / `5 years`; `10个工作日` / `10 working days`.
 *
 * @throws TypeError / RangeError as {@link periodParts}.
 */
export function describePeriod(p: Period): Bilingual {
  const { unit, count: n } = periodParts(p);
  const plural = n === 1 ? '' : 's';
  switch (unit) {
    case 'days':
      return bilingual(`${n}日`, `${n} day${plural}`);
    case 'months':
      return bilingual(`${n}个月`, `${n} month${plural}`);
    case 'years':
      return bilingual(`${n}年`, `${n} year${plural}`);
    case 'workingDays':
      return bilingual(`${n}个工作日`, `${n} working day${plural}`);
  }
}
