import { z } from 'zod';

/**
 * An instant as an ISO 8601 date-time with `Z` or an explicit offset, e.g.
 * `2026-03-01T09:00:00+08:00`. Every event carries one as `at`.
 */
export const InstantSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date-time with Z or an offset, e.g. 2026-03-01T09:00:00+08:00',
});

/** See {@link InstantSchema}. */
export type Instant = z.infer<typeof InstantSchema>;

/** A calendar date `YYYY-MM-DD` (in Asia/Shanghai unless stated). */
export const LocalDateSchema = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

/** See {@link LocalDateSchema}. */
export type LocalDate = z.infer<typeof LocalDateSchema>;
