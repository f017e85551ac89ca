import {
  type Bilingual,
  bilingual,
  type CitationId,
  type DeadlineBook,
  type DeadlineEntry,
  dropDeadline,
  type Period,
  pendingDeadlines,
  startDeadline,
} from '@jiayuan/core';
import { calendarOf } from '../shared/time.js';
import type { StandInContext } from './context.js';

/** The deadlines the stand-in keeps, by kind, with their titles (periods come from the profile). */
export const STAND_IN_DEADLINE_TITLES = {
  'stand-in-filing': bilingual('物业管理委员会申请备案', 'The stand-in applies for filing'),
  'stand-in-filing-completion': bilingual(
    '街镇核实材料并予以备案',
    'The street office checks the papers and completes the filing',
  ),
  'stand-in-decision-posting': bilingual('确定事项公示', 'A decided matter is posted'),
  'stand-in-term': bilingual(
    '任期内推动成立业主大会、选举产生业主委员会',
    'The committee comes into being within the term',
  ),
} as const satisfies Record<string, Bilingual>;

/** The kind of a stand-in deadline; its id is `${kind}:${term}` or `${kind}:${decisionId}`. */
export type StandInDeadlineKind = keyof typeof STAND_IN_DEADLINE_TITLES;

/** The id of a deadline of the current term. */
export function termDeadlineId(
  kind: Exclude<StandInDeadlineKind, 'stand-in-decision-posting'>,
  term: number,
): string {
  return `${kind}:${term}`;
}

/** The id of a decision's posting deadline. */
export function postingDeadlineId(decisionId: string): string {
  return `stand-in-decision-posting:${decisionId}`;
}

/** Starts a stand-in deadline from `trigger` for a profile period, on the host's calendar. */
export function startStandInDeadline(
  context: Pick<StandInContext, 'deadlines' | 'holidays'>,
  id: string,
  kind: StandInDeadlineKind,
  trigger: string,
  period: Period,
  cite: readonly CitationId[],
): DeadlineBook {
  return startDeadline(context.deadlines, id, {
    title: STAND_IN_DEADLINE_TITLES[kind],
    trigger,
    period,
    cite,
    calendar: calendarOf(context),
  });
}

/** The book with every pending deadline dropped: the body no longer acts on them. */
export function dropPending(book: DeadlineBook): DeadlineBook {
  let next = book;
  for (const entry of Object.values(book)) {
    if (entry.status === 'pending') next = dropDeadline(next, entry.id);
  }
  return next;
}

/**
 * The deadlines a stand-in process is waiting on, soonest first: what a host schedules `TICK`s
 * for. Accepts a snapshot or a context.
 */
export function standInDeadlines(source: unknown): DeadlineEntry[] {
  return pendingDeadlines(source);
}
