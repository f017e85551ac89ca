import { catalogOf } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
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

/**
 * The machines a package exports that carry a catalog (`withCatalog`), as docs entries: one per
 * machine, even when exported under several names, in export order.
 */
export function docEntriesFrom(
  moduleExports: Readonly<Record<string, unknown>>,
  packageName?: string,
): DocEntry[] {
  const seen = new Set<object>();
  const entries: DocEntry[] = [];
  for (const value of Object.values(moduleExports)) {
    if (!isStateMachine(value) || seen.has(value.config)) continue;
    const catalog = catalogOf(value);
    if (catalog === undefined) continue;
    seen.add(value.config);
    entries.push({
      machine: value,
      catalog,
      ...(packageName === undefined ? {} : { packageName }),
    });
  }
  return entries;
}
