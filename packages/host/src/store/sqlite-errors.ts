import { HostError } from '../errors.js';

/** Why a file was refused as a store by {@link NotAStoreError}. */
export type NotAStoreReason = 'missing' | 'directory' | 'not-sqlite' | 'foreign-schema';

const REASONS: Readonly<Record<NotAStoreReason, string>> = {
  missing: 'there is no such file',
  directory: 'it is a directory',
  'not-sqlite': 'it is not a SQLite database',
  'foreign-schema': 'it is a SQLite database without the host tables',
};

/**
 * A store opened read-only names a file that is not a jiayuan store. Nothing was written: no
 * table, no journal mode, no lock file.
 */
export class NotAStoreError extends HostError {
  /** The path as given. */
  readonly path: string;
  readonly reason: NotAStoreReason;

  constructor(path: string, reason: NotAStoreReason) {
    super('not-a-store', `"${path}" is not a jiayuan store: ${REASONS[reason]}`);
    this.path = path;
    this.reason = reason;
  }
}

/** A store opened with `readOnly` was asked to write. Nothing was written. */
export class ReadOnlyStoreError extends HostError {
  readonly path: string;

  constructor(path: string) {
    super(
      'store-read-only',
      `the SQLite store "${path}" was opened read-only; nothing was written`,
    );
    this.path = path;
  }
}
