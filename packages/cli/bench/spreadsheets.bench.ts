// What hostile and large spreadsheets cost `jiayuan tally`, measured on the built command in a
// child process: wall time and peak RSS (GNU time's %e and %M), with budgets that fail the
// bench when broken — a 200,000-row sheet under 500 MB, a zip bomb refused in under 2 s and
// 200 MB. Timed by `pnpm bench` (vitest bench); `vitest run` runs each once on small sheets
// (scripts/bench.ts). The figures are tabled in docs/reliability.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { bench, SMOKE, size } from '../../../scripts/bench.js';
import {
  writeCsv,
  writeDeclaredBomb,
  writeLyingBomb,
  writeSharedStringsFlood,
  writeXlsxRows,
} from '../test/spreadsheets.js';
import { BIN, ensureBuilt } from '../test/support.js';

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'jiayuan-bench-sheets-'));
const file = (name: string) => join(dir, name);
const ROWS = size(200_000, 2_000);
const WINDOW = ['--opens', '2026-05-01', '--closes', '2026-05-10'];
const unitId = (i: number) =>
  `${String(Math.ceil(i / 500)).padStart(3, '0')}-01-${String(i).padStart(6, '0')}`;

// A roll as committees export it, and ballots from every owner (one in ten revoted).
await writeXlsxRows(file('roll.xlsx'), ROWS + 1, (i) =>
  i === 0
    ? ['序号', '房间号', '姓名', '面积', '联系电话', '房屋状态']
    : [
        i,
        unitId(i),
        i % 10 === 0 ? `业主${i}/共有人${i}` : `业主${i}`,
        { digits: i % 3 === 0 ? '89.570000000000007' : '100.5' },
        '13800000000',
        i % 2 === 0 ? '自住' : '出租',
      ],
);
await writeXlsxRows(file('ballots.xlsx'), ROWS + 1, (i) =>
  i === 0
    ? ['选票编号', '房号', '投票人', '意见', '方式', '时间']
    : [
        `B${i}`,
        unitId(i),
        `业主${i}`,
        i % 4 === 0 ? '反对' : '同意',
        '书面',
        { date: `2026-05-0${2 + (i % 7)} 10:00` },
      ],
);
const rollRows = Array.from({ length: ROWS }, (_, k) => [
  String(k + 1),
  unitId(k + 1),
  `业主${k + 1}`,
  '100.50',
  '13800000000',
  '自住',
]);
writeCsv(
  file('roll-gb.csv'),
  [['序号', '房间号', '姓名', '面积', '联系电话', '房屋状态'], ...rollRows],
  'gb18030',
);
writeCsv(file('few-ballots.csv'), [
  ['房号', '投票人', '意见', '时间'],
  ...Array.from({ length: 1_000 }, (_, k) => [
    unitId(k + 1),
    `业主${k + 1}`,
    '同意',
    '2026-05-02 10:00',
  ]),
]);
writeDeclaredBomb(file('bomb.xlsx'));
writeLyingBomb(file('lying.xlsx'));
writeSharedStringsFlood(file('flood.xlsx'));

const TIME = '/usr/bin/time';

interface Measured {
  readonly code: number;
  /** Wall-clock seconds, start-up included. */
  readonly seconds: number;
  /**
   * CPU seconds (user + system): what the time budgets are held to, since wall time on the
   * shared 2-core machine is multiplied by its load.
   */
  readonly cpu: number;
  readonly rssMb: number;
  readonly stderr: string;
}

/** Runs the built `jiayuan tally` once; its wall and CPU seconds and peak RSS in MB. */
function measure(roll: string, ballots: string): Measured {
  const args = [BIN, 'tally', '--roll', roll, '--ballots', ballots, ...WINDOW];
  if (existsSync(TIME)) {
    const r = spawnSync(TIME, ['-f', 'jiayuan-time %e %M %U %S', process.execPath, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
    const m = /jiayuan-time ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (m === null) throw new Error(`no measurement: ${r.stderr}`);
    return {
      code: r.status ?? -1,
      seconds: Number(m[1]),
      cpu: Number(m[3]) + Number(m[4]),
      rssMb: Number(m[2]) / 1024,
      stderr: r.stderr.replace(/jiayuan-time .*\n?/, ''),
    };
  }
  // Without GNU time: the command measures itself (its start-up is then not counted).
  const script = `const { run } = await import(${JSON.stringify(BIN.replace(/bin\.js$/, 'program.js'))}).catch(() => import(${JSON.stringify(BIN.replace(/bin\.js$/, 'index.js'))}));
const t0 = performance.now(); const err = [];
const code = await run(process.argv.slice(1), { out: () => {}, err: (l) => err.push(l), env: {} });
const u = process.resourceUsage();
console.log(JSON.stringify({ code, seconds: (performance.now() - t0) / 1000, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: u.maxRSS / 1024, stderr: err.join('\\n') }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args.slice(1)], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  return JSON.parse(r.stdout) as Measured;
}

function report(what: string, m: Measured): void {
  console.log(
    `${what}: exit ${m.code}, ${m.seconds.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, peak RSS ${m.rssMb.toFixed(0)} MB`,
  );
}

const ONCE = { iterations: 1, warmupIterations: 0, time: 0 };
const label = ROWS.toLocaleString('en-US');

describe('jiayuan tally on large sheets', () => {
  bench(
    `${label}-row XLSX roll, 1,000 ballots: under 500 MB`,
    () => {
      const m = measure(file('roll.xlsx'), file('few-ballots.csv'));
      report(`${label}-row XLSX roll`, m);
      expect(m.code).toBe(3);
      expect(m.rssMb).toBeLessThan(500);
    },
    ONCE,
  );

  bench(
    `${label}-row XLSX roll and ${label}-row XLSX ballots (dates, revotes)`,
    () => {
      const m = measure(file('roll.xlsx'), file('ballots.xlsx'));
      report(`${label}-row XLSX roll and ballots`, m);
      expect([0, 3]).toContain(m.code);
      expect(m.rssMb).toBeLessThan(500);
    },
    ONCE,
  );

  bench(
    `${label}-row GB18030 CSV roll: under 500 MB`,
    () => {
      const m = measure(file('roll-gb.csv'), file('few-ballots.csv'));
      report(`${label}-row GB18030 CSV roll`, m);
      expect(m.code).toBe(3);
      expect(m.rssMb).toBeLessThan(500);
    },
    ONCE,
  );
});

describe('jiayuan tally refusing zip bombs', () => {
  for (const [name, what, seconds] of [
    ['bomb.xlsx', 'a zip bomb declaring 1 GiB of shared strings', 2],
    ['lying.xlsx', 'a zip bomb of 1 GiB declaring 2 KB', 2],
    // Not a bomb: 17 MB of XML is read before the millionth string is refused.
    ['flood.xlsx', '1.2 million shared strings', 5],
  ] as const) {
    bench(
      `${what}: refused in under ${seconds} s (CPU) and 200 MB`,
      () => {
        const m = measure(file(name), file('few-ballots.csv'));
        report(what, m);
        expect(m.code).toBe(2);
        expect(m.stderr).toContain('refused');
        // Held to in `pnpm bench` only: a smoke run shares the machine with the whole test suite.
        if (!SMOKE) expect(m.cpu).toBeLessThan(seconds);
        expect(m.rssMb).toBeLessThan(200);
      },
      ONCE,
    );
  }
});
