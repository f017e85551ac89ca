import { z } from 'zod';
import type { Period } from '../calendar/index.js';
import { PeriodSchema } from '../calendar/index.js';
import type { CitationId } from '../citations/index.js';
import { CitationIdSchema } from '../citations/index.js';
import type { Bar } from '../fraction.js';
import { BarSchema } from '../fraction.js';
import { TEXT_MAX } from '../schemas/bounds.js';

/**
 * A text of a profile in both locales, as {@link BilingualSchema} parses it: the shape of core's
 * `Bilingual` without `readonly` (a parsed profile is frozen at run time instead).
 */
export interface ProfileText {
  /** The text in Chinese, as the law is written. */
  'zh-CN': string;
  /** The text in English. */
  en: string;
}

/**
 * A profile value with the articles that set it. An empty `cite` is allowed only with a
 * `note` saying where the value comes from (a host policy default no text sets).
 */
export interface Cited<T> {
  /** The value the profile uses. */
  value: T;
  /** The articles that set the value, as ids of the citation registry. */
  cite: CitationId[];
  /** Where the value comes from when no article sets it, or a remark on the articles. */
  note?: ProfileText | undefined;
}

/** A period a text sets: `{ period: { days: 60 }, cite: ['SH-15'] }`. */
export interface CitedPeriod {
  /** The period, e.g. `{ days: 60 }`. */
  period: Period;
  /** The articles that set the period. */
  cite: CitationId[];
  /** Where the period comes from when no article sets it, or a remark on the articles. */
  note?: ProfileText | undefined;
}

/**
 * A period that some texts leave unset: `period: null` means no deadline applies under this
 * profile's texts (the cite says which text is silent, the note why).
 */
export interface OptionalCitedPeriod {
  /** The period, or `null` when the profile's texts set none. */
  period: Period | null;
  /** The articles that set the period, or the text that is silent. */
  cite: CitationId[];
  /** Why there is no period, where the period comes from, or a remark on the articles. */
  note?: ProfileText | undefined;
}

/**
 * {@link BilingualSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const bilingualExact = z.strictObject({
  'zh-CN': z.string().min(1).max(TEXT_MAX),
  en: z.string().min(1).max(TEXT_MAX),
});

/** Zod schema of a {@link ProfileText}: both locales non-empty, at most 4,000 characters. */
export const BilingualSchema: z.ZodType<ProfileText, ProfileText> = bilingualExact;

const CiteListSchema = z.array(CitationIdSchema);

const needsReason = {
  error: 'an entry without a citation needs a note saying where its value comes from',
  path: ['cite'],
};

/**
 * The schema {@link cited} returns, with its full zod type, for the type test only.
 *
 * @internal
 */
export function citedExact<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value, cite: CiteListSchema, note: BilingualSchema.optional() })
    .refine((e) => e.cite.length > 0 || e.note !== undefined, needsReason);
}

/**
 * Zod schema of a {@link Cited} value: `{ value, cite, note? }`, where an empty `cite` needs a
 * note.
 */
export function cited<T extends z.ZodType>(
  value: T,
): z.ZodType<Cited<z.output<T>>, Cited<z.input<T>>> {
  // TypeScript cannot resolve zod's object output for a generic `T`; the type test checks
  // that `citedExact(x)` and `Cited` agree for concrete schemas.
  return citedExact(value) as unknown as z.ZodType<Cited<z.output<T>>, Cited<z.input<T>>>;
}

/**
 * {@link CitedPeriodSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const citedPeriodExact = z
  .strictObject({ period: PeriodSchema, cite: CiteListSchema, note: BilingualSchema.optional() })
  .refine((e) => e.cite.length > 0 || e.note !== undefined, needsReason);

/** Zod schema of a {@link CitedPeriod}. */
export const CitedPeriodSchema: z.ZodType<CitedPeriod, CitedPeriod> = citedPeriodExact;

/**
 * {@link OptionalCitedPeriodSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const optionalCitedPeriodExact = z
  .strictObject({
    period: PeriodSchema.nullable(),
    cite: CiteListSchema,
    note: BilingualSchema.optional(),
  })
  .refine((e) => e.cite.length > 0 || e.note !== undefined, needsReason);

/** Zod schema of an {@link OptionalCitedPeriod}. */
export const OptionalCitedPeriodSchema: z.ZodType<OptionalCitedPeriod, OptionalCitedPeriod> =
  optionalCitedPeriodExact;

/** A threshold with its citation. */
export const CitedBarSchema: z.ZodType<Cited<Bar>, Cited<Bar>> = cited(BarSchema);

/** A switch with its citation. */
export const CitedSwitchSchema: z.ZodType<Cited<boolean>, Cited<boolean>> = cited(z.boolean());

/** A positive whole number with its citation. */
export const CitedCountSchema: z.ZodType<Cited<number>, Cited<number>> = cited(
  z.number().int().positive(),
);
