/**
 * `@jiayuan/host`: durable hosting of many jiayuan processes — an append-only event log with a
 * hash chain, versioned snapshots with optimistic concurrency, refused attempts, deadlines and an
 * outbox, on embedded SQLite (`libsql`) or PostgreSQL with pg-boss (`openPostgresStore` from
 * `@jiayuan/host/postgres`, so a SQLite host never loads `pg`).
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
  ProfileConflictError,
  ProfileNotFoundError,
  RoleAssignmentError,
  type RoleAssignmentProblem,
  StaleWriteError,
  StartFailedError,
  type StartIssue,
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
  type TrustedSendOptions,
} from './host.js';
export {
  ASSIGNABLE_ROLES,
  checkPrincipal,
  isAssignableRole,
  type Principal,
} from './principal.js';
export { PROFILE_REF_KEY } from './profile-refs.js';
export {
  type ProfileEntry,
  type ProfileRef,
  ProfileRegistry,
  profileHash,
  SHIPPED_PROFILE_VERSION,
} from './profiles.js';
export {
  type MachineEntry,
  MachineRegistry,
  type SnapshotEnvelope,
  type SnapshotMigration,
} from './registry.js';
export {
  type AssignRequest,
  heldRoles,
  type RevokeRequest,
} from './role-requests.js';
export {
  DEFAULT_CLOCK_SKEW_MS,
  type Stamp,
  type Stamped,
  stampEvent,
  WRITTEN_CHANNELS,
} from './stamp.js';
export type {
  Commit,
  DeadlineRow,
  DeadlineRowStatus,
  EventRecord,
  HostStore,
  OutboxMessage,
  RecordKind,
  RefusalRecord,
  RoleAssignment,
  RoleChange,
  RoleFilter,
  RoleRevocation,
  StoredProcess,
  StoredProfile,
} from './store/contract.js';
export { type RoleChangeFields, roleChangeHash } from './store/role-rows.js';
export { UnreadableJson } from './store/rows.js';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite.js';
export { NotAStoreError, type NotAStoreReason, ReadOnlyStoreError } from './store/sqlite-errors.js';
export { DEFAULT_LOCK_TIMEOUT_MS, STORE_TABLES } from './store/sqlite-file.js';
export { type ChainProblem, type VerifyResult, verifyChain } from './verify.js';
export {
  type AssignmentsProblem,
  type AssignmentsVerifyResult,
  verifyAssignments,
} from './verify-roles.js';
export { InvalidReadError, MachineMismatchError } from './view/errors.js';
export { READ_MESSAGES, type ReadField, type ReadMessageTemplates } from './view/locales/index.js';
export { shanghaiTime } from './view/shanghai-time.js';
export type {
  DeadlineListing,
  DeadlineQuery,
  LoadedProcess,
  MachineRef,
  ProcessView,
  ViewCitation,
  ViewDeadline,
  ViewEvent,
  ViewLogEntry,
  ViewOptions,
  ViewState,
} from './view/types.js';
