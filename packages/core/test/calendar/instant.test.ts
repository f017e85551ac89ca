import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  epochMillisOf,
  instantMillisOrNaN,
  localDayNumberOrNaN,
} from '../../src/calendar/instant.js';
import { dayNumberOf } from '../../src/calendar/local-date.js';
import { InstantSchema, LocalDateSchema } from '../../src/schemas/time.js';

// Instants built from parts that sit on and just past every bound the pattern checks (month 12
// and 13, day 28–32, hour 23 and 24, second 59 and 60, offsets ±23:59 and 24:00), with the
// separators sometimes wrong, so that both accepted and refused strings are common.
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const separator = (right: string) =>
  fc.oneof({ weight: 12, arbitrary: fc.constant(right) }, fc.constantFrom('', ' ', '/', 't', ':'));

const instantLike = fc
  .record({
    year: fc.oneof(fc.constantFrom(0, 1900, 2000, 2024, 2026, 2100, 2400, 9999), fc.nat(9999)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.option(fc.stringMatching(/^\d{0,10}$/)),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '', '+08:00', '-00:30', '+23:59', '+24:00', '-05:60', '+0800'),
      fc
        .tuple(
          fc.constantFrom('+', '-'),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
        )
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
    dash: separator('-'),
    tee: separator('T'),
    colon: separator(':'),
  })
  .map(
    (p) =>
      `${pad(p.year, 4)}${p.dash}${pad(p.month, 2)}-${pad(p.day, 2)}${p.tee}${pad(p.hour, 2)}${p.colon}${pad(p.minute, 2)}:${pad(p.second, 2)}${p.fraction === null ? '' : `.${p.fraction}`}${p.zone}`,
  );

// V8's Date.parse reads a fraction of more than three digits loosely ('.0004000000' as 4 ms);
// instants truncate below the millisecond, so the reference is read with three digits at most.
const truncated = (at: string) => at.replace(/(\.\d{3})\d+/, '$1');

describe('instantMillisOrNaN, the exact reader every guard and clock uses', () => {
  it('accepts exactly the strings InstantSchema accepts, and reads them as Date.parse does, to the millisecond', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(instantLike, fc.string({ maxLength: 40 })), (at) => {
        const ms = instantMillisOrNaN(at);
        const schema = InstantSchema.safeParse(at).success;
        expect([at, !Number.isNaN(ms)]).toEqual([at, schema]);
        if (schema) {
          accepted++;
          expect([at, ms]).toEqual([at, Date.parse(truncated(at))]);
          expect(epochMillisOf(at)).toBe(ms);
        } else {
          expect(() => epochMillisOf(at)).toThrow(RangeError);
        }
      }),
      { numRuns: 20_000 },
    );
    // The generator reaches both sides of the pattern, not only refusals.
    expect(accepted).toBeGreaterThan(1_000);
  }, 60_000);

  it('reads the bounds of the pattern', () => {
    expect(instantMillisOrNaN('2024-02-29T23:59:59.999+23:59')).toBe(
      Date.UTC(2024, 1, 29, 23, 59, 59, 999) - (23 * 60 + 59) * 60_000,
    );
    expect(instantMillisOrNaN('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(instantMillisOrNaN('2100-02-29T00:00:00Z')).toBeNaN();
    expect(instantMillisOrNaN('2026-03-31T23:59:59.Z')).toBeNaN();
    expect(instantMillisOrNaN('2026-03-31T23:59:59+08:00 ')).toBeNaN();
    expect(instantMillisOrNaN('２０２６-03-31T23:59:59Z')).toBeNaN();
  });
});

describe('localDayNumberOrNaN, the exact reader of dates', () => {
  const dateLike = instantLike.map((at) => at.slice(0, 10));

  it('accepts exactly the strings LocalDateSchema accepts, as Date.UTC counts their days', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(dateLike, instantLike, fc.string({ maxLength: 12 })), (d) => {
        const day = localDayNumberOrNaN(d);
        const schema = LocalDateSchema.safeParse(d).success;
        expect([d, !Number.isNaN(day)]).toEqual([d, schema]);
        if (schema) {
          accepted++;
          expect([d, day]).toEqual([d, Date.parse(`${d}T00:00:00Z`) / 86_400_000]);
          expect(dayNumberOf(d)).toBe(day);
        } else {
          expect(() => dayNumberOf(d)).toThrow(RangeError);
        }
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(1_000);
  }, 60_000);
});
