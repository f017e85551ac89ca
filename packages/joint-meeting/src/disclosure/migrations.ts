import {
  addDays,
  addMonths,
  type DeadlineEntry,
  localDateOf,
  PROFILE_IDS,
  PROFILES,
  type ProfileId,
} from '@jiayuan/core';
import { levelsOf } from '../matter/levels.js';
import type { DisclosureContext, Obligation } from './context.js';
import { type DutyPlan, dutiesFor, type FeeModel } from './duties.js';
import { calendarPeriodOf, openNext } from './schedule.js';

/**
 * The shape version of the disclosure calendar's persisted snapshots. A host stores it with
 * every snapshot (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with
 * {@link disclosureMigrations}.
 *
 * - 2: a plan's schedule may be `calendar` (SH 66 ¶2 每季度, 每半年; BJ 84): public revenue and the
 *   maintenance fund are posted once in each calendar quarter or half-year, not within a rolling
 *   period of the last posting.
 * - 3: the firm's records fall due again within the profile's `firmRecordsEvery` (SH 47 ¶2 定期),
 *   and the `national` profile gives the firm its services and fees (CC 943) and the committee
 *   its decisions (SPC 13).
 * - 4: the committee posts its members' and alternates' fee payments within the profile's
 *   `committeeFeePaymentEvery` (`beijing`: BJ 44 ¶1 (八) 每半年).
 * - 5: the context keeps `matterLevel`, the level an overdue obligation's matter starts at, or
 *   `null` where the profile has no joint meetings.
 * - 6: the context keeps the maintenance fund's drawings waiting for the next posting of its
 *   accounts (`awaitingDrawings`), and a `maintenance-fund` posting lists those it took
 *   (`Obligation.drawings`, SH 66 ¶2).
 */
export const DISCLOSURE_SNAPSHOT_VERSION = 6;

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
 * Version 2 → 3. Under a shipped profile, the firm's records take the profile's period: an open
 * obligation without a due time falls due within the period of its opening, and where the last
 * one was posted the next opens at that posting (again within the period of the last posting).
 * A duty the profile now has that the snapshot lacks (`national`: CC 943, SPC 13) opens at the
 * snapshot's clock. A host's own profile, and everything posted, stay as recorded.
 */
function periodicRecords(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('plans' in context)) {
    throw new Error('disclosure migration: not a persisted snapshot (no context with plans)');
  }
  const c = context as DisclosureContext;
  if (!isShipped(c.profileId)) return snapshot;
  const current = dutiesFor(PROFILES[c.profileId].disclosure, c.feeModel);
  let obligations = c.obligations;
  let deadlines = c.deadlines;
  const plans = c.plans.map((plan) => {
    const now = current.find((p) => p.duty === plan.duty);
    if (plan.duty !== 'firm-records' || now === undefined || now.schedule.kind === 'standing') {
      return plan;
    }
    const open = obligations.find(
      (o) => o.duty === plan.duty && o.status !== 'published' && o.dueAt === null,
    );
    const last = obligations.filter((o) => o.duty === plan.duty).at(-1);
    if (open !== undefined) {
      // Reopened in place: same id and cycle, due within the period of its opening.
      const others = obligations.filter((o) => o.id !== open.id);
      const opened = openNext(
        {
          obligations: others.filter((o) => o.duty !== plan.duty || o.cycle < open.cycle),
          deadlines,
        },
        now,
        open.openedAt,
      );
      obligations = obligations.map((o) =>
        o.id === open.id ? { ...o, dueAt: opened.obligation.dueAt } : o,
      );
      deadlines = opened.deadlines;
    } else if (last?.publishedAt != null) {
      const opened = openNext({ obligations, deadlines }, now, last.publishedAt);
      obligations = [...obligations, opened.obligation];
      deadlines = opened.deadlines;
    }
    return now;
  });
  for (const plan of current) {
    if (plans.some((p) => p.duty === plan.duty) || plan.schedule.kind !== 'standing') continue;
    plans.push(plan);
    const opened = openNext({ obligations, deadlines }, plan, c.now);
    obligations = [...obligations, opened.obligation];
    deadlines = opened.deadlines;
  }
  return { ...(snapshot as object), context: { ...c, plans, obligations, deadlines } };
}

/**
 * Version 3 → 4. Under a shipped profile that has the committee post its members' fee payments
 * (`beijing`, BJ 44 ¶1 (八)), the duty the snapshot lacks opens at the snapshot's clock, due
 * within the period from then. A host's own profile, and everything recorded, stay as they were.
 */
function feePayments(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('plans' in context)) {
    throw new Error('disclosure migration: not a persisted snapshot (no context with plans)');
  }
  const c = context as DisclosureContext;
  if (!isShipped(c.profileId) || c.closedAt !== null) return snapshot;
  const plan = dutiesFor(PROFILES[c.profileId].disclosure, c.feeModel).find(
    (p) => p.duty === 'committee-fee-payments',
  );
  if (plan === undefined || c.plans.some((p) => p.duty === plan.duty)) return snapshot;
  const opened = openNext(c, plan, c.now);
  return {
    ...(snapshot as object),
    context: {
      ...c,
      plans: [...c.plans, plan],
      obligations: [...c.obligations, opened.obligation],
      deadlines: opened.deadlines,
    },
  };
}

/**
 * Version 4 → 5. The level an overdue obligation's matter starts at: a shipped profile's lowest
 * joint-meeting level, or `null` for `beijing` and `national`, which have none; a host's own
 * profile keeps the complex, where version 4 raised every matter.
 */
function matterLevel(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('plans' in context)) {
    throw new Error('disclosure migration: not a persisted snapshot (no context with plans)');
  }
  const c = context as Omit<DisclosureContext, 'matterLevel'>;
  const level = isShipped(c.profileId)
    ? (levelsOf(PROFILES[c.profileId].jointMeetings)[0] ?? null)
    : 'complex';
  return { ...(snapshot as object), context: { ...c, matterLevel: level } };
}

/**
 * Version 5 → 6. No drawing was recorded before version 6: none waits. Postings made before stay
 * as recorded, without a list of drawings (their accounts were posted without the calendar
 * knowing the drawings).
 */
function awaitingDrawings(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('plans' in context)) {
    throw new Error('disclosure migration: not a persisted snapshot (no context with plans)');
  }
  if ('awaitingDrawings' in context) return snapshot;
  return { ...(snapshot as object), context: { ...context, awaitingDrawings: [] } };
}

/**
 * Upgrades of persisted disclosure snapshots, keyed by the version they upgrade from (as
 * `@jiayuan/host`'s `MachineEntry.migrations` takes them).
 */
export const disclosureMigrations = {
  1: calendarPeriods,
  2: periodicRecords,
  3: feePayments,
  4: matterLevel,
  5: awaitingDrawings,
} as const;
