// Hostile input, part 3: the process. A database path that is a directory, not SQLite, an
// unrelated SQLite file, cut short, read-only or locked is one line on stderr and exit 2 (5 when
// there is no file), never a stack trace — and the commands that only read write nothing; `tally … | head -1` ends quietly with the tally's own exit code; `due --at
// yesterday` is bad usage.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@jiayuan/host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from './spreadsheets.js';
import { BIN, cli, ensureBuilt, jiayuan } from './support.js';

// libsql is the host's dependency, not the CLI's: an unrelated program's SQLite file is made
// with it from there.
const Database = createRequire(new URL('../../host/package.json', import.meta.url))(
  'libsql',
) as new (
  path: string,
) => { exec(sql: string): void; close(): void };
const dir = mkdtempSync(join(tmpdir(), 'jiayuan-hostile-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  const store = await openSqliteStore({ path: file('ok.db') });
  await store.close();
  mkdirSync(file('dir.db'));
  writeFileSync(file('text.db'), 'this is a spreadsheet, not a database\n'.repeat(100));
  writeFileSync(file('empty.db'), '');
  copyFileSync(file('ok.db'), file('cut.db'));
  truncateSync(file('cut.db'), 8192);
  const other = new Database(file('other.db'));
  other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
  other.exec("INSERT INTO notes (body) VALUES ('a note of another program')");
  other.close();
  copyFileSync(file('ok.db'), file('read-only.db'));
  chmodSync(file('read-only.db'), 0o444);
}, 60_000);

/** Every file in `dir` with a hash of its bytes. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return out;
}

/** One line on stderr, no stack frame, nothing on stdout. */
function oneLine(r: { stdout: string; stderr: string }): string {
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

describe('a database that is not usable: one line, exit 2 (5 when missing)', {
  timeout: 60_000,
}, () => {
  it('works on a good one (the built command)', () => {
    ensureBuilt();
    const r = jiayuan(['status', '--db', file('ok.db')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${file('ok.db')}: 0 process(es)`);
  });

  it.each([
    [
      'dir.db',
      2,
      `jiayuan: ${file('dir.db')} is a directory, not a database file / 这是目录，不是数据库文件`,
    ],
    ['text.db', 2, `jiayuan: ${file('text.db')} is not a SQLite database / 不是 SQLite 数据库文件`],
    [
      'empty.db',
      2,
      `jiayuan: ${file('empty.db')} is empty: not a jiayuan database / 空文件，不是数据库`,
    ],
    [
      'cut.db',
      2,
      `jiayuan: ${file('cut.db')} is damaged (database disk image is malformed): restore it from a backup / 数据库文件已损坏`,
    ],
    [
      'other.db',
      2,
      `jiayuan: ${file('other.db')} is a SQLite database but not a jiayuan one (no host tables); nothing was written / 不是 jiayuan 数据库，未作任何写入`,
    ],
    ['missing.db', 5, `jiayuan: no database at ${file('missing.db')} / 数据库文件不存在`],
  ])('%s → exit %i', async (name, code, message) => {
    for (const args of [
      ['status', '--db', file(name)],
      ['due', '--db', file(name)],
      ['send', 'p1', '{"type":"TICK"}', '--db', file(name)],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(code);
      expect(oneLine(r)).toBe(message);
    }
  });

  it('a read-only file: status and due read it (exit 0); send, which writes, exits 2', async () => {
    for (const command of ['status', 'due']) {
      expect((await cli([command, '--db', file('read-only.db')])).code).toBe(0);
    }
    const r = await cli(['send', 'p1', '{"type":"TICK"}', '--db', file('read-only.db')]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(
      `jiayuan: ${file('read-only.db')} is read-only (mode 444): jiayuan writes a lock and a journal beside it; make it writable or work on a copy / 数据库文件只读`,
    );
  });

  it('locked by another process: status reads alongside it (exit 0); send exits 2', async () => {
    const held = await openSqliteStore({ path: file('ok.db') });
    try {
      const status = await cli(['status', '--db', file('ok.db')]);
      expect(status.code).toBe(0);
      expect(status.stdout).toContain(`${file('ok.db')}: 0 process(es)`);
      const r = await cli(['send', 'p1', '{"type":"TICK"}', '--db', file('ok.db')]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toBe(
        `jiayuan: ${file('ok.db')} is in use by another jiayuan process (locked); try again when it has finished / 数据库正被另一进程使用`,
      );
    } finally {
      await held.close();
    }
  });

  it('status, due and send on an unrelated SQLite file write nothing: same bytes, same files', async () => {
    const sub = join(dir, 'unrelated');
    mkdirSync(sub);
    const other = join(sub, 'other.db');
    copyFileSync(file('other.db'), other);
    const before = listing(sub);
    for (const args of [
      ['status', '--db', other],
      ['due', '--db', other],
      ['send', 'p1', '{"type":"TICK"}', '--db', other],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toContain('not a jiayuan one (no host tables); nothing was written');
    }
    expect(listing(sub)).toEqual(before);
    expect(Object.keys(before)).toEqual(['other.db']);
  });

  it('the built command says the same, with the same exit codes', () => {
    ensureBuilt();
    const d = jiayuan(['status', '--db', file('dir.db')]);
    expect(d.code).toBe(2);
    expect(oneLine(d)).toBe(
      `jiayuan: ${file('dir.db')} is a directory, not a database file / 这是目录，不是数据库文件`,
    );
    expect(jiayuan(['due', '--db', file('missing.db')]).code).toBe(5);
  });
});

describe('options that are not times or numbers are bad usage (exit 2)', {
  timeout: 30_000,
}, () => {
  it.each([
    [
      ['--at', 'yesterday'],
      '--at: bad time "yesterday": not a date and time (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误',
    ],
    [
      ['--at', '2026-02-30'],
      '--at: bad time "2026-02-30": 2026-02 has 28 days (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误',
    ],
    [['--days', 'x'], '--days must be a whole number of days, got "x"'],
    [['--days', '1e3'], '--days must be a whole number of days, got "1e3"'],
  ])('due %j', async (extra, message) => {
    const r = await cli(['due', '--db', file('ok.db'), ...extra]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(`jiayuan: ${message}`);
  });

  it('due --at with a Shanghai date works (exit 0; the built command)', () => {
    ensureBuilt();
    const r = jiayuan(['due', '--db', file('ok.db'), '--at', '2026-05-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('As of 2026-05-02T00:00:00+08:00 (within 7 days):');
  });
});

describe('a closed pipe', { timeout: 120_000 }, () => {
  it('`tally … | head -1` prints one line and ends with the tally’s exit code, no EPIPE', () => {
    ensureBuilt();
    // 3,000 buildings: the breakdown alone is larger than a pipe's buffer.
    const units = Array.from({ length: 3_000 }, (_, i) => [
      `${i + 1}-101`,
      `业主${i + 1}`,
      '90.00',
    ]);
    writeCsv(file('wide-roll.csv'), [['房号', '业主', '面积'], ...units]);
    writeCsv(file('wide-ballots.csv'), [
      ['房号', '投票人', '意见', '时间'],
      ...units.map(([u, o]) => [u!, o!, '同意', '2026-05-02 10:00']),
    ]);
    const command = `"${process.execPath}" "${BIN}" tally --roll "${file('wide-roll.csv')}" --ballots "${file('wide-ballots.csv')}" --opens 2026-05-01 --closes 2026-05-10 | head -1; echo "status \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', command], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
      timeout: 100_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Read:\nstatus 0\n');
  });
});
