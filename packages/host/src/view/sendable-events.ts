import {
  allowedEvents,
  catalogOf,
  type EventSpec,
  eventTitle,
  type JsonSchema,
  type Locale,
  type Role,
  zodJsonSchema,
} from '@jiayuan/core';
import type { AnyMachineSnapshot } from 'xstate';
import type { ViewEvent } from './types.js';

// Catalogs are built once per machine: each event's schema is worked out once per process.
const SCHEMAS = new WeakMap<EventSpec, JsonSchema>();

/**
 * The events a principal holding `held` may send to a process in `snapshot`: the catalog types
 * an active state handles, whose catalog entry permits one of those roles. Guards and rules are
 * not judged: most depend on the payload, which a reader has not written yet.
 */
export function sendableEvents(
  snapshot: AnyMachineSnapshot,
  held: readonly Role[],
  locale: Locale,
): ViewEvent[] {
  const catalog = catalogOf(snapshot);
  if (catalog === undefined || held.length === 0) return [];
  const events: ViewEvent[] = [];
  for (const type of allowedEvents(snapshot, catalog)) {
    const spec = catalog.events[type];
    if (spec === undefined) continue;
    const roles = held.filter((role) => spec.roles.includes(role));
    if (roles.length === 0) continue;
    const titles = eventTitle(catalog, type);
    const cite = [...(spec.cite ?? []), ...(spec.rules ?? []).flatMap((rule) => rule.citations)];
    events.push({
      type,
      title: titles[locale],
      titles,
      description: spec.description[locale],
      descriptions: spec.description,
      roles,
      payloadSchema: payloadSchemaOf(spec),
      cite: [...new Set(cite)],
    });
  }
  return events;
}

// What a principal sends: the event without `at` and `by`, which the host fills in.
function payloadSchemaOf(spec: EventSpec): JsonSchema {
  const known = SCHEMAS.get(spec);
  if (known !== undefined) return known;
  const full: Record<string, unknown> = { ...zodJsonSchema(spec.schema, 'input') };
  const properties: unknown = full.properties;
  if (typeof properties === 'object' && properties !== null) {
    const { at: _at, by: _by, ...rest } = properties as Record<string, unknown>;
    full.properties = rest;
  }
  if (Array.isArray(full.required)) {
    full.required = full.required.filter((key: unknown) => key !== 'at' && key !== 'by');
  }
  const frozen = deepFreeze(full);
  SCHEMAS.set(spec, frozen);
  return frozen;
}

// Shared by every view of the machine: frozen, so one caller cannot change another's.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
