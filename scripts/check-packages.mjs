#!/usr/bin/env node
// Packs every publishable package the way a registry would receive it, then checks the
// tarball with publint (package.json and exports) and @arethetypeswrong/cli (types resolve
// for ESM and CJS consumers alike). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
const out = mkdtempSync(join(tmpdir(), 'jiayuan-pack-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
let failed = 0;

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
