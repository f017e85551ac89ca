#!/usr/bin/env node
// Packs every publishable package the way a registry would receive it, then checks the
// tarball with publint (package.json and exports) and @arethetypeswrong/cli (types resolve
// for ESM and CJS consumers alike). Also holds the published declarations to a size budget.
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

/** Bytes of a declaration file plus the local declaration files it imports, each counted once. */
function declarationBytes(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let bytes = statSync(file).size;
  for (const [, spec] of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = join(dirname(file), spec.replace(/\.(c|m)?js$/, ''));
    const ext = file.endsWith('.d.cts') ? '.d.cts' : '.d.ts';
    const target = [`${base}${ext}`, `${base}.d.ts`].find((f) => existsSync(f));
    if (target !== undefined) bytes += declarationBytes(target, seen);
  }
  return bytes;
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
