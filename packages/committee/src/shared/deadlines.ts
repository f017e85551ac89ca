import { type DeadlineBook, settleDeadline } from '@jiayuan/core';
import type { CommitteeContext } from './context.js';

/** Settles deadline `id` at `at` (met or late); unknown ids leave the book as it is. */
export function settle(
  context: Pick<CommitteeContext, 'deadlines'>,
  id: string,
  at: string,
): DeadlineBook {
  return settleDeadline(context.deadlines, id, at);
}
