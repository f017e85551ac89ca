import { z } from 'zod';

/**
 * An exact fraction of two positive safe integers, e.g. `{ num: 2, den: 3 }`.
 * Ratios are never floats in jiayuan: they are compared by cross-multiplication.
 */
export const FractionSchema = z
  .object({
    num: z.number().int().nonnegative(),
    den: z.number().int().positive(),
  })
  .refine((f) => f.num <= f.den, { message: 'a fraction bar cannot exceed 1 (num ≤ den)' });

/** See {@link FractionSchema}. */
export type Fraction = z.infer<typeof FractionSchema>;

/**
 * How a bar is met. `at-least` is the law's "以上" (the bound itself passes, CC 1259);
 * `more-than` is "过半数"/"超过" (the bound itself fails).
 */
export const BarModeSchema = z.enum(['at-least', 'more-than']);

/** See {@link BarModeSchema}. */
export type BarMode = z.infer<typeof BarModeSchema>;

/** A threshold: a fraction and whether the bound itself passes. */
export const BarSchema = z.object({
  fraction: FractionSchema,
  mode: BarModeSchema,
});

/** See {@link BarSchema}. */
export type Bar = z.infer<typeof BarSchema>;

/** Builds an inclusive bar ("以上"). */
export function atLeast(num: number, den: number): Bar {
  return { fraction: { num, den }, mode: 'at-least' };
}

/** Builds a strict bar ("过半数", "超过"). */
export function moreThan(num: number, den: number): Bar {
  return { fraction: { num, den }, mode: 'more-than' };
}

/**
 * Whether `part / whole` meets `bar`, by integer cross-multiplication.
 * A zero whole never meets a bar: nothing was there to agree or take part.
 */
export function meetsBar(part: number, whole: number, bar: Bar): boolean {
  if (whole <= 0) return false;
  const left = part * bar.fraction.den;
  const right = whole * bar.fraction.num;
  assertSafe(left);
  assertSafe(right);
  return bar.mode === 'at-least' ? left >= right : left > right;
}

/**
 * Whether bar `a` is at least as demanding as bar `b`: every ratio that meets `a` meets `b`.
 * Used to keep profiles above the Civil Code floor.
 */
export function isAtLeastAsStrict(a: Bar, b: Bar): boolean {
  const left = a.fraction.num * b.fraction.den;
  const right = b.fraction.num * a.fraction.den;
  if (left !== right) return left > right;
  // Same fraction: only "at-least" is weaker than "more-than".
  return !(a.mode === 'at-least' && b.mode === 'more-than');
}

/** Renders a bar in the words of the law: `2/3 以上` / `more than 1/2`. */
export function formatBar(bar: Bar, locale: 'zh-CN' | 'en'): string {
  const f = `${bar.fraction.num}/${bar.fraction.den}`;
  if (locale === 'zh-CN') {
    if (bar.mode === 'more-than' && bar.fraction.num * 2 === bar.fraction.den) return '过半数';
    return bar.mode === 'at-least' ? `${f}以上` : `超过${f}`;
  }
  return bar.mode === 'at-least' ? `at least ${f}` : `more than ${f}`;
}

/** Renders `part/whole` as an exact fraction with a two-decimal percentage for reading. */
export function formatRatio(part: number, whole: number): string {
  if (whole <= 0) return `${part}/${whole} (—)`;
  // Percentage to two decimals with integer arithmetic, rounded down (display only).
  const basisPoints = Math.floor((part * 10000) / whole);
  const pct = `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}%`;
  return `${part}/${whole} (${pct})`;
}

function assertSafe(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`exact comparison overflow: ${n} is not a safe integer`);
  }
}
