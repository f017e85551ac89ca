// Runs the real `jiayuan` binary as a child process; builds it (and what it imports) if missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${cliDir}dist/bin.js`;
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const DEPS = [
  'core',
  'committee',
  'property-firm',
  'party-coverage',
  'joint-meeting',
  'host',
  'inspect',
  'community',
  'cli',
];

/** Builds the CLI and its workspace dependencies when a dist is missing (tests run alone). */
export function ensureBuilt(): void {
  const missing = DEPS.filter((d) => !existsSync(`${packagesDir}${d}/dist/index.js`));
  if (missing.length === 0 && existsSync(BIN)) return;
  execFileSync('pnpm', ['--filter', '@jiayuan/cli...', 'run', 'build'], {
    cwd: cliDir,
    stdio: 'ignore',
  });
}

/** Runs `jiayuan args…`; returns exit code and output. */
export function jiayuan(args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
