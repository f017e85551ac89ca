#!/usr/bin/env node
// Packs every publishable package the way a registry would receive it, then checks the
// tarball with publint (package.json and exports) and @arethetypeswrong/cli (types resolve
// for ESM and CJS consumers alike). Also holds the published declarations to a size budget, and
// those of `@jiayuan/core/dispatch` to importing no zod.
// Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
const out = mkdtempSync(join(tmpdir(), 'jiayuan-pack-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
let failed = 0;

// Declaration budgets in bytes, per package directory. A host type-checks these files on every
// build unless it sets skipLibCheck; core's used to be 3.9 MB, most of it the expanded zod types
// of the profile schemas (docs/benchmarks.md, "Declaration size"). The size counts the entry
// and every declaration chunk it imports from dist.
const DTS_BUDGETS = { core: 400 * 1024 };
const DTS_ENTRIES = ['dist/index.d.ts', 'dist/index.d.cts'];

// Declaration entries that must not import zod, with every local declaration file they import:
// a host that imports only `@jiayuan/core/dispatch` type-checks without zod's declarations, most
// of the floor under its check time (docs/benchmarks.md, "Declaration size and a host's type
// check"). A `from 'zod'` here would bring them all back without failing anything else.
const ZOD_FREE_DTS = {
  core: ['dist/dispatch/index.d.ts', 'dist/dispatch/index.d.cts'],
};

/** A declaration file and the local declaration files it imports, each listed once. */
function declarationFiles(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = join(dirname(file), spec.replace(/\.(c|m)?js$/, ''));
    const ext = file.endsWith('.d.cts') ? '.d.cts' : '.d.ts';
    const target = [`${base}${ext}`, `${base}.d.ts`].find((f) => existsSync(f));
    if (target !== undefined) declarationFiles(target, seen);
  }
  return seen;
}

/** Bytes of a declaration file plus the local declaration files it imports, each counted once. */
function declarationBytes(file) {
  let bytes = 0;
  for (const f of declarationFiles(file)) bytes += statSync(f).size;
  return bytes;
}

/** The specifiers of zod modules a declaration file imports (`from`, `import()`, bare import). */
function zodImports(file) {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map(([, spec]) => spec);
  return specs.filter((spec) => spec === 'zod' || spec.startsWith('zod/'));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, budget] of Object.entries(DTS_BUDGETS)) {
  for (const entry of DTS_ENTRIES) {
    const file = join(packagesDir, name, entry);
    if (!existsSync(file)) {
      failed++;
      console.log(`FAIL d.ts size packages/${name}/${entry}: missing (run the build first)`);
      continue;
    }
    const bytes = declarationBytes(file);
    const verdict = bytes <= budget ? 'ok  ' : 'FAIL';
    if (bytes > budget) failed++;
    console.log(
      `${verdict} d.ts size packages/${name}/${entry}: ${kb(bytes)} (budget ${kb(budget)})`,
    );
  }
}

for (const [name, entries] of Object.entries(ZOD_FREE_DTS)) {
  for (const entry of entries) {
    const file = join(packagesDir, name, entry);
    if (!existsSync(file)) {
      failed++;
      console.log(`FAIL no zod packages/${name}/${entry}: missing (run the build first)`);
      continue;
    }
    const found = [...declarationFiles(file)].flatMap((f) =>
      zodImports(f).map((spec) => `${f.slice(packagesDir.length)} imports '${spec}'`),
    );
    if (found.length > 0) failed++;
    console.log(
      found.length === 0
        ? `ok   no zod packages/${name}/${entry}`
        : `FAIL no zod packages/${name}/${entry}: ${found.join('; ')}`,
    );
  }
}

try {
  for (const name of readdirSync(packagesDir).sort()) {
    const dir = join(packagesDir, name);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'pipe' });
    const tarball = readdirSync(out).find(
      (f) =>
        f.startsWith(`${manifest.name.replace('@', '').replace('/', '-')}-`) && f.endsWith('.tgz'),
    );
    if (!tarball) throw new Error(`pnpm pack produced no tarball for ${manifest.name}`);
    for (const [tool, args] of [
      ['publint', ['--strict', join(out, tarball)]],
      ['attw', [join(out, tarball)]],
    ]) {
      try {
        execFileSync(bin(tool), args, { cwd: dir, stdio: 'pipe' });
        console.log(`ok   ${tool} ${manifest.name}`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${tool} ${manifest.name}`);
        console.log(String(error.stdout ?? ''), String(error.stderr ?? ''));
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
