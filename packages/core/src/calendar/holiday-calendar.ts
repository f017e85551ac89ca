import { z } from 'zod';
import type { LocalDate } from '../schemas/time.js';
import { LocalDateSchema } from '../schemas/time.js';
import { dayNumberOf, dayOfWeek } from './local-date.js';
import { show } from './show.js';

/**
 * Which days are statutory holidays (法定休假日) and which are working days (工作日).
 * Hosts plug in the official calendar of the year, adjusted working days (调休) included
 * (RULES TIME-2).
 *
 * Contract: a holiday is never a working day (`isHoliday(d)` implies `!isWorkingDay(d)`).
 * Both methods throw a RangeError on an invalid date.
 */
export interface HolidayCalendar {
  /** A label for messages and logs, e.g. `CN-2026`. */
  readonly name: string;
  /** Whether `d` is a statutory holiday: a period whose last day falls on it is extended (CC 203). */
  isHoliday(d: LocalDate): boolean;
  /** Whether `d` counts for a period in working days (e.g. BJ 57's 十个工作日). */
  isWorkingDay(d: LocalDate): boolean;
}

function isWeekend(d: LocalDate): boolean {
  const dow = dayOfWeek(d);
  return dow === 0 || dow === 6;
}

/**
 * The default calendar: no statutory holidays, Monday–Friday are working days (RULES TIME-2).
 * Weekends are rest days, not holidays, so they never extend a period under this calendar.
 */
export const NO_HOLIDAYS: HolidayCalendar = Object.freeze({
  name: 'no-holidays',
  isHoliday(d: LocalDate): boolean {
    dayNumberOf(d);
    return false;
  },
  isWorkingDay(d: LocalDate): boolean {
    return !isWeekend(d);
  },
});

/** Data describing a holiday calendar; see {@link holidayCalendar}. */
export const HolidayCalendarSpecSchema = z.object({
  /** A non-empty label, e.g. `CN-2026`. */
  name: z.string().trim().min(1, { error: 'expected a non-empty calendar name' }),
  /** Every day off of each statutory holiday, weekend days inside the holiday included. */
  holidays: z.array(LocalDateSchema),
  /** Weekend days declared working days (调休). */
  adjustedWorkingDays: z.array(LocalDateSchema).optional(),
});

/** See {@link HolidayCalendarSpecSchema}. */
export type HolidayCalendarSpec = z.infer<typeof HolidayCalendarSpecSchema>;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}

/**
 * Builds a {@link HolidayCalendar} from lists of dates. A day is a working day when it is an
 * adjusted working day, or a Monday–Friday that is not a holiday.
 *
 * List every day off of a holiday, weekend days inside it included (国庆 2026-10-01…07 is seven
 * dates): a period ending on any of them runs to the day after the holiday (CC 203). Ordinary
 * weekends are rest days, not statutory holidays, and do not extend a period.
 *
 * @throws RangeError naming the bad value: an invalid date (e.g. `2026-02-30`), a date listed both
 *   as a holiday and as an adjusted working day, or an adjusted working day that is not a
 *   Saturday or Sunday.
 * @throws TypeError when the spec does not have the expected shape.
 */
export function holidayCalendar(spec: HolidayCalendarSpec): HolidayCalendar {
  const parsed = HolidayCalendarSpecSchema.safeParse(spec);
  const label = `holidayCalendar(${show(valueAt(spec, ['name']))})`;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const message = `${label}: spec${formatPath(path)} ${show(valueAt(spec, path))}: ${issue?.message ?? 'invalid'}`;
    // A malformed date string is a bad value; anything else is a bad shape.
    throw issue?.code === 'invalid_format' || issue?.code === 'too_small'
      ? new RangeError(message)
      : new TypeError(message);
  }
  const { name, holidays, adjustedWorkingDays = [] } = parsed.data;
  const holidaySet = new Set(holidays);
  const adjustedSet = new Set(adjustedWorkingDays);
  for (const d of adjustedSet) {
    if (holidaySet.has(d)) {
      throw new RangeError(
        `${label}: ${d} is listed both as a holiday and as an adjusted working day`,
      );
    }
    if (!isWeekend(d)) {
      throw new RangeError(
        `${label}: adjusted working day ${d} is not a Saturday or Sunday; 调休 declares a weekend day a working day`,
      );
    }
  }
  return Object.freeze({
    name,
    isHoliday(d: LocalDate): boolean {
      dayNumberOf(d);
      return holidaySet.has(d);
    },
    isWorkingDay(d: LocalDate): boolean {
      if (adjustedSet.has(d)) return true;
      return !isWeekend(d) && !holidaySet.has(d);
    },
  });
}
