import { InstantSchema } from '../schemas/time.js';
import { dayNumberFromCivil, MS_PER_DAY } from './day-number.js';
import { show } from './show.js';

/** Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

// What `InstantSchema` checks of a string: zod's own ISO date-time pattern (with an offset),
// tested directly — `safeParse` on every comparison of two instants cost more than the rest.
const INSTANT = InstantSchema._zod.pattern;

// Fields of an instant that `InstantSchema` already accepted.
const INSTANT_FIELDS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

// An ISO date-time lacking Z or an offset: named in its own error because it is the usual slip.
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

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
  const match = INSTANT.test(at) ? INSTANT_FIELDS.exec(at) : null;
  if (match === null) {
    if (LOCAL_DATE_TIME.test(at)) {
      throw new RangeError(
        `instant ${show(at)} has no offset: add Z or an offset such as +08:00 (Asia/Shanghai)`,
      );
    }
    throw new RangeError(
      `invalid instant ${show(at)}: expected an ISO 8601 date-time with Z or an offset, e.g. 2026-03-01T09:00:00+08:00`,
    );
  }
  const [, y, mo, d, h, mi, s, fraction, sign, oh, om] = match;
  const day = dayNumberFromCivil(Number(y), Number(mo), Number(d));
  const millis = Number((fraction ?? '').slice(0, 3).padEnd(3, '0'));
  const offsetMinutes =
    sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return (
    day * MS_PER_DAY +
    Number(h) * 3_600_000 +
    Number(mi) * 60_000 +
    Number(s) * 1000 +
    millis -
    offsetMinutes * 60_000
  );
}
