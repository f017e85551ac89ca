import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `docs/law/` of the repository, where the law texts are kept as data. */
export const LAW_DIR = fileURLToPath(new URL('../../../../docs/law/', import.meta.url));

const cache = new Map<string, string>();

/** Reads a law file from `docs/law/` (cached across tests). */
export function readLaw(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(`${LAW_DIR}${file}`, 'utf8');
    cache.set(file, text);
  }
  return text;
}
