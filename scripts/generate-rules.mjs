#!/usr/bin/env node
// Writes docs/rules/ — the rule book's pages, one per area, and the index from article to code —
// from docs/rules/source/rule-book.md, the citation registry, the profiles and the machines of the
// BUILT packages (run `pnpm build` first). With --check it writes nothing and exits 1 when a page
// is missing, stale or extra.
//   node scripts/generate-rules.mjs          write the pages
//   node scripts/generate-rules.mjs --check  fail when the committed pages are out of date
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syncPages } from './lib/sync-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const rulesDir = join(root, 'docs', 'rules');
const check = process.argv.includes('--check');

const built = (name) => join(root, 'packages', name, 'dist', 'index.js');
const load = async (name) => {
  if (!existsSync(built(name))) {
    console.error(`generate-rules: packages/${name} is not built; run \`pnpm build\` first`);
    process.exit(2);
  }
  return import(pathToFileURL(built(name)).href);
};
const core = await load('core');
const inspect = await load('inspect');
const config = JSON.parse(readFileSync(join(root, 'docs', 'machines', 'machines.json'), 'utf8'));
const entries = [];
for (const name of config.packages) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  entries.push(...inspect.docEntriesFrom(await load(name), manifest.name));
}

// The packages' sources: what a reader of the published packages sees.
const sources = [];
const walk = (dir) => {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) walk(path);
    else if (/\.tsx?$/.test(item.name)) {
      sources.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  }
};
for (const name of readdirSync(join(root, 'packages')).sort()) {
  const src = join(root, 'packages', name, 'src');
  if (existsSync(src)) walk(src);
}
sources.sort((a, b) => a.path.localeCompare(b.path));

const generated = inspect.ruleBookDocs({
  book: inspect.parseRuleBook(readFileSync(join(rulesDir, 'source', 'rule-book.md'), 'utf8')),
  ruleCitations: core.RULE_CITATIONS,
  entries,
  profiles: core.PROFILES,
  references: inspect.findRuleReferences(sources),
});
syncPages(rulesDir, generated, {
  check,
  root,
  command: 'node scripts/generate-rules.mjs',
  inspect,
});
