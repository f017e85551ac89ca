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

/** Parses JSON text stored by the host. */
export function json(row: Row, name: string): unknown {
  return JSON.parse(text(row, name));
}
