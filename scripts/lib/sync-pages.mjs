// Writes generated Markdown pages into a folder, or with `check` compares them with the committed
// ones and exits 1 on a missing, stale or extra page (inspect's compareDocs says which).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @param {string} dir the folder of the pages
 * @param {Record<string, string>} generated the pages by file name
 * @param {{ check: boolean, root: string, command: string, inspect: { compareDocs: Function, docsUpToDate: Function } }} options
 */
export function syncPages(dir, generated, { check, root, command, inspect }) {
  const name = relative(root, dir);
  const onDisk = {};
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    if (file.endsWith('.md')) onDisk[file] = readFileSync(join(dir, file), 'utf8');
  }
  const drift = inspect.compareDocs(generated, onDisk);
  const count = Object.keys(generated).length;
  if (!check) {
    mkdirSync(dir, { recursive: true });
    for (const file of drift.extra) rmSync(join(dir, file));
    for (const [file, text] of Object.entries(generated)) writeFileSync(join(dir, file), text);
    console.log(`${name}: wrote ${count} page(s)`);
    return;
  }
  if (inspect.docsUpToDate(drift)) {
    console.log(`${name}: ${count} page(s) up to date`);
    return;
  }
  for (const [kind, files] of Object.entries(drift)) {
    for (const file of files) console.error(`${name}/${file}: ${kind}`);
  }
  console.error(`${name} is out of date: run \`${command}\``);
  process.exit(1);
}
