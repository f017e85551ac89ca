import { z } from 'zod';

/**
 * A floor area as a whole number of hundredths of a square metre (0.01 m²).
 * `8957` is 89.57 m². Integers keep every sum and comparison exact (RULES VOTE-6).
 */
export const AreaSchema = z
  .number({ error: 'area must be a number of 0.01 m² units' })
  .int({ error: 'area must be a whole number of 0.01 m² units (e.g. 8957 for 89.57 m²)' })
  .positive({ error: 'area must be greater than zero' })
  .refine(Number.isSafeInteger, { error: 'area is too large' });

/** See {@link AreaSchema}. */
export type Area = z.infer<typeof AreaSchema>;

const AREA_TEXT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses a decimal square-metre text such as `"89.57"` into 0.01 m² units (`8957`) without
 * passing through floating point. At most two decimals; no sign, exponent or separators.
 *
 * @throws RangeError with the offending text when it is not a positive area.
 */
export function parseArea(text: string): Area {
  const trimmed = text.trim();
  const m = AREA_TEXT.exec(trimmed);
  if (!m) {
    throw new RangeError(
      `invalid area "${text}": expected square metres with at most two decimals, e.g. "89.57"`,
    );
  }
  const whole = m[1]!;
  const frac = (m[2] ?? '').padEnd(2, '0');
  const value = Number(whole) * 100 + Number(frac);
  if (value <= 0) throw new RangeError(`invalid area "${text}": must be greater than zero`);
  if (!Number.isSafeInteger(value)) throw new RangeError(`invalid area "${text}": too large`);
  return value;
}

/** Formats 0.01 m² units as square metres with two decimals: `8957` → `"89.57"`. */
export function formatArea(area: number): string {
  const sign = area < 0 ? '-' : '';
  const abs = Math.abs(area);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
