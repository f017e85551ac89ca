import { type CitationId, LocalDateSchema } from '@jiayuan/core';
import { z } from 'zod';

/** The sources of the evaluation and award records (RULES EVAL-1). */
export const EVALUATION_CITATIONS: readonly CitationId[] = ['JA-2-4-1', 'JA-2-4-2'];

/**
 * The dimensions of the comprehensive evaluation (JA 二(四)1): party building, the civilised-
 * district indicators, the committee's standardised operation, the firm's service level and the
 * residents' satisfaction.
 */
export const EVALUATION_DIMENSIONS = [
  'party-building',
  'civilised-district',
  'committee-standardisation',
  'firm-service',
  'resident-satisfaction',
] as const;

/** One of {@link EVALUATION_DIMENSIONS}. */
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];

/** The awards of JA 二(四)2: 示范点, “最美物业人”, “物业工匠”. */
export const AWARD_KINDS = [
  'demonstration-site',
  'most-beautiful-property-person',
  'property-craftsman',
] as const;

/** One of {@link AWARD_KINDS}. */
export type AwardKind = (typeof AWARD_KINDS)[number];

const id = z.string().trim().min(1, 'must not be empty').max(200);
const score = z
  .number({ error: 'a score must be a number' })
  .int('a score must be a whole number on the host’s scale (scale decimals up: 8.5 → 85 of 100)');

const scores = z.strictObject(
  Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, score])) as Record<
    EvaluationDimension,
    typeof score
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown dimension(s) ${issue.keys.join(', ')}; the dimensions are ${EVALUATION_DIMENSIONS.join(', ')}`
        : undefined,
  },
);

/**
 * One complex's evaluation for a period (JA 二(四)1). The scores are host data on the host's
 * whole-number scale; every dimension must be scored, within the scale.
 */
export const EvaluationRecordSchema = z
  .strictObject({
    complexId: id,
    streetId: id,
    /** The period evaluated, e.g. `2026`. */
    period: z.string().trim().min(1).max(50),
    evaluatedOn: LocalDateSchema,
    evaluator: id,
    scale: z
      .strictObject({ min: score, max: score })
      .refine((s) => s.min < s.max, { error: 'the scale needs min < max' }),
    scores,
  })
  .superRefine((r, ctx) => {
    for (const d of EVALUATION_DIMENSIONS) {
      const v = r.scores[d];
      if (v < r.scale.min || v > r.scale.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['scores', d],
          message: `score ${v} of ${d} is outside the scale ${r.scale.min}–${r.scale.max}`,
        });
      }
    }
  });

/** See {@link EvaluationRecordSchema}. */
export type EvaluationRecord = z.infer<typeof EvaluationRecordSchema>;

/**
 * A nomination for one of the awards of JA 二(四)2: a complex (示范点) or a person working for a
 * property firm (最美物业人, 物业工匠).
 */
export const AwardNominationSchema = z
  .strictObject({
    award: z.enum(AWARD_KINDS, {
      error: `unknown award; the awards are ${AWARD_KINDS.join(', ')}`,
    }),
    year: z.number().int().min(2000).max(9999),
    streetId: id,
    complexId: id.optional(),
    firmId: id.optional(),
    /** The person nominated, for the person awards. */
    nominee: id.optional(),
    nominatedBy: id,
    reason: z.string().trim().min(1, 'a nomination needs a reason').max(4000),
  })
  .superRefine((n, ctx) => {
    if (n.award === 'demonstration-site' && n.complexId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['complexId'],
        message: 'a demonstration site (示范点) nomination names its complex',
      });
    }
    if (n.award !== 'demonstration-site') {
      for (const key of ['nominee', 'firmId'] as const) {
        if (n[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a ${n.award} nomination names the ${key === 'nominee' ? 'person' : 'firm they work for'}`,
          });
        }
      }
    }
  });

/** See {@link AwardNominationSchema}. */
export type AwardNomination = z.infer<typeof AwardNominationSchema>;

/** What {@link parseEvaluation} and {@link parseNomination} return. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly string[] };

function parsed<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) =>
      i.path.length === 0 ? i.message : `${i.path.join('.')}: ${i.message}`,
    ),
  };
}

/** Validates an evaluation record; issues read `path: what is wrong`. */
export function parseEvaluation(raw: unknown): Parsed<EvaluationRecord> {
  return parsed(EvaluationRecordSchema.safeParse(raw));
}

/** Validates an award nomination; issues read `path: what is wrong`. */
export function parseNomination(raw: unknown): Parsed<AwardNomination> {
  return parsed(AwardNominationSchema.safeParse(raw));
}
