// Host benchmarks: accepted events per second (embedded SQLite and PostgreSQL), restore latency of
// one process, deadline delivery lag, and memory for 10,000 live processes.
// Run: pnpm bench (or npx vitest bench --run packages/host). Figures: docs/host/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { bench, SMOKE, size } from '../../../scripts/bench.js';
import { createHost, type Host, openSqliteStore } from '../src/index.js';
import { openPostgresStore } from '../src/postgres.js';
import { ev, OPENED_AT, petitionV1 } from '../test/support/petition.js';
import { startCluster } from '../test/support/postgres-cluster.js';

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-bench-'));
// fsync stays on: these are the figures a real deployment would see (off in smoke mode, which
// times nothing).
const cluster = await startCluster({ fast: SMOKE });

const INPUT = { openedAt: OPENED_AT, replyDays: 30 };
let at = Date.parse('2026-03-03T01:00:00Z');
// Strictly later each time, so no event is refused as out of order.
const nextNote = () => {
  at += 1000;
  return ev('NOTE', 'owner', new Date(at).toISOString(), { n: 1 });
};

async function withProcesses(host: Host, prefix: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  for (const processId of ids) await host.start({ machine: 'petition', input: INPUT, processId });
  return ids;
}

const sqliteFull = createHost({
  store: await openSqliteStore({ path: join(dir, 'full.db') }),
  machines: [petitionV1],
});
const sqliteNormal = createHost({
  store: await openSqliteStore({ path: join(dir, 'normal.db'), synchronous: 'normal' }),
  machines: [petitionV1],
});
// The host's own clock, one second later at each reading, so no event is out of order.
let principalClock = Date.parse('2026-03-03T01:00:00Z');
const sqlitePrincipal = createHost({
  store: await openSqliteStore({ path: join(dir, 'principal.db'), synchronous: 'normal' }),
  machines: [petitionV1],
  clock: () => {
    principalClock += 1000;
    return new Date(principalClock);
  },
});
const postgres = createHost({
  store: await openPostgresStore({
    connectionString: await cluster.createDatabase('bench'),
    poolSize: 16,
  }),
  machines: [petitionV1],
});
// Processes per store, and how many of them one accepted-events op sends to.
const PROCESSES = size(100, 5);
const FAN_OUT = size(50, 5);
const LIVE = size(10_000, 100);
const fullIds = await withProcesses(sqliteFull, 'f', PROCESSES);
const normalIds = await withProcesses(sqliteNormal, 'n', PROCESSES);
const pgIds = await withProcesses(postgres, 'g', PROCESSES);
const principalIds = await withProcesses(sqlitePrincipal, 'a', PROCESSES);
await sqlitePrincipal.assign({
  principal: 'ann',
  role: 'owner',
  scope: '*',
  grantedBy: 'bench',
  reason: 'an owner in every process',
});
let turn = 0;
afterAll(async () => {
  await Promise.all([
    sqliteFull.close(),
    sqliteNormal.close(),
    sqlitePrincipal.close(),
    postgres.close(),
  ]);
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe(`accepted events (one bench op = ${FAN_OUT} events to ${FAN_OUT} processes)`, () => {
  bench(
    'embedded SQLite, synchronous=FULL',
    async () => {
      await Promise.all(
        fullIds.slice(0, FAN_OUT).map((id) => sqliteFull.sendTrusted(id, nextNote())),
      );
    },
    { time: 3000 },
  );
  bench(
    'embedded SQLite, synchronous=NORMAL',
    async () => {
      await Promise.all(
        normalIds.slice(0, FAN_OUT).map((id) => sqliteNormal.sendTrusted(id, nextNote())),
      );
    },
    { time: 3000 },
  );
  bench(
    'embedded SQLite, synchronous=NORMAL, from a principal (role looked up, sender and time filled in)',
    async () => {
      const results = await Promise.all(
        principalIds
          .slice(0, FAN_OUT)
          .map((id) =>
            sqlitePrincipal.send(id, { type: 'NOTE', n: 1 }, { principal: { id: 'ann' } }),
          ),
      );
      const refused = results.find((r) => !r.ok);
      if (refused !== undefined && !refused.ok) throw new Error(refused.rejection.message.en);
    },
    { time: 3000 },
  );
  bench(
    'PostgreSQL (fsync on), 16 connections',
    async () => {
      await Promise.all(pgIds.slice(0, FAN_OUT).map((id) => postgres.sendTrusted(id, nextNote())));
    },
    { time: 5000 },
  );
});

describe('restore one process from its stored snapshot', () => {
  bench(
    'embedded SQLite',
    async () => {
      sqliteNormal.evictAll();
      await sqliteNormal.load('n0');
    },
    { time: 2000 },
  );
  bench(
    'PostgreSQL',
    async () => {
      postgres.evictAll();
      await postgres.load('g0');
    },
    { time: 2000 },
  );
});

// A due deadline: from the commit that schedules it to the TICK's commit.
async function lag(host: Host, prefix: string): Promise<void> {
  const processId = `${prefix}${turn++}`;
  await host.start({
    machine: 'petition',
    input: { openedAt: OPENED_AT, replyDays: 1 },
    processId,
  });
  for (;;) {
    const [row] = await host.store.deadlines(processId);
    if (row?.status === 'delivered') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('deadline delivery lag (due deadline → TICK committed)', () => {
  bench(
    'embedded SQLite, polling every 250 ms',
    async () => {
      const loop = await sqliteNormal.runDeadlines({ intervalMs: 250 });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 250));
      await lag(sqliteNormal, 'lag-s');
      await loop.stop();
    },
    { iterations: 10, time: 0 },
  );
  bench(
    'PostgreSQL, pg-boss polling every 0.5 s',
    async () => {
      const loop = await postgres.runDeadlines();
      await lag(postgres, 'lag-p');
      await loop.stop();
    },
    { iterations: 10, time: 0 },
  );
});

describe(`memory for ${LIVE.toLocaleString('en-US')} live processes`, () => {
  bench(
    `start ${LIVE.toLocaleString('en-US')} processes and keep them live (embedded SQLite, NORMAL)`,
    async () => {
      const host = createHost({
        store: await openSqliteStore({
          path: join(dir, `memory-${turn++}.db`),
          synchronous: 'normal',
        }),
        machines: [petitionV1],
      });
      const ids = await withProcesses(host, 'm', LIVE);
      host.evictAll();
      globalThis.gc?.();
      const before = process.memoryUsage().heapUsed;
      for (const id of ids) await host.load(id);
      globalThis.gc?.();
      const after = process.memoryUsage().heapUsed;
      console.info(
        `memory: ${host.liveCount} live processes, heap +${((after - before) / 2 ** 20).toFixed(1)} MiB (${Math.round((after - before) / host.liveCount)} bytes each); rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
      );
      await host.close();
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
