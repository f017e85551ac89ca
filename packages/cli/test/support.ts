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
  'assembly',
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

/** Runs `jiayuan args…` in this process (sources, not the build); returns exit code and output. */
export async function cli(args: readonly string[], env: Record<string, string> = {}) {
  const { run } = await import('../src/program.js');
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: 'en_US.UTF-8', ...env },
  });
  const text = (lines: string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  return { code, stdout: text(out), stderr: text(err) };
}
