import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Locale, Role } from '@jiayuan/core';
import { createHost, type Host, openSqliteStore } from '@jiayuan/host';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import { operatorOf } from './roles.js';

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Checks that `db` is a database file jiayuan can open before opening it, so that a user's
 * mistake is one line and exit 2 (5 when the file does not exist), not a stack trace: a
 * directory, an empty file, a file that is not SQLite, and — for a command that writes — a
 * read-only file.
 */
export function checkDatabaseFile(db: string, writes = true): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(db);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new CliError(`no database at ${db} / 数据库文件不存在`, EXIT_CODES.notFound);
    }
    throw new CliError(`${db}: cannot read it (${(error as Error).message}) / 无法读取`);
  }
  if (st.isDirectory()) {
    throw new CliError(`${db} is a directory, not a database file / 这是目录，不是数据库文件`);
  }
  if (!st.isFile()) throw new CliError(`${db} is not a regular file / 不是普通文件`);
  if (st.size === 0) {
    throw new CliError(`${db} is empty: not a jiayuan database / 空文件，不是数据库`);
  }
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(db, 'r');
  } catch (error) {
    throw new CliError(
      `${db}: cannot read it (${(error as { code?: string }).code ?? 'error'}) / 无法读取`,
    );
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) {
    throw new CliError(`${db} is not a SQLite database / 不是 SQLite 数据库文件`);
  }
  if (writes && (st.mode & 0o222) === 0) {
    throw new CliError(
      `${db} is read-only (mode ${(st.mode & 0o777).toString(8)}): jiayuan writes a lock and a journal beside it; make it writable or work on a copy / 数据库文件只读`,
    );
  }
}

/** One line for what SQLite or the store said, when it is about the file and not a bug. */
function databaseProblem(db: string, error: unknown): CliError | undefined {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'not-a-store') {
    const reason = String((error as { reason?: unknown }).reason);
    if (reason === 'missing') {
      return new CliError(`no database at ${db} / 数据库文件不存在`, EXIT_CODES.notFound);
    }
    return new CliError(
      reason === 'foreign-schema'
        ? `${db} is a SQLite database but not a jiayuan one (no host tables); nothing was written / 不是 jiayuan 数据库，未作任何写入`
        : `${db} is not a jiayuan database (${message}) / 不是 jiayuan 数据库`,
    );
  }
  if (code === 'store-locked') {
    return new CliError(
      `${db} is in use by another jiayuan process (locked); try again when it has finished / 数据库正被另一进程使用`,
    );
  }
  if (code === 'SQLITE_NOTADB')
    return new CliError(`${db} is not a SQLite database / 不是数据库文件`);
  if (code === 'SQLITE_CORRUPT' || /malformed/i.test(message)) {
    return new CliError(
      `${db} is damaged (${message}): restore it from a backup / 数据库文件已损坏`,
    );
  }
  if (
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_PERM' ||
    code === 'EACCES' ||
    code === 'EROFS'
  ) {
    return new CliError(`${db} cannot be opened for writing (${message}) / 数据库无法写入`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new CliError(`${db} is locked (${message}); try again / 数据库被锁定`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new CliError(`${db}: the disk is full (${message}) / 磁盘已满`);
  }
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR')) {
    return new CliError(`${db}: an I/O error (${message}) / 读写错误`);
  }
  return undefined;
}

type Community = typeof import('@jiayuan/community');

/**
 * Opens a host over an existing database file. The file is checked and the store opened before
 * the machines are loaded, so a bad path is reported at once.
 */
export async function openHost(db: string): Promise<Host> {
  return (await open(db, false)).host;
}

