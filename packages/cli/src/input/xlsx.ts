import { posix } from 'node:path';
import { isDateFormat } from 'numfmt';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { CliError } from '../exit-codes.js';
import { formatBytes, formatCount, READ_LIMITS, type ReadLimits } from './limits.js';

/** One non-empty row of a sheet, with its row number as the spreadsheet shows it. */
export interface SheetRow {
  readonly line: number;
  readonly values: string[];
}

/** The first visible sheet of a workbook. */
export interface XlsxSheet {
  readonly name: string;
  /** Its non-empty rows; empty when they were handed to an `onRow` callback instead. */
  readonly rows: SheetRow[];
  /** How many non-empty rows it has. */
  readonly count: number;
}

/** Receives each non-empty row as it is read, so that a caller need not hold them all. */
export type RowSink = (row: SheetRow) => void;

/** Excel's last row. */
const MAX_EXCEL_ROW = 1_048_576;
/** Excel's last column (XFD). */
const MAX_EXCEL_COLUMN = 16_384;
/** Cell formats (`cellXfs`) Excel allows in one workbook. */
const MAX_CELL_FORMATS = 65_536;

/**
 * Built-in number formats that show a date or a time: 14–22 everywhere, 27–36 and 50–58 in the
 * Chinese (and other East Asian) versions of Excel, 45–47 (minutes and seconds).
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Reads the first visible sheet of an XLSX workbook as text rows, streaming its XML (zip entries
 * through `yauzl`, XML through `saxes`) and refusing, before it costs memory, anything beyond
 * {@link ReadLimits}: an archive part that unpacks to more than its limit (checked against the
 * archive's directory first, then while unpacking, so an archive that lies about its sizes is
 * caught too), too many rows, shared strings or characters in one cell.
 *
 * Cell text: shared and inline strings as written (phonetic runs left out); numbers as the digits
 * stored (`89.570000000000007` stays as is, for the caller to judge); a number in a date or time
 * format as the wall-clock time it shows, `2026-05-02 10:00:00` — Excel stores no time zone, so
 * it is read as Asia/Shanghai time by the caller, never as UTC.
 *
 * @throws {CliError} (exit 2) naming the file and what was refused.
 */
export async function readXlsx(
  path: string,
  limits: ReadLimits = READ_LIMITS,
  onRow?: RowSink,
): Promise<XlsxSheet> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw refuse(path, `not a readable XLSX (zip) file: ${messageOf(error)}`);
  }
  try {
    if (zip.entryCount > limits.zipEntries) {
      throw refuse(
        path,
        `the archive has ${formatCount(zip.entryCount)} parts; a workbook has a few dozen (limit ${formatCount(limits.zipEntries)})`,
      );
    }
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        const key = entry.fileName.replace(/^\/+/, '').toLowerCase();
        if (!entries.has(key)) entries.set(key, entry);
      }
    } catch (error) {
      throw refuse(path, `damaged archive: ${messageOf(error)}`);
    }
    const reader = new PartReader(path, zip, entries, limits, onRow);
    return await reader.readFirstSheet();
  } finally {
    zip.close();
  }
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

interface XmlHandlers {
  readonly open?: (name: string, tag: SaxesTagPlain) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

class PartReader {
  constructor(
    private readonly path: string,
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: ReadLimits,
    private readonly onRow: RowSink | undefined,
  ) {}

