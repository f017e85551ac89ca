import { catalogOf } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import type { ZodType } from 'zod';
import type { DocEntry } from './render.js';

/** Whether a value is an xstate state machine (duck-typed, so it works across bundles). */
export function isStateMachine(value: unknown): value is AnyStateMachine {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'transition') === 'function' &&
    typeof Reflect.get(value, 'root') === 'object' &&
    typeof Reflect.get(value, 'config') === 'object'
  );
}

function isZodSchema(value: unknown): value is ZodType {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'safeParse') === 'function' &&
    '_zod' in value
  );
}

/** `formationMachine` → `FormationInputSchema`: the name a machine's input schema is exported under. */
function inputSchemaName(machineExport: string): string | undefined {
  const m = /^(\w+)Machine$/.exec(machineExport);
  const base = m?.[1];
  return base === undefined ? undefined : `${base[0]?.toUpperCase()}${base.slice(1)}InputSchema`;
}

/**
 * The machines a package exports that carry a catalog (`withCatalog`), as docs entries: one per
 * machine, even when exported under several names, in export order. A machine exported as
 * `<name>Machine` gets the input schema the package exports as `<Name>InputSchema`.
 */
export function docEntriesFrom(
  moduleExports: Readonly<Record<string, unknown>>,
  packageName?: string,
): DocEntry[] {
  const seen = new Set<object>();
  const entries: DocEntry[] = [];
  for (const [name, value] of Object.entries(moduleExports)) {
    if (!isStateMachine(value) || seen.has(value.config)) continue;
    const catalog = catalogOf(value);
    if (catalog === undefined) continue;
    seen.add(value.config);
    const schemaName = inputSchemaName(name);
    const input = schemaName === undefined ? undefined : moduleExports[schemaName];
    entries.push({
      machine: value,
      catalog,
      ...(isZodSchema(input) ? { input } : {}),
      ...(packageName === undefined ? {} : { packageName }),
    });
  }
  return entries;
}
