import {
  type HolidayCalendarSpec,
  HolidayCalendarSpecSchema,
  holidayCalendar,
} from './holiday-calendar.js';

/**
 * A host's holiday calendar as a start input takes it: a {@link HolidayCalendarSpecSchema} that
 * {@link holidayCalendar} also accepts. A day listed both as a holiday and as an adjusted working
 * day, or an adjusted working day that is not a Saturday or Sunday, is an issue of the input with
 * `holidayCalendar`'s own message, so the process does not start; it is not a `machine-error` at
 * the first deadline the process starts.
 */
export const HolidayCalendarInputSchema = HolidayCalendarSpecSchema.superRefine(
  (spec: HolidayCalendarSpec, ctx) => {
    try {
      holidayCalendar(spec);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  },
);
