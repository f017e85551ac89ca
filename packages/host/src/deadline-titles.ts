import { HostError } from './errors.js';
import type { SnapshotEnvelope } from './registry.js';
import type { DeadlineRow, HostStore } from './store/contract.js';
import { bookEntries, deadlineTitle } from './view/deadline-view.js';
import type { DeadlineRead } from './view/read-options.js';
import { shanghaiTime } from './view/shanghai-time.js';
import type { DeadlineListing } from './view/types.js';

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

/**
 * Deadline rows with their processes' machines and the titles and citations their deadline
 * books give. Each process is read once; one that can no longer be read (removed, an
 * unregistered machine) keeps its rows, titled by deadline id.
 */
export async function titleDeadlines(
  rows: readonly DeadlineRow[],
  read: (processId: string) => Promise<SnapshotEnvelope>,
  locale: DeadlineRead['locale'],
): Promise<DeadlineListing[]> {
  const envelopes = new Map<string, SnapshotEnvelope | undefined>();
  for (const { processId } of rows) {
    if (envelopes.has(processId)) continue;
    envelopes.set(processId, await readable(read, processId));
  }
  return rows.map((row) => {
    const envelope = envelopes.get(row.processId);
    const snapshot = envelope?.snapshot;
    const titles = deadlineTitle(snapshot, row.deadlineId);
    const entry = bookEntries(snapshot).find((e) => e.id === row.deadlineId);
    return {
      processId: row.processId,
      ...(envelope === undefined
        ? {}
        : { machine: { id: envelope.machine, version: envelope.version } }),
      deadlineId: row.deadlineId,
      title: titles[locale],
      titles,
      dueAt: shanghaiTime(row.dueAt),
      status: row.status,
      scheduledSeq: row.scheduledSeq,
      cite: entry === undefined ? [] : [...entry.cite],
    };
  });
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
