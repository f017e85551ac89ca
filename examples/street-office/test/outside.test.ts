// The street office outside the monorepo, as a host developer gets it: the packages packed the
// way the registry would receive them (after `pnpm build`), the example copied to a temporary
// directory with its @jiayuan/* dependencies pointing at those tarballs, installed, built with
// its own tsconfig, started, and asked for its sign-in page.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const EXAMPLE = join(ROOT, 'examples', 'street-office');

/** The @jiayuan/* packages the example needs, with theirs, read from the manifests. */
function neededPackages(): string[] {
  const names = new Set<string>();
  const visit = (manifest: { dependencies?: Record<string, string> }) => {
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      const name = /^@jiayuan\/(.+)$/.exec(dep)?.[1];
      if (name === undefined || names.has(name)) continue;
      names.add(name);
      visit(JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')));
    }
  };
  visit(JSON.parse(readFileSync(join(EXAMPLE, 'package.json'), 'utf8')));
  return [...names].sort();
}

describe('street office from the packed packages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'street-office-outside-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs, builds and serves its sign-in page', { timeout: 600_000 }, async () => {
    const tarballs = join(dir, 'tarballs');
    const overrides: Record<string, string> = {};
    const packages = neededPackages();
    expect(packages).toEqual(expect.arrayContaining(['community', 'core', 'host']));
    for (const name of packages) {
      execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
        cwd: join(ROOT, 'packages', name),
        stdio: 'pipe',
      });
    }
    for (const file of readdirSync(tarballs)) {
      const name = /^jiayuan-(.+)-\d+\.\d+\.\d+\.tgz$/.exec(file)?.[1];
      if (name !== undefined) overrides[`@jiayuan/${name}`] = `file:${join(tarballs, file)}`;
    }
    expect(Object.keys(overrides)).toHaveLength(packages.length);

    const app = join(dir, 'street-office');
    for (const part of ['src', 'tsconfig.json', 'README.md']) {
      cpSync(join(EXAMPLE, part), join(app, part), { recursive: true });
    }
    const manifest = JSON.parse(readFileSync(join(EXAMPLE, 'package.json'), 'utf8'));
    for (const deps of [manifest.dependencies, manifest.devDependencies]) {
      for (const name of Object.keys(deps)) if (name in overrides) deps[name] = overrides[name];
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    // The packed packages name each other by version: point those at the tarballs too.
    writeFileSync(
      join(app, 'pnpm-workspace.yaml'),
      `overrides:\n${Object.entries(overrides)
        .map(([name, spec]) => `  '${name}': '${spec}'`)
        .join('\n')}\n`,
    );
    const run = (args: string[]) =>
      execFileSync('pnpm', args, { cwd: app, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    run(['install', '--prefer-offline', '--no-frozen-lockfile']);
    run(['run', 'build']);

    const server = spawn('node', ['dist/server.js'], {
      cwd: app,
      env: { ...process.env, PORT: '0', JIAYUAN_DB: join(app, 'office.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
          if (found !== null) resolve(found[0]);
        });
        server.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
        server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/signin`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('name="password"');
    } finally {
      server.kill('SIGTERM');
    }
  });
});
