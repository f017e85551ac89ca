import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateEvaluations,
  EVALUATION_DIMENSIONS,
  type EvaluationRecord,
  parseEvaluation,
} from '../../src/index.js';

const recordArb = fc
  .record({
    complexId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
    streetId: fc.constantFrom('s1', 's2', 's3'),
    scores: fc.tuple(...EVALUATION_DIMENSIONS.map(() => fc.integer({ min: 0, max: 100 }))),
  })
  .map(
    ({ complexId, streetId, scores }): EvaluationRecord => ({
      complexId,
      streetId,
      period: '2026',
      evaluatedOn: '2026-12-01',
      evaluator: 'e',
      scale: { min: 0, max: 100 },
      scores: Object.fromEntries(EVALUATION_DIMENSIONS.map((d, i) => [d, scores[i]])) as never,
    }),
  );

describe('evaluation aggregation properties', { timeout: 30_000 }, () => {
  it('every generated record validates; sums and counts equal a recount; means are exact', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), (records) => {
        for (const r of records) expect(parseEvaluation(r).ok).toBe(true);
        const summaries = aggregateEvaluations(records);
        expect(summaries.reduce((a, s) => a + s.count, 0)).toBe(records.length);
        for (const s of summaries) {
          const mine = records.filter((r) => r.streetId === s.group);
          expect(s.count).toBe(mine.length);
          for (const d of EVALUATION_DIMENSIONS) {
            const sum = mine.reduce((a, r) => a + r.scores[d], 0);
            const { mean } = s.dimensions[d];
            expect(s.dimensions[d].sum).toBe(sum);
            expect(mean.numerator * mine.length).toBe(sum * mean.denominator);
            expect(s.dimensions[d].min).toBeLessThanOrEqual(s.dimensions[d].max);
          }
        }
      }),
      { numRuns: 300, seed: 77 },
    );
  });

  it('a score outside the scale is always refused, naming its dimension', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.constantFrom(...EVALUATION_DIMENSIONS),
        fc.oneof(fc.integer({ min: -1000, max: -1 }), fc.integer({ min: 101, max: 1000 })),
        (r, d, v) => {
          const result = parseEvaluation({ ...r, scores: { ...r.scores, [d]: v } });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues.join()).toContain(`scores.${d}`);
        },
      ),
      { numRuns: 200, seed: 78 },
    );
  });
});
