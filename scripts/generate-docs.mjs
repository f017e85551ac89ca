#!/usr/bin/env node
// Writes docs/machines/<machine>.md for every machine exported by the packages listed in
// docs/machines/machines.json, from the BUILT packages (run `pnpm build` first), plus a README
// index. With --check it writes nothing and exits 1 when a page is missing, stale or extra.
//   node scripts/generate-docs.mjs          write the pages
//   node scripts/generate-docs.mjs --check  fail when the committed pages are out of date
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
const onDisk = {};
for (const file of existsSync(docsDir) ? readdirSync(docsDir) : []) {
  if (file.endsWith('.md')) onDisk[file] = readFileSync(join(docsDir, file), 'utf8');
}
const drift = inspect.compareDocs(generated, onDisk);
if (check) {
  if (inspect.docsUpToDate(drift)) {
    console.log(`docs/machines: ${Object.keys(generated).length} page(s) up to date`);
  } else {
    for (const [kind, files] of Object.entries(drift)) {
      for (const file of files) console.error(`docs/machines/${file}: ${kind}`);
    }
    console.error('docs/machines is out of date: run `node scripts/generate-docs.mjs`');
    process.exit(1);
  }
} else {
  mkdirSync(docsDir, { recursive: true });
  for (const file of drift.extra) rmSync(join(docsDir, file));
  for (const [file, text] of Object.entries(generated)) writeFileSync(join(docsDir, file), text);
  console.log(`docs/machines: wrote ${Object.keys(generated).length} page(s)`);
}
