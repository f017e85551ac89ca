import type { Bilingual, CitationId, DeadlineEntry } from '@jiayuan/core';
import {
  aggregateCoverage,
  type CoverageAggregate,
  type CoverageSnapshot,
  type UnitCoverage,
  unitCoverageOf,
} from '@jiayuan/party-coverage';
import { parseProcessId } from './ids.js';
import { MACHINE_IDS } from './machines.js';

/** One stored process as the street view reads it (e.g. from `host.store.load`). */
export interface StoredSnapshot {
  readonly processId: string;
  /** The host machine id. */
  readonly machine: string;
  /** The persisted snapshot (`envelope.snapshot`). */
  readonly snapshot: unknown;
}

/** A deadline a street office should look at. */
export interface DueItem {
  readonly complexId: string;
  readonly processId: string;
  readonly deadlineId: string;
  readonly title: Bilingual;
  readonly dueAt: string;
  readonly lastDay: string;
  readonly cite: readonly CitationId[];
  /** `due`: falls due within the window; `overdue`: past due and not met. */
  readonly kind: 'due' | 'overdue';
}

/** One complex in the street view. */
export interface ComplexView {
  readonly complexId: string;
  readonly processes: number;
  /** Processes not yet finished. */
  readonly running: number;
  readonly dueThisWeek: readonly DueItem[];
  readonly overdue: readonly DueItem[];
}

/** What {@link streetView} returns. */
export interface StreetView {
  readonly now: string;
  /** End of the "this week" window: `now` plus {@link STREET_WINDOW_DAYS} days. */
  readonly windowEnds: string;
  readonly complexes: readonly ComplexView[];
  readonly dueThisWeek: number;
  readonly overdue: number;
  /** Party coverage of the coverage processes among the snapshots. */
  readonly coverage: CoverageAggregate;
}

/** How many days "this week" spans from `now`. */
export const STREET_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/** The complex a process belongs to: the first part of its id, or the id itself. */
export function complexOf(processId: string): string {
  return parseProcessId(processId)?.complexId ?? processId.split('/')[0] ?? processId;
}

/** The status of a persisted snapshot (`active` when absent). */
function statusOf(snapshot: unknown): string {
  const s =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'status') : undefined;
  return typeof s === 'string' ? s : 'active';
}

function bookOf(snapshot: unknown): DeadlineEntry[] {
  if (typeof snapshot !== 'object' || snapshot === null) return [];
  const context: unknown = Reflect.get(snapshot, 'context');
  if (typeof context !== 'object' || context === null) return [];
  const book: unknown = Reflect.get(context, 'deadlines');
  return typeof book === 'object' && book !== null ? (Object.values(book) as DeadlineEntry[]) : [];
}

/**
 * The deadlines of running processes that fall due in `(now, now + days]` (`due`) or are past
 * due and not met — pending past the due time, or marked missed (`overdue`). Finished processes
 * are left out: what they missed is history, not work.
 */
export function dueItems(
  snapshots: readonly StoredSnapshot[],
  now: string,
  days: number = STREET_WINDOW_DAYS,
): DueItem[] {
  const t = Date.parse(now);
  const end = t + days * DAY_MS;
  const out: DueItem[] = [];
  for (const s of snapshots) {
    if (statusOf(s.snapshot) !== 'active') continue;
    for (const d of bookOf(s.snapshot)) {
      const due = Date.parse(d.due.dueAt);
      const overdue = d.status === 'missed' || (d.status === 'pending' && due <= t);
      const soon = d.status === 'pending' && due > t && due <= end;
      if (!overdue && !soon) continue;
      out.push({
        complexId: complexOf(s.processId),
        processId: s.processId,
        deadlineId: d.id,
        title: d.title,
        dueAt: d.due.dueAt,
        lastDay: d.due.lastDay,
        cite: d.cite,
        kind: overdue ? 'overdue' : 'due',
      });
    }
  }
  return out.sort(
    (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.processId.localeCompare(b.processId),
  );
}

/** The coverage units among stored snapshots (coverage processes only). */
export function coverageUnits(snapshots: readonly StoredSnapshot[]): UnitCoverage[] {
  return snapshots
    .filter((s) => s.machine === MACHINE_IDS.coverage)
    .map((s) => unitCoverageOf(s.snapshot as CoverageSnapshot));
}

/**
 * A street's (街镇) view over many complexes' stored processes at `now`: per complex, how many
 * processes run, what falls due this week and what is overdue; and the coverage rates. Pure:
 * the same snapshots and `now` give the same view.
 */
export function streetView(snapshots: readonly StoredSnapshot[], now: string): StreetView {
  const items = dueItems(snapshots, now);
  const byComplex = new Map<string, { processes: number; running: number }>();
  for (const s of snapshots) {
    const id = complexOf(s.processId);
    const row = byComplex.get(id) ?? { processes: 0, running: 0 };
    row.processes += 1;
    if (statusOf(s.snapshot) === 'active') row.running += 1;
    byComplex.set(id, row);
  }
  const complexes = [...byComplex.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([complexId, row]) => ({
      complexId,
      ...row,
      dueThisWeek: items.filter((i) => i.complexId === complexId && i.kind === 'due'),
      overdue: items.filter((i) => i.complexId === complexId && i.kind === 'overdue'),
    }));
  return {
    now,
    windowEnds: new Date(Date.parse(now) + STREET_WINDOW_DAYS * DAY_MS).toISOString(),
    complexes,
    dueThisWeek: items.filter((i) => i.kind === 'due').length,
    overdue: items.filter((i) => i.kind === 'overdue').length,
    coverage: aggregateCoverage(coverageUnits(snapshots)),
  };
}
