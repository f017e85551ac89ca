import fc from 'fast-check';
import type { HolidayCalendar } from '../../src/calendar/index.js';
import { holidayCalendar } from '../../src/calendar/index.js';

/**
 * A test-local calendar shaped like 国庆 2026 (seven days off, 调休 on the Sunday before and the
 * Saturday after). Made up for the tests, not official data.
 */
export const GUOQING_2026: HolidayCalendar = holidayCalendar({
  name: 'test-guoqing-2026',
  holidays: [
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  adjustedWorkingDays: ['2026-09-27', '2026-10-10'],
});

const MS_PER_DAY = 86_400_000;

/** Epoch milliseconds from 1970-01-01 to 2199-12-31, where `Date` is a trustworthy oracle. */
export const epochMs = fc.integer({ min: 0, max: Date.UTC(2199, 11, 31) });

/** Day numbers (days since 1970-01-01) over the same span. */
export const dayNumbers = fc.integer({
  min: 0,
  max: Math.floor(Date.UTC(2199, 11, 31) / MS_PER_DAY),
});

/** The UTC `YYYY-MM-DD` of a day number, computed by `Date`, independent of the code under test. */
export function oracleDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** An instant written with the given offset (minutes east of UTC), e.g. `…T09:00:00.000+08:00`. */
export function instantWithOffset(ms: number, offsetMinutes: number): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${sign}${hh}:${mm}`;
}

/**
 * Random holiday calendars over 2026–2027: runs of 1–9 consecutive holidays (as official
 * holidays come) and some adjusted weekend days.
 */
export const calendars: fc.Arbitrary<HolidayCalendar> = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 20_454, max: 21_183 }), fc.integer({ min: 1, max: 9 })), {
      minLength: 20,
      maxLength: 60,
    }),
    fc.uniqueArray(fc.integer({ min: 20_454, max: 21_183 }), { maxLength: 20 }),
  )
  .map(([runs, a]) => {
    const held = new Set(
      runs.flatMap(([start, length]) => Array.from({ length }, (_, i) => oracleDate(start + i))),
    );
    const adjustedWorkingDays = a
      .filter((n) => {
        const dow = new Date(n * MS_PER_DAY).getUTCDay();
        return dow === 0 || dow === 6;
      })
      .map(oracleDate)
      .filter((d) => !held.has(d));
    return holidayCalendar({ name: 'random', holidays: [...held], adjustedWorkingDays });
  });

/** Triggers during 2026, as `Z` instants. */
export const triggers2026 = fc
  .integer({ min: Date.UTC(2025, 11, 31, 16), max: Date.UTC(2026, 11, 31, 15, 59, 59, 999) })
  .map((ms) => new Date(ms).toISOString());
