// Reads the docs configuration and the committed pages, and loads the listed packages from
// their sources (the same machines the built packages export).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DocEntry, docEntriesFrom } from '../../src/index.js';

export const ROOT = new URL('../../../../', import.meta.url).pathname;
export const DOCS_DIR = join(ROOT, 'docs', 'machines');

/** The packages listed in docs/machines/machines.json. */
export function docPackages(): string[] {
  const config = JSON.parse(readFileSync(join(DOCS_DIR, 'machines.json'), 'utf8')) as {
    packages: string[];
  };
  return config.packages;
}

/** The docs entries of the listed packages, imported from source. */
export async function loadEntries(packages: readonly string[]): Promise<DocEntry[]> {
  const entries: DocEntry[] = [];
  for (const name of packages) {
    const dir = join(ROOT, 'packages', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
    };
    const exports = (await import(pathToFileURL(join(dir, 'src', 'index.ts')).href)) as Record<
      string,
      unknown
    >;
    entries.push(...docEntriesFrom(exports, manifest.name));
  }
  return entries;
}

/** The Markdown files in a folder, by name. */
export function readPages(dir: string): Record<string, string> {
  const pages: Record<string, string> = {};
  if (!existsSync(dir)) return pages;
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.md')) pages[file] = readFileSync(join(dir, file), 'utf8');
  }
  return pages;
}

/** Folders a source walk skips: dependencies, build output and generated files. */
export const READ_ONLY: ReadonlySet<string> = new Set([
  'node_modules',
  'dist',
  '.turbo',
  'coverage',
]);
