import { describe, expect, it } from 'vitest';
import {
  aggregateEvaluations,
  aggregateNominations,
  type EvaluationRecord,
  fraction,
  parseEvaluation,
  parseNomination,
} from '../../src/index.js';

const record = (o: Partial<EvaluationRecord> = {}): Record<string, unknown> => ({
  complexId: 'c1',
  streetId: 's1',
  period: '2026',
  evaluatedOn: '2026-12-20',
  evaluator: 'street-office-1',
  scale: { min: 0, max: 100 },
  scores: {
    'party-building': 90,
    'civilised-district': 80,
    'committee-standardisation': 70,
    'firm-service': 60,
    'resident-satisfaction': 100,
  },
  ...o,
});

const issues = (r: ReturnType<typeof parseEvaluation | typeof parseNomination>) =>
  r.ok ? [] : r.issues;

describe('evaluation records (JA 二(四)1)', () => {
  it('accepts a complete record on the scale, bounds included', () => {
    expect(parseEvaluation(record()).ok).toBe(true);
    const edges = record({
      scores: {
        'party-building': 0,
        'civilised-district': 100,
        'committee-standardisation': 0,
        'firm-service': 100,
        'resident-satisfaction': 50,
      },
    });
    expect(parseEvaluation(edges).ok).toBe(true);
  });

  it('names a score outside the scale, a missing or unknown dimension, a decimal', () => {
    const out = record();
    (out.scores as Record<string, number>)['firm-service'] = 101;
    expect(issues(parseEvaluation(out))).toEqual([
      'scores.firm-service: score 101 of firm-service is outside the scale 0–100',
    ]);
    const below = record();
    (below.scores as Record<string, number>)['party-building'] = -1;
    expect(issues(parseEvaluation(below))[0]).toContain('outside the scale');
    const missing = record();
    delete (missing.scores as Record<string, number>)['resident-satisfaction'];
    expect(issues(parseEvaluation(missing))[0]).toMatch(/^scores\.resident-satisfaction: /);
    const unknown = record();
    (unknown.scores as Record<string, number>).greening = 5;
    expect(issues(parseEvaluation(unknown))[0]).toContain('unknown dimension(s) greening');
    const decimal = record();
    (decimal.scores as Record<string, number>)['firm-service'] = 8.5;
    expect(issues(parseEvaluation(decimal))[0]).toContain('whole number');
    expect(issues(parseEvaluation(record({ scale: { min: 5, max: 5 } })))).toContain(
      'scale: the scale needs min < max',
    );
  });
});

describe('award nominations (JA 二(四)2)', () => {
  const base = { year: 2026, streetId: 's1', nominatedBy: 'street-1', reason: '服务优秀' };
  it('a demonstration site names its complex; a person award names the person and firm', () => {
    expect(parseNomination({ ...base, award: 'demonstration-site', complexId: 'c1' }).ok).toBe(
      true,
    );
    expect(issues(parseNomination({ ...base, award: 'demonstration-site' }))).toEqual([
      'complexId: a demonstration site (示范点) nomination names its complex',
    ]);
    expect(issues(parseNomination({ ...base, award: 'property-craftsman' }))).toHaveLength(2);
    expect(
      parseNomination({
        ...base,
        award: 'most-beautiful-property-person',
        nominee: '张师傅',
        firmId: 'f1',
      }).ok,
    ).toBe(true);
    expect(issues(parseNomination({ ...base, award: 'best-lobby' }))[0]).toContain('unknown award');
  });
});

describe('aggregation', () => {
  it('sums exactly per street, with means as fractions', () => {
    const a = parseEvaluation(record());
    const b = parseEvaluation(
      record({
        complexId: 'c2',
        scores: {
          'party-building': 91,
          'civilised-district': 80,
          'committee-standardisation': 71,
          'firm-service': 60,
          'resident-satisfaction': 0,
        },
      }),
    );
    const c = parseEvaluation(record({ complexId: 'c3', streetId: 's2' }));
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixture');
    const [s1, s2] = aggregateEvaluations([c.value, a.value, b.value]);
    expect(s1?.group).toBe('s1');
    expect(s1?.complexes).toEqual(['c1', 'c2']);
    expect(s1?.dimensions['party-building']).toEqual({
      sum: 181,
      min: 90,
      max: 91,
      mean: { numerator: 181, denominator: 2 },
    });
    expect(s1?.dimensions['resident-satisfaction'].mean).toEqual({
      numerator: 50,
      denominator: 1,
    });
    expect(s2).toMatchObject({ group: 's2', count: 1 });
    expect(() =>
      aggregateEvaluations([a.value, { ...b.value, scale: { min: 0, max: 10 } }]),
    ).toThrow(/group s1: records use different scales/);
  });

  it('counts nominations by award', () => {
    const n = (award: string, streetId: string) => {
      const r = parseNomination({
        award,
        year: 2026,
        streetId,
        complexId: 'c',
        nominee: 'p',
        firmId: 'f',
        nominatedBy: 'x',
        reason: 'r',
      });
      if (!r.ok) throw new Error(r.issues.join());
      return r.value;
    };
    expect(
      aggregateNominations([
        n('property-craftsman', 's2'),
        n('demonstration-site', 's1'),
        n('property-craftsman', 's1'),
        n('property-craftsman', 's1'),
      ]),
    ).toEqual([
      {
        group: 's1',
        total: 3,
        byAward: {
          'demonstration-site': 1,
          'most-beautiful-property-person': 0,
          'property-craftsman': 2,
        },
      },
      {
        group: 's2',
        total: 1,
        byAward: {
          'demonstration-site': 0,
          'most-beautiful-property-person': 0,
          'property-craftsman': 1,
        },
      },
    ]);
  });

  it('fraction reduces and refuses non-exact input', () => {
    expect(fraction(6, 4)).toEqual({ numerator: 3, denominator: 2 });
    expect(fraction(0, 5)).toEqual({ numerator: 0, denominator: 1 });
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(0.5, 1)).toThrow(RangeError);
  });
});
