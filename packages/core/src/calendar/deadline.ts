import type { LocalDate } from '../schemas/time.js';
import type { HolidayCalendar } from './holiday-calendar.js';
import { NO_HOLIDAYS } from './holiday-calendar.js';
import { epochMillisOf } from './instant.js';
import { addDays, addMonths, daysBetween, endDateOf, localDateOf } from './local-date.js';
import type { Period } from './period.js';
import { periodParts } from './period.js';
import { show } from './show.js';

/**
 * Longest run of consecutive holidays, or of days without a working day, searched before a
 * calendar is taken to be broken (the longest official holiday is about nine days).
 */
export const MAX_DAYS_WITHOUT_END = 366;

/** A computed legal deadline: when a period triggered at an instant ends (CC 200–204). */
export interface Deadline {
  /** The triggering instant, as given. */
  readonly trigger: string;
  /** The period that runs from the trigger. */
  readonly period: Period;
  /** First day counted: the day after the trigger's Asia/Shanghai date (CC 201). */
  readonly startsOn: LocalDate;
  /** Last day of the period, after any extension past statutory holidays (CC 202, 203). */
  readonly lastDay: LocalDate;
  /** End of the period: 24:00 of `lastDay` in Asia/Shanghai, as `YYYY-MM-DDT16:00:00.000Z`. */
  readonly dueAt: string;
  /** Whether the last day fell on a statutory holiday and was moved past it (CC 203). */
  readonly rolledPastHolidays: boolean;
}

/**
 * What a deadline's trigger instant is: an `act` (a notice served, a decision taken) happens on
 * the Asia/Shanghai date of its instant; an `end` (a contract or a term ending) closes the day
 * of its last moment, so an end at 24:00 belongs to the day it closes (CC 203), not the next.
 */
export type TriggerKind = 'act' | 'end';

function triggerDateOf(trigger: string, kind: TriggerKind): LocalDate {
  if (kind === 'act') return localDateOf(trigger);
  if (kind === 'end') return endDateOf(trigger);
  throw new RangeError(`unknown trigger kind ${show(kind)}: expected "act" or "end"`);
}

function nthWorkingDay(from: LocalDate, n: number, calendar: HolidayCalendar): LocalDate {
  let d = from;
  let counted = 0;
  let idle = 0;
  for (;;) {
    // A holiday never counts, even from a calendar that also calls it a working day.
    if (calendar.isWorkingDay(d) && !calendar.isHoliday(d)) {
      counted += 1;
      if (counted === n) return d;
      idle = 0;
    } else if (++idle >= MAX_DAYS_WITHOUT_END) {
      throw new RangeError(
        `calendar ${show(calendar.name)} has no working day in the ${MAX_DAYS_WITHOUT_END} days before ${d}`,
      );
    }
    d = addDays(d, 1);
  }
}

function rollPastHolidays(last: LocalDate, calendar: HolidayCalendar): LocalDate {
  let d = last;
  while (calendar.isHoliday(d)) {
    d = addDays(d, 1);
    if (daysBetween(last, d) >= MAX_DAYS_WITHOUT_END) {
      throw new RangeError(
        `calendar ${show(calendar.name)} has ${MAX_DAYS_WITHOUT_END} consecutive holidays from ${last}`,
      );
    }
  }
  return d;
}

