import {
  type Bilingual,
  type CitationId,
  type CitedPeriod,
  type DeadlineBook,
  deadline,
  type HolidayCalendar,
  holidayCalendar,
  isOverdue,
  NO_HOLIDAYS,
  type OptionalCitedPeriod,
  startDeadline,
} from '@jiayuan/core';
import type { Procedure, ProcessContext } from './context.js';

/** Any committee process, as the clock and the deadline book read it. */
type Process = ProcessContext<Procedure, string>;

import { deadlineTitle, type PeriodDeadlineId } from './deadline-titles.js';

// A built calendar is derived data: it rides on the context's spec object itself, hidden (not
// enumerable, so never persisted or compared), as core's vote records keep their running count —
// no module-level cache, so copies of this package loaded twice share it. A spec that cannot
// take it (frozen) is built each time.
const BUILT = Symbol.for('jiayuan.committee.holiday-calendar');

/** The host's holiday calendar of a process (RULES TIME-2), or none. */
export function calendarOf(context: Pick<Process, 'holidays'>): HolidayCalendar {
  const spec = context.holidays;
  if (spec === null) return NO_HOLIDAYS;
  const found: unknown = Reflect.get(spec, BUILT);
  if (typeof found === 'object' && found !== null) return found as HolidayCalendar;
  const built = holidayCalendar(spec);
  if (Object.isExtensible(spec)) Object.defineProperty(spec, BUILT, { value: built });
  return built;
}

/**
 * Starts deadline `id` at `trigger` for a profile period; a period the profile leaves unset
 * (`period: null`) starts nothing.
 */
export function startFor(
  context: Pick<Process, 'deadlines' | 'holidays'>,
  id: string,
  title: Bilingual,
  trigger: string,
  period: OptionalCitedPeriod | CitedPeriod,
): DeadlineBook {
  if (period.period === null) return context.deadlines;
  return startDeadline(context.deadlines, id, {
    title,
    trigger,
    period: period.period,
    cite: period.cite as CitationId[],
    calendar: calendarOf(context),
  });
}

/**
 * Starts committee deadline `id` for a profile period, titled with that period (so the title
 * names the profile's number, {@link deadlineTitle}).
 */
export function startCommitteeDeadline(
  context: Pick<Process, 'deadlines' | 'holidays'>,
  id: PeriodDeadlineId,
  trigger: string,
  period: OptionalCitedPeriod | CitedPeriod,
): DeadlineBook {
  return startTitled(context, id, id, trigger, period);
}

/**
 * Starts deadline `key` (one of several of a kind, e.g. `handover:m1`) titled as committee
 * deadline `kind` with the profile period it runs for.
 */
export function startTitled(
  context: Pick<Process, 'deadlines' | 'holidays'>,
  key: string,
  kind: PeriodDeadlineId,
  trigger: string,
  period: OptionalCitedPeriod | CitedPeriod,
): DeadlineBook {
  if (period.period === null) return context.deadlines;
  return startFor(context, key, deadlineTitle(kind, period.period), trigger, period);
}

/**
 * Whether deadline `id` has passed unmet at `at`: pending and overdue, or already marked
 * missed (any event's clock step marks overdue deadlines missed, and the TICK that moves the
 * machine to the overdue state may come after it). False when there is none.
 */
export function isPastDue(context: Pick<Process, 'deadlines'>, id: string, at: string) {
  const entry = context.deadlines[id];
  if (entry === undefined) return false;
  return entry.status === 'missed' || (entry.status === 'pending' && isOverdue(entry.due, at));
}

/** Whether a profile period measured from `from` has fully run at `at` (e.g. "已满两年"). */
export function periodElapsed(
  context: Pick<Process, 'holidays'>,
  from: string,
  period: OptionalCitedPeriod,
  at: string,
): boolean {
  if (period.period === null) return false;
  return isOverdue(deadline(from, period.period, calendarOf(context)), at);
}

/** The end instant of a profile period from `from`: 24:00 of its last day (CC 200–204). */
export function periodEnd(
  context: Pick<Process, 'holidays'>,
  from: string,
  period: OptionalCitedPeriod,
): string | null {
  if (period.period === null) return null;
  return deadline(from, period.period, calendarOf(context)).dueAt;
}
