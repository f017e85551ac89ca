#!/usr/bin/env node
// How long a host waits for `tsc --noEmit` on a file that imports `dispatch` from the built
// @jiayuan/core, without skipLibCheck (issue 12 aims at ≤ 3 s). Times dts-host/host.ts and, as
// the floor, dts-host/deps-only.ts (zod and xstate alone), with tsc's --extendedDiagnostics.
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

for (const f of ['dist/index.d.ts', 'dist/index.d.cts']) {
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

function check(file) {
  const started = performance.now();
  let out;
  try {
    out = execFileSync(process.execPath, ['-e', RUN_TSC, '--', ...FLAGS, file], {
      cwd: hostDir,
      encoding: 'utf8',
    });
  } catch (error) {
    console.error(`tsc reported errors on ${file}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  const wall = (performance.now() - started) / 1000;
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

const kb = (f) => `${(statSync(`${core}${f}`).size / 1024).toFixed(1)} KB`;
console.log(`dist/index.d.ts ${kb('dist/index.d.ts')}, dist/index.d.cts ${kb('dist/index.d.cts')}`);
console.log(`load average ${loadavg()[0].toFixed(2)}; median of ${RUNS} run(s) each`);
for (const file of ['host.ts', 'deps-only.ts']) {
  const runs = Array.from({ length: RUNS }, () => check(file));
  const pick = (k) => median(runs.map((r) => r[k]));
  console.log(
    `${file.padEnd(13)} wall ${pick('wall').toFixed(2)} s, cpu ${pick('CPU time')} s, ` +
      `tsc total ${pick('Total time')} s ` +
      `(check ${pick('Check time')} s), types ${pick('Types')}, instantiations ` +
      `${pick('Instantiations')}, files ${pick('Files')}, memory ${pick('Memory used')}K`,
  );
}
