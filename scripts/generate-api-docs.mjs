#!/usr/bin/env node
// API reference of every publishable package, generated with typedoc into docs/api/ (HTML).
//   node scripts/generate-api-docs.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const typedoc = join(root, 'packages', 'inspect', 'node_modules', '.bin', 'typedoc');
const entryPoints = [];
for (const name of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'src', 'index.ts'))) continue;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  entryPoints.push(join('packages', name, 'src', 'index.ts'));
  if (existsSync(join(dir, 'src', 'node.ts')))
    entryPoints.push(join('packages', name, 'src', 'node.ts'));
}
execFileSync(
  typedoc,
  [
    '--tsconfig',
    'tsconfig.json',
    '--out',
    'docs/api',
    '--name',
    'jiayuan API',
    '--readme',
    'none',
    '--excludePrivate',
    '--excludeInternal',
    '--skipErrorChecking',
    '--validation.notExported',
    'false',
    '--validation.invalidLink',
    'false',
    '--logLevel',
    'Warn',
    ...entryPoints,
  ],
  { cwd: root, stdio: 'inherit' },
);
console.log(`docs/api: ${entryPoints.length} entry point(s)`);
