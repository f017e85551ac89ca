// The JSON files a command names by option (--items, --settings): read once, a byte-order mark
// dropped, any read or parse failure a CliError naming the option and the file.
import { readFileSync } from 'node:fs';
import { CliError } from '../exit-codes.js';

/** Reads `path` as UTF-8 JSON for `option` (e.g. `--items`); the value is checked by the caller. */
export function readJsonFile(option: string, path: string): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CliError(
      `${option} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
