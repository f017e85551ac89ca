import { type DeadlineBook, settleDeadline } from '@jiayuan/core';
import type { Procedure, ProcessContext } from './context.js';

/** Any committee process, as the clock and the deadline book read it. */
type Process = ProcessContext<Procedure, string>;

/** Settles deadline `id` at `at` (met or late); unknown ids leave the book as it is. */
export function settle(context: Pick<Process, 'deadlines'>, id: string, at: string): DeadlineBook {
  return settleDeadline(context.deadlines, id, at);
}
