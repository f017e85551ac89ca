import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateCoverage,
  coverageOfForm,
  FORMS,
  type Form,
  NEEDS,
  type UnitCoverage,
  unitCoverageOf,
} from '../src/index.js';
import { census, day, start } from './support.js';

const unit = (
  unitId: string,
  form: Form | null,
  need: UnitCoverage['need'],
  extra: Partial<UnitCoverage> = {},
): UnitCoverage => ({
  unitId,
  kind: 'owners-committee',
  streetId: 's',
  complexId: null,
  firmId: null,
  need,
  record: { ...coverageOfForm(form), form, since: form === null ? null : day(0) },
  closed: false,
  ...extra,
});

describe('aggregateCoverage', () => {
  it('counts rates exactly and says why units are uncovered', () => {
    const a = aggregateCoverage([
      unit('a', 'branch', 'branch'),
      unit('b', 'joint-branch', 'organisation'),
      unit('c', 'work-group', 'organisation'),
      unit('d', 'instructor', 'work', { kind: 'firm-project' }),
      unit('e', null, 'work', { kind: 'firm-project' }),
      unit('f', 'joint-branch', 'branch'),
      unit('g', null, 'organisation', { closed: true }),
    ]);
    expect(a.units).toBe(6);
    expect(a.closedUnits).toBe(1);
    expect(a.organisational).toEqual({ covered: 3, total: 6 });
    expect(a.work).toEqual({ covered: 5, total: 6 });
    expect(a.byKind['firm-project']).toEqual({
      organisational: { covered: 0, total: 2 },
      work: { covered: 1, total: 2 },
    });
    expect(a.byForm).toEqual({
      branch: 1,
      'joint-branch': 2,
      'work-group': 1,
      instructor: 1,
      none: 1,
    });
    expect(a.gaps.map((g) => [g.unitId, g.reason])).toEqual([
      ['c', 'work-group-only'],
      ['d', 'no-members-instructor-only'],
      ['e', 'no-members-no-instructor'],
      ['f', 'branch-due'],
    ]);
  });

  it('refuses a unit counted twice', () => {
    expect(() => aggregateCoverage([unit('a', null, 'work'), unit('a', null, 'work')])).toThrow(
      RangeError,
    );
  });

  it('reads snapshots', () => {
    const h = start(census(3));
    h.send('APPROVE_BRANCH', 'higher-party-organisation', day(1), { branchId: 'b' });
    expect(aggregateCoverage([unitCoverageOf(h.actor.getSnapshot())]).organisational).toEqual({
      covered: 1,
      total: 1,
    });
  });

  it('property: rates equal a recount, and every gap is a unit lacking coverage or due a stronger form', () => {
    const unitArb = fc.record({
      form: fc.constantFrom<Form | null>(null, ...FORMS),
      need: fc.constantFrom(...NEEDS),
      kind: fc.constantFrom('owners-committee' as const, 'firm-project' as const),
      closed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 40 }), (specs) => {
        const units = specs.map((s, i) =>
          unit(`u${i}`, s.form, s.need, { kind: s.kind, closed: s.closed }),
        );
        const a = aggregateCoverage(units);
        const open = units.filter((u) => !u.closed);
        expect(a.organisational).toEqual({
          covered: open.filter((u) => u.record.organisational).length,
          total: open.length,
        });
        expect(a.work).toEqual({
          covered: open.filter((u) => u.record.work).length,
          total: open.length,
        });
        expect(Object.values(a.byForm).reduce((x, y) => x + y, 0)).toBe(open.length);
        const uncovered = open
          .filter((u) => !u.record.organisational || !u.record.work)
          .map((u) => u.unitId);
        for (const id of uncovered) expect(a.gaps.map((g) => g.unitId)).toContain(id);
        expect(
          a.byKind['owners-committee'].organisational.total +
            a.byKind['firm-project'].organisational.total,
        ).toBe(open.length);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
