import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HolidayCalendar, Period } from '../../src/calendar/index.js';
import {
  addDays,
  daysBetween,
  deadline,
  epochMillisOf,
  isOverdue,
  localDateOf,
  NO_HOLIDAYS,
} from '../../src/calendar/index.js';
import { calendars, epochMs, triggers2026 } from './fixtures.js';

const anyTrigger = epochMs.map((ms) => new Date(ms).toISOString());

const periods: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1, max: 800 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 30 }).map((months) => ({ months })),
  fc.integer({ min: 1, max: 3 }).map((years) => ({ years })),
  fc.integer({ min: 1, max: 60 }).map((workingDays) => ({ workingDays })),
);

const calendarOrDefault: fc.Arbitrary<HolidayCalendar> = fc.oneof(
  fc.constant(NO_HOLIDAYS),
  calendars,
);

// Oracle for month arithmetic, through Date (valid for the years generated here).
function expectedMonthEnd(localDate: string, months: number): string {
  const y = Number(localDate.slice(0, 4));
  const m = Number(localDate.slice(5, 7)) - 1 + months;
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(Number(localDate.slice(8, 10)), lastOfMonth);
  return new Date(Date.UTC(y, m, day)).toISOString().slice(0, 10);
}

describe('deadline properties', { timeout: 30_000 }, () => {
  it('starts the day after the trigger date and never ends before it starts', () => {
    fc.assert(
      fc.property(triggers2026, periods, calendarOrDefault, (t, p, cal) => {
        const d = deadline(t, p, cal);
        expect(d.startsOn).toBe(addDays(localDateOf(t), 1));
        expect(daysBetween(d.startsOn, d.lastDay)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('without holidays, a day period ends on the trigger date plus N', () => {
    fc.assert(
      fc.property(anyTrigger, fc.integer({ min: 1, max: 5_000 }), (t, n) => {
        const d = deadline(t, { days: n });
        expect(d.lastDay).toBe(addDays(localDateOf(t), n));
        expect(daysBetween(d.startsOn, d.lastDay)).toBe(n - 1);
        expect(d.rolledPastHolidays).toBe(false);
      }),
    );
  });

  it('month and year periods land on the corresponding day or the month end', () => {
    fc.assert(
      fc.property(anyTrigger, fc.integer({ min: 1, max: 240 }), (t, n) => {
        const local = localDateOf(t);
        const d = deadline(t, { months: n });
        expect(d.lastDay).toBe(expectedMonthEnd(local, n));
        const day = Number(d.lastDay.slice(8, 10));
        const isMonthEnd = addDays(d.lastDay, 1).endsWith('-01');
        expect(
          day === Number(local.slice(8, 10)) || (isMonthEnd && day < Number(local.slice(8, 10))),
        ).toBe(true);
        if (n % 12 === 0) expect(deadline(t, { years: n / 12 }).lastDay).toBe(d.lastDay);
      }),
    );
  });

  it('a rolled last day is never a holiday, and only holidays were skipped', () => {
    fc.assert(
      fc.property(triggers2026, periods, calendars, (t, p, cal) => {
        const d = deadline(t, p, cal);
        expect(cal.isHoliday(d.lastDay)).toBe(false);
        const unrolled = deadline(t, p, NO_HOLIDAYS);
        if ('workingDays' in p) return;
        if (d.rolledPastHolidays) {
          for (let x = unrolled.lastDay; x !== d.lastDay; x = addDays(x, 1)) {
            expect(cal.isHoliday(x)).toBe(true);
          }
        } else {
          expect(d.lastDay).toBe(unrolled.lastDay);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a working-day period ends on the Nth working day after the trigger', () => {
    fc.assert(
      fc.property(triggers2026, fc.integer({ min: 1, max: 60 }), calendarOrDefault, (t, n, cal) => {
        const d = deadline(t, { workingDays: n }, cal);
        expect(cal.isWorkingDay(d.lastDay)).toBe(true);
        let count = 0;
        for (let x = d.startsOn; x <= d.lastDay; x = addDays(x, 1)) {
          if (cal.isWorkingDay(x)) count += 1;
        }
        expect(count).toBe(n);
      }),
    );
  });

  it('dueAt is 24:00 Shanghai of the last day, and lateness switches exactly there', () => {
    fc.assert(
      fc.property(triggers2026, periods, calendarOrDefault, (t, p, cal) => {
        const d = deadline(t, p, cal);
        const due = epochMillisOf(d.dueAt);
        expect(new Date(due).toISOString()).toBe(d.dueAt);
        expect(localDateOf(d.dueAt)).toBe(addDays(d.lastDay, 1));
        expect(localDateOf(new Date(due - 1).toISOString())).toBe(d.lastDay);
        expect(isOverdue(d, new Date(due - 1).toISOString())).toBe(false);
        expect(isOverdue(d, d.dueAt)).toBe(true);
        expect(isOverdue(d, t)).toBe(false);
      }),
    );
  });
});

// CC 203: "期间的最后一日的截止时间为二十四时". An end at 24:00 belongs to the day it closes; an end
// one millisecond later, to the next day. A period after an end counts from the day after it.
describe('deadline properties: triggered by an end', { timeout: 30_000 }, () => {
  it('an end counts from the day of its last millisecond; any end inside one day gives one deadline', () => {
    fc.assert(
      fc.property(epochMs, fc.integer({ min: 1, max: 400 }), (ms, days) => {
        const end = new Date(ms).toISOString();
        const before = new Date(ms - 1).toISOString();
        const d = deadline(end, { days }, NO_HOLIDAYS, 'end');
        expect(d.lastDay).toBe(addDays(localDateOf(before), days));
        // 24:00 of that day (the dueAt of a period ending on it) gives the same deadline.
        const midnight = `${localDateOf(before)}T16:00:00.000Z`;
        expect(deadline(midnight, { days }, NO_HOLIDAYS, 'end').dueAt).toBe(d.dueAt);
        expect(epochMillisOf(midnight)).toBeGreaterThanOrEqual(ms);
      }),
      { numRuns: 500 },
    );
  });
});
