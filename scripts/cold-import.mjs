#!/usr/bin/env node
// Cold import time of each package's built dist/index.js: a fresh `node` process per run, timing
// `await import(…)` inside it (so node's own start-up is left out), and the whole process too.
// Run after `pnpm build`: node scripts/cold-import.mjs [runs=7]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.argv[2] ?? 7);
const PACKAGES = [
  'core',
  'committee',
  'property-firm',
  'party-coverage',
  'assembly',
  'joint-meeting',
  'testing',
  'host',
  'inspect',
  'community',
  'cli',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const ms = (n) => `${n.toFixed(0)} ms`;

function once(url) {
  const code = `const t=performance.now();await import(${JSON.stringify(url)});process.stdout.write(String(performance.now()-t));`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`import of ${url} failed: ${r.stderr}`);
  return { importMs: Number(r.stdout), wall };
}

// The floors: an empty process, and xstate + zod alone, resolved from packages/core as the
// packages resolve them (ESM entry points).
function baseline(specifiers) {
  const imports = specifiers.map((x) => `await import(${JSON.stringify(x)});`).join('');
  const code = `const t=performance.now();${imports}process.stdout.write(String(performance.now()-t));`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    cwd: `${root}packages/core`,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr);
  return { importMs: Number(r.stdout), wall };
}

console.log(`node ${process.version}, ${RUNS} fresh processes each\n`);
console.log(
  '| import | in-process min | in-process median | whole process min | whole process median |',
);
console.log('|---|---:|---:|---:|---:|');
function report(label, runs) {
  const imp = runs.map((r) => r.importMs);
  const wall = runs.map((r) => r.wall);
  console.log(
    `| ${label} | ${ms(Math.min(...imp))} | ${ms(median(imp))} | ${ms(Math.min(...wall))} | ${ms(median(wall))} |`,
  );
}
report(
  '(node, nothing imported)',
  Array.from({ length: RUNS }, () => baseline([])),
);
report(
  '(xstate + zod only)',
  Array.from({ length: RUNS }, () => baseline(['xstate', 'zod'])),
);
for (const name of PACKAGES) {
  const file = `${root}packages/${name}/dist/index.js`;
  if (!existsSync(file)) {
    console.log(`| @jiayuan/${name} | not built | | | |`);
    continue;
  }
  const url = pathToFileURL(file).href;
  report(
    `@jiayuan/${name}`,
    Array.from({ length: RUNS }, () => once(url)),
  );
}
