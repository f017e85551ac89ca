import { HostError } from '../errors.js';
import type {
  DeadlineRow,
  DeadlineRowStatus,
  EventRecord,
  OutboxMessage,
  RecordKind,
  RefusalRecord,
  StoredProcess,
  StoredProfile,
} from './contract.js';
import { int, json, type Row, text, textOrNull } from './rows.js';

/** Maps a `host_processes` row (either store). */
export function processOf(row: Row): StoredProcess {
  return {
    processId: text(row, 'process_id'),
    envelope: {
      machine: text(row, 'machine'),
      version: int(row, 'machine_version'),
      snapshot: json(row, 'snapshot'),
    },
    seq: int(row, 'seq'),
    headHash: text(row, 'head_hash'),
    updatedAt: text(row, 'updated_at'),
  };
}

/** Maps a `host_events` row (either store). */
export function recordOf(row: Row): EventRecord {
  const kind = text(row, 'kind');
  if (kind !== 'start' && kind !== 'event') {
    throw new HostError('store-row', `unknown record kind "${kind}"`);
  }
  return {
    processId: text(row, 'process_id'),
    seq: int(row, 'seq'),
    kind: kind satisfies RecordKind,
    machineVersion: int(row, 'machine_version'),
    key: textOrNull(row, 'idempotency_key'),
    body: json(row, 'body'),
    recordedAt: text(row, 'recorded_at'),
    prevHash: text(row, 'prev_hash'),
    hash: text(row, 'hash'),
  };
}

const DEADLINE_STATUSES: readonly DeadlineRowStatus[] = [
  'scheduled',
  'delivered',
  'refused',
  'cancelled',
];

/** Maps a `host_deadlines` row (either store). */
export function deadlineOf(row: Row): DeadlineRow {
  const status = DEADLINE_STATUSES.find((s) => s === text(row, 'status'));
  if (status === undefined) throw new HostError('store-row', `unknown deadline status`);
  return {
    processId: text(row, 'process_id'),
    deadlineId: text(row, 'deadline_id'),
    dueAt: text(row, 'due_at'),
    scheduledSeq: int(row, 'scheduled_seq'),
    status,
  };
}

/** Maps a `host_refusals` row (either store). */
export function refusalOf(row: Row): RefusalRecord {
  return {
    processId: text(row, 'process_id'),
    attemptedAt: text(row, 'attempted_at'),
    event: json(row, 'event'),
    code: text(row, 'code'),
    rejection: json(row, 'rejection'),
  };
}

/** Maps a `host_outbox` row (either store). */
export function outboxOf(row: Row): OutboxMessage {
  return {
    id: int(row, 'id'),
    processId: text(row, 'process_id'),
    seq: int(row, 'seq'),
    type: text(row, 'type'),
    payload: json(row, 'payload'),
    createdAt: text(row, 'created_at'),
  };
}

/** Maps a `host_profiles` row (either store). */
export function profileOf(row: Row): StoredProfile {
  const version = row.version;
  return {
    hash: text(row, 'hash'),
    id: text(row, 'profile_id'),
    version: version === null || version === undefined ? null : int(row, 'version'),
    profile: json(row, 'content'),
  };
}
