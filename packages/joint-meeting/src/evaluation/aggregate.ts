import {
  AWARD_KINDS,
  type AwardKind,
  type AwardNomination,
  EVALUATION_DIMENSIONS,
  type EvaluationDimension,
  type EvaluationRecord,
} from './records.js';

/** An exact fraction in lowest terms (denominator > 0). */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** `numerator / denominator` in lowest terms. */
export function fraction(numerator: number, denominator: number): Fraction {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`not an exact fraction: ${numerator}/${denominator}`);
  const g = gcd(numerator, denominator) || 1;
  return { numerator: numerator / g, denominator: denominator / g };
}

/** One dimension over a group: exact sum, extremes and mean. */
export interface DimensionSummary {
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  readonly mean: Fraction;
}

/** A group's evaluations (e.g. one street's complexes). */
export interface EvaluationSummary {
  readonly group: string;
  readonly count: number;
  readonly scale: { readonly min: number; readonly max: number };
  readonly complexes: readonly string[];
  readonly dimensions: Readonly<Record<EvaluationDimension, DimensionSummary>>;
}

/**
 * Sums a group's scores exactly (whole numbers; the mean as a fraction), grouped by `key`
 * (default the street). Records of one group must share a scale: averaging different scales
 * would need weights the notice does not give.
 *
 * @throws RangeError naming the group when its records use different scales.
 */
export function aggregateEvaluations(
  records: readonly EvaluationRecord[],
  key: (r: EvaluationRecord) => string = (r) => r.streetId,
): EvaluationSummary[] {
  const groups = new Map<string, EvaluationRecord[]>();
  for (const r of records) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, rs]) => {
      const first = rs[0] as EvaluationRecord;
      for (const r of rs) {
        if (r.scale.min !== first.scale.min || r.scale.max !== first.scale.max) {
          throw new RangeError(
            `group ${group}: records use different scales (${first.scale.min}–${first.scale.max} and ${r.scale.min}–${r.scale.max})`,
          );
        }
      }
      const dimensions = Object.fromEntries(
        EVALUATION_DIMENSIONS.map((d) => {
          const values = rs.map((r) => r.scores[d]);
          const sum = values.reduce((a, b) => a + b, 0);
          return [
            d,
            {
              sum,
              min: Math.min(...values),
              max: Math.max(...values),
              mean: fraction(sum, values.length),
            },
          ];
        }),
      ) as Record<EvaluationDimension, DimensionSummary>;
      return {
        group,
        count: rs.length,
        scale: { ...first.scale },
        complexes: [...new Set(rs.map((r) => r.complexId))].sort(),
        dimensions,
      };
    });
}

/** Nominations of a group, counted by award. */
export interface NominationSummary {
  readonly group: string;
  readonly total: number;
  readonly byAward: Readonly<Record<AwardKind, number>>;
}

/** Counts nominations by award, grouped by `key` (default the street). */
export function aggregateNominations(
  nominations: readonly AwardNomination[],
  key: (n: AwardNomination) => string = (n) => n.streetId,
): NominationSummary[] {
  const groups = new Map<string, Record<AwardKind, number>>();
  for (const n of nominations) {
    const counts =
      groups.get(key(n)) ??
      (Object.fromEntries(AWARD_KINDS.map((k) => [k, 0])) as Record<AwardKind, number>);
    counts[n.award] += 1;
    groups.set(key(n), counts);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, byAward]) => ({
      group,
      total: Object.values(byAward).reduce((a, b) => a + b, 0),
      byAward,
    }));
}
