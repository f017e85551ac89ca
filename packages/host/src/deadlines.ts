import { pendingDeadlines } from '@jiayuan/core';

/** Pending deadline ids → due times, as the host schedules them. */
export type PendingMap = ReadonlyMap<string, string>;

/** The deadlines a persisted snapshot waits on; none once the process has ended. */
export function pendingOf(snapshot: unknown): PendingMap {
  const status: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'status') : undefined;
  if (status !== 'active') return new Map();
  return new Map(pendingDeadlines(snapshot).map((entry) => [entry.id, entry.due.dueAt]));
}

/** What to schedule (new or moved due time) and cancel (no longer pending) between two snapshots. */
export function diffDeadlines(
  before: PendingMap,
  next: PendingMap,
): { schedule: { deadlineId: string; dueAt: string }[]; cancel: string[] } {
  const schedule = [...next]
    .filter(([id, dueAt]) => before.get(id) !== dueAt)
    .map(([deadlineId, dueAt]) => ({ deadlineId, dueAt }));
  const cancel = [...before.keys()].filter((id) => !next.has(id));
  return { schedule, cancel };
}

/** The idempotency key of a deadline's delivery: process (implied), deadline id and version. */
export function deliveryKey(deadlineId: string, scheduledSeq: number): string {
  return `deadline:${deadlineId}@${scheduledSeq}`;
}

/** The later of two ISO instants, as given. */
export function laterOf(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
