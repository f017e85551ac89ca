import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  epochMillisOf,
  localDateOf,
} from '../../src/calendar/index.js';
import { InstantSchema } from '../../src/schemas/time.js';
import { dayNumbers, epochMs, instantWithOffset, oracleDate } from './fixtures.js';

describe('localDateOf (Asia/Shanghai)', () => {
  it('takes the date at UTC+8', () => {
    expect(localDateOf('2026-03-01T09:00:00+08:00')).toBe('2026-03-01');
    expect(localDateOf('2026-03-01T15:59:59.999Z')).toBe('2026-03-01');
    expect(localDateOf('2026-03-01T16:00:00Z')).toBe('2026-03-02');
    expect(localDateOf('2026-03-01T17:00:00Z')).toBe('2026-03-02');
    expect(localDateOf('2026-02-28T23:30:00-05:00')).toBe('2026-03-01');
    expect(localDateOf('2026-03-01T00:00:00+08:00')).toBe('2026-03-01');
    expect(localDateOf('2026-02-28T23:59:59.999+08:00')).toBe('2026-02-28');
  });

  it('crosses year and leap-day boundaries', () => {
    expect(localDateOf('2025-12-31T16:00:00Z')).toBe('2026-01-01');
    expect(localDateOf('2024-02-28T16:00:00Z')).toBe('2024-02-29');
    expect(localDateOf('2023-02-28T16:00:00Z')).toBe('2023-03-01');
  });

  it('matches Date for any instant written with any offset', () => {
    fc.assert(
      fc.property(epochMs, fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (ms, off) => {
        const expected = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(localDateOf(instantWithOffset(ms, off))).toBe(expected);
        expect(epochMillisOf(instantWithOffset(ms, off))).toBe(ms);
      }),
    );
  });

  it('rejects an instant without an offset, naming it', () => {
    expect(() => localDateOf('2026-03-01T09:00:00')).toThrow(RangeError);
    expect(() => localDateOf('2026-03-01T09:00:00')).toThrow(/"2026-03-01T09:00:00" has no offset/);
  });

  it('rejects malformed or impossible instants and non-strings', () => {
    expect(() => localDateOf('2026-02-30T09:00:00Z')).toThrow(
      /invalid instant "2026-02-30T09:00:00Z"/,
    );
    expect(() => localDateOf('2026-03-01')).toThrow(/invalid instant "2026-03-01"/);
    expect(() => localDateOf('')).toThrow(RangeError);
    expect(() => localDateOf(1_772_326_800_000 as unknown as string)).toThrow(TypeError);
  });
});

describe('epochMillisOf', () => {
  it('reads offsets and fractions exactly', () => {
    expect(epochMillisOf('2026-03-31T16:00:00.000Z')).toBe(Date.UTC(2026, 2, 31, 16));
    expect(epochMillisOf('2026-04-01T00:00:00+08:00')).toBe(Date.UTC(2026, 2, 31, 16));
    expect(epochMillisOf('2026-03-31T10:30:00-05:30')).toBe(Date.UTC(2026, 2, 31, 16));
    expect(epochMillisOf('2026-03-31T15:59:59.9999Z')).toBe(Date.UTC(2026, 2, 31, 15, 59, 59, 999));
    expect(epochMillisOf('2026-03-31T15:59:59.5Z')).toBe(Date.UTC(2026, 2, 31, 15, 59, 59, 500));
  });

  // It tests InstantSchema's pattern directly rather than parsing: the two must agree.
  it('reads exactly the strings InstantSchema accepts', () => {
    const strings = [
      '2024-02-29T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-02-30T00:00:00+08:00',
      '2026-04-31T00:00:00+08:00',
      '2026-03-31T24:00:00+08:00',
      '2026-03-31T23:59:60+08:00',
      '2026-03-31T23:59:59+24:00',
      '2026-03-31T23:59:59+23:59',
      '2026-03-31T23:59:59',
      '2026-03-31T23:59Z',
      '2026-03-31 23:59:59Z',
      '2026-03-31T23:59:59.123456789-00:30',
      ' 2026-03-31T23:59:59Z',
      '',
    ];
    for (const at of strings) {
      const read = (() => {
        try {
          epochMillisOf(at);
          return true;
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return false;
        }
      })();
      expect([at, read]).toEqual([at, InstantSchema.safeParse(at).success]);
    }
    expect(InstantSchema.safeParse('2026-02-29T00:00:00Z').success).toBe(false);
    expect(InstantSchema.safeParse('2024-02-29T00:00:00Z').success).toBe(true);
  });
});

describe('addDays, daysBetween, dayOfWeek', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2026-03-01', 31)).toBe('2026-04-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
    expect(addDays('2000-02-28', 366)).toBe('2001-02-28');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('counts days between dates (b − a)', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('1970-01-01', '2026-03-01')).toBe(Date.UTC(2026, 2, 1) / 86_400_000);
  });

  it('gives the day of the week, 0 = Sunday', () => {
    expect(dayOfWeek('2026-03-01')).toBe(0);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(dayOfWeek('2000-01-01')).toBe(6);
  });

  it('agrees with Date on every date from 1970 to 2199', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -20_000, max: 20_000 }), (n, k) => {
        const d = oracleDate(n);
        expect(addDays('1970-01-01', n)).toBe(d);
        expect(dayOfWeek(d)).toBe(new Date(n * 86_400_000).getUTCDay());
        if (n + k >= 0) expect(addDays(d, k)).toBe(oracleDate(n + k));
      }),
    );
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -50_000, max: 50_000 }), (n, k) => {
        const a = oracleDate(n);
        const b = addDays(a, k);
        expect(daysBetween(a, b)).toBe(k);
        expect(addDays(b, -k)).toBe(a);
      }),
    );
    fc.assert(
      fc.property(dayNumbers, dayNumbers, (x, y) => {
        const a = oracleDate(x);
        const b = oracleDate(y);
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });

  it('rejects invalid dates, naming them', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(/"2026-02-30"/);
    expect(() => addDays('2025-02-29', 1)).toThrow(/"2025-02-29"/);
    expect(() => addDays('1900-02-29', 1)).toThrow(/"1900-02-29"/);
    expect(() => daysBetween('2026-3-1', '2026-03-01')).toThrow(/"2026-3-1"/);
    expect(() => dayOfWeek('2026-13-01')).toThrow(/"2026-13-01"/);
    expect(() => dayOfWeek(20_260_301 as unknown as string)).toThrow(TypeError);
  });

  it('rejects non-integer day counts and results outside years 0000–9999', () => {
    expect(() => addDays('2026-03-01', 1.5)).toThrow(/got 1\.5/);
    expect(() => addDays('2026-03-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(/out of range/);
    expect(() => addDays('0000-01-01', -1)).toThrow(/out of range/);
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29');
  });
});

describe('addMonths', () => {
  it('keeps the day of the month or clamps to the month end', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2000-02-29', 1200)).toBe('2100-02-28');
  });

  it('rejects non-integer counts and out-of-range years', () => {
    expect(() => addMonths('2026-01-31', 0.5)).toThrow(/got 0\.5/);
    expect(() => addMonths('9999-12-01', 1)).toThrow(/year 10000/);
  });
});
