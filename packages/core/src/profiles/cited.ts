import { z } from 'zod';
import { PeriodSchema } from '../calendar/index.js';
import { CitationIdSchema } from '../citations/index.js';
import { BarSchema } from '../fraction.js';

/** Zod schema of a {@link Bilingual} text with both locales non-empty. */
export const BilingualSchema = z.strictObject({
  'zh-CN': z.string().min(1),
  en: z.string().min(1),
});

const CiteListSchema = z.array(CitationIdSchema);

const needsReason = {
  error: 'an entry without a citation needs a note saying where its value comes from',
  path: ['cite'],
};

/**
 * A profile value with the articles that set it: `{ value, cite, note? }`. An empty `cite`
 * is allowed only with a note (a host policy default that no text sets).
 */
export function cited<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value, cite: CiteListSchema, note: BilingualSchema.optional() })
    .refine((e) => e.cite.length > 0 || e.note !== undefined, needsReason);
}

/** A period a text sets: `{ period: { days: 60 }, cite: ['SH-15'] }`. */
export const CitedPeriodSchema = z
  .strictObject({ period: PeriodSchema, cite: CiteListSchema, note: BilingualSchema.optional() })
  .refine((e) => e.cite.length > 0 || e.note !== undefined, needsReason);

/** See {@link CitedPeriodSchema}. */
export type CitedPeriod = z.infer<typeof CitedPeriodSchema>;

/**
 * A period that some texts leave unset: `period: null` means no deadline applies under this
 * profile's texts (the cite says which text is silent, the note why).
 */
export const OptionalCitedPeriodSchema = z
  .strictObject({
    period: PeriodSchema.nullable(),
    cite: CiteListSchema,
    note: BilingualSchema.optional(),
  })
  .refine((e) => e.cite.length > 0 || e.note !== undefined, needsReason);

/** See {@link OptionalCitedPeriodSchema}. */
export type OptionalCitedPeriod = z.infer<typeof OptionalCitedPeriodSchema>;

/** A threshold with its citation. */
export const CitedBarSchema = cited(BarSchema);

/** A switch with its citation. */
export const CitedSwitchSchema = cited(z.boolean());

/** A positive whole number with its citation. */
export const CitedCountSchema = cited(z.number().int().positive());
