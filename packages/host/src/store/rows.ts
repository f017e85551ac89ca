import { HostError } from '../errors.js';

/** A database row as a driver returns it. */
export type Row = Readonly<Record<string, unknown>>;

/** Column `name` of `row` as a string. */
export function text(row: Row, name: string): string {
  const value = row[name];
  if (typeof value !== 'string') {
    throw new HostError('store-row', `column "${name}" is not text: ${String(value)}`);
  }
  return value;
}

/** Column `name` of `row` as a string or `null`. */
export function textOrNull(row: Row, name: string): string | null {
  const value = row[name];
  return value === null || value === undefined ? null : text(row, name);
}

/** Column `name` of `row` as a safe integer (drivers return bigint columns as strings or bigints). */
export function int(row: Row, name: string): number {
  const value = row[name];
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || value === null || !Number.isSafeInteger(n)) {
    throw new HostError('store-row', `column "${name}" is not an integer: ${String(value)}`);
  }
  return n;
}

/**
 * A stored value that is not JSON (the row was edited or damaged). It is returned in place of
 * the value, so one bad row does not stop a listing, and `verify` names the record it is in.
 */
export class UnreadableJson {
  /** The column it came from. */
  readonly column: string;
  /** Its first 80 characters. */
  readonly excerpt: string;

  constructor(column: string, raw: string) {
    this.column = column;
    this.excerpt = raw.slice(0, 80);
  }

  /** What JSON.stringify writes for it: a marker, never the damaged text as data. */
  toJSON(): { readonly unreadable: string } {
    return { unreadable: this.column };
  }
}

/** Parses JSON text stored by the host; text that is not JSON gives an {@link UnreadableJson}. */
export function json(row: Row, name: string): unknown {
  const raw = text(row, name);
  try {
    return JSON.parse(raw);
  } catch {
    return new UnreadableJson(name, raw);
  }
}
