import { z } from 'zod';
import { ProfileChoiceSchema, profileChoiceJsonSchema } from '../profiles/history/choice.js';
import type { EventCatalog } from './catalog.js';

/** A JSON Schema document as zod 4 emits it (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** Whether a schema describes what a host sends (`input`, defaults optional) or what is kept. */
export type SchemaIo = 'input' | 'output';

/**
 * The JSON Schema of a zod schema. Refinements and transforms cannot be written in JSON Schema:
 * they are left out here and checked on dispatch. A start input's `profile`
 * (`ProfileChoiceSchema`, a check with no JSON Schema of its own) is written as what it takes:
 * `{ follows }` or a profile.
 */
export function zodJsonSchema(schema: z.ZodType, io: SchemaIo = 'input'): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as unknown) !== ProfileChoiceSchema) return;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, profileChoiceJsonSchema(io));
    },
  }) as JsonSchema;
}

/**
 * The JSON Schema of every event of a catalog, by event type, for hosts written in other
 * languages and for forms. `io: 'input'` (default) is what a host may send.
 */
export function eventJsonSchemas(
  catalog: EventCatalog,
  io: SchemaIo = 'input',
): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const type of catalog.types) {
    const spec = catalog.events[type];
    if (spec !== undefined) out[type] = zodJsonSchema(spec.schema, io);
  }
  return out;
}
