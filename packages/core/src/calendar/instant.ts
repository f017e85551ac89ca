import { dayNumberFromCivil, daysInMonth, MS_PER_DAY } from './day-number.js';
import { show } from './show.js';

/** Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

// An ISO date-time lacking Z or an offset: named in its own error because it is the usual slip.
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

// Every guard and the clock of every machine read instants (and deadlines dates) on every
// event, so they are read by character codes, with no regular expression and no allocation. They accept exactly the
// strings of `InstantSchema` (zod's ISO date-time pattern with an offset): a real calendar date
// with a four-digit year, 00–23 hours, 00–59 minutes and seconds, an optional fraction of at
// least one digit, then `Z` or ±hh:mm with hh 00–23 and mm 00–59
// (`test/calendar/instant.test.ts` checks that the two agree).

const ZERO = 48;

// The value of the two ASCII digits at `i`, or -1.
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - ZERO;
  const b = text.charCodeAt(i + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

// The day number of the real calendar date `YYYY-MM-DD` that `text` starts with, or NaN.
function dayNumberAt(text: string): number {
  if (text[4] !== '-' || text[7] !== '-') return Number.NaN;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const year = century * 100 + yy;
  if (day > daysInMonth(year, month)) return Number.NaN;
  return dayNumberFromCivil(year, month, day);
}

/**
 * The day number (days since 1970-01-01) of a string `LocalDateSchema` accepts — a real
 * calendar date `YYYY-MM-DD` — or `NaN` for any other string; read as instants are.
 */
export function localDayNumberOrNaN(d: string): number {
  return d.length === 10 ? dayNumberAt(d) : Number.NaN;
}

/**
 * Milliseconds since the epoch of a string `InstantSchema` accepts, or `NaN` for any other
 * string. Digits below the millisecond are truncated (see {@link epochMillisOf}).
 */
export function instantMillisOrNaN(at: string): number {
  const n = at.length;
  if (n < 20 || at[10] !== 'T' || at[13] !== ':' || at[16] !== ':') return Number.NaN;
  const dayNumber = dayNumberAt(at);
  const hour = twoDigits(at, 11);
  const minute = twoDigits(at, 14);
  const second = twoDigits(at, 17);
  if (Number.isNaN(dayNumber)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return Number.NaN;
  }
  let i = 19;
  let millis = 0;
  if (at[i] === '.') {
    const first = ++i;
    for (let c = at.charCodeAt(i) - ZERO; c >= 0 && c <= 9; c = at.charCodeAt(++i) - ZERO) {
      if (i - first < 3) millis = millis * 10 + c;
    }
    const read = i - first;
    if (read === 0) return Number.NaN;
    if (read < 3) millis *= read === 1 ? 100 : 10;
  }
  let offsetMinutes = 0;
  if (at[i] === 'Z') {
    if (i + 1 !== n) return Number.NaN;
  } else {
    const sign = at[i];
    if ((sign !== '+' && sign !== '-') || i + 6 !== n || at[i + 3] !== ':') return Number.NaN;
    const oh = twoDigits(at, i + 1);
    const om = twoDigits(at, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return (
    dayNumber * MS_PER_DAY +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millis -
    offsetMinutes * 60_000
  );
}

/**
 * {@link instantMillisOrNaN}, and for a string it refuses what `Date.parse` reads: for callers
 * that took `Date.parse` before the exact reader existed (a guard given an event past
 * `dispatch`'s schema, a ballot time), so such strings read as they did.
 */
export function instantMillisOrDateParse(text: string): number {
  const ms = instantMillisOrNaN(text);
  return Number.isNaN(ms) ? Date.parse(text) : ms;
}

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an ISO 8601 instant with `Z` or an explicit
 * offset (see `InstantSchema`). Digits below the millisecond are truncated, which keeps every
 * comparison with a whole-millisecond instant (such as a deadline's `dueAt`) exact.
 *
 * Instants are compared by this number, never as strings: `2026-03-31T23:59:59+08:00` is
 * before `2026-03-31T16:00:00.000Z` although it sorts after it.
 *
 * @throws TypeError when `at` is not a string.
 * @throws RangeError when `at` is not a valid instant, naming it (e.g. one without an offset).
 */
export function epochMillisOf(at: string): number {
  if (typeof at !== 'string') {
    throw new TypeError(`expected an ISO 8601 instant string, got ${show(at)}`);
  }
  const ms = instantMillisOrNaN(at);
  if (!Number.isNaN(ms)) return ms;
  if (LOCAL_DATE_TIME.test(at)) {
    throw new RangeError(
      `instant ${show(at)} has no offset: add Z or an offset such as +08:00 (Asia/Shanghai)`,
    );
  }
  throw new RangeError(
    `invalid instant ${show(at)}: expected an ISO 8601 date-time with Z or an offset, e.g. 2026-03-01T09:00:00+08:00`,
  );
}
