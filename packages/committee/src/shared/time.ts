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

// Built calendars are derived data: memoised per spec object, never stored in context.
const calendars = new WeakMap<object, HolidayCalendar>();

/** The host's holiday calendar of a process (RULES TIME-2), or none. */
export function calendarOf(context: Pick<Process, 'holidays'>): HolidayCalendar {
  const spec = context.holidays;
  if (spec === null) return NO_HOLIDAYS;
  let built = calendars.get(spec);
  if (built === undefined) {
    built = holidayCalendar(spec);
    calendars.set(spec, built);
  }
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
