// `jiayuan send` acts as a named local operator: the sender comes from the operator and the role
// the host keeps for it (`jiayuan assign`), the time from the clock — never from the JSON.
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMUNITY_MACHINES } from '@jiayuan/community';
import { createHost, openSqliteStore } from '@jiayuan/host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-send-'));
const db = join(dir, 'send.db');
const COVERAGE = 'c1/coverage/coverage:committee#1';
const census = (headcount: number) => ({ headcount, full: 3, probationary: 1 });
const update = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'CENSUS_UPDATED', census: census(5), ...extra });

beforeAll(async () => {
  // A process started in the past, so that the operator's clock is later than its own.
  const host = createHost({
    store: await openSqliteStore({ path: db }),
    machines: COMMUNITY_MACHINES,
    clock: () => new Date('2020-01-01T00:00:00Z'),
  });
  await host.start({
    machine: 'party.coverage',
    processId: COVERAGE,
    input: {
      unitId: 'c1/committee',
      kind: 'owners-committee',
      complexId: 'c1',
      startedAt: '2020-01-01T09:00:00+08:00',
      census: census(5),
    },
  });
  await host.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const assign = (operator: string, role: string, scope = 'c1') =>
  cli([
    'assign',
    '--db',
    db,
    '--operator',
    operator,
    '--role',
    role,
    '--scope',
    scope,
    '--by',
    'street-admin',
    '--reason',
    'minutes of 2020-01',
  ]);

describe('jiayuan send --as-operator', { timeout: 60_000 }, () => {
  it('needs a named operator (exit 2), and one with a role for the process (exit 4)', async () => {
    const none = await cli(['send', '--db', db, COVERAGE, update()]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('--as-operator')]);
    const stranger = await cli(['send', '--db', db, '--as-operator', 'li', COVERAGE, update()]);
    expect(stranger.code).toBe(4);
    expect(stranger.stdout).toMatch(/^✗ \[not-permitted\] You hold no role in this process/);
  });

  it('assign gives a role with who and why; system is refused (exit 2)', async () => {
    const system = await assign('li', 'system');
    expect([system.code, system.stderr]).toEqual([2, expect.stringContaining('never assigned')]);
    const ok = await assign('li', 'committee');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^✓ li holds committee in c1 from /);
    expect((await assign('li', 'committee')).stdout).toContain('already holds');
    const roles = await cli(['roles', '--db', db, '--operator', 'li']);
    expect(roles.stdout).toMatch(
      /\+ li {2}committee {2}c1 {2}by street-admin: minutes of 2020-01\n$/,
    );
  });

  it('fills in the sender and the time; a sender or time in the JSON is refused (exit 4)', async () => {
    const claimed = await cli([
      'send',
      '--db',
      db,
      '--as-operator',
      'li',
      COVERAGE,
      update({ by: { id: 'host', role: 'system' } }),
    ]);
    expect([claimed.code, claimed.stdout]).toEqual([
      4,
      expect.stringMatching(/^✗ \[sender-mismatch\]/),
    ]);
    const dated = await cli([
      'send',
      '--db',
      db,
      '--as-operator',
      'li',
      COVERAGE,
      update({ at: '2099-01-01T00:00:00Z' }),
    ]);
    expect([dated.code, dated.stdout]).toEqual([
      4,
      expect.stringMatching(/^✗ \[time-not-accepted\]/),
    ]);
    const before = Date.now();
    const ok = await cli(['send', '--db', db, COVERAGE, update()], { JIAYUAN_OPERATOR: 'li' });
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining(`✓ ${COVERAGE} seq 1`)]);
    const host = createHost({
      store: await openSqliteStore({ path: db }),
      machines: COMMUNITY_MACHINES,
    });
    try {
      const body = (await host.events(COVERAGE)).at(-1)?.body as { at: string; by: unknown };
      expect(body.by).toEqual({ id: 'li', role: 'committee' });
      expect(Date.parse(body.at)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(body.at)).toBeLessThanOrEqual(Date.now());
      expect((await host.refusals(COVERAGE)).map((r) => r.code)).toEqual([
        'not-permitted',
        'sender-mismatch',
        'time-not-accepted',
      ]);
    } finally {
      await host.close();
    }
  });

  it('revoke ends the role with who and why; the next send is not permitted', async () => {
    const revoke = await cli([
      'revoke',
      '--db',
      db,
      '--operator',
      'li',
      '--role',
      'committee',
      '--scope',
      'c1',
      '--by',
      'street-admin',
      '--reason',
      'resigned',
    ]);
    expect(revoke.code).toBe(0);
    const after = await cli(['send', '--db', db, '--as-operator', 'li', COVERAGE, update()]);
    expect(after.code).toBe(4);
    const roles = await cli(['roles', '--db', db]);
    expect(roles.stdout).toMatch(/- li {2}committee {2}c1 {2}by street-admin: resigned\n$/);
  });

  it('roles reads a read-only file, without a lock', async () => {
    const copyDir = mkdtempSync(join(tmpdir(), 'jiayuan-roles-'));
    try {
      const copy = join(copyDir, 'copy.db');
      // The database and its write-ahead log, as a backup of a closed store would have them.
      const files = readdirSync(dir).filter((f) => f === 'send.db' || f === 'send.db-wal');
      for (const f of files) copyFileSync(join(dir, f), join(copyDir, f.replace('send', 'copy')));
      chmodSync(copy, 0o444);
      const before = readdirSync(copyDir);
      const roles = await cli(['roles', '--db', copy, '--operator', 'li']);
      expect(roles.stderr).toBe('');
      expect([roles.code, roles.stdout.split('\n').length - 1]).toEqual([0, 2]);
      // No lock file and no table written (SQLite itself may add the -shm index of its log).
      expect(
        readdirSync(copyDir).filter((f) => !before.includes(f) && f !== 'copy.db-shm'),
      ).toEqual([]);
    } finally {
      rmSync(copyDir, { recursive: true, force: true });
    }
  });
});
