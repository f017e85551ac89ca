/**
 * Proleptic Gregorian dates as day numbers (days since 1970-01-01), by integer arithmetic
 * only, so results never depend on the host's time zone, `Date` quirks for years below 100,
 * or Intl time zone data. Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */

/** Milliseconds in one day. */
export const MS_PER_DAY = 86_400_000;

/** Smallest year a `YYYY-MM-DD` date can spell. */
export const MIN_YEAR = 0;

/** Largest year a `YYYY-MM-DD` date can spell. */
export const MAX_YEAR = 9999;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date; the caller guarantees the date is valid. */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  // Years start in March so that the leap day is the last day of the computational year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date of a day number. */
export function civilFromDayNumber(dayNumber: number): {
  year: number;
  month: number;
  day: number;
} {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of 0000-01-01, the first date `YYYY-MM-DD` can spell. */
export const MIN_DAY_NUMBER = dayNumberFromCivil(MIN_YEAR, 1, 1);

/** Day number of 9999-12-31, the last date `YYYY-MM-DD` can spell. */
export const MAX_DAY_NUMBER = dayNumberFromCivil(MAX_YEAR, 12, 31);