  async readFirstSheet(): Promise<XlsxSheet> {
    const rootRels = await this.relationships('_rels/.rels');
    const workbookPath =
      [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ??
      'xl/workbook.xml';
    const workbook = await this.workbook(workbookPath);
    const relsPath = posix.join(
      posix.dirname(workbookPath),
      '_rels',
      `${posix.basename(workbookPath)}.rels`,
    );
    const rels = await this.relationships(relsPath, posix.dirname(workbookPath));
    const sheetTarget =
      workbook.sheetRelId === undefined ? undefined : rels.get(workbook.sheetRelId)?.target;
    const sheetPath = sheetTarget ?? 'xl/worksheets/sheet1.xml';
    if (!this.entries.has(sheetPath.toLowerCase())) {
      throw refuse(this.path, `no worksheet in the workbook (looked for ${sheetPath})`);
    }
    const byType = (suffix: string, fallback: string) =>
      [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
    const dateStyles = await this.dateStyles(byType('/styles', 'xl/styles.xml'));
    const shared = await this.sharedStrings(byType('/sharedStrings', 'xl/sharedStrings.xml'));
    const rows: SheetRow[] = [];
    const count = await this.sheet(
      sheetPath,
      shared,
      dateStyles,
      workbook.date1904,
      this.onRow ?? ((row) => rows.push(row)),
    );
    return { name: workbook.sheetName ?? posix.basename(sheetPath, '.xml'), rows, count };
  }

  private entry(name: string): Entry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /** Streams one part's XML through saxes, holding it to its size and text-run limits. */
  private async parse(name: string, maxBytes: number, handlers: XmlHandlers): Promise<void> {
    const entry = this.entry(name);
    if (entry === undefined) return;
    if (entry.uncompressedSize > maxBytes) {
      throw refuse(
        this.path,
        `${entry.fileName} would unpack to ${formatBytes(entry.uncompressedSize)} (limit ${formatBytes(maxBytes)}): refused unread — a zip bomb, or not a sheet a committee keeps`,
      );
    }
    if (entry.isEncrypted()) throw refuse(this.path, `${entry.fileName} is encrypted`);
    const parser = new SaxesParser({ position: false });
    let xmlError: Error | undefined;
    parser.on('error', (e) => {
      xmlError ??= e;
    });
    if (handlers.open !== undefined) {
      const open = handlers.open;
      parser.on('opentag', (tag) => open(localName(tag.name), tag as SaxesTagPlain));
    }
    if (handlers.close !== undefined) {
      const close = handlers.close;
      parser.on('closetag', (tag) => close(localName(tag.name)));
    }
    if (handlers.text !== undefined) parser.on('text', handlers.text);
    parser.on('cdata', handlers.text ?? (() => {}));
    // Longest stretch of XML without a `<` or `>`: bounds any one text or tag saxes buffers.
    const maxRun = this.limits.cellChars * 8;
    let run = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      stream.setEncoding('utf8');
      for await (const chunk of stream as AsyncIterable<string>) {
        const first = firstMarkup(chunk);
        if (first === -1) run += chunk.length;
        else {
          if (run + first > maxRun) run += first;
          else run = chunk.length - lastMarkup(chunk) - 1;
        }
        if (run > maxRun) {
          throw refuse(
            this.path,
            `${entry.fileName} holds a text or tag of more than ${formatCount(maxRun)} characters (a cell holds at most ${formatCount(this.limits.cellChars)})`,
          );
        }
        parser.write(chunk);
        if (xmlError !== undefined) break;
      }
      if (xmlError === undefined) parser.close();
    } catch (error) {
      if (error instanceof CliError) throw error;
      const text = messageOf(error);
      if (/too many bytes|too few bytes/i.test(text)) {
        throw refuse(
          this.path,
          `${entry.fileName} unpacks to more than the ${formatBytes(entry.uncompressedSize)} its archive declares: refused — a damaged file or a zip bomb`,
        );
      }
      throw refuse(this.path, `cannot unpack ${entry.fileName}: ${text}`);
    }
    if (xmlError !== undefined) {
      throw refuse(this.path, `${entry.fileName} is not well-formed XML: ${xmlError.message}`);
    }
  }

  private async relationships(name: string, base = ''): Promise<Map<string, Relationship>> {
    const out = new Map<string, Relationship>();
    await this.parse(name, this.limits.partXmlBytes, {
      open: (local, tag) => {
        if (local !== 'Relationship') return;
        const a = tag.attributes;
        const id = a.Id;
        const target = a.Target;
        if (id === undefined || target === undefined || a.TargetMode === 'External') return;
        const resolved = target.startsWith('/')
          ? target.slice(1)
          : posix.normalize(posix.join(base, target));
        out.set(id, { type: a.Type ?? '', target: resolved });
      },
    });
    return out;
  }

  private async workbook(
    name: string,
  ): Promise<{ sheetName?: string; sheetRelId?: string; date1904: boolean }> {
    const sheets: { name?: string; relId?: string; hidden: boolean }[] = [];
    let date1904 = false;
    await this.parse(name, this.limits.partXmlBytes, {
      open: (local, tag) => {
        if (local === 'workbookPr') {
          const v = tag.attributes.date1904;
          date1904 = v === '1' || v === 'true';
        } else if (local === 'sheet') {
          const relKey = Object.keys(tag.attributes).find((k) => k.endsWith(':id'));
          const state = tag.attributes.state;
          sheets.push({
            name: tag.attributes.name,
            relId: relKey === undefined ? undefined : tag.attributes[relKey],
            hidden: state === 'hidden' || state === 'veryHidden',
          });
        }
      },
    });
    const first = sheets.find((s) => !s.hidden) ?? sheets[0];
    return {
      date1904,
      ...(first?.name === undefined ? {} : { sheetName: first.name }),
      ...(first?.relId === undefined ? {} : { sheetRelId: first.relId }),
    };
  }

  /** Which cell formats (`s` of a cell) show a date or time. */
  private async dateStyles(name: string): Promise<boolean[]> {
    const custom = new Map<number, string>();
    const formats: number[] = [];
    let inCellXfs = false;
    await this.parse(name, this.limits.partXmlBytes, {
      open: (local, tag) => {
        if (local === 'numFmt') {
          const id = Number(tag.attributes.numFmtId);
          if (Number.isInteger(id)) custom.set(id, tag.attributes.formatCode ?? '');
        } else if (local === 'cellXfs') inCellXfs = true;
        else if (local === 'xf' && inCellXfs) {
          if (formats.length >= MAX_CELL_FORMATS) {
            throw refuse(this.path, `more than ${formatCount(MAX_CELL_FORMATS)} cell formats`);
          }
          formats.push(Number(tag.attributes.numFmtId ?? 0));
        }
      },
      close: (local) => {
        if (local === 'cellXfs') inCellXfs = false;
      },
    });
    return formats.map((id) => {
      const code = custom.get(id);
      if (code === undefined) return BUILT_IN_DATE_FORMATS.has(id);
      try {
        return isDateFormat(code);
      } catch {
        return false;
      }
    });
  }

  private async sharedStrings(name: string): Promise<string[]> {
    const strings: string[] = [];
    const { sharedStrings: maxCount, sharedStringChars: maxChars, cellChars } = this.limits;
    let chars = 0;
    let current: string | undefined;
    let inText = false;
    let phonetic = 0;
    await this.parse(name, this.limits.sharedStringsXmlBytes, {
      open: (local) => {
        if (local === 'si') {
          if (strings.length >= maxCount) {
            throw refuse(
              this.path,
              `more than ${formatCount(maxCount)} shared strings: refused — a zip bomb, or not a sheet a committee keeps`,
            );
          }
          current = '';
          phonetic = 0;
        } else if (local === 'rPh') phonetic++;
        else if (local === 't' && current !== undefined && phonetic === 0) inText = true;
      },
      text: (text) => {
        if (!inText || current === undefined) return;
        current += text;
        if (current.length > cellChars) {
          throw refuse(
            this.path,
            `a shared string of more than ${formatCount(cellChars)} characters (Excel's own limit)`,
          );
        }
      },
      close: (local) => {
        if (local === 't') inText = false;
        else if (local === 'rPh') phonetic--;
        else if (local === 'si' && current !== undefined) {
          chars += current.length;
          if (chars > maxChars) {
            throw refuse(
              this.path,
              `shared strings of more than ${formatCount(maxChars)} characters in all: refused`,
            );
          }
          strings.push(own(current));
          current = undefined;
        }
      },
    });
    return strings;
  }

  private async sheet(
    name: string,
    shared: readonly string[],
    dateStyles: readonly boolean[],
    date1904: boolean,
    onRow: RowSink,
  ): Promise<number> {
    let count = 0;
    const { rows: maxRows, columns: maxColumns, cellChars } = this.limits;
    let line = 0;
    let row: string[] | undefined;
    let column = -1;
    let type = 'n';
    let style = 0;
    let text = '';
    let inValue = false;
    let inInline = false;
    let inText = false;
    let phonetic = 0;
    const fail = (message: string) => refuse(this.path, `${name}, row ${line}: ${message}`);
    await this.parse(name, this.limits.sheetXmlBytes, {
      open: (local, tag) => {
        switch (local) {
          case 'row': {
            const r = tag.attributes.r;
            const next = r === undefined ? line + 1 : Number(r);
            if (!Number.isInteger(next) || next <= line || next > MAX_EXCEL_ROW) {
              throw fail(`row number "${r}" is out of order or beyond Excel's ${MAX_EXCEL_ROW}`);
            }
            line = next;
            row = [];
            column = -1;
            break;
          }
          case 'c': {
            const ref = tag.attributes.r;
            const next = ref === undefined ? column + 1 : columnIndex(ref);
            if (next < 0 || next >= MAX_EXCEL_COLUMN) throw fail(`bad cell reference "${ref}"`);
            column = next;
            type = tag.attributes.t ?? 'n';
            style = tag.attributes.s === undefined ? 0 : Number(tag.attributes.s);
            text = '';
            break;
          }
          case 'v':
            inValue = true;
            break;
          case 'is':
            inInline = true;
            break;
          case 'rPh':
            phonetic++;
            break;
          case 't':
            if (inInline && phonetic === 0) inText = true;
            break;
        }
      },
      text: (t) => {
        if (!inValue && !inText) return;
        text += t;
        if (text.length > cellChars) {
          throw fail(
            `a cell of more than ${formatCount(cellChars)} characters (Excel's own limit)`,
          );
        }
      },
      close: (local) => {
        switch (local) {
          case 'v':
            inValue = false;
            break;
          case 't':
            inText = false;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'is':
            inInline = false;
            break;
          case 'c':
            if (row !== undefined && column < maxColumns) {
              row[column] = cellText(type, text, style, shared, dateStyles, date1904, fail);
            }
            break;
          case 'row':
            if (row !== undefined) {
              const values = Array.from(row, (v) => v ?? '');
              if (values.some((v) => v.trim() !== '')) {
                if (count > maxRows) {
                  throw refuse(
                    this.path,
                    `more than ${formatCount(maxRows)} rows under the header (limit ${formatCount(maxRows)}): refused`,
                  );
                }
                count++;
                onRow({ line, values });
              }
            }
            row = undefined;
            break;
        }
      },
    });
    return count;
  }
}

function cellText(
  type: string,
  raw: string,
  style: number,
  shared: readonly string[],
  dateStyles: readonly boolean[],
  date1904: boolean,
  fail: (message: string) => CliError,
): string {
  switch (type) {
    case 's': {
      const index = Number(raw);
      const s = Number.isInteger(index) ? shared[index] : undefined;
      if (s === undefined) throw fail(`shared string ${raw} does not exist`);
      return s;
    }
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'n': {
      if (raw === '' || dateStyles[style] !== true) return own(raw);
      return serialToWallTime(Number(raw), date1904) ?? own(raw);
    }
    default:
      // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO date).
      return own(raw);
  }
}

/**
 * An Excel date serial as the wall-clock time it shows: `46144.416666666664` → `2026-05-02
 * 10:00:00`; a whole day → `2026-05-02`. Rounded to the second. Out of Excel's range → undefined.
 */
export function serialToWallTime(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  const seconds = Math.round((serial + (date1904 ? 1462 : 0)) * 86_400);
  const iso = new Date(Date.UTC(1899, 11, 30) + seconds * 1000).toISOString();
  const date = iso.slice(0, 10);
  return seconds % 86_400 === 0 ? date : `${date} ${iso.slice(11, 19)}`;
}

/**
 * A copy of `s` that does not hold on to the XML chunk it was cut from: V8 keeps a substring of
 * 13 or more characters as a view of its parent, so keeping cells as cut would keep the whole
 * sheet's XML in memory.
 */
function own(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** `A1` → 0, `AB12` → 27; -1 when it is not a cell reference. */
function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
    if (n > MAX_EXCEL_COLUMN) return -1;
  }
  return i === 0 ? -1 : n - 1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function firstMarkup(s: string): number {
  const lt = s.indexOf('<');
  const gt = s.indexOf('>');
  if (lt === -1) return gt;
  if (gt === -1) return lt;
  return Math.min(lt, gt);
}

function lastMarkup(s: string): number {
  return Math.max(s.lastIndexOf('<'), s.lastIndexOf('>'));
}

function refuse(path: string, message: string): CliError {
  return new CliError(`${path}: ${message}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