// `readOnly` for the commands that only read (status, due): they write nothing — no table, no
// journal mode, no lock file — and refuse a file that is not a jiayuan store.
async function open(db: string, readOnly: boolean): Promise<{ host: Host; community: Community }> {
  checkDatabaseFile(db, !readOnly);
  let store: Awaited<ReturnType<typeof openSqliteStore>>;
  try {
    // A command that writes still refuses a file that is not already a store, before writing.
    if (!readOnly) await (await openSqliteStore({ path: db, readOnly: true })).close();
    store = await openSqliteStore({ path: db, readOnly });
  } catch (error) {
    throw databaseProblem(db, error) ?? error;
  }
  try {
    const community = await import('@jiayuan/community');
    const host = createHost({
      store,
      machines: community.COMMUNITY_MACHINES,
      // A role assigned for a complex acts in each of its processes.
      scopesOf: community.complexScopes,
    });
    return { host, community };
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}

/** Runs `fn` on a host over `db`, closing it after; database problems become one-line errors. */
export async function withHost(
  db: string,
  readOnly: boolean,
  fn: (host: Host, community: Community) => Promise<number>,
): Promise<number> {
  const { host, community } = await open(db, readOnly);
  try {
    return await fn(host, community);
  } catch (error) {
    throw databaseProblem(db, error) ?? error;
  } finally {
    await host.store.close().catch(() => {});
  }
}

async function snapshots(host: Host) {
  const out = [];
  for (const id of (await host.store.processIds()).sort()) {
    const stored = await host.store.load(id);
    if (stored !== undefined)
      out.push({
        processId: id,
        machine: stored.envelope.machine,
        seq: stored.seq,
        snapshot: stored.envelope.snapshot,
      });
  }
  return out;
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  return Object.entries(value)
    .map(([k, v]) => (typeof v === 'string' ? `${k}.${v}` : `${k}.${valueText(v)}`))
    .join(',');
}

/** `jiayuan status`: every process, its machine, state and version; or one process in JSON. */
export async function runStatus(
  db: string,
  processId: string | undefined,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  return withHost(db, true, async (host, { streetView }) => {
    const all = await snapshots(host);
    if (processId !== undefined) {
      const p = all.find((s) => s.processId === processId);
      if (p === undefined) throw new CliError(`no process ${processId}`, EXIT_CODES.notFound);
      out(JSON.stringify(p, null, 2));
      return EXIT_CODES.ok;
    }
    out(say(locale, t(`${db}：${all.length} 个流程`, `${db}: ${all.length} process(es)`)));
    for (const s of all) {
      const snap = s.snapshot as { status?: string; value?: unknown };
      out(
        `  ${s.processId}  ${s.machine}  ${snap.status ?? '?'}  ${valueText(snap.value)}  seq ${s.seq}`,
      );
    }
    const now = new Date().toISOString();
    const view = streetView(all, latestNow(all) ?? now);
    out(
      say(
        locale,
        t(
          `本周到期 ${view.dueThisWeek}，逾期 ${view.overdue}；党组织覆盖 ${view.coverage.organisational.covered}/${view.coverage.organisational.total}，工作覆盖 ${view.coverage.work.covered}/${view.coverage.work.total}`,
          `due this week ${view.dueThisWeek}, overdue ${view.overdue}; organisational coverage ${view.coverage.organisational.covered}/${view.coverage.organisational.total}, work coverage ${view.coverage.work.covered}/${view.coverage.work.total}`,
        ),
      ),
    );
    return EXIT_CODES.ok;
  });
}

function latestNow(all: readonly { snapshot: unknown }[]): string | undefined {
  let best: string | undefined;
  for (const s of all) {
    const now = (s.snapshot as { context?: { now?: unknown } }).context?.now;
    if (typeof now === 'string' && (best === undefined || Date.parse(now) > Date.parse(best)))
      best = now;
  }
  return best;
}

/** `jiayuan due`: deadlines due within `days` of `at` (default: the latest process time) and overdue ones. */
export async function runDue(
  db: string,
  at: string | undefined,
  days: number,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  return withHost(db, true, async (host, { dueItems }) => {
    const all = await snapshots(host);
    const now = at ?? latestNow(all) ?? new Date().toISOString();
    const items = dueItems(all, now, days);
    out(say(locale, t(`截至 ${now}（${days} 天内）：`, `As of ${now} (within ${days} days):`)));
    if (items.length === 0) out(say(locale, t('  无到期或逾期事项', '  nothing due or overdue')));
    for (const i of items) {
      const tag =
        i.kind === 'overdue' ? say(locale, t('逾期', 'OVERDUE')) : say(locale, t('到期', 'due'));
      out(`  [${tag}] ${i.lastDay}  ${i.processId}  ${i.title[locale]}  (${i.cite.join(', ')})`);
    }
    return EXIT_CODES.ok;
  });
}

/**
 * `jiayuan send <process> <event-json> --as-operator <id>`: one event through the host, sent by a
 * named local operator. The host fills in the event's sender from the operator and the role it
 * holds for the process (`jiayuan assign`), and its time from the clock; an event that names its
 * own sender or time is refused like any other. A refusal exits 4 with its reason.
 */
export async function runSend(
  db: string,
  processId: string,
  json: string,
  operator: { readonly id: string | undefined; readonly role?: Role },
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  let event: unknown;
  try {
    event = JSON.parse(json);
  } catch (error) {
    throw new CliError(
      `event is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return withHost(db, false, async (host) => {
    if ((await host.store.head(processId)) === undefined)
      throw new CliError(`no process ${processId}`, EXIT_CODES.notFound);
    // After the database checks, so that a bad file is reported first.
    const id = operatorOf(operator.id);
    const r = await host.send(processId, event, {
      principal: { id },
      ...(operator.role === undefined ? {} : { as: operator.role }),
    });
    if (!r.ok) {
      out(`✗ [${r.rejection.code}] ${r.rejection.message[locale]}`);
      if (r.rejection.rule !== undefined)
        out(`  ${r.rejection.rule.id}: ${r.rejection.rule.citations.join(', ')}`);
      return EXIT_CODES.refused;
    }
    const snap = r.envelope.snapshot as { value?: unknown };
    out(`✓ ${processId} seq ${r.seq} → ${valueText(snap.value)}`);
    return EXIT_CODES.ok;
  });
}
