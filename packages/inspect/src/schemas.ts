import {
  BallotSchema,
  type EventCatalog,
  zodJsonSchema as emit,
  eventJsonSchemas,
  type JsonSchema,
  RollSchema,
  type SchemaIo,
} from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';
import { machineConfigJson } from './machine-config.js';

// The event schemas are core's (the host's read model gives them too); re-exported here.
export { eventJsonSchemas, type JsonSchema, type SchemaIo };

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
 * The machine as a plain machine config that `createMachine(config)` and the Stately editor
 * load: see {@link machineConfigJson}, which this returns.
 *
 * @deprecated Use `machineConfigJson` (the same result, named for what it is).
 */
export function machineDefinitionJson(machine: AnyStateMachine): JsonSchema {
  return machineConfigJson(machine) as JsonSchema;
}
