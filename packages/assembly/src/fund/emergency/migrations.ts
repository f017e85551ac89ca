import { withShippedFundSetting } from '../shipped-setting.js';

/**
 * The shape version of an emergency repair's persisted snapshots. A host stores it with every
 * snapshot and upgrades older ones with {@link fundEmergencyMigrations}.
 *
 * - 1: the first shape.
 * - 2: the context keeps the immediate measures (`measures`, SH 73 ¶1) and the committee's
 *   refusals of the plan (`rejections`, SH 73 ¶3).
 * - 3: the costs drawn name who bears them (`costs.part`, SH 68): a part's owners, or all owners.
 */
export const FUND_EMERGENCY_SNAPSHOT_VERSION = 3;

/** Version 1 → 2: a repair recorded before measures and refusals existed has recorded none. */
function addMeasuresAndRejections(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('repairId' in context)) {
    throw new Error(
      'fund emergency migration: not a persisted snapshot (no context with repairId)',
    );
  }
  if ('measures' in context && 'rejections' in context) return snapshot;
  return {
    ...(snapshot as object),
    context: {
      measures: [],
      rejections: [],
      ...context,
      profile: withShippedFundSetting(Reflect.get(context, 'profile'), 'immediateMeasures'),
    },
  };
}

/**
 * Version 2 → 3: costs drawn before a drawing named its part were drawn for the repair as its
 * input names it, the whole complex: all owners bear them (SH 68 (三)).
 */
function addCostsPart(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('repairId' in context)) {
    throw new Error(
      'fund emergency migration: not a persisted snapshot (no context with repairId)',
    );
  }
  const costs: unknown = Reflect.get(context, 'costs');
  if (typeof costs !== 'object' || costs === null || 'part' in costs) return snapshot;
  return { ...(snapshot as object), context: { ...context, costs: { ...costs, part: null } } };
}

/** Upgrades of persisted snapshots, keyed by the version they upgrade from. */
export const fundEmergencyMigrations = { 1: addMeasuresAndRejections, 2: addCostsPart } as const;
