// The SQLite file at the edges: one writer per real file whatever path names it (symlinks
// included), bounded waiting and a coded refusal on contention, and a read-only open that
// writes nothing and refuses a file that is not a jiayuan store.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createHost,
  HostError,
  NotAStoreError,
  openSqliteStore,
  ReadOnlyStoreError,
  StoreLockedError,
} from '../src/index.js';
import { spawnChild } from './support/child-runner.js';
import { OPENED_AT, petitionV1 } from './support/petition.js';

const root = mkdtempSync(join(tmpdir(), 'jiayuan-sqlite-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh directory for one test. */
const fresh = (): string => {
  const dir = join(root, `t${n++}`);
  mkdirSync(dir);
  return dir;
};
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const INPUT = { openedAt: OPENED_AT, replyDays: 10 };

/** Every file in `dir` with a hash of its bytes: what "nothing was written" compares. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    out[name] = statSync(path).isDirectory()
      ? 'directory'
      : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('one writer per real file', { timeout: 60_000 }, () => {
  it('a symlink to an open store is refused, coded, and leaves no second lock file', async () => {
    const dir = fresh();
    const real = join(dir, 'host.db');
    const link = join(dir, 'link.db');
    const held = await openSqliteStore({ path: real });
    symlinkSync(real, link);
    try {
      const error = await rejection(openSqliteStore({ path: link, lockTimeoutMs: 50 }));
      expect(error).toBeInstanceOf(StoreLockedError);
      expect(error).toMatchObject({ code: 'store-locked' });
      expect(String((error as Error).message)).toContain(`${link} (${real})`);
      expect(existsSync(`${link}.lock`)).toBe(false);
    } finally {
      await held.close();
    }
    // Once the first writer has closed, the symlink opens the same store.
    const again = await openSqliteStore({ path: link });
    await again.close();
  });

  it('a child process holding the store through a symlink keeps this one out', async () => {
    const dir = fresh();
    const real = join(dir, 'host.db');
    const link = join(dir, 'link.db');
    await (await openSqliteStore({ path: real })).close();
    symlinkSync(real, link);
    const child = await spawnChild(['sqlite', link, 'real', '1']);
    try {
      await child.ready;
      expect(child.failures).toEqual([]);
      const error = await rejection(openSqliteStore({ path: real, lockTimeoutMs: 100 }));
      expect(error).toBeInstanceOf(StoreLockedError);
      expect(error).toMatchObject({ code: 'store-locked' });
      // A dangling-free second spelling (`dir/./host.db`) is the same file too.
      await expect(
        openSqliteStore({ path: join(dir, '.', 'host.db'), lockTimeoutMs: 0 }),
      ).rejects.toThrow(StoreLockedError);
    } finally {
      child.send({ op: 'exit' });
      await child.exited;
    }
    await (await openSqliteStore({ path: real, lockTimeoutMs: 0 })).close();
  });

  it('a dangling symlink locks the file it will create', async () => {
    const dir = fresh();
    const link = join(dir, 'link.db');
    symlinkSync(join(dir, 'later.db'), link);
    const held = await openSqliteStore({ path: link });
    try {
      expect(existsSync(join(dir, 'later.db.lock'))).toBe(true);
      await expect(
        openSqliteStore({ path: join(dir, 'later.db'), lockTimeoutMs: 0 }),
      ).rejects.toThrow(StoreLockedError);
    } finally {
      await held.close();
    }
  });
});

describe('contention: bounded retry with backoff, then a coded error', { timeout: 60_000 }, () => {
  it('a second writer waits and gets in when the first closes within its timeout', async () => {
    const path = join(fresh(), 'host.db');
    const first = await openSqliteStore({ path });
    let closed = false;
    const release = new Promise<void>((done) =>
      setTimeout(() => {
        closed = true;
        void first.close().then(done);
      }, 150),
    );
    const second = await openSqliteStore({ path, lockTimeoutMs: 5_000 });
    expect(closed).toBe(true);
    await release;
    const host = createHost({ store: second, machines: [petitionV1] });
    await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
    expect(await second.processIds()).toEqual(['p1']);
    await second.close();
  });

  it('a writer still held past the timeout is refused with store-locked, naming the attempts', async () => {
    const path = join(fresh(), 'host.db');
    const held = await openSqliteStore({ path });
    try {
      const error = await rejection(openSqliteStore({ path, lockTimeoutMs: 200 }));
      expect(error).toBeInstanceOf(HostError);
      expect(error).toMatchObject({ code: 'store-locked', name: 'StoreLockedError' });
      const attempts = Number(/(\d+) attempt\(s\)/.exec((error as Error).message)?.[1]);
      expect(attempts).toBeGreaterThan(1);
      expect((error as Error).message).not.toMatch(/^SqliteError/);
    } finally {
      await held.close();
    }
  });

  it('a write that finds the file busy (a foreign writer) is retried, then refused coded — never a raw SqliteError', async () => {
    const path = join(fresh(), 'host.db');
    const store = await openSqliteStore({ path, lockTimeoutMs: 100 });
    const host = createHost({ store, machines: [petitionV1], retries: 0 });
    const foreign = new Database(path);
    foreign.exec('BEGIN IMMEDIATE');
    try {
      const error = await rejection(
        host.start({ machine: 'petition', input: INPUT, processId: 'p1' }),
      );
      expect(error).toBeInstanceOf(StoreLockedError);
      expect(error).toMatchObject({ code: 'store-locked' });
    } finally {
      foreign.exec('ROLLBACK');
      foreign.close();
    }
    await store.close();
  });

  it('a foreign writer in another process that lets go within the timeout: the write waits and goes through', async () => {
    const path = join(fresh(), 'host.db');
    const store = await openSqliteStore({ path, lockTimeoutMs: 10_000 });
    const host = createHost({ store, machines: [petitionV1], retries: 0 });
    // SQLite's busy handler waits synchronously, so the other writer must be another process.
    const foreign = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('libsql'))(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE'); console.log('held');
         setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, 300);`,
      ],
      { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done) => foreign.stdout.once('data', () => done()));
    await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
    expect(await store.processIds()).toEqual(['p1']);
    await new Promise((done) => foreign.once('exit', done));
    await store.close();
  });
});

describe('read-only: writes nothing, refuses what is not a store', { timeout: 60_000 }, () => {
  function foreignSqlite(dir: string, wal: boolean): string {
    const path = join(dir, 'other.db');
    const db = new Database(path);
    if (wal) db.exec('PRAGMA journal_mode = WAL');
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    db.exec("INSERT INTO notes (body) VALUES ('a note of another program')");
    db.close();
    return path;
  }

  it.each([
    ['rollback-journal', false],
    ['WAL', true],
  ])(
    'an unrelated SQLite file (%s) is refused as foreign-schema, bytes and directory unchanged',
    async (_mode, wal) => {
      const dir = fresh();
      const path = foreignSqlite(dir, wal);
      const before = listing(dir);
      const error = await rejection(openSqliteStore({ path, readOnly: true }));
      expect(error).toBeInstanceOf(NotAStoreError);
      expect(error).toMatchObject({ code: 'not-a-store', reason: 'foreign-schema' });
      expect((error as Error).message).toBe(
        `"${path}" is not a jiayuan store: it is a SQLite database without the host tables`,
      );
      expect(listing(dir)).toEqual(before);
      const db = new Database(path, { readonly: true });
      expect(db.prepare('PRAGMA journal_mode').get()).toMatchObject({
        journal_mode: wal ? 'wal' : 'delete',
      });
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([
        { name: 'notes' },
      ]);
      db.close();
    },
  );

  it('a text file, a directory and a missing file are refused, each naming why', async () => {
    const dir = fresh();
    const text = join(dir, 'roll.db');
    writeFileSync(text, '序号,房间号,姓名\n1,01-02-1502,王\n'.repeat(50));
    mkdirSync(join(dir, 'folder.db'));
    const before = listing(dir);
    for (const [path, reason] of [
      [text, 'not-sqlite'],
      [join(dir, 'folder.db'), 'directory'],
      [join(dir, 'missing.db'), 'missing'],
    ] as const) {
      const error = await rejection(openSqliteStore({ path, readOnly: true }));
      expect(error).toBeInstanceOf(NotAStoreError);
      expect(error).toMatchObject({ code: 'not-a-store', reason });
    }
    expect(listing(dir)).toEqual(before);
  });

  it('reads a jiayuan store without a lock file, alongside its writer, and refuses writes coded', async () => {
    const dir = fresh();
    const path = join(dir, 'host.db');
    const writer = await openSqliteStore({ path });
    const host = createHost({ store: writer, machines: [petitionV1] });
    await host.start({ machine: 'petition', input: INPUT, processId: 'p1' });
    await writer.close();
    rmSync(`${path}.lock`);

    const reader = await openSqliteStore({ path, readOnly: true });
    expect(await reader.processIds()).toEqual(['p1']);
    expect(existsSync(`${path}.lock`)).toBe(false);
    const refused = await rejection(
      createHost({ store: reader, machines: [petitionV1] }).start({
        machine: 'petition',
        input: INPUT,
        processId: 'p2',
      }),
    );
    expect(refused).toBeInstanceOf(ReadOnlyStoreError);
    expect(refused).toMatchObject({ code: 'store-read-only' });

    // A writer opens while the reader is open, and the reader sees its commits (WAL).
    const again = await openSqliteStore({ path, lockTimeoutMs: 0 });
    await createHost({ store: again, machines: [petitionV1] }).start({
      machine: 'petition',
      input: INPUT,
      processId: 'p3',
    });
    expect(await reader.processIds()).toEqual(['p1', 'p3']);
    await again.close();
    await reader.close();
  });
});
