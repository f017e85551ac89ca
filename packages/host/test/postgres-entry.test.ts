// A host on the embedded store never loads the PostgreSQL driver: `pg` and `pg-boss` are only
// imported by the `@jiayuan/host/postgres` entry. Runs node on the built package (`pnpm test`
// builds first): ESM with a resolve hook that refuses `pg` and `pg-boss`, CommonJS by the
// modules `require` loaded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const hooks = mkdtempSync(join(tmpdir(), 'jiayuan-host-entry-'));
writeFileSync(
  join(hooks, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  if (specifier === 'pg' || specifier === 'pg-boss') throw new Error('BLOCKED ' + specifier);
  return next(specifier, context);
}
`,
);
writeFileSync(
  join(hooks, 'register.mjs'),
  `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
);
afterAll(() => rmSync(hooks, { recursive: true, force: true }));

/** Runs node in the package directory; its stdout, or the error it failed with. */
function node(args: readonly string[]): { ok: boolean; out: string } {
  try {
    const out = execFileSync(process.execPath, args, { cwd: join(dist, '..'), encoding: 'utf8' });
    return { ok: true, out };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const importing = (file: string) => [
  '--import',
  pathToFileURL(join(hooks, 'register.mjs')).href,
  '--input-type=module',
  '-e',
  `const m = await import(${JSON.stringify(pathToFileURL(join(dist, file)).href)}); console.log(Object.keys(m).length);`,
];

const requiring = (file: string) => [
  '-e',
  `require(${JSON.stringify(join(dist, file))});
const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](pg|pg-boss)[\\\\/]/.test(f));
console.log(JSON.stringify(loaded.length));`,
];

// Spawning node and loading the bundle: about 1 s each under load.
describe('the main entry does not load pg or pg-boss', { timeout: 60_000 }, () => {
  it('imports (ESM) with pg and pg-boss refused; the postgres entry cannot', () => {
    const main = node(importing('index.js'));
    expect(main.ok, main.out).toBe(true);
    expect(Number(main.out.trim())).toBeGreaterThan(20);
    const postgres = node(importing('postgres.js'));
    expect(postgres.ok).toBe(false);
    expect(postgres.out).toMatch(/BLOCKED pg/);
  });

  it('requires (CommonJS) without loading pg or pg-boss; the postgres entry loads them', () => {
    expect(node(requiring('index.cjs'))).toEqual({ ok: true, out: '0\n' });
    const postgres = node(requiring('postgres.cjs'));
    expect(postgres.ok, postgres.out).toBe(true);
    expect(Number(postgres.out.trim())).toBeGreaterThan(0);
  });

  it('shares one copy of the error classes between the entries (CommonJS too)', () => {
    const defining = readdirSync(dist)
      .filter((f) => /\.(c?js)$/.test(f))
      .filter((f) =>
        readFileSync(join(dist, f), 'utf8').includes('HostError = class extends Error'),
      );
    expect(defining.filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    expect(defining.filter((f) => f.endsWith('.js'))).toHaveLength(1);
  });
});
