import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/calendar/index.js';
import {
  advanceNoticeMet,
  deadline,
  endDateOf,
  holidayCalendar,
  isOverdue,
  NO_HOLIDAYS,
} from '../../src/calendar/index.js';
import { GUOQING_2026 } from './fixtures.js';

describe('deadline: periods in days (CC 201, 203)', () => {
  it('does not count the trigger day and ends at 24:00 Shanghai of the last day', () => {
    const d = deadline('2026-03-01T09:00:00+08:00', { days: 30 });
    expect(d).toEqual({
      trigger: '2026-03-01T09:00:00+08:00',
      period: { days: 30 },
      startsOn: '2026-03-02',
      lastDay: '2026-03-31',
      dueAt: '2026-03-31T16:00:00.000Z',
      rolledPastHolidays: false,
    });
  });

  it('gives the same last day for any time on the trigger date', () => {
    for (const t of [
      '2026-03-01T00:00:00+08:00',
      '2026-02-28T16:00:00Z',
      '2026-03-01T15:59:59.999Z',
    ]) {
      expect(deadline(t, { days: 30 }).lastDay).toBe('2026-03-31');
    }
  });

  it('takes the trigger date in Shanghai when UTC is still on the previous day', () => {
    const d = deadline('2026-03-01T17:00:00Z', { days: 30 });
    expect(d.startsOn).toBe('2026-03-03');
    expect(d.lastDay).toBe('2026-04-01');
    expect(d.dueAt).toBe('2026-04-01T16:00:00.000Z');
  });

  it('counts a 1-day period to the next day and crosses year ends', () => {
    expect(deadline('2026-03-01T09:00:00+08:00', { days: 1 }).lastDay).toBe('2026-03-02');
    expect(deadline('2026-12-25T09:00:00+08:00', { days: 7 }).lastDay).toBe('2027-01-01');
    expect(deadline('2024-02-20T09:00:00+08:00', { days: 9 }).lastDay).toBe('2024-02-29');
    expect(deadline('2025-02-20T09:00:00+08:00', { days: 9 }).lastDay).toBe('2025-03-01');
  });

  it('does not extend past an ordinary weekend', () => {
    // 2026-03-07 is a Saturday: not a statutory holiday.
    const d = deadline('2026-03-01T09:00:00+08:00', { days: 6 }, GUOQING_2026);
    expect(d.lastDay).toBe('2026-03-07');
    expect(d.rolledPastHolidays).toBe(false);
  });
});

