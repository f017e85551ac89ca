import { createHash } from 'node:crypto';

/** The `prevHash` of a process's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level, so equal values always serialize to equal text
 * (a store such as PostgreSQL `jsonb` may reorder keys; the hash must not depend on that).
 *
 * @throws TypeError on values JSON cannot represent faithfully (functions, `undefined` at the top,
 *   non-finite numbers, bigints).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
}

/** The fields of an event record that its hash covers. */
export interface HashedFields {
  readonly processId: string;
  readonly seq: number;
  readonly kind: string;
  readonly machineVersion: number;
  readonly key: string | null;
  readonly body: unknown;
  readonly recordedAt: string;
  readonly prevHash: string;
}

/** SHA-256 (hex) over the canonical JSON of a record's fields, including the previous hash. */
export function hashRecord(fields: HashedFields): string {
  const covered = [
    fields.processId,
    fields.seq,
    fields.kind,
    fields.machineVersion,
    fields.key,
    fields.body,
    fields.recordedAt,
    fields.prevHash,
  ];
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}
