import type { LocalDate } from '../schemas/time.js';
import {
  civilFromDayNumber,
  daysInMonth,
  MAX_DAY_NUMBER,
  MAX_YEAR,
  MIN_DAY_NUMBER,
  MIN_YEAR,
  MS_PER_DAY,
} from './day-number.js';
import { epochMillisOf, localDayNumberOrNaN, SHANGHAI_OFFSET_MS } from './instant.js';
import { show } from './show.js';

export type { LocalDate };

/** Day of the week, `0` = Sunday … `6` = Saturday (as `Date.prototype.getUTCDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Checks that `d` is a real calendar date `YYYY-MM-DD` (so `2026-02-30` and `2025-02-29`
 * fail) and returns its day number (days since 1970-01-01).
 *
 * @throws TypeError when `d` is not a string.
 * @throws RangeError when `d` is not a valid date, naming it.
 */
export function dayNumberOf(d: LocalDate): number {
  if (typeof d !== 'string') {
    throw new TypeError(`expected a local date string YYYY-MM-DD, got ${show(d)}`);
  }
  const dayNumber = localDayNumberOrNaN(d);
  if (Number.isNaN(dayNumber)) {
    throw new RangeError(`invalid local date ${show(d)}: expected a real calendar date YYYY-MM-DD`);
  }
  return dayNumber;
}

/**
 * The `YYYY-MM-DD` date of a day number (days since 1970-01-01).
 *
 * @throws RangeError when the date falls outside years 0000–9999, which `YYYY-MM-DD` cannot spell.
 */
export function localDateFromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new RangeError(`day number must be a safe integer, got ${show(dayNumber)}`);
  }
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(
      `date out of range: day number ${dayNumber} is outside years ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return formatCivil(year, month, day);
}

function formatCivil(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertWholeNumber(n: number, what: string): void {
  if (typeof n !== 'number') throw new TypeError(`${what} must be a number, got ${show(n)}`);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${show(n)}`);
}

/**
 * The Asia/Shanghai calendar date of an instant: `2026-03-01T17:00:00Z` is `2026-03-02`.
 * Computed as the UTC date of the instant plus 8 hours (no DST in China), so the host's time
 * zone and Intl data play no part.
 *
 * @throws TypeError / RangeError when `at` is not an ISO instant with `Z` or an offset.
 */
export function localDateOf(at: string): LocalDate {
  const shifted = epochMillisOf(at) + SHANGHAI_OFFSET_MS;
  return localDateFromDayNumber(Math.floor(shifted / MS_PER_DAY));
}

/**
 * The Asia/Shanghai date on which something that ends at `at` ends: the date of the last
 * millisecond before `at`. A period's end is 24:00 of its last day (CC 203), the instant
 * `…T16:00:00.000Z`, which {@link localDateOf} reads as the next day; here it is that day.
 * `2027-01-01T00:00:00+08:00` (24:00 of 12-31) → `2026-12-31`; one millisecond later → `2027-01-01`.
 *
 * @throws TypeError / RangeError when `at` is not an ISO instant with `Z` or an offset.
 */
export function endDateOf(at: string): LocalDate {
  const shifted = epochMillisOf(at) - 1 + SHANGHAI_OFFSET_MS;
  return localDateFromDayNumber(Math.floor(shifted / MS_PER_DAY));
}

/**
 * The date `n` days after `d` (`n` may be negative or zero).
 *
 * @throws RangeError when `d` is invalid, `n` is not an integer, or the result leaves years 0000–9999.
 */
export function addDays(d: LocalDate, n: number): LocalDate {
  const start = dayNumberOf(d);
  assertWholeNumber(n, 'addDays: day count');
  return localDateFromDayNumber(start + n);
}

/** Days from `a` to `b` (`b − a`): `daysBetween('2026-03-01', '2026-03-31') === 30`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumberOf(b) - dayNumberOf(a);
}

/** Day of the week of `d`, `0` = Sunday. */
export function dayOfWeek(d: LocalDate): DayOfWeek {
  // 1970-01-01 (day 0) was a Thursday.
  return ((((dayNumberOf(d) + 4) % 7) + 7) % 7) as DayOfWeek;
}

/**
 * The date `n` calendar months after `d`, on the same day of the month, or on the last day of
 * the target month when it has no such day (CC 202): `2026-01-31` + 1 → `2026-02-28`.
 *
 * @throws RangeError when `d` is invalid, `n` is not an integer, or the result leaves years 0000–9999.
 */
export function addMonths(d: LocalDate, n: number): LocalDate {
  dayNumberOf(d);
  assertWholeNumber(n, 'addMonths: month count');
  const total = Number(d.slice(0, 4)) * 12 + (Number(d.slice(5, 7)) - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(
      `date out of range: ${show(d)} plus ${n} months falls in year ${year}, outside ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  return formatCivil(year, month, Math.min(Number(d.slice(8, 10)), daysInMonth(year, month)));
}
