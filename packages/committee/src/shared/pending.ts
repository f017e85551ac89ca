import { type DeadlineEntry, pendingDeadlines } from '@jiayuan/core';

/**
 * The deadlines a committee process is waiting on, soonest first: what a host schedules `TICK`s
 * for. Accepts a snapshot or a context.
 */
export function committeeDeadlines(source: unknown): DeadlineEntry[] {
  return pendingDeadlines(source);
}
