import { CliError } from '../exit-codes.js';
import { normaliseHeader } from './csv.js';
import type { SheetRow } from './xlsx.js';

/** A field the command reads, and the headers it goes by. */
export interface FieldSpec {
  /** The key of `--columns KEY=HEADER`. */
  readonly key: string;
  /** What it is, for messages. */
  readonly label: string;
  readonly aliases: readonly string[];
}

/** Headers that are known and deliberately not read (personal data, running numbers). */
export interface IgnoredSpec {
  readonly aliases: readonly string[];
  readonly why: string;
}

/** Which column holds which field, found on the header row. */
export interface ColumnPlan {
  readonly file: string;
  readonly headerLine: number;
  readonly headers: readonly string[];
  /** Field key → column index. */
  readonly column: ReadonlyMap<string, number>;
  /** Headers not read, each with why (known and ignored, or unknown). */
  readonly ignored: readonly { readonly header: string; readonly why: string }[];
}

/**
 * Parses `--columns unit=房屋代码,owners=权利人` (the option may be repeated). Keys are
 * checked against `fields`.
 *
 * @throws {CliError} on an unknown key or a pair without `=`.
 */
export function parseColumnsOption(
  option: string,
  values: readonly string[],
  fields: readonly FieldSpec[],
): Map<string, string> {
  const keys = new Set(fields.map((f) => f.key));
  const out = new Map<string, string>();
  for (const value of values) {
    for (const pair of value.split(/[,，]/)) {
      if (pair.trim() === '') continue;
      const eq = pair.indexOf('=');
      const key = eq === -1 ? '' : pair.slice(0, eq).trim();
      const header = eq === -1 ? '' : pair.slice(eq + 1).trim();
      if (key === '' || header === '') {
        throw new CliError(
          `${option} "${pair}": expected KEY=HEADER, e.g. ${option} "unit=房屋代码,owners=权利人"`,
        );
      }
      if (!keys.has(key)) {
        throw new CliError(`${option} ${key}=…: unknown key; the keys are ${[...keys].join(', ')}`);
      }
      out.set(key, header);
    }
  }
  return out;
}

/** `A`, `B`, … `Z`, `AA`: a column as a spreadsheet names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** How many of the first rows may hold a title above the header. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row (the one among the first ten with the most known headers — a title row
 * above it is skipped) and which column holds each field. `required` lists groups of keys of
 * which at least one must be found (e.g. one of the area columns).
 *
 * @throws {CliError} with ONE message naming the headers found, those expected and the
 * `--columns` syntax, when a required field has no column or a `--columns` header is absent;
 * and when two columns read as the same field (a duplicate `面积`).
 */