describe('deadline: periods in months and years (CC 202)', () => {
  const lastDay = (trigger: string, period: Period) =>
    deadline(`${trigger}T10:00:00+08:00`, period).lastDay;

  it('ends on the corresponding day of the last month', () => {
    expect(lastDay('2026-01-15', { months: 1 })).toBe('2026-02-15');
    expect(lastDay('2026-02-28', { months: 1 })).toBe('2026-03-28');
    expect(lastDay('2026-03-01', { months: 3 })).toBe('2026-06-01');
    expect(lastDay('2026-12-31', { months: 12 })).toBe('2027-12-31');
    expect(lastDay('2026-05-10', { years: 2 })).toBe('2028-05-10');
  });

  it('ends on the month end when the last month has no corresponding day', () => {
    expect(lastDay('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(lastDay('2024-01-31', { months: 1 })).toBe('2024-02-29');
    expect(lastDay('2026-03-31', { months: 1 })).toBe('2026-04-30');
    expect(lastDay('2025-12-31', { months: 2 })).toBe('2026-02-28');
    expect(lastDay('2026-11-30', { months: 3 })).toBe('2027-02-28');
  });

  it('clamps a leap day in year periods', () => {
    expect(lastDay('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(lastDay('2024-02-29', { years: 4 })).toBe('2028-02-29');
    expect(lastDay('2096-02-29', { years: 4 })).toBe('2100-02-28');
    expect(lastDay('2024-02-29', { months: 12 })).toBe('2025-02-28');
  });

  it('starts counting the day after the trigger', () => {
    const d = deadline('2026-01-31T10:00:00+08:00', { months: 1 });
    expect(d.startsOn).toBe('2026-02-01');
    expect(d.dueAt).toBe('2026-02-28T16:00:00.000Z');
  });

  it('uses the Shanghai date of a late-evening UTC trigger', () => {
    // 2026-01-30T20:00Z is 2026-01-31 04:00 in Shanghai.
    expect(deadline('2026-01-30T20:00:00Z', { months: 1 }).lastDay).toBe('2026-02-28');
  });
});

describe('deadline: last day on a statutory holiday (CC 203)', () => {
  it('moves past a whole multi-day holiday', () => {
    const d = deadline('2026-09-01T09:00:00+08:00', { days: 30 }, GUOQING_2026);
    expect(d.startsOn).toBe('2026-09-02');
    expect(d.lastDay).toBe('2026-10-08');
    expect(d.dueAt).toBe('2026-10-08T16:00:00.000Z');
    expect(d.rolledPastHolidays).toBe(true);
  });

  it('moves a last day on the holiday’s final day, or on a weekend inside it', () => {
    expect(deadline('2026-09-07T09:00:00+08:00', { days: 30 }, GUOQING_2026).lastDay).toBe(
      '2026-10-08',
    );
    // 1 month from 2026-09-03 is Saturday 2026-10-03, inside the holiday.
    const m = deadline('2026-09-03T09:00:00+08:00', { months: 1 }, GUOQING_2026);
    expect(m.lastDay).toBe('2026-10-08');
    expect(m.rolledPastHolidays).toBe(true);
  });

  it('leaves a last day after the holiday alone', () => {
    const d = deadline('2026-09-08T09:00:00+08:00', { days: 30 }, GUOQING_2026);
    expect(d.lastDay).toBe('2026-10-08');
    expect(d.rolledPastHolidays).toBe(false);
  });

  it('does not move anything without a holiday calendar', () => {
    const d = deadline('2026-09-01T09:00:00+08:00', { days: 30 });
    expect(d.lastDay).toBe('2026-10-01');
    expect(d.rolledPastHolidays).toBe(false);
    expect(deadline('2026-09-01T09:00:00+08:00', { days: 30 }, NO_HOLIDAYS).lastDay).toBe(
      '2026-10-01',
    );
  });

  it('rolls on over holidays listed back to back', () => {
    const cal = holidayCalendar({
      name: 'test-adjacent',
      holidays: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04'],
    });
    expect(deadline('2026-04-01T09:00:00+08:00', { months: 1 }, cal).lastDay).toBe('2026-05-05');
  });

  it('detects a calendar that never ends its holidays', () => {
    const endless = {
      name: 'endless',
      isHoliday: () => true,
      isWorkingDay: () => false,
    };
    expect(() => deadline('2026-03-01T09:00:00+08:00', { days: 1 }, endless)).toThrow(
      /"endless" has 366 consecutive holidays/,
    );
  });
});

describe('deadline: periods in working days (BJ 57, 工作日)', () => {
  it('skips a weekend', () => {
    // Triggered on Friday 2026-03-06: Saturday and Sunday do not count.
    const d = deadline('2026-03-06T10:00:00+08:00', { workingDays: 10 });
    expect(d.startsOn).toBe('2026-03-07');
    expect(d.lastDay).toBe('2026-03-20');
    expect(d.dueAt).toBe('2026-03-20T16:00:00.000Z');
    expect(deadline('2026-03-06T10:00:00+08:00', { workingDays: 1 }).lastDay).toBe('2026-03-09');
  });

  it('skips holidays and counts adjusted working days', () => {
    // 09-25 (1), 09-27 Sun 调休 (2), 09-28..30 (3–5), 10-01..07 off, 10-08 (6), 10-09 (7),
    // 10-10 Sat 调休 (8), 10-12 (9), 10-13 (10).
    const d = deadline('2026-09-24T10:00:00+08:00', { workingDays: 10 }, GUOQING_2026);
    expect(d.lastDay).toBe('2026-10-13');
    expect(d.rolledPastHolidays).toBe(false);
    expect(deadline('2026-09-24T10:00:00+08:00', { workingDays: 10 }).lastDay).toBe('2026-10-08');
    expect(deadline('2026-09-30T10:00:00+08:00', { workingDays: 1 }, GUOQING_2026).lastDay).toBe(
      '2026-10-08',
    );
    expect(deadline('2026-09-25T10:00:00+08:00', { workingDays: 1 }, GUOQING_2026).lastDay).toBe(
      '2026-09-27',
    );
  });

  it('detects a calendar without working days', () => {
    const never = { name: 'never', isHoliday: () => false, isWorkingDay: () => false };
    expect(() => deadline('2026-03-01T09:00:00+08:00', { workingDays: 1 }, never)).toThrow(
      /"never" has no working day/,
    );
  });
});

// CC 201: "开始的当日不计入，自下一日开始计算". CC 203: "期间的最后一日的截止时间为二十四时". A term that ends
// at 24:00 of a day ends on that day: a period triggered by the end counts from the next day.
describe('deadline: triggered by an end (CC 201, 203)', () => {
  it('takes 24:00 of a day as that day, and one millisecond later as the next', () => {
    expect(endDateOf('2027-01-01T00:00:00+08:00')).toBe('2026-12-31');
    expect(endDateOf('2026-12-31T16:00:00.000Z')).toBe('2026-12-31');
    expect(endDateOf('2026-12-31T23:59:59+08:00')).toBe('2026-12-31');
    expect(endDateOf('2026-12-31T00:00:01+08:00')).toBe('2026-12-31');
    expect(endDateOf('2027-01-01T00:00:00.001+08:00')).toBe('2027-01-01');
  });

  it('counts 10 days from an end at 24:00 of 12-31 to 01-10, as from 23:59:59', () => {
    for (const end of [
      '2026-12-31T00:00:01+08:00',
      '2026-12-31T23:59:59+08:00',
      '2027-01-01T00:00:00+08:00',
    ]) {
      const d = deadline(end, { days: 10 }, NO_HOLIDAYS, 'end');
      expect([d.startsOn, d.lastDay, d.dueAt], end).toEqual([
        '2027-01-01',
        '2027-01-10',
        '2027-01-10T16:00:00.000Z',
      ]);
    }
    // One second into 01-01 the contract ended on 01-01.
    expect(deadline('2027-01-01T00:00:01+08:00', { days: 10 }, NO_HOLIDAYS, 'end').lastDay).toBe(
      '2027-01-11',
    );
  });

  it('leaves an act at 00:00:00 on the day it happens', () => {
    expect(deadline('2027-01-01T00:00:00+08:00', { days: 10 }).lastDay).toBe('2027-01-11');
    expect(deadline('2027-01-01T00:00:00+08:00', { days: 10 }, NO_HOLIDAYS, 'act').lastDay).toBe(
      '2027-01-11',
    );
  });

  it('names a trigger kind it does not know', () => {
    expect(() =>
      deadline('2027-01-01T00:00:00+08:00', { days: 10 }, NO_HOLIDAYS, 'start' as never),
    ).toThrow(/trigger kind "start"/);
  });
});

describe('deadline: bad input', () => {
  it('names a bad period', () => {
    const t = '2026-03-01T09:00:00+08:00';
    expect(() => deadline(t, { days: 0 })).toThrow(RangeError);
    expect(() => deadline(t, { days: 0 })).toThrow(/period\.days .* got 0/);
    expect(() => deadline(t, { months: 1.5 })).toThrow(/got 1\.5/);
    expect(() => deadline(t, { workingDays: -2 })).toThrow(/got -2/);
    expect(() => deadline(t, { weeks: 2 } as unknown as Period)).toThrow(TypeError);
  });

  it('names a trigger without an offset or with an impossible date', () => {
    expect(() => deadline('2026-03-01T09:00:00', { days: 30 })).toThrow(
      /"2026-03-01T09:00:00" has no offset/,
    );
    expect(() => deadline('2026-02-30T09:00:00Z', { days: 30 })).toThrow(/"2026-02-30T09:00:00Z"/);
  });

  it('rejects a last day beyond year 9999', () => {
    expect(() => deadline('9999-12-01T09:00:00+08:00', { months: 1 })).toThrow(/out of range/);
  });
});

describe('isOverdue', () => {
  const d = deadline('2026-03-01T09:00:00+08:00', { days: 30 });

  it('is false up to dueAt − 1 ms and true from dueAt', () => {
    expect(isOverdue(d, '2026-03-31T15:59:59.999Z')).toBe(false);
    expect(isOverdue(d, '2026-03-31T16:00:00.000Z')).toBe(true);
    expect(isOverdue(d, '2026-03-31T16:00:00.001Z')).toBe(true);
    expect(isOverdue(d, '2026-03-02T09:00:00+08:00')).toBe(false);
  });

  it('compares instants, not strings', () => {
    // Sorts after dueAt as a string but is 15:59:59Z.
    expect(isOverdue(d, '2026-03-31T23:59:59+08:00')).toBe(false);
    expect(isOverdue(d, '2026-03-31T23:59:59.999+08:00')).toBe(false);
    expect(isOverdue(d, '2026-04-01T00:00:00+08:00')).toBe(true);
    // Sorts before dueAt as a string but is 16:00Z.
    expect(isOverdue(d, '2026-03-31T10:00:00-06:00')).toBe(true);
    expect(isOverdue(d, '2026-03-31T15:59:59.9999Z')).toBe(false);
  });

  it('rejects an instant without an offset', () => {
    expect(() => isOverdue(d, '2026-03-31T16:00:00')).toThrow(/no offset/);
  });
});

describe('advanceNoticeMet', () => {
  const meeting = '2026-03-20T09:00:00+08:00';

  it('accepts a notice on or before the event date minus N days', () => {
    expect(advanceNoticeMet('2026-03-05T23:59:59+08:00', meeting, 15)).toBe(true);
    expect(advanceNoticeMet('2026-03-04T08:00:00+08:00', meeting, 15)).toBe(true);
    expect(advanceNoticeMet('2026-03-05T09:00:00+08:00', '2026-03-20T23:59:00+08:00', 15)).toBe(
      true,
    );
  });

  it('rejects a notice one day too late, whatever the times of day', () => {
    expect(advanceNoticeMet('2026-03-06T00:00:00+08:00', meeting, 15)).toBe(false);
    expect(advanceNoticeMet('2026-03-06T00:00:00+08:00', '2026-03-20T23:59:00+08:00', 15)).toBe(
      false,
    );
  });

  it('takes both dates in Shanghai', () => {
    // 2026-03-05T16:30Z is already 2026-03-06 in Shanghai.
    expect(advanceNoticeMet('2026-03-05T16:30:00Z', meeting, 15)).toBe(false);
    expect(advanceNoticeMet('2026-03-05T15:30:00Z', meeting, 15)).toBe(true);
    // 2026-03-19T17:00Z is 2026-03-20 01:00 in Shanghai: the event date, not the 19th.
    expect(advanceNoticeMet('2026-03-05T10:00:00+08:00', '2026-03-19T17:00:00Z', 15)).toBe(true);
  });

  it('rejects a bad day count', () => {
    expect(() => advanceNoticeMet('2026-03-01T09:00:00Z', meeting, 0)).toThrow(/got 0/);
    expect(() => advanceNoticeMet('2026-03-01T09:00:00Z', meeting, 2.5)).toThrow(RangeError);
  });
});
