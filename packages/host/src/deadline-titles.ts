import type { Bilingual } from '@jiayuan/core';
import { HostError } from './errors.js';
import type { SnapshotEnvelope } from './registry.js';
import type { DeadlineRow, HostStore } from './store/contract.js';
import { bookEntries, deadlineTitle } from './view/deadline-view.js';
import type { DeadlineRead } from './view/read-options.js';
import { shanghaiTime } from './view/shanghai-time.js';
import type { DeadlineListing, MachineRef } from './view/types.js';

/**
 * The deadline rows a query asks for: scheduled ones from the store's index of due times;
 * delivered, refused or cancelled ones by reading every process's rows (a scan, for audits).
 */
export async function deadlineRows(store: HostStore, read: DeadlineRead): Promise<DeadlineRow[]> {
  if (read.status === 'scheduled') return store.dueDeadlines(read.dueBefore, read.limit);
  const dueBefore = Date.parse(read.dueBefore);
  const rows: DeadlineRow[] = [];
  for (const processId of await store.processIds()) {
    for (const row of await store.deadlines(processId)) {
      if (row.status === read.status && Date.parse(row.dueAt) <= dueBefore) rows.push(row);
    }
  }
  return rows.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)).slice(0, read.limit);
}

/** What a listing takes from a process for one of its scheduled deadlines. */
interface Titled {
  readonly machine: MachineRef;
  readonly titles: Bilingual;
  readonly cite: readonly string[];
}

/**
 * The titles of deadlines already listed, by process, deadline and the version that scheduled
 * it: the book entry a row was scheduled from does not change its title, so listing the row again
 * needs no read of its process. At most `size` entries; the oldest is dropped first.
 */
export class DeadlineTitleCache {
  readonly #entries = new Map<string, Titled>();
  readonly #size: number;

  constructor(size = 10_000) {
    this.#size = size;
  }

  /** How many rows are remembered. */
  get count(): number {
    return this.#entries.size;
  }

  /** What was remembered for `row`, if anything. */
  get(row: DeadlineRow): Titled | undefined {
    return this.#entries.get(keyOf(row));
  }

  /** Remembers what `row`'s process gave. */
  set(row: DeadlineRow, titled: Titled): void {
    this.#entries.set(keyOf(row), titled);
    if (this.#entries.size > this.#size) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

/**
 * Deadline rows with their processes' machines and the titles and citations their deadline
 * books give. Each process not remembered in `cache` is read once; one that can no longer be read
 * (removed, an unregistered machine) keeps its rows, titled by deadline id.
 */
export async function titleDeadlines(
  rows: readonly DeadlineRow[],
  read: (processId: string) => Promise<SnapshotEnvelope>,
  locale: DeadlineRead['locale'],
  cache: DeadlineTitleCache = new DeadlineTitleCache(),
): Promise<DeadlineListing[]> {
  const envelopes = new Map<string, SnapshotEnvelope | undefined>();
  for (const row of rows) {
    if (cache.get(row) !== undefined || envelopes.has(row.processId)) continue;
    envelopes.set(row.processId, await readable(read, row.processId));
  }
  return rows.map((row) => {
    const titled = cache.get(row) ?? titledFrom(envelopes.get(row.processId), row, cache);
    return {
      processId: row.processId,
      ...(titled.machine === undefined ? {} : { machine: titled.machine }),
      deadlineId: row.deadlineId,
      title: titled.titles[locale],
      titles: titled.titles,
      dueAt: shanghaiTime(row.dueAt),
      status: row.status,
      scheduledSeq: row.scheduledSeq,
      cite: [...titled.cite],
    };
  });
}

// Remembered only when the process was read and its book still holds the deadline.
function titledFrom(
  envelope: SnapshotEnvelope | undefined,
  row: DeadlineRow,
  cache: DeadlineTitleCache,
): Omit<Titled, 'machine'> & { readonly machine?: MachineRef } {
  const snapshot = envelope?.snapshot;
  const entry = bookEntries(snapshot).find((e) => e.id === row.deadlineId);
  const titles = deadlineTitle(snapshot, row.deadlineId);
  if (envelope === undefined) return { titles, cite: [] };
  const titled = {
    machine: { id: envelope.machine, version: envelope.version },
    titles,
    cite: entry === undefined ? [] : [...entry.cite],
  };
  if (entry !== undefined) cache.set(row, titled);
  return titled;
}

function keyOf(row: DeadlineRow): string {
  return JSON.stringify([row.processId, row.deadlineId, row.scheduledSeq]);
}

// A process the host cannot read any more is listed without its book; a failing store is not.
async function readable(
  read: (processId: string) => Promise<SnapshotEnvelope>,
  processId: string,
): Promise<SnapshotEnvelope | undefined> {
  try {
    return await read(processId);
  } catch (error) {
    if (error instanceof HostError) return undefined;
    throw error;
  }
}
