/**
 * What `jiayuan tally` is willing to read. A committee's roll or ballot sheet is a few thousand
 * rows and well under a megabyte; the limits leave room for the largest complexes (tens of
 * thousands of units) and refuse anything that would cost the machine more than that before it
 * is read — a zip bomb, a sheet of a million rows, a cell of a million characters.
 */
export interface ReadLimits {
  /** Bytes of the file itself (CSV or XLSX). */
  readonly fileBytes: number;
  /** Data rows under the header. */
  readonly rows: number;
  /** Columns read from each row; cells further right are ignored. */
  readonly columns: number;
  /** Characters of one cell (Excel's own limit is 32,767). */
  readonly cellChars: number;
  /** XLSX: entries in the zip archive. */
  readonly zipEntries: number;
  /** XLSX: unpacked bytes of the sheet's XML. */
  readonly sheetXmlBytes: number;
  /** XLSX: unpacked bytes of the shared-strings XML. */
  readonly sharedStringsXmlBytes: number;
  /** XLSX: unpacked bytes of any other part read (workbook, relationships, styles). */
  readonly partXmlBytes: number;
  /** XLSX: entries of the shared-strings table. */
  readonly sharedStrings: number;
  /** XLSX: characters of all shared strings together. */
  readonly sharedStringChars: number;
}

/** The limits in force; see {@link ReadLimits}. */
export const READ_LIMITS: ReadLimits = Object.freeze({
  fileBytes: 64 * 1024 * 1024,
  rows: 250_000,
  columns: 256,
  cellChars: 32_767,
  zipEntries: 10_000,
  sheetXmlBytes: 256 * 1024 * 1024,
  sharedStringsXmlBytes: 64 * 1024 * 1024,
  partXmlBytes: 8 * 1024 * 1024,
  sharedStrings: 1_000_000,
  sharedStringChars: 32 * 1024 * 1024,
});

/** `1.5 GB`, `64 MB`, `812 KB`, `96 B`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** `250,000`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
