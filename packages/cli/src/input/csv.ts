import { analyse } from 'chardet';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { CliError } from '../exit-codes.js';
import { formatCount, READ_LIMITS, type ReadLimits } from './limits.js';
import type { RowSink, SheetRow } from './xlsx.js';

/** A decoded text and the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  /** `UTF-8`, `GB18030`, `UTF-16LE`, … */
  readonly encoding: string;
  /** How the encoding was chosen: a byte-order mark, valid UTF-8, detection, or `--encoding`. */
  readonly how: 'bom' | 'utf-8' | 'detected' | 'given';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a CSV's bytes. A byte-order mark decides; else valid UTF-8 is UTF-8; else the
 * candidates `chardet` proposes — and GB18030, what Excel on a Chinese Windows saves (a superset
 * of GBK and GB2312) — are each decoded, those with undecodable bytes dropped, and the one whose
 * first line holds the most known column names wins, then GB18030, then chardet's confidence
 * (chardet alone takes short GBK text for EUC-KR).
 *
 * @param known column names to look for in the first line.
 * @param given an encoding named by `--encoding`, used as is.
 * @throws {CliError} when no candidate decodes the bytes.
 */
export function decodeText(
  file: string,
  bytes: Buffer,
  known: ReadonlySet<string>,
  given?: string,
): DecodedText {
  if (given !== undefined) {
    if (!iconv.encodingExists(given)) {
      throw new CliError(`--encoding ${given}: unknown encoding (e.g. utf-8, gb18030, big5)`);
    }
    return {
      text: stripBom(iconv.decode(bytes, given)),
      encoding: given.toUpperCase(),
      how: 'given',
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(file, bytes.subarray(3)), encoding: 'UTF-8', how: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE', how: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE', how: 'bom' };
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'UTF-8', how: 'utf-8' };
  } catch {
    // not UTF-8: detect below
  }
  const sample = bytes.subarray(0, 64 * 1024);
  const proposals = analyse(sample);
  const names = [...new Set(['GB18030', ...proposals.map((p) => p.name)])].filter(
    (n) => n !== 'UTF-8' && iconv.encodingExists(n),
  );
  let best: { name: string; score: number } | undefined;
  for (const name of names) {
    const text = iconv.decode(sample, name);
    // A multi-byte character cut at the end of the sample is not a decoding error.
    if (text.slice(0, -2).includes('\uFFFD')) continue;
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const hits = firstLine.split(/[,\t;]/).filter((h) => known.has(normaliseHeader(h))).length;
    const confidence = proposals.find((p) => p.name === name)?.confidence ?? 0;
    const score = hits * 1000 + (name === 'GB18030' ? 100 : 0) + confidence;
    if (best === undefined || score > best.score) best = { name, score };
  }
  if (best === undefined) {
    throw new CliError(
      `${file}: cannot tell its encoding (not UTF-8, GB18030, or any chardet proposes); save it as "CSV UTF-8" or name it with --encoding`,
    );
  }
  const text = iconv.decode(bytes, best.name);
  if (text.slice(0, -2).includes('\uFFFD')) {
    throw new CliError(
      `${file}: bytes that are not ${best.name} past the first 64 KB; save it as "CSV UTF-8" or name the encoding with --encoding`,
    );
  }
  return { text, encoding: best.name, how: 'detected' };
}

function utf8(file: string, bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new CliError(`${file}: starts with a UTF-8 byte-order mark but is not UTF-8`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A header as compared with the known names: trimmed, inner spaces and a unit in brackets or
 * after a slash dropped (`面积（㎡）`, `建筑面积/m²`, `面积 m2`), a trailing `*` or colon dropped,
 * full-width letters and digits folded (NFKC), lower case.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/\/?\s*(㎡|m²|m2|平方米|平米)\s*$/i, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase();
}

/**
 * Splits CSV text into rows, handed to `onRow` or returned; the delimiter (`,`, tab or `;`) is
 * the commonest in line 1.
 */
export function parseCsv(
  file: string,
  text: string,
  limits: ReadLimits = READ_LIMITS,
  onRow?: RowSink,
): { rows: SheetRow[]; count: number } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: SheetRow[] = [];
  const sink = onRow ?? ((row: SheetRow) => rows.push(row));
  let count = 0;
  const tooMany = () =>
    new CliError(
      `${file}: more than ${formatCount(limits.rows)} rows under the header (limit ${formatCount(limits.rows)}): refused`,
    );
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: limits.cellChars * 4,
      info: true,
      // Rows are kept as they come, and refused past the limit before they cost memory.
      on_record: (found: unknown) => {
        const { record, info } = found as { record: string[]; info: { lines: number } };
        if (!record.some((v) => v.trim() !== '')) return null;
        if (count > limits.rows) throw tooMany();
        const values = record.length > limits.columns ? record.slice(0, limits.columns) : record;
        for (const v of values) {
          if (v.length > limits.cellChars) {
            throw new CliError(
              `${file}:${info.lines}: a cell of more than ${formatCount(limits.cellChars)} characters: refused`,
            );
          }
        }
        count++;
        sink({ line: info.lines, values });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const m = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file}: not a readable CSV: ${m}`);
  }
  return { rows, count };
}
