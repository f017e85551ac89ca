#!/usr/bin/env node
// Writes docs/machines/<machine>.md for every machine exported by the packages listed in
// docs/machines/machines.json, from the BUILT packages (run `pnpm build` first), plus a README
// index. With --check it writes nothing and exits 1 when a page is missing, stale or extra.
//   node scripts/generate-docs.mjs          write the pages
//   node scripts/generate-docs.mjs --check  fail when the committed pages are out of date
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syncPages } from './lib/sync-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const docsDir = join(root, 'docs', 'machines');
const check = process.argv.includes('--check');

const built = (name) => join(root, 'packages', name, 'dist', 'index.js');
if (!existsSync(built('inspect'))) {
  console.error('generate-docs: packages/inspect is not built; run `pnpm build` first');
  process.exit(2);
}
const inspect = await import(pathToFileURL(built('inspect')).href);
const config = JSON.parse(readFileSync(join(docsDir, 'machines.json'), 'utf8'));
const entries = [];
for (const name of config.packages) {
  if (!existsSync(built(name))) {
    console.error(`generate-docs: packages/${name} is not built; run \`pnpm build\` first`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  const exports = await import(pathToFileURL(built(name)).href);
  entries.push(...inspect.docEntriesFrom(exports, manifest.name));
}
const generated = inspect.machineDocs(entries);
syncPages(docsDir, generated, {
  check,
  root,
  command: 'node scripts/generate-docs.mjs',
  inspect,
});
