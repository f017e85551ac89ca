/**
 * `@jiayuan/host`: durable hosting of many jiayuan processes — an append-only event log with a
 * hash chain, versioned snapshots with optimistic concurrency, refused attempts, deadlines and an
 * outbox, on embedded SQLite (`libsql`) or PostgreSQL with pg-boss.
 *
 * @packageDocumentation
 */

export { deliveryKey, diffDeadlines, type PendingMap, pendingOf } from './deadlines.js';
export {
  DeadlineSettledError,
  DuplicateKeyError,
  HostError,
  ProcessExistsError,
  ProcessNotFoundError,
  StaleWriteError,
  StoreLockedError,
  UnknownMachineError,
  UnknownVersionError,
} from './errors.js';
export { canonicalJson, GENESIS_HASH, type HashedFields, hashRecord } from './hash.js';
export {
  createHost,
  type DeadlineLoop,
  type DeliveryOutcome,
  Host,
  type HostOptions,
  type ProcessState,
  type ReplayResult,
  type SendAccepted,
  type SendManyResult,
  type SendOptions,
  type SendRefused,
  type SendResult,
  type StartRequest,
} from './host.js';
export {
  type MachineEntry,
  MachineRegistry,
  type SnapshotEnvelope,
  type SnapshotMigration,
} from './registry.js';
export type {
  Commit,
  DeadlineRow,
  DeadlineRowStatus,
  EventRecord,
  HostStore,
  OutboxMessage,
  RecordKind,
  RefusalRecord,
  StoredProcess,
} from './store/contract.js';
export { openPostgresStore, type PostgresStoreOptions } from './store/postgres.js';
export { UnreadableJson } from './store/rows.js';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite.js';
export { type ChainProblem, type VerifyResult, verifyChain } from './verify.js';
