// Spreadsheets made by the tests: XLSX workbooks through yazl (as a spreadsheet program writes
// them: shared strings, a date style, numbers as stored), GB18030 CSV through iconv-lite, and
// hostile archives put together by hand (a zip bomb that declares its size, one that lies about
// it), since no honest writer makes those.
import { createWriteStream, writeFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import yazl from 'yazl';

/** A cell: text (a shared string), a number, the digits of a number as stored, or a date. */
export type Cell =
  | string
  | number
  | { readonly digits: string }
  | { readonly date: string }
  | { readonly inline: string };

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookXml = (sheet: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
// Style 1: a custom date-time format (as a Chinese Excel writes `yyyy/m/d h:mm`).
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d\\ h:mm;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `2026-05-02 10:00` (wall time) → Excel's serial day number. */
export function excelSerial(wallTime: string): number {
  const ms = Date.parse(`${wallTime.replace(' ', 'T')}Z`);
  return ms / 86_400_000 + 25_569;
}

function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Collects shared strings and writes rows of cells as sheet XML. */
class SheetWriter {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  row(line: number, cells: readonly Cell[]): string {
    let xml = `<row r="${line}">`;
    cells.forEach((cell, i) => {
      const ref = `${columnName(i)}${line}`;
      if (typeof cell === 'string') {
        if (cell === '') return;
        let n = this.index.get(cell);
        if (n === undefined) {
          n = this.strings.length;
          this.strings.push(cell);
          this.index.set(cell, n);
        }
        xml += `<c r="${ref}" t="s"><v>${n}</v></c>`;
      } else if (typeof cell === 'number') xml += `<c r="${ref}"><v>${cell}</v></c>`;
      else if ('digits' in cell) xml += `<c r="${ref}"><v>${cell.digits}</v></c>`;
      else if ('inline' in cell)
        xml += `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell.inline)}</t></is></c>`;
      else xml += `<c r="${ref}" s="1"><v>${excelSerial(cell.date)}</v></c>`;
    });
    return `${xml}</row>`;
  }

  sharedStringsXml(): Buffer {
    const parts = [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.strings.length}" uniqueCount="${this.strings.length}">`,
    ];
    for (const s of this.strings)
      parts.push(`<si><t xml:space="preserve">${escapeXml(s)}</t></si>`);
    parts.push('</sst>');
    return Buffer.from(parts.join(''));
  }
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

async function writeZip(path: string, parts: readonly [string, Buffer][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of parts) zip.addBuffer(data, name, { mtime: new Date(2026, 0, 1) });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
  });
}

/** Writes an XLSX workbook of one sheet with these rows (row 1 first). */
export async function writeXlsx(
  path: string,
  rows: readonly (readonly Cell[])[],
  sheet = '名册',
  tailXml = '',
): Promise<void> {
  await writeXlsxRows(path, rows.length, (i) => rows[i]!, sheet, tailXml);
}

/** Writes an XLSX workbook of `count` rows made by `row(i)` (i from 0), without holding them. */
export async function writeXlsxRows(
  path: string,
  count: number,
  row: (i: number) => readonly Cell[],
  sheet = '名册',
  tailXml = '',
): Promise<void> {
  const w = new SheetWriter();
  const chunks: Buffer[] = [Buffer.from(SHEET_HEAD)];
  let pending: string[] = [];
  for (let i = 0; i < count; i++) {
    pending.push(w.row(i + 1, row(i)));
    if (pending.length === 2_000) {
      chunks.push(Buffer.from(pending.join('')));
      pending = [];
    }
  }
  chunks.push(Buffer.from(pending.join('') + tailXml + SHEET_TAIL));
  await writeZip(path, [
    ['[Content_Types].xml', Buffer.from(CONTENT_TYPES)],
    ['_rels/.rels', Buffer.from(ROOT_RELS)],
    ['xl/workbook.xml', Buffer.from(workbookXml(sheet))],
    ['xl/_rels/workbook.xml.rels', Buffer.from(WORKBOOK_RELS)],
    ['xl/styles.xml', Buffer.from(STYLES)],
    ['xl/worksheets/sheet1.xml', Buffer.concat(chunks)],
    ['xl/sharedStrings.xml', w.sharedStringsXml()],
  ]);
}

