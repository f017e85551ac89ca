/** Base class of every error the host throws, with a stable `code` for callers to branch on. */
export class HostError extends Error {
  /** A stable, machine-readable code. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * A writer tried to save a process from a snapshot version that is no longer the latest: someone
 * else saved first. Nothing was written; reload and try again.
 */
export class StaleWriteError extends HostError {
  readonly processId: string;
  readonly expectedSeq: number;

  constructor(processId: string, expectedSeq: number) {
    super(
      'stale-write',
      `process "${processId}": stale write refused — it was saved by another writer after version ${expectedSeq}; nothing was written, reload and retry`,
    );
    this.processId = processId;
    this.expectedSeq = expectedSeq;
  }
}

/** A process with this id already exists. */
export class ProcessExistsError extends HostError {
  readonly processId: string;

  constructor(processId: string) {
    super('process-exists', `process "${processId}" already exists`);
    this.processId = processId;
  }
}

/** No process with this id is stored. */
export class ProcessNotFoundError extends HostError {
  readonly processId: string;

  constructor(processId: string) {
    super('process-not-found', `process "${processId}" is not stored`);
    this.processId = processId;
  }
}

/** The registry has no machine with this id. */
export class UnknownMachineError extends HostError {
  readonly machine: string;

  constructor(machine: string, known: readonly string[]) {
    super(
      'unknown-machine',
      `machine "${machine}" is not in the host's registry (known: ${known.join(', ') || 'none'})`,
    );
    this.machine = machine;
  }
}

/**
 * A stored snapshot has a machine version the registry cannot load: newer than the registered
 * machine, or older with no migration path.
 */
export class UnknownVersionError extends HostError {
  readonly machine: string;
  readonly version: number;

  constructor(machine: string, version: number, registered: number, detail: string) {
    super(
      'unknown-version',
      `machine "${machine}": cannot load a snapshot of version ${version} (registered version ${registered}): ${detail}`,
    );
    this.machine = machine;
    this.version = version;
  }
}

/** Another process holds the embedded database; opening it a second time could corrupt it. */
export class StoreLockedError extends HostError {
  readonly path: string;

  constructor(path: string, cause: unknown) {
    super(
      'store-locked',
      `the SQLite store "${path}" is locked by another process (${
        cause instanceof Error ? cause.message : String(cause)
      }); only one process may open it`,
    );
    this.path = path;
  }
}

/** An event with this idempotency key was already appended to the process. */
export class DuplicateKeyError extends HostError {
  readonly processId: string;
  readonly key: string;

  constructor(processId: string, key: string) {
    super('duplicate-key', `process "${processId}": an event with key "${key}" is already logged`);
    this.processId = processId;
    this.key = key;
  }
}

/** A deadline delivery lost the race: the deadline was already delivered or cancelled. */
export class DeadlineSettledError extends HostError {
  constructor(processId: string, deadlineId: string, scheduledSeq: number) {
    super(
      'deadline-settled',
      `process "${processId}": deadline "${deadlineId}" scheduled at version ${scheduledSeq} is no longer scheduled`,
    );
  }
}

/** Why a role assignment was refused. */
export type RoleAssignmentProblem =
  /** `system` is the host's deadline scheduler's and is never assigned. */
  | 'system-not-assignable'
  /** Not one of core's `ROLES`. */
  | 'unknown-role'
  /** A field is missing, empty, too long or not a time. */
  | 'invalid-field';

/** A role assignment or revocation the host refused; nothing was recorded. */
export class RoleAssignmentError extends HostError {
  readonly problem: RoleAssignmentProblem;
  /** The field at fault. */
  readonly field: string;

  constructor(problem: RoleAssignmentProblem, field: string, message: string) {
    super(problem, message);
    this.problem = problem;
    this.field = field;
  }
}

/**
 * A profile content under an id and version that already hold another content: a changed
 * profile must be registered under a new version, so that a process keeps the exact profile it
 * started with. Nothing was registered or written.
 */
export class ProfileConflictError extends HostError {
  readonly profileId: string;
  readonly version: number;
  /** The hash of the content already held, and of the one refused. */
  readonly heldHash: string;
  readonly refusedHash: string;

  constructor(profileId: string, version: number, heldHash: string, refusedHash: string) {
    super(
      'profile-conflict',
      `profile "${profileId}" version ${version} already holds another content (${heldHash.slice(0, 12)}…, not ${refusedHash.slice(0, 12)}…); register a changed profile under a new version`,
    );
    this.profileId = profileId;
    this.version = version;
    this.heldHash = heldHash;
    this.refusedHash = refusedHash;
  }
}

/**
 * A stored snapshot or start record names a profile (by content hash) the store does not hold,
 * or holds with a content that no longer has that hash (it was altered).
 */
export class ProfileNotFoundError extends HostError {
  readonly hash: string;

  constructor(hash: string, detail: 'missing' | 'altered') {
    super(
      detail === 'missing' ? 'profile-not-found' : 'profile-altered',
      detail === 'missing'
        ? `the store holds no profile with hash ${hash}`
        : `the stored profile with hash ${hash} was altered: its content no longer has that hash`,
    );
    this.hash = hash;
  }
}

/** One problem of a start input, as the machine's input schema reported it. */
export interface StartIssue {
  /** Dotted path of the field at fault; `''` for the input as a whole. */
  readonly path: string;
  /** A stable code: the schema's issue code, or the machine's refusal code. */
  readonly code: string;
  readonly message: string;
}

/** A machine refused to start with the input given (code `start-failed`); nothing was stored. */
export class StartFailedError extends HostError {
  readonly machine: string;
  /** What was wrong, field by field. */
  readonly issues: readonly StartIssue[];

  constructor(machine: string, detail: string, issues: readonly StartIssue[]) {
    super('start-failed', `machine "${machine}" failed to start: ${detail}`);
    this.machine = machine;
    this.issues = issues;
  }
}
