import { type EventCatalog, type JsonSchema, zodJsonSchema } from '@jiayuan/core';
import type { ZodType } from 'zod';

/** One field of an event's payload, as a page lists it. */
export interface FieldRow {
  readonly event: string;
  readonly field: string;
  /** The field's type in words: `string (date-time)`, `'agree' | 'disagree'`, `object (a, b)`. */
  readonly type: string;
  readonly required: boolean;
}

// Filled in by the host or the dispatcher, the same for every event: listed once, not per event.
const ENVELOPE = new Set(['type', 'at', 'by']);

type Schema = JsonSchema & {
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly items?: Schema;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly maxItems?: number;
};

/** A JSON Schema's type in a few words; an object names its fields, not theirs. */
export function typeText(schema: Schema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum !== undefined) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union !== undefined) return union.map((s) => typeText(s)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') {
    return `${typeText(schema.items ?? {})}[]${schema.maxItems === undefined ? '' : ` (≤ ${schema.maxItems})`}`;
  }
  if (type === 'object') {
    const keys = Object.keys(schema.properties ?? {});
    return keys.length === 0 ? 'object' : `object (${keys.join(', ')})`;
  }
  if (type === undefined) return 'any';
  return schema.format === undefined ? String(type) : `${type} (${schema.format})`;
}

/** The payload fields of every event of a catalog, in catalog order; envelope fields left out. */
export function eventFields(catalog: EventCatalog): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const type of catalog.types) {
    const spec = catalog.events[type];
    if (spec === undefined) continue;
    const schema = zodJsonSchema(spec.schema, 'input') as Schema;
    const required = new Set(schema.required ?? []);
    for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
      if (ENVELOPE.has(field)) continue;
      rows.push({ event: type, field, type: typeText(fieldSchema), required: required.has(field) });
    }
  }
  return rows;
}

/** The top-level fields of a machine's input schema, as a host writes them (defaults optional). */
export function inputFields(input: ZodType): { field: string; type: string; required: boolean }[] {
  const schema = zodJsonSchema(input, 'input') as Schema;
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([field, s]) => ({
    field,
    type: typeText(s),
    required: required.has(field),
  }));
}