/** Writes CSV text in an encoding (`gb18030`, `utf-8`, `utf-8-bom`, `utf-16le-bom`). */
export function writeCsv(
  path: string,
  rows: readonly (readonly string[])[],
  encoding: 'gb18030' | 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' = 'utf-8',
): void {
  const text = `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
  const bytes =
    encoding === 'gb18030'
      ? iconv.encode(text, 'gb18030')
      : encoding === 'utf-16le-bom'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])
        : Buffer.concat([
            encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
            Buffer.from(text),
          ]);
  writeFileSync(path, bytes);
}

// ---- hostile archives, by hand ----

interface RawEntry {
  readonly name: string;
  /** Raw deflate data. */
  readonly data: Buffer;
  readonly crc: number;
  /** The uncompressed size the archive declares (true or not). */
  readonly size: number;
}

function deflated(name: string, content: Buffer): RawEntry {
  return { name, data: deflateRawSync(content), crc: crc32(content), size: content.length };
}

/**
 * Raw deflate data that unpacks to `head` + `unit` × `times` + `tail` while taking about
 * `unit.length × times / 1000` bytes: one compressed block of many units, repeated (each block
 * ends on a full flush, so it stands alone).
 */
function repeated(
  head: string,
  unit: string,
  times: number,
  tail: string,
): { data: Buffer; size: number } {
  const unitBytes = Buffer.byteLength(unit);
  const perBlock = Math.max(1, Math.min(times, Math.floor((1024 * 1024) / unitBytes)));
  const blocks = Math.ceil(times / perBlock);
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const block = deflateRawSync(Buffer.from(unit.repeat(perBlock)), flush);
  const parts = [deflateRawSync(Buffer.from(head), flush)];
  for (let i = 0; i < blocks; i++) parts.push(block);
  parts.push(deflateRawSync(Buffer.from(tail)));
  return {
    data: Buffer.concat(parts),
    size: Buffer.byteLength(head) + unitBytes * perBlock * blocks + Buffer.byteLength(tail),
  };
}

function writeRawZip(path: string, entries: readonly RawEntry[]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5c21, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5c21, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...locals, cd, end]));
}

const SST_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** The parts of a small valid workbook around a given shared-strings and sheet entry. */
function bombWorkbook(path: string, sharedStrings: RawEntry, sheet?: RawEntry): void {
  writeRawZip(path, [
    deflated('[Content_Types].xml', Buffer.from(CONTENT_TYPES)),
    deflated('_rels/.rels', Buffer.from(ROOT_RELS)),
    deflated('xl/workbook.xml', Buffer.from(workbookXml('名册'))),
    deflated('xl/_rels/workbook.xml.rels', Buffer.from(WORKBOOK_RELS)),
    deflated('xl/styles.xml', Buffer.from(STYLES)),
    sheet ??
      deflated(
        'xl/worksheets/sheet1.xml',
        Buffer.from(`${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`),
      ),
    sharedStrings,
  ]);
}

/**
 * A zip bomb: shared strings that unpack to `gib` GiB of `<si><t>房号</t></si>`, declared
 * honestly in the archive. About 1 MB on disk per GiB.
 */
export function writeDeclaredBomb(path: string, gib = 1): void {
  const unit = '<si><t>房号</t></si>';
  const times = Math.floor((gib * 1024 ** 3) / Buffer.byteLength(unit));
  const r = repeated(SST_HEAD, unit, times, '</sst>');
  bombWorkbook(path, { name: 'xl/sharedStrings.xml', data: r.data, crc: 0, size: r.size });
}

/** The same bomb, but its archive says the shared strings unpack to 2 KB. */
export function writeLyingBomb(path: string, gib = 1): void {
  const unit = '<si><t>房号</t></si>';
  const times = Math.floor((gib * 1024 ** 3) / Buffer.byteLength(unit));
  const r = repeated(SST_HEAD, unit, times, '</sst>');
  bombWorkbook(path, { name: 'xl/sharedStrings.xml', data: r.data, crc: 0, size: 2048 });
}

/** Within the size limits, but 1.2 million tiny shared strings. */
export function writeSharedStringsFlood(path: string, count = 1_200_000): void {
  const r = repeated(SST_HEAD, '<si><t>x</t></si>', count, '</sst>');
  bombWorkbook(path, { name: 'xl/sharedStrings.xml', data: r.data, crc: 0, size: r.size });
}

/** One shared string of `chars` characters (no markup inside it). */
export function writeLongCell(path: string, chars: number): void {
  const r = repeated(`${SST_HEAD}<si><t>`, 'a', chars, '</t></si></sst>');
  bombWorkbook(path, { name: 'xl/sharedStrings.xml', data: r.data, crc: 0, size: r.size });
}

/** A header row, then `rows` identical data rows (no row numbers, so they compress to nothing). */
export function writeManyRows(path: string, rows: number): void {
  const header =
    '<row><c t="inlineStr"><is><t>房号</t></is></c><c t="inlineStr"><is><t>业主</t></is></c><c t="inlineStr"><is><t>面积</t></is></c></row>';
  const row =
    '<row><c t="inlineStr"><is><t>1-101</t></is></c><c t="inlineStr"><is><t>张伟</t></is></c><c><v>89.57</v></c></row>';
  const r = repeated(SHEET_HEAD + header, row, rows, SHEET_TAIL);
  bombWorkbook(path, deflated('xl/sharedStrings.xml', Buffer.from(`${SST_HEAD}</sst>`)), {
    name: 'xl/worksheets/sheet1.xml',
    data: r.data,
    crc: 0,
    size: r.size,
  });
}
