#!/usr/bin/env node
// Bundle size of each package's built dist/index.js, minified with esbuild and gzipped with zlib.
// Two figures per package: "own" keeps every dependency and peer dependency external (the
// package's own code only); "with @jiayuan deps" inlines the other @jiayuan packages it uses, with
// xstate, zod and third-party dependencies still external (what an app adds besides xstate + zod).
// Run after `pnpm build`: node scripts/bundle-size.mjs [--json]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
// esbuild is a devDependency of packages/host (not of the root).
const esbuild = createRequire(`${root}packages/host/package.json`)('esbuild');

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

function manifest(name) {
  return JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8'));
}

function depsOf(pkg) {
  return Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
}

/** Every non-@jiayuan dependency reachable through the @jiayuan packages `name` uses. */
function thirdParty(name, seen = new Set()) {
  if (seen.has(name)) return [];
  seen.add(name);
  const out = [];
  for (const dep of depsOf(manifest(name))) {
    if (dep.startsWith('@jiayuan/')) out.push(...thirdParty(dep.slice('@jiayuan/'.length), seen));
    else out.push(dep);
  }
  return out;
}

async function size(entry, external) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // Subpaths too (xstate/graph, zod/v4, …).
    external: external.flatMap((d) => [d, `${d}/*`]),
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [];
for (const name of PACKAGES) {
  const entry = `${root}packages/${name}/dist/index.js`;
  if (!existsSync(entry)) {
    rows.push({ name, missing: true });
    continue;
  }
  try {
    const own = await size(entry, ['xstate', 'zod', ...depsOf(manifest(name))]);
    const all = await size(entry, ['xstate', 'zod', ...new Set(thirdParty(name))]);
    rows.push({ name, own, all });
  } catch (error) {
    // E.g. a dependency's dist/ being rebuilt at this moment: report it, measure the rest.
    rows.push({ name, failed: String(error.errors?.[0]?.text ?? error) });
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(`esbuild ${esbuild.version}, minified ESM, gzip level 9; xstate and zod external\n`);
  console.log(
    '| package | own min | own min+gzip | with @jiayuan deps min | with @jiayuan deps min+gzip |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    if (r.missing || r.failed) {
      console.log(
        `| @jiayuan/${r.name} | ${r.missing ? 'not built' : `failed: ${r.failed}`} | | | |`,
      );
      continue;
    }
    console.log(
      `| @jiayuan/${r.name} | ${kb(r.own.min)} | ${kb(r.own.gzip)} | ${kb(r.all.min)} | ${kb(r.all.gzip)} |`,
    );
  }
}
