import {
  type Deadline,
  deadline,
  epochMillisOf,
  type HolidayCalendar,
  isOverdue,
  type Period,
  type TriggerKind,
} from '../calendar/index.js';
import type { CitationId } from '../citations/index.js';
import type { Bilingual } from '../i18n.js';

/** Where a legal deadline stands. `late` means the act happened, but after the due time. */
export type DeadlineStatus = 'pending' | 'met' | 'late' | 'missed';

/** A legal deadline a process is waiting on, with the article that sets it. */
export interface DeadlineEntry {
  readonly id: string;
  readonly title: Bilingual;
  readonly due: Deadline;
  readonly cite: readonly CitationId[];
  readonly status: DeadlineStatus;
  /** When the awaited act happened (`met`/`late`) or when the miss was noticed (`missed`). */
  readonly settledAt?: string;
}

/**
 * A process's deadlines by id, kept in its context as plain JSON (machines have no timers:
 * time moves by events, and hosts schedule `TICK`s from {@link pendingDeadlines}).
 */
export type DeadlineBook = Readonly<Record<string, DeadlineEntry>>;

/** What {@link startDeadline} needs. */
export interface DeadlineSpec {
  readonly title: Bilingual;
  readonly trigger: string;
  readonly period: Period;
  readonly cite: readonly CitationId[];
  readonly calendar?: HolidayCalendar;
  /** Whether `trigger` is an act (the default) or an end, such as a contract's (CC 201, 203). */
  readonly triggerKind?: TriggerKind;
}

/** Starts (or restarts) deadline `id` from its trigger, per CC 200–204. */
export function startDeadline(book: DeadlineBook, id: string, spec: DeadlineSpec): DeadlineBook {
  const due = deadline(spec.trigger, spec.period, spec.calendar, spec.triggerKind);
  return { ...book, [id]: { id, title: spec.title, due, cite: spec.cite, status: 'pending' } };
}

/**
 * Records that the act deadline `id` waited for happened at `at`: `met` if before the due
 * time, `late` if not. Unknown or already settled ids leave the book unchanged.
 */
export function settleDeadline(book: DeadlineBook, id: string, at: string): DeadlineBook {
  const entry = book[id];
  if (entry === undefined || entry.status !== 'pending') return book;
  const status = isOverdue(entry.due, at) ? 'late' : 'met';
  return { ...book, [id]: { ...entry, status, settledAt: at } };
}

/** Drops deadline `id` (the procedure no longer waits for it). */
export function dropDeadline(book: DeadlineBook, id: string): DeadlineBook {
  if (!(id in book)) return book;
  const { [id]: _dropped, ...rest } = book;
  return rest;
}

/** The pending deadlines that are overdue at `at`. */
export function overdueDeadlines(book: DeadlineBook, at: string): DeadlineEntry[] {
  const pending = Object.values(book).filter((e) => e.status === 'pending');
  if (pending.length === 0) return pending;
  // `isOverdue` of each, with `at` read once: every event of every process runs this.
  const atMs = epochMillisOf(at);
  return pending.filter((e) => atMs >= epochMillisOf(e.due.dueAt));
}

/** Marks every pending deadline overdue at `at` as `missed`. */
export function markMissed(book: DeadlineBook, at: string): DeadlineBook {
  const overdue = overdueDeadlines(book, at);
  if (overdue.length === 0) return book;
  const next: Record<string, DeadlineEntry> = { ...book };
  for (const e of overdue) next[e.id] = { ...e, status: 'missed', settledAt: at };
  return next;
}

/**
 * The deadlines a host should schedule a `TICK` for: pending ones, soonest first. Accepts a
 * snapshot or a context that keeps its book under `deadlines`.
 */
export function pendingDeadlines(source: unknown): DeadlineEntry[] {
  const book = bookOf(source);
  return Object.values(book)
    .filter((e) => e.status === 'pending')
    .sort((a, b) => Date.parse(a.due.dueAt) - Date.parse(b.due.dueAt));
}

function bookOf(source: unknown): DeadlineBook {
  if (typeof source !== 'object' || source === null) return {};
  const context: unknown = 'context' in source ? Reflect.get(source, 'context') : source;
  if (typeof context !== 'object' || context === null) return {};
  const book: unknown = Reflect.get(context, 'deadlines');
  return typeof book === 'object' && book !== null ? (book as DeadlineBook) : {};
}
