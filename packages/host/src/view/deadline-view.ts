import {
  type Bilingual,
  type CitationId,
  type DeadlineEntry,
  type DeadlineStatus,
  epochMillisOf,
  type Locale,
} from '@jiayuan/core';
import { bilingualOf } from './active-states.js';
import { shanghaiTime } from './shanghai-time.js';
import type { ViewDeadline } from './types.js';

/** The deadline book kept in a snapshot's context (core's `DeadlineBook`), entry by entry. */
export function bookEntries(snapshot: unknown): DeadlineEntry[] {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null
      ? Reflect.get(snapshot, 'context')
      : undefined;
  const book: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'deadlines') : undefined;
  if (typeof book !== 'object' || book === null) return [];
  return Object.values(book).filter(isEntry);
}

/** A deadline's title from the book, or its id when the book no longer holds it. */
export function deadlineTitle(snapshot: unknown, id: string): Bilingual {
  const entry = bookEntries(snapshot).find((e) => e.id === id);
  return bilingualOf(entry?.title) ?? { 'zh-CN': id, en: id };
}

/**
 * The pending deadlines (none once the process has ended, as the host schedules them) and the
 * missed ones, each soonest first. `now` marks pending ones already due as `overdue`.
 */
export function viewDeadlines(
  snapshot: { readonly status: string; readonly context?: unknown },
  now: Date,
  locale: Locale,
): { pending: ViewDeadline[]; missed: ViewDeadline[] } {
  const entries = bookEntries(snapshot).sort(
    (a, b) => epochMillisOf(a.due.dueAt) - epochMillisOf(b.due.dueAt),
  );
  const of = (status: DeadlineStatus) =>
    entries.filter((e) => e.status === status).map((e) => viewOf(e, now, locale));
  return { pending: snapshot.status === 'active' ? of('pending') : [], missed: of('missed') };
}

function viewOf(entry: DeadlineEntry, now: Date, locale: Locale): ViewDeadline {
  const titles = bilingualOf(entry.title) ?? { 'zh-CN': entry.id, en: entry.id };
  return {
    id: entry.id,
    title: titles[locale],
    titles,
    dueAt: shanghaiTime(entry.due.dueAt),
    lastDay: entry.due.lastDay,
    status: entry.status,
    overdue: entry.status === 'pending' && now.getTime() >= epochMillisOf(entry.due.dueAt),
    ...(entry.settledAt === undefined ? {} : { settledAt: shanghaiTime(entry.settledAt) }),
    cite: [...entry.cite] as CitationId[],
  };
}

// The book is plain JSON from the store: an entry is used only with an id and a due time.
function isEntry(value: unknown): value is DeadlineEntry {
  if (typeof value !== 'object' || value === null) return false;
  const due: unknown = Reflect.get(value, 'due');
  return (
    typeof Reflect.get(value, 'id') === 'string' &&
    typeof Reflect.get(value, 'status') === 'string' &&
    typeof due === 'object' &&
    due !== null &&
    typeof Reflect.get(due, 'dueAt') === 'string'
  );
}
