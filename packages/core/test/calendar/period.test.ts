import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/calendar/index.js';
import { describePeriod, PeriodSchema, periodParts } from '../../src/calendar/index.js';

describe('PeriodSchema', () => {
  it('accepts one unit with a positive integer', () => {
    for (const p of [{ days: 30 }, { months: 3 }, { years: 5 }, { workingDays: 10 }]) {
      expect(PeriodSchema.parse(p)).toEqual(p);
    }
  });

  it('rejects zero, negative, fractional, unknown or combined units', () => {
    for (const p of [
      { days: 0 },
      { days: -3 },
      { days: 1.5 },
      { days: '30' },
      { weeks: 2 },
      { days: 1, months: 1 },
      {},
      null,
      [30],
    ]) {
      expect(PeriodSchema.safeParse(p).success).toBe(false);
    }
  });

  it('accepts exactly what periodParts accepts', () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 1_000 }),
      fc.double(),
      fc.string(),
      fc.constant(null),
    );
    const key = fc.constantFrom('days', 'months', 'years', 'workingDays', 'weeks', 'hours');
    const candidate = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 3 }),
      fc.constant(null),
      fc.array(fc.integer()),
      fc.integer(),
    );
    fc.assert(
      fc.property(candidate, (p) => {
        let accepted = true;
        try {
          periodParts(p as Period);
        } catch {
          accepted = false;
        }
        expect(PeriodSchema.safeParse(p).success).toBe(accepted);
      }),
    );
  });
});

describe('periodParts', () => {
  it('returns unit and count', () => {
    expect(periodParts({ workingDays: 10 })).toEqual({ unit: 'workingDays', count: 10 });
  });

  it('names the bad value', () => {
    expect(() => periodParts({ days: 0 })).toThrow(RangeError);
    expect(() => periodParts({ days: 0 })).toThrow(
      /period\.days must be a positive integer, got 0/,
    );
    expect(() => periodParts({ months: -3 })).toThrow(/period\.months .* got -3/);
    expect(() => periodParts({ years: 1.5 })).toThrow(/period\.years .* got 1\.5/);
    expect(() => periodParts({ days: '30' } as unknown as Period)).toThrow(TypeError);
    expect(() => periodParts({ days: '30' } as unknown as Period)).toThrow(/got "30"/);
    expect(() => periodParts({ weeks: 2 } as unknown as Period)).toThrow(/\{"weeks":2\}/);
    expect(() => periodParts({ days: 1, months: 1 } as unknown as Period)).toThrow(TypeError);
  });
});

describe('describePeriod', () => {
  it('renders each unit in both locales', () => {
    expect(describePeriod({ days: 30 })).toEqual({ 'zh-CN': '30日', en: '30 days' });
    expect(describePeriod({ days: 1 })).toEqual({ 'zh-CN': '1日', en: '1 day' });
    expect(describePeriod({ months: 3 })).toEqual({ 'zh-CN': '3个月', en: '3 months' });
    expect(describePeriod({ years: 5 })).toEqual({ 'zh-CN': '5年', en: '5 years' });
    expect(describePeriod({ workingDays: 10 })).toEqual({
      'zh-CN': '10个工作日',
      en: '10 working days',
    });
  });

  it('rejects a bad period', () => {
    expect(() => describePeriod({ days: 0 })).toThrow(/got 0/);
  });
});
