import {
  addDays,
  addMonths,
  type DeadlineEntry,
  localDateOf,
  PROFILE_IDS,
  PROFILES,
  type ProfileId,
} from '@jiayuan/core';
import type { Obligation } from './context.js';
import { type DutyPlan, dutiesFor, type FeeModel } from './duties.js';
import { calendarPeriodOf } from './schedule.js';

/**
 * The shape version of the disclosure calendar's persisted snapshots. A host stores it with
 * every snapshot (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with
 * {@link disclosureMigrations}.
 *
 * - 2: a plan's schedule may be `calendar` (SH 66 ¶2 每季度, 每半年; BJ 84): public revenue and the
 *   maintenance fund are posted once in each calendar quarter or half-year, not within a rolling
 *   period of the last posting.
 */
export const DISCLOSURE_SNAPSHOT_VERSION = 2;

const isShipped = (id: unknown): id is ProfileId =>
  typeof id === 'string' && PROFILE_IDS.some((p) => p === id);

/**
 * Version 1 → 2. Under a shipped profile the plans of public revenue and the maintenance fund
 * take the profile's calendar periods; a host's own profile named no period kind, so its plans
 * keep their rolling period. An obligation still due of such a plan is for the calendar
 * period its cycle is: the n-th from the one the calendar started in, due by its last day, as the
 * version-2 calendar opens it. Posted and overdue obligations stay as they were recorded.
 */
function calendarPeriods(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('plans' in context)) {
    throw new Error('disclosure migration: not a persisted snapshot (no context with plans)');
  }
  const c = context as { readonly profileId?: unknown; readonly feeModel?: unknown };
  if (!isShipped(c.profileId)) return snapshot;
  const current = dutiesFor(PROFILES[c.profileId].disclosure, c.feeModel as FeeModel);
  const months = new Map<string, number>();
  const plans = (Reflect.get(context, 'plans') as readonly DutyPlan[]).map((plan) => {
    const now = current.find((p) => p.duty === plan.duty);
    if (now?.schedule.kind !== 'calendar' || plan.schedule.kind !== 'every') return plan;
    months.set(plan.duty, now.schedule.months);
    return { ...plan, schedule: now.schedule };
  });
  const obligations = Reflect.get(context, 'obligations') as readonly Obligation[];
  const deadlines = { ...(Reflect.get(context, 'deadlines') as Record<string, DeadlineEntry>) };
  const recounted = obligations.map((o) => {
    const m = months.get(o.duty);
    const started = obligations.find((x) => x.duty === o.duty && x.cycle === 1)?.openedAt;
    const entry = deadlines[o.id];
    if (m === undefined || o.status !== 'due' || started === undefined || entry === undefined) {
      return o;
    }
    const first = addMonths(calendarPeriodOf(localDateOf(started), m).first, (o.cycle - 1) * m);
    const last = addDays(addMonths(first, m), -1);
    const dueAt = `${last}T16:00:00.000Z`;
    deadlines[o.id] = {
      ...entry,
      due: {
        trigger: o.openedAt,
        period: { months: m },
        startsOn: first,
        lastDay: last,
        dueAt,
        rolledPastHolidays: false,
      },
    };
    return { ...o, dueAt };
  });
  return {
    ...(snapshot as object),
    context: { ...context, plans, obligations: recounted, deadlines },
  };
}

/**
 * Upgrades of persisted disclosure snapshots, keyed by the version they upgrade from (as
 * `@jiayuan/host`'s `MachineEntry.migrations` takes them).
 */
export const disclosureMigrations = { 1: calendarPeriods } as const;
