import { BallotSchema, type EventCatalog, RollSchema } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';

/** A JSON Schema document as zod 4 emits it (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** Whether a schema describes what a host sends (`input`, defaults optional) or what is kept. */
export type SchemaIo = 'input' | 'output';

function emit(schema: z.ZodType, io: SchemaIo): JsonSchema {
  // Refinements and transforms are not expressible in JSON Schema; they are checked on dispatch.
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
}

/**
 * The JSON Schema of every event of a catalog, by event type, for hosts written in other
 * languages. `io: 'input'` (default) is what a host may send.
 */
export function eventJsonSchemas(
  catalog: EventCatalog,
  io: SchemaIo = 'input',
): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const type of catalog.types) {
    const spec = catalog.events[type];
    if (spec !== undefined) out[type] = emit(spec.schema, io);
  }
  return out;
}

/** One JSON Schema accepting any event of the catalog (`oneOf` the events' schemas). */
export function catalogJsonSchema(catalog: EventCatalog, io: SchemaIo = 'input'): JsonSchema {
  const schemas = catalog.types
    .map((type) => catalog.events[type]?.schema)
    .filter((schema): schema is z.ZodType => schema !== undefined);
  if (schemas.length === 0)
    return { $schema: 'https://json-schema.org/draft/2020-12/schema', not: {} };
  return emit(z.union(schemas as [z.ZodType, ...z.ZodType[]]), io);
}

/** The JSON Schema of core's roll (`RollSchema`). */
export function rollJsonSchema(io: SchemaIo = 'input'): JsonSchema {
  return emit(RollSchema, io);
}

/** The JSON Schema of core's ballot (`BallotSchema`). */
export function ballotJsonSchema(io: SchemaIo = 'input'): JsonSchema {
  return emit(BallotSchema, io);
}

/**
 * A machine's definition as JSON (`machine.toJSON()`: states, transitions, guards and actions by
 * name, meta), the form the Stately editor and inspector read. Functions are replaced by their
 * names, so the result is plain JSON.
 */
export function machineDefinitionJson(machine: AnyStateMachine): JsonSchema {
  const text = JSON.stringify(machine.toJSON(), (_key, value: unknown) =>
    typeof value === 'function' ? (value.name.length > 0 ? value.name : 'inline') : value,
  );
  return JSON.parse(text) as JsonSchema;
}
