import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { CliError } from './exit-codes.js';

/** One data row of a spreadsheet, with the line (1-based, as a spreadsheet shows it). */
export interface TableRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Reads a CSV (UTF-8, with or without BOM) or XLSX (first sheet) file into rows keyed by the
 * header of the first line. Header cells are trimmed; empty rows are skipped.
 *
 * @throws {CliError} when the file cannot be read or parsed.
 */
export async function readTable(path: string): Promise<TableRow[]> {
  const ext = extname(path).toLowerCase();
  let grid: { line: number; values: string[] }[];
  try {
    if (ext === '.xlsx') {
      const sheet = await readSheet(path);
      grid = sheet.map((row, i) => ({ line: i + 1, values: row.map(cellText) }));
    } else {
      const records = parse(readFileSync(path), {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: false,
        info: true,
      });
      grid = (records as unknown as { record: string[]; info: { lines: number } }[]).map((r) => ({
        line: r.info.lines,
        values: r.record,
      }));
    }
  } catch (error) {
    throw new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...rest] = grid;
  if (header === undefined) throw new CliError(`${path}: empty file`);
  const names = header.values.map((h) => h.trim());
  return rest
    .filter((r) => r.values.some((v) => v.trim() !== ''))
    .map((r) => ({
      line: r.line,
      cells: Object.fromEntries(names.map((n, i) => [n, (r.values[i] ?? '').trim()])),
    }));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The first cell among `aliases` (header names, Chinese or English) that the row has. */
export function cell(
  row: TableRow,
  aliases: readonly string[],
): { name: string; value: string } | undefined {
  for (const a of aliases) {
    const v = row.cells[a];
    if (v !== undefined) return { name: a, value: v };
  }
  return undefined;
}