/**
 * When a period triggered at `trigger` ends (CC 200–204, RULES TIME-1/TIME-2).
 *
 * - The trigger's Asia/Shanghai date is not counted; counting starts the next day (CC 201). For
 *   an `end` trigger that date is the day the thing ends: a contract ending at 24:00 of 12-31
 *   (`…-01-01T00:00:00+08:00`) ended on 12-31, and 10 days after it run to 01-10, as after an end
 *   at 23:59:59 (see {@link TriggerKind}).
 * - Days: the last day is the trigger date plus N (30 days from 2026-03-01 → 2026-03-31).
 * - Months/years: the last day is the day of the last month corresponding to the trigger date,
 *   or that month's last day when it has none (CC 202): 1 month from 2026-01-31 → 2026-02-28;
 *   1 year from 2024-02-29 → 2025-02-28. CC 202's "到期月的对应日" is read as the day with the
 *   trigger date's number: counting starts the next day (CC 201), and a month counted from that
 *   start ends on the eve of the next month's same day, i.e. on the trigger date's number
 *   (2026-01-15 + 1 month → 2026-02-15). Only the month-end cases need the clamp.
 * - Working days: the Nth working day of `calendar` from the day after the trigger, skipping
 *   weekends and holidays and counting adjusted working days (调休).
 * - A last day that is a statutory holiday of `calendar` moves to the day after the holiday,
 *   past consecutive holidays (CC 203). Ordinary weekends do not move it: CC 203 names
 *   法定休假日, and RULES TIME-2's default calendar has none.
 * - The period ends at 24:00 of the last day, Asia/Shanghai (CC 203): `dueAt`.
 *
 * @param calendar Defaults to {@link NO_HOLIDAYS}.
 * @param kind Whether the trigger is an act (the default) or an end; see {@link TriggerKind}.
 * @throws TypeError / RangeError naming the bad value: an instant without an offset, a period
 *   that is not a positive integer of one unit, an unknown trigger kind, or a result outside
 *   years 0000–9999.
 */
export function deadline(
  trigger: string,
  period: Period,
  calendar: HolidayCalendar = NO_HOLIDAYS,
  kind: TriggerKind = 'act',
): Deadline {
  const { unit, count } = periodParts(period);
  const triggerDate = triggerDateOf(trigger, kind);
  const startsOn = addDays(triggerDate, 1);
  let lastDay: LocalDate;
  switch (unit) {
    case 'days':
      lastDay = addDays(triggerDate, count);
      break;
    case 'months':
      lastDay = addMonths(triggerDate, count);
      break;
    case 'years':
      lastDay = addMonths(triggerDate, count * 12);
      break;
    case 'workingDays':
      lastDay = nthWorkingDay(startsOn, count, calendar);
      break;
  }
  const rolled = rollPastHolidays(lastDay, calendar);
  return Object.freeze({
    trigger,
    period: Object.freeze({ ...period }),
    startsOn,
    lastDay: rolled,
    // 24:00 +08:00 of the last day is 16:00 UTC of that same date.
    dueAt: `${rolled}T16:00:00.000Z`,
    rolledPastHolidays: rolled !== lastDay,
  });
}

/**
 * Whether an act at `at` is late for `d`: on or after `dueAt`, compared in epoch milliseconds
 * (`dueAt − 1 ms` is on time, `dueAt` is late).
 *
 * @throws TypeError / RangeError when `at` or `d.dueAt` is not an ISO instant with an offset.
 */
export function isOverdue(d: Deadline, at: string): boolean {
  return epochMillisOf(at) >= epochMillisOf(d.dueAt);
}

/**
 * Whether a notice "at least `days` days before" an event was given in time (e.g. 15 days
 * before an owners' meeting, SH 16 ¶2, PMR 14). Counting back from the event's date, which is
 * not counted (CC 201 applied backwards), the notice's date must be on or before the event
 * date minus `days`: `localDate(eventAt) − localDate(noticeAt) ≥ days`, in Asia/Shanghai.
 * Times of day do not matter, and no holiday extension applies to counting backwards.
 *
 * @throws TypeError / RangeError for an invalid instant or a `days` that is not a positive integer.
 */
export function advanceNoticeMet(noticeAt: string, eventAt: string, days: number): boolean {
  if (typeof days !== 'number') {
    throw new TypeError(`advanceNoticeMet: days must be a number, got ${show(days)}`);
  }
  if (!Number.isSafeInteger(days) || days <= 0) {
    throw new RangeError(`advanceNoticeMet: days must be a positive integer, got ${show(days)}`);
  }
  return daysBetween(localDateOf(noticeAt), localDateOf(eventAt)) >= days;
}
