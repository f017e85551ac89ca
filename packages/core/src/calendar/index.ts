/**
 * Legal calendar: Asia/Shanghai local dates, pluggable holiday calendars and the Civil Code's
 * period rules (CC 200–204; RULES TIME-1, TIME-2).
 */
export type { Deadline, TriggerKind } from './deadline.js';
export { advanceNoticeMet, deadline, isOverdue } from './deadline.js';
export type { HolidayCalendar, HolidayCalendarSpec } from './holiday-calendar.js';
export { HolidayCalendarSpecSchema, holidayCalendar, NO_HOLIDAYS } from './holiday-calendar.js';
export { HolidayCalendarInputSchema } from './holiday-input.js';
export { epochMillisOf } from './instant.js';
export type { DayOfWeek, LocalDate } from './local-date.js';
export {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  endDateOf,
  localDateOf,
} from './local-date.js';
export type { Period, PeriodUnit } from './period.js';
export { describePeriod, PERIOD_UNITS, PeriodSchema, periodParts } from './period.js';
