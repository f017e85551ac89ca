import { type DeadlineBook, settleDeadline } from '@jiayuan/core';
import type { Procedure, ProcessContext } from './context.js';

type CommitteeContext = ProcessContext<Procedure, string>;

/** Settles deadline `id` at `at` (met or late); unknown ids leave the book as it is. */
export function settle(
  context: Pick<CommitteeContext, 'deadlines'>,
  id: string,
  at: string,
): DeadlineBook {
  return settleDeadline(context.deadlines, id, at);
}
