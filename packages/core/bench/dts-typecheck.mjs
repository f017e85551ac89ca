#!/usr/bin/env node
// How long a host waits for `tsc --noEmit` on a file that imports `dispatch` from the built
// @jiayuan/core, without skipLibCheck (issue 12 aims at ≤ 3 s), with tsc's --extendedDiagnostics.
// Times, each alone in its own tsc:
// - dts-host/host.ts: `dispatch` from the root entry (whose declarations import zod and xstate);
// - dts-host/host-dispatch.ts: `dispatch` from `@jiayuan/core/dispatch` (xstate only) — and
//   fails if that program loads any of zod's declaration files;
// - the floors under them: dts-host/deps-only.ts (zod and xstate), dts-host/xstate-only.ts.
// Prints the minimum and the median of each measure over the runs (tsc's own "Total time" and
// the process's CPU time move far less with the machine's load than its wall time does).
// Run after `pnpm --filter @jiayuan/core build`:
//   node packages/core/bench/dts-typecheck.mjs [--runs 3]
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const core = fileURLToPath(new URL('../', import.meta.url));
const hostDir = fileURLToPath(new URL('./dts-host/', import.meta.url));
const tsc = createRequire(`${core}package.json`).resolve('typescript/bin/tsc', {
  paths: [core, fileURLToPath(new URL('../../../', import.meta.url))],
});
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a positive integer');

const DECLARATIONS = [
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/dispatch/index.d.ts',
  'dist/dispatch/index.d.cts',
];
for (const f of DECLARATIONS) {
  if (!existsSync(`${core}${f}`)) {
    console.error(`${f} is missing: run \`pnpm --filter @jiayuan/core build\` first`);
    process.exit(1);
  }
}

// What a strict Node host compiles with; skipLibCheck off so every .d.ts is checked.
const FLAGS = [
  '--noEmit',
  '--strict',
  '--target',
  'es2022',
  '--lib',
  'es2022',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--types',
  'node',
  '--skipLibCheck',
  'false',
  '--extendedDiagnostics',
];

const FIELDS = [
  'Files',
  'Types',
  'Instantiations',
  'Memory used',
  'Check time',
  'Total time',
  'CPU time',
];

// Runs tsc in a node that prints its own CPU time on exit: on a shared, loaded machine the CPU
// time of the check moves far less than its wall time.
const RUN_TSC = `process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write('CPU time: ' + ((user + system) / 1e6).toFixed(2) + 's\\n');
});
process.argv.splice(1, 0, 'tsc');
require(${JSON.stringify(tsc)});`;

// Files of zod's package in a program listed by --listFiles.
const zodFiles = (out) =>
  out.split('\n').filter((line) => /[\\/]node_modules[\\/]zod[\\/]/.test(line));

function check(file, { zodFree = false } = {}) {
  const started = performance.now();
  const flags = zodFree ? [...FLAGS, '--listFiles'] : FLAGS;
  let out;
  try {
    out = execFileSync(process.execPath, ['-e', RUN_TSC, '--', ...flags, file], {
      cwd: hostDir,
      encoding: 'utf8',
    });
  } catch (error) {
    console.error(`tsc reported errors on ${file}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  const wall = (performance.now() - started) / 1000;
  if (zodFree && zodFiles(out).length > 0) {
    console.error(`${file} loads zod's declarations:\n${zodFiles(out).slice(0, 5).join('\n')}`);
    process.exit(1);
  }
  const stats = { wall };
  for (const field of FIELDS) {
    const m = new RegExp(`^${field}:\\s+([\\d.]+)`, 'm').exec(out);
    if (m) stats[field] = Number(m[1]);
  }
  return stats;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const HOSTS = [
  { file: 'host.ts', note: "root entry's dispatch" },
  { file: 'host-dispatch.ts', note: '@jiayuan/core/dispatch', zodFree: true },
  { file: 'deps-only.ts', note: 'floor: zod + xstate' },
  { file: 'xstate-only.ts', note: 'floor: xstate' },
];

const kb = (f) => `${(statSync(`${core}${f}`).size / 1024).toFixed(1)} KB`;
console.log(DECLARATIONS.map((f) => `${f} ${kb(f)}`).join(', '));
console.log(`load average ${loadavg()[0].toFixed(2)}; min / median of ${RUNS} run(s) each`);
// Round by round, so a change in the machine's load falls on every file alike.
const runsOf = new Map(HOSTS.map(({ file }) => [file, []]));
for (let round = 0; round < RUNS; round++) {
  for (const { file, zodFree } of HOSTS) runsOf.get(file).push(check(file, { zodFree }));
}
for (const { file, note } of HOSTS) {
  const runs = runsOf.get(file);
  const values = (k) => runs.map((r) => r[k]).filter((v) => v !== undefined);
  const both = (k, digits = 2) =>
    `${Math.min(...values(k)).toFixed(digits)} / ${median(values(k)).toFixed(digits)}`;
  const pick = (k) => median(values(k));
  console.log(
    `${file.padEnd(17)} (${note}) tsc total ${both('Total time')} s, cpu ${both('CPU time')} s, ` +
      `wall ${both('wall')} s; check ${pick('Check time')} s, types ${pick('Types')}, ` +
      `instantiations ${pick('Instantiations')}, files ${pick('Files')}, memory ` +
      `${pick('Memory used')}K`,
  );
}
console.log(`load average ${loadavg()[0].toFixed(2)} at the end`);
