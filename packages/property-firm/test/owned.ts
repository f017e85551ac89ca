// Checks shared by the machines' "owns its rules" tests (docs/guides/machine-conventions.md): the catalog's
// guards are on every transition, and xstate's own API refuses a role the catalog forbids.
import { catalogCoverage, type EventCatalog, ROLES, type Role, RollSchema } from '@jiayuan/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type AnyStateMachine, createActor, type Snapshot } from 'xstate';
import { firmPayloads } from '../src/testing/index.js';
import { makeRoll } from './support.js';

/** The four lists of `catalogCoverage` are empty. */
export function itCoversItsCatalog(machine: AnyStateMachine, catalog: EventCatalog): void {
  it('guards every external transition with its event guard and applies its actions', () => {
    expect(catalogCoverage(machine, catalog)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });
}

/**
 * For every event type and every role its entry does not list, from reachable states (restored
 * from `snapshots`): `snapshot.can` is false and `actor.send` leaves the snapshot as it was.
 */
export function itRefusesForbiddenRoles(
  machine: AnyStateMachine,
  catalog: EventCatalog,
  snapshots: readonly Snapshot<unknown>[],
): void {
  it('takes no transition on actor.send from a role the catalog does not list', () => {
    const payloads: Readonly<Record<string, (at: number) => fc.Arbitrary<object>>> = firmPayloads(
      RollSchema.parse(makeRoll(2, 5)),
    );
    const forbidden = catalog.types.flatMap((type) =>
      ROLES.filter((role) => !(catalog.events[type]?.roles ?? []).includes(role)).map(
        (role) => [type, role] as const,
      ),
    );
    const sample = fc
      .record({
        snapshot: fc.constantFrom(...snapshots.filter((s) => s.status === 'active')),
        pair: fc.constantFrom(...forbidden),
        later: fc.integer({ min: 0, max: 30 * 86_400_000 }),
      })
      .chain(({ snapshot, pair, later }) => {
        const now = Date.parse((snapshot as unknown as { context: { now: string } }).context.now);
        const payload = payloads[pair[0]];
        if (payload === undefined) throw new Error(`no payload for ${pair[0]}`);
        return payload(now + later).map((p) => ({
          snapshot,
          event: {
            ...p,
            type: pair[0],
            at: new Date(now + later).toISOString(),
            by: { id: `${pair[1]}-1`, role: pair[1] satisfies Role },
          },
        }));
      });
    fc.assert(
      fc.property(sample, ({ snapshot, event }) => {
        const actor = createActor(machine, { snapshot }).start();
        const before = actor.getSnapshot();
        expect(before.can(event as never)).toBe(false);
        actor.send(event as never);
        expect(actor.getSnapshot()).toBe(before);
        actor.stop();
      }),
      { numRuns: 300, seed: 12 },
    );
  });
}
