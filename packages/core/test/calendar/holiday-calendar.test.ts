import { describe, expect, it } from 'vitest';
import { holidayCalendar, NO_HOLIDAYS } from '../../src/calendar/index.js';
import { GUOQING_2026 } from './fixtures.js';

describe('NO_HOLIDAYS', () => {
  it('has no holidays and Monday–Friday working days', () => {
    expect(NO_HOLIDAYS.isHoliday('2026-10-01')).toBe(false);
    expect(NO_HOLIDAYS.isHoliday('2026-03-01')).toBe(false);
    expect(NO_HOLIDAYS.isWorkingDay('2026-10-01')).toBe(true); // Thursday
    expect(NO_HOLIDAYS.isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(NO_HOLIDAYS.isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(NO_HOLIDAYS.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(NO_HOLIDAYS.isWorkingDay('2026-03-08')).toBe(false); // Sunday
  });

  it('rejects invalid dates', () => {
    expect(() => NO_HOLIDAYS.isHoliday('2026-02-30')).toThrow(/"2026-02-30"/);
    expect(() => NO_HOLIDAYS.isWorkingDay('2026-02-30')).toThrow(/"2026-02-30"/);
  });
});

describe('holidayCalendar', () => {
  it('marks listed holidays, weekend ones included, as non-working', () => {
    expect(GUOQING_2026.name).toBe('test-guoqing-2026');
    for (const d of ['2026-10-01', '2026-10-03', '2026-10-04', '2026-10-07']) {
      expect(GUOQING_2026.isHoliday(d)).toBe(true);
      expect(GUOQING_2026.isWorkingDay(d)).toBe(false);
    }
    expect(GUOQING_2026.isHoliday('2026-09-30')).toBe(false);
    expect(GUOQING_2026.isHoliday('2026-10-08')).toBe(false);
    expect(GUOQING_2026.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('honours adjusted working days (调休) and keeps other weekends off', () => {
    expect(GUOQING_2026.isWorkingDay('2026-09-27')).toBe(true); // Sunday, adjusted
    expect(GUOQING_2026.isWorkingDay('2026-10-10')).toBe(true); // Saturday, adjusted
    expect(GUOQING_2026.isHoliday('2026-09-27')).toBe(false);
    expect(GUOQING_2026.isWorkingDay('2026-09-26')).toBe(false); // Saturday
    expect(GUOQING_2026.isWorkingDay('2026-10-11')).toBe(false); // Sunday
    expect(GUOQING_2026.isHoliday('2026-10-11')).toBe(false); // a weekend is not a holiday
  });

  it('is frozen', () => {
    expect(Object.isFrozen(GUOQING_2026)).toBe(true);
  });

  it('rejects an invalid holiday date, naming it and its position', () => {
    const build = () => holidayCalendar({ name: 'x', holidays: ['2026-10-01', '2026-02-30'] });
    expect(build).toThrow(RangeError);
    expect(build).toThrow(/holidays\[1\] "2026-02-30"/);
  });

  it('rejects an invalid adjusted working day', () => {
    expect(() =>
      holidayCalendar({ name: 'x', holidays: [], adjustedWorkingDays: ['2026-9-27'] }),
    ).toThrow(/adjustedWorkingDays\[0\] "2026-9-27"/);
  });

  it('rejects a date listed both as holiday and adjusted working day', () => {
    const build = () =>
      holidayCalendar({
        name: 'x',
        holidays: ['2026-10-01', '2026-10-10'],
        adjustedWorkingDays: ['2026-10-10'],
      });
    expect(build).toThrow(RangeError);
    expect(build).toThrow(/2026-10-10 is listed both as a holiday and as an adjusted working day/);
  });

  it('rejects an adjusted working day that is not a weekend day', () => {
    expect(() =>
      holidayCalendar({ name: 'x', holidays: [], adjustedWorkingDays: ['2026-09-28'] }),
    ).toThrow(/adjusted working day 2026-09-28 is not a Saturday or Sunday/);
  });

  it('rejects an empty name and a malformed spec', () => {
    expect(() => holidayCalendar({ name: ' ', holidays: [] })).toThrow(/non-empty calendar name/);
    expect(() =>
      holidayCalendar({ name: 'x', holidays: '2026-10-01' as unknown as string[] }),
    ).toThrow(TypeError);
  });
});
