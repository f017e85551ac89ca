// Every event schema of every machine catalog in the repository: each value the bridge draws
// parses with its schema. The machines are found among each package's exports by their attached
// catalog (`catalogOf`), so renamed exports need no change here; each package is imported in its
// own test, so one that does not load fails alone.
import { catalogOf, type EventCatalog } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { arbitraryFromZod } from '../src/index.js';

const PACKAGES = {
  committee: () => import('@jiayuan/committee'),
  'joint-meeting': () => import('@jiayuan/joint-meeting'),
  'party-coverage': () => import('@jiayuan/party-coverage'),
  'property-firm': () => import('@jiayuan/property-firm'),
};

function isMachine(value: unknown): value is AnyStateMachine {
  return (
    typeof value === 'object' &&
    value !== null &&
    'config' in value &&
    'root' in value &&
    typeof Reflect.get(value, 'provide') === 'function'
  );
}

/** The distinct catalogs attached to the machines a module exports, by export name. */
function catalogsOf(exports: object): Map<EventCatalog, string> {
  const catalogs = new Map<EventCatalog, string>();
  for (const [name, value] of Object.entries(exports)) {
    if (!isMachine(value)) continue;
    const catalog = catalogOf(value);
    if (catalog !== undefined && !catalogs.has(catalog)) catalogs.set(catalog, name);
  }
  return catalogs;
}

describe('arbitraryFromZod on the catalogs of the repository', () => {
  it.each(Object.entries(PACKAGES))(
    'every value drawn for an event of a @jiayuan/%s machine parses with its schema',
    { timeout: 120_000 },
    async (_name, load) => {
      const catalogs = catalogsOf(await load());
      expect(catalogs.size).toBeGreaterThan(0);
      for (const [catalog, machine] of catalogs) {
        for (const type of catalog.types) {
          const schema = catalog.events[type]?.schema;
          if (schema === undefined) continue;
          fc.assert(
            fc.property(arbitraryFromZod(schema), (event) => {
              const parsed = schema.safeParse(event);
              if (!parsed.success) {
                throw new Error(
                  `${machine} ${type}: ${JSON.stringify(event)}\n${parsed.error.message}`,
                );
              }
            }),
            { numRuns: 40, seed: 20260302 },
          );
        }
      }
    },
  );
});
