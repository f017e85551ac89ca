import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'libsql';
import { HostError, StoreLockedError } from '../errors.js';
import { NotAStoreError, ReadOnlyStoreError } from './sqlite-errors.js';

/** The tables every jiayuan SQLite store has; a file without them is not one. */
export const STORE_TABLES = [
  'host_processes',
  'host_events',
  'host_refusals',
  'host_deadlines',
  'host_outbox',
] as const;

/** How long {@link openSqliteStore} waits for a busy file by default, in milliseconds. */
export const DEFAULT_LOCK_TIMEOUT_MS = 1000;

const BUSY = /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i;
const READ_ONLY = /SQLITE_READONLY|readonly database/i;

/**
 * The file a path ends at, following every symlink, so that two spellings of one database share
 * one lock. A file not created yet resolves through its directory; a dangling symlink through
 * its target (which SQLite would create).
 */
export function realDatabasePath(path: string, depth = 0): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT' || depth > 32) throw error;
  }
  let link: string | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
  } catch {
    // Not there at all: resolved through its directory below.
  }
  if (link !== undefined) return realDatabasePath(resolve(dirname(path), link), depth + 1);
  return join(realpathSync(dirname(resolve(path))), basename(path));
}

/**
 * Takes the writer's lock on `<real path>.lock` (a tiny SQLite file held in exclusive locking
 * mode: the OS drops it when the process dies, SIGKILL included). A busy lock is tried again
 * with doubling, jittered delays until `timeoutMs` has passed, then refused with a coded
 * {@link StoreLockedError}.
 */
export async function takeLock(
  path: string,
  realPath: string,
  timeoutMs: number,
): Promise<Database.Database> {
  const started = Date.now();
  let delay = 10;
  for (let attempt = 1; ; attempt++) {
    try {
      return tryLock(realPath);
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= timeoutMs) {
        throw new StoreLockedError(
          shown(path, realPath),
          `${attempt} attempt(s) over ${waited} ms: ${messageOf(error)}`,
        );
      }
      // Jitter keeps two waiting openers from retrying in step.
      const pause = Math.min(timeoutMs - waited, delay * (0.5 + Math.random() / 2));
      await new Promise((done) => setTimeout(done, pause));
      delay = Math.min(delay * 2, 250);
    }
  }
}

function tryLock(realPath: string): Database.Database {
  const lock = new Database(`${realPath}.lock`);
  try {
    lock.exec('PRAGMA locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS held (pid INTEGER)');
    lock.exec('COMMIT');
    return lock;
  } catch (error) {
    lock.close();
    throw error;
  }
}

/**
 * Checks, without writing anything, that `realPath` is a jiayuan store: it exists, is a file,
 * is SQLite and has the host tables. The check opens the file `immutable`, so SQLite creates no
 * journal, WAL or shared-memory file beside a file that turns out not to be a store. (A store
 * read afterwards in WAL mode may get SQLite's own `-wal` and `-shm` files, as with any reader.)
 *
 * @throws {NotAStoreError} naming why it is not one.
 */
export function probeStore(path: string, realPath: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(realPath).isDirectory();
  } catch (error) {
    if (codeOf(error) === 'ENOENT') throw new NotAStoreError(path, 'missing');
    throw error;
  }
  if (isDirectory) throw new NotAStoreError(path, 'directory');
  let tables = tablesOf(path, `file:${uriPath(realPath)}?immutable=1`);
  // An immutable read ignores the WAL; a store whose tables are still only in its WAL (its
  // writer is open, or closed without a checkpoint) is read again through it.
  if (!STORE_TABLES.every((table) => tables.has(table)) && existsSync(`${realPath}-wal`)) {
    tables = tablesOf(path, realPath);
  }
  if (!STORE_TABLES.every((table) => tables.has(table))) {
    throw new NotAStoreError(path, 'foreign-schema');
  }
}

function tablesOf(path: string, name: string): Set<string> {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(name, { readonly: true });
    const rows = probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: unknown;
    }[];
    return new Set(rows.map((row) => String(row.name)));
  } catch (error) {
    if (/NOTADB|not a database/i.test(`${codeOf(error)} ${messageOf(error)}`)) {
      throw new NotAStoreError(path, 'not-sqlite');
    }
    throw error;
  } finally {
    probe?.close();
  }
}

/**
 * Wraps a store so that SQLite's contention and read-only errors reach the caller coded: a
 * write still busy after the connection's busy timeout is a {@link StoreLockedError}, a write
 * to a read-only store a {@link ReadOnlyStoreError} — never a raw `SqliteError`.
 */
export function codedErrors<T extends object>(store: T, path: string, realPath: string): T {
  const recode = (error: unknown): unknown => {
    if (error instanceof HostError || !isSqliteError(error)) return error;
    if (isBusy(error)) return new StoreLockedError(shown(path, realPath), error);
    if (READ_ONLY.test(`${codeOf(error)} ${messageOf(error)}`)) return new ReadOnlyStoreError(path);
    return error;
  };
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = Reflect.apply(value, target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => Promise.reject(recode(error)))
            : result;
        } catch (error) {
          throw recode(error);
        }
      };
    },
  });
}

function isBusy(error: unknown): boolean {
  return BUSY.test(codeOf(error)) || BUSY.test(messageOf(error));
}

function isSqliteError(error: unknown): boolean {
  return codeOf(error).startsWith('SQLITE_') || /sqlite|database/i.test(messageOf(error));
}

function shown(path: string, realPath: string): string {
  return resolve(path) === realPath ? path : `${path} (${realPath})`;
}

// SQLite reads `?` and `#` in a URI as its query and fragment, and `%` as an escape.
function uriPath(path: string): string {
  return path.replace(/[%?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function codeOf(error: unknown): string {
  const code: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
