import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { CliError } from './exit-codes.js';
import { decodeText, parseCsv } from './input/csv.js';
import { formatBytes, READ_LIMITS, type ReadLimits } from './input/limits.js';
import { type RowSink, readXlsx, type SheetRow } from './input/xlsx.js';

export type { RowSink, SheetRow } from './input/xlsx.js';

/** The rows of a spreadsheet file as text, and how it was read. */
export interface Table {
  readonly file: string;
  /** `CSV, UTF-8`, `CSV, GB18030 (detected)`, `XLSX, sheet 名册`. */
  readonly source: string;
  /** Non-empty rows, header rows included, with their line numbers (empty with `onRow`). */
  readonly rows: readonly SheetRow[];
  /** How many non-empty rows were read. */
  readonly count: number;
}

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** Normalised header names, to recognise the encoding of a CSV by its first line. */
  readonly known?: ReadonlySet<string>;
  /** `--encoding`: a CSV's encoding, instead of detecting it. */
  readonly encoding?: string;
  readonly limits?: ReadLimits;
  /** Receives each row as it is read instead of {@link Table.rows}. */
  readonly onRow?: RowSink;
}

/**
 * Reads a CSV (UTF-8, GB18030/GBK or another encoding, detected; comma, tab or semicolon) or an
 * XLSX workbook (first visible sheet, streamed) as text rows, within {@link READ_LIMITS}. The
 * format is told by the file's first bytes, not its name.
 *
 * @throws {CliError} (exit 2) when the file is missing, too large, of another format, or
 * refused by a limit.
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const limits = options.limits ?? READ_LIMITS;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path}: is a directory, not a spreadsheet`);
    size = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot read it (${codeOf(error)}) / 无法读取文件`);
  }
  if (size > limits.fileBytes) {
    throw new CliError(
      `${path}: ${formatBytes(size)}, more than the ${formatBytes(limits.fileBytes)} a roll or ballot sheet may be: refused unread`,
    );
  }
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  const ext = extname(path).toLowerCase();
  if (head.readUInt32BE(0) === 0xd0cf11e0 || ext === '.xls') {
    throw new CliError(
      `${path}: an old .xls workbook or an encrypted one: save it as .xlsx (without a password) or as CSV UTF-8`,
    );
  }
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const sheet = await readXlsx(path, limits, options.onRow);
    return {
      file: path,
      source: `XLSX, sheet ${sheet.name}`,
      rows: sheet.rows,
      count: sheet.count,
    };
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw new CliError(`${path}: not an XLSX workbook (no zip archive inside)`);
  }
  if (size === 0) throw new CliError(`${path}: empty file: no header and no rows / 空文件`);
  const decoded = decodeText(
    path,
    readFileSync(path),
    options.known ?? new Set(),
    options.encoding,
  );
  const how = decoded.how === 'detected' ? ' (detected)' : decoded.how === 'bom' ? ' with BOM' : '';
  const { rows, count } = parseCsv(path, decoded.text, limits, options.onRow);
  return { file: path, source: `CSV, ${decoded.encoding}${how}`, rows, count };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
