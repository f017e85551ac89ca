import type { CoverageRecord } from './machine/context.js';
import { type Form, formSatisfies, type Need } from './machine/forms.js';
import type { UnitKind } from './machine/input.js';
import type { CoverageSnapshot } from './machine/state.js';

/** One unit's coverage as aggregation reads it (see {@link unitCoverageOf}). */
export interface UnitCoverage {
  readonly unitId: string;
  readonly kind: UnitKind;
  readonly streetId: string | null;
  readonly complexId: string | null;
  readonly firmId: string | null;
  readonly need: Need;
  readonly record: CoverageRecord;
  /** A closed unit (dissolved committee, ended project) is left out of the rates. */
  readonly closed: boolean;
}

/** Why a unit lacks coverage or has a form below what its census calls for. */
export const GAP_REASONS = [
  'no-members-no-instructor',
  'no-members-instructor-only',
  'organisation-due',
  'work-group-only',
  'branch-due',
] as const;

/** One of {@link GAP_REASONS}. */
export type GapReason = (typeof GAP_REASONS)[number];

/** A unit still uncovered (organisationally or for work), or with a stronger form due. */
export interface CoverageGap {
  readonly unitId: string;
  readonly kind: UnitKind;
  readonly organisational: boolean;
  readonly work: boolean;
  readonly form: Form | null;
  readonly need: Need;
  readonly reason: GapReason;
}

/** A rate as an exact count: `covered` of `total`; `total` 0 means no unit to measure. */
export interface CoverageRate {
  readonly covered: number;
  readonly total: number;
}

/** What {@link aggregateCoverage} returns for a street, town or district. */
export interface CoverageAggregate {
  /** Open units counted. */
  readonly units: number;
  readonly closedUnits: number;
  readonly organisational: CoverageRate;
  readonly work: CoverageRate;
  /** The same rates per kind of unit. */
  readonly byKind: Readonly<
    Record<UnitKind, { readonly organisational: CoverageRate; readonly work: CoverageRate }>
  >;
  /** Units per current form (`none` for no form). */
  readonly byForm: Readonly<Record<Form | 'none', number>>;
  /** Units with a gap, by unit id. */
  readonly gaps: readonly CoverageGap[];
}

/** Reads the aggregation view of one coverage snapshot. */
export function unitCoverageOf(snapshot: CoverageSnapshot): UnitCoverage {
  const c = snapshot.context;
  return {
    unitId: c.unitId,
    kind: c.kind,
    streetId: c.streetId,
    complexId: c.complexId,
    firmId: c.firmId,
    need: c.need ?? 'work',
    record: c.coverage,
    closed: snapshot.status === 'done',
  };
}

/** Why a unit has a gap, or `null` when it is covered as its census calls for. */
export function gapReason(unit: Pick<UnitCoverage, 'need' | 'record'>): GapReason | null {
  const { need, record } = unit;
  if (!formSatisfies(record.form, need)) {
    switch (need) {
      case 'work':
        return 'no-members-no-instructor';
      case 'organisation':
        return 'organisation-due';
      case 'branch':
        return 'branch-due';
      case 'branch-committee':
        return 'branch-due';
    }
  }
  if (record.organisational && record.work) return null;
  if (record.form === 'instructor') return 'no-members-instructor-only';
  if (record.form === 'work-group') return 'work-group-only';
  return 'no-members-no-instructor';
}

function rate(units: readonly UnitCoverage[], pick: (r: CoverageRecord) => boolean): CoverageRate {
  return { covered: units.filter((u) => pick(u.record)).length, total: units.length };
}

/**
 * Coverage of many units (a 街镇 or a district): organisational and work coverage rates as exact
 * counts, units per form, and every unit still uncovered or with a stronger form due, with why.
 * Pure: the host collects the units (e.g. with {@link unitCoverageOf}).
 *
 * @throws RangeError when a unit id repeats.
 */
export function aggregateCoverage(units: readonly UnitCoverage[]): CoverageAggregate {
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.unitId))
      throw new RangeError(`aggregateCoverage: unit "${u.unitId}" appears twice`);
    seen.add(u.unitId);
  }
  const open = units.filter((u) => !u.closed);
  const ofKind = (kind: UnitKind) => open.filter((u) => u.kind === kind);
  const byForm: Record<Form | 'none', number> = {
    branch: 0,
    'joint-branch': 0,
    'work-group': 0,
    instructor: 0,
    none: 0,
  };
  const gaps: CoverageGap[] = [];
  for (const u of open) {
    byForm[u.record.form ?? 'none'] += 1;
    const reason = gapReason(u);
    if (reason !== null) {
      gaps.push({
        unitId: u.unitId,
        kind: u.kind,
        organisational: u.record.organisational,
        work: u.record.work,
        form: u.record.form,
        need: u.need,
        reason,
      });
    }
  }
  const perKind = (kind: UnitKind) => ({
    organisational: rate(ofKind(kind), (r) => r.organisational),
    work: rate(ofKind(kind), (r) => r.work),
  });
  return {
    units: open.length,
    closedUnits: units.length - open.length,
    organisational: rate(open, (r) => r.organisational),
    work: rate(open, (r) => r.work),
    byKind: {
      'owners-committee': perKind('owners-committee'),
      'firm-project': perKind('firm-project'),
    },
    byForm,
    gaps: gaps.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0)),
  };
}