export function planColumns(
  file: string,
  rows: readonly SheetRow[],
  fields: readonly FieldSpec[],
  ignoredSpecs: readonly IgnoredSpec[],
  mapping: ReadonlyMap<string, string>,
  required: readonly (readonly string[])[],
  option: string,
): { plan: ColumnPlan; data: readonly SheetRow[] } {
  const aliasKey = new Map<string, string>();
  for (const f of fields) for (const a of f.aliases) aliasKey.set(normaliseHeader(a), f.key);
  const mapped = new Map<string, string>();
  for (const [key, header] of mapping) mapped.set(normaliseHeader(header), key);
  const ignoredWhy = new Map<string, string>();
  for (const s of ignoredSpecs)
    for (const a of s.aliases) ignoredWhy.set(normaliseHeader(a), s.why);

  const keyOf = (header: string): string | undefined => {
    const h = normaliseHeader(header);
    if (h === '') return undefined;
    const explicit = mapped.get(h);
    if (explicit !== undefined) return explicit;
    const key = aliasKey.get(h);
    // A field named by --columns is read from that column only.
    return key !== undefined && !mapping.has(key) ? key : undefined;
  };

  let headerIndex = 0;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const score = rows[i]!.values.filter((v) => keyOf(v) !== undefined).length;
    if (score > bestScore) {
      bestScore = score;
      headerIndex = i;
    }
  }
  const headerRow = rows[headerIndex];
  if (headerRow === undefined)
    throw new CliError(`${file}: empty file: no header and no rows / 空文件`);
  const headers = headerRow.values.map((h) => h.trim());

  const columnsOf = new Map<string, number[]>();
  const ignored: { header: string; why: string }[] = [];
  headers.forEach((header, i) => {
    const key = keyOf(header);
    if (key === undefined) {
      if (header !== '') {
        ignored.push({ header, why: ignoredWhy.get(normaliseHeader(header)) ?? 'not used' });
      }
      return;
    }
    columnsOf.set(key, [...(columnsOf.get(key) ?? []), i]);
  });

  for (const [key, cols] of columnsOf) {
    if (cols.length < 2) continue;
    const names = cols.map((c) => `"${headers[c]}" (column ${columnLetter(c)})`);
    const same = cols.every((c) => headers[c] === headers[cols[0]!]);
    throw new CliError(
      same
        ? `${file}:${headerRow.line}: column "${headers[cols[0]!]}" appears ${cols.length} times (columns ${cols.map(columnLetter).join(', ')}): which one holds the ${labelOf(fields, key)}? Remove or rename the others / 列名重复`
        : `${file}:${headerRow.line}: ${names.join(' and ')} all read as the ${labelOf(fields, key)}: choose one with ${option} ${key}=${headers[cols[0]!]} / 多列含义相同`,
    );
  }

  const missingMapped = [...mapping].filter(([key]) => !columnsOf.has(key));
  const missing = required.filter((group) => !group.some((k) => columnsOf.has(k)));
  if (missing.length > 0 || missingMapped.length > 0) {
    const found = headers.filter((h) => h !== '');
    const lines = [
      missing.length > 0
        ? `${file}: cannot find the ${missing.map((g) => `${labelOf(fields, g[0]!)}${g.length > 1 ? ` (or ${g.slice(1).join(', ')})` : ''}`).join('; ')} column${missing.length > 1 ? 's' : ''} / 找不到必需的列`
        : `${file}: ${missingMapped.map(([k, h]) => `${option} ${k}=${h}`).join(', ')}: no such column / 没有这一列`,
      `  headers found (line ${headerRow.line}): ${found.length > 0 ? found.join(', ') : '(none)'}`,
      '  headers expected:',
      ...fields.map((f) => `    ${f.key.padEnd(12)}${f.label}: ${f.aliases.join(' | ')}`),
      `  name other headers with ${option} KEY=HEADER,KEY=HEADER, e.g. ${option} "${(missing.length > 0 ? missing.map((g) => g[0]!) : missingMapped.map(([k]) => k)).map((k) => `${k}=<header>`).join(',')}"`,
    ];
    throw new CliError(lines.join('\n'));
  }

  const column = new Map<string, number>();
  for (const [key, cols] of columnsOf) column.set(key, cols[0]!);
  return {
    plan: { file, headerLine: headerRow.line, headers, column, ignored },
    data: rows.slice(headerIndex + 1),
  };
}

function labelOf(fields: readonly FieldSpec[], key: string): string {
  return fields.find((f) => f.key === key)?.label ?? key;
}

/** The value of `key` in a row ('' when the column is absent or the row is short). */
export function fieldValue(plan: ColumnPlan, row: SheetRow, key: string): string {
  const i = plan.column.get(key);
  return i === undefined ? '' : (row.values[i] ?? '').trim();
}

/** The header of `key` (for messages), or the key itself. */
export function headerOf(plan: ColumnPlan, key: string): string {
  const i = plan.column.get(key);
  return i === undefined ? key : (plan.headers[i] ?? key);
}

/** What {@link ColumnPlanner} needs to plan a sheet's columns. */
export interface PlanRequest {
  readonly file: string;
  readonly fields: readonly FieldSpec[];
  readonly ignored: readonly IgnoredSpec[];
  readonly mapping: ReadonlyMap<string, string>;
  readonly required: readonly (readonly string[])[];
  readonly option: string;
}

/**
 * {@link planColumns} for rows as they stream in: holds the first rows until the header can be
 * chosen, then hands every data row to `onData` without keeping it.
 */
export class ColumnPlanner {
  private buffer: SheetRow[] = [];
  private planned: ColumnPlan | undefined;
  private rows = 0;

  constructor(
    private readonly request: PlanRequest,
    private readonly onData: (plan: ColumnPlan, row: SheetRow) => void,
  ) {}

  /** Takes the next row (a {@link RowSink}). */
  readonly push = (row: SheetRow): void => {
    if (this.planned !== undefined) {
      this.rows++;
      this.onData(this.planned, row);
      return;
    }
    this.buffer.push(row);
    if (this.buffer.length >= HEADER_SEARCH_ROWS) this.plan();
  };

  /** The plan and how many data rows went through; plans now if fewer rows than the search came. */
  finish(): { plan: ColumnPlan; rows: number } {
    const plan = this.planned ?? this.plan();
    return { plan, rows: this.rows };
  }

  private plan(): ColumnPlan {
    const r = this.request;
    const { plan, data } = planColumns(
      r.file,
      this.buffer,
      r.fields,
      r.ignored,
      r.mapping,
      r.required,
      r.option,
    );
    this.planned = plan;
    this.buffer = [];
    for (const row of data) {
      this.rows++;
      this.onData(plan, row);
    }
    return plan;
  }
}
