// What every committee machine that owns its rules must show (principle 8): its catalog and its
// transitions line up (every external transition guarded by its event guard, applying the entry's
// actions), and xstate's own API refuses a role the catalog does not permit — `snapshot.can` is
// false and `actor.send` leaves the very same snapshot — in every sampled state.
import { catalogCoverage, type EventCatalog, ROLES, specOf } from '@jiayuan/core';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine } from 'xstate';

/** The four coverage lists, all empty. */
export function expectFullCoverage(machine: AnyStateMachine, catalog: EventCatalog): void {
  expect(catalogCoverage(machine, catalog)).toEqual({
    uncatalogued: [],
    unhandled: [],
    unguarded: [],
    missingActions: [],
  });
}

/** A sampled state: an actor driven there, and the time an event sent now would carry. */
export interface Sampled {
  readonly actor: AnyActorRef;
  readonly name: string;
}

/** What {@link checkForbiddenRoles} needs of a machine. */
export interface ForbiddenRolesCase {
  readonly catalog: EventCatalog;
  /** Actors in a few reachable states (started, not to be changed by the check). */
  readonly states: readonly Sampled[];
  /** A lawful payload of `type` in `snapshot` (without type, at, by). */
  readonly payload: (type: string, snapshot: AnyMachineSnapshot) => Record<string, unknown>;
  /** fast-check runs. Default 300. */
  readonly numRuns?: number;
}

const MINUTE = 60_000;

/** The event of `type` from `role`, a minute after the snapshot's clock, with a lawful payload. */
export function eventFrom(
  c: ForbiddenRolesCase,
  snapshot: AnyMachineSnapshot,
  type: string,
  role: string,
): Record<string, unknown> {
  const now = Date.parse((snapshot.context as { now: string }).now);
  const at = new Date(now + MINUTE).toISOString();
  return { type, at, by: { id: `${role}-1`, role }, ...c.payload(type, snapshot) };
}

/**
 * For every event type and every role its entry does not permit, in each sampled state: the
 * snapshot cannot take it and `actor.send` leaves the snapshot object unchanged. Also checks the
 * check is not vacuous: each event type is taken from a permitted role in some sampled state.
 */
export function checkForbiddenRoles(c: ForbiddenRolesCase): void {
  const pairs = c.catalog.types.flatMap((type) => {
    const permitted: readonly string[] = specOf(c.catalog, type)?.roles ?? [];
    return ROLES.filter((role) => !permitted.includes(role)).map((role) => ({ type, role }));
  });
  fc.assert(
    fc.property(
      fc.constantFrom(...pairs),
      fc.nat({ max: c.states.length - 1 }),
      ({ type, role }, index) => {
        const { actor } = c.states[index] as Sampled;
        const before: AnyMachineSnapshot = actor.getSnapshot();
        const event = eventFrom(c, before, type, role);
        expect(before.can(event as never), `${type} from ${role}`).toBe(false);
        actor.send(event as never);
        expect(actor.getSnapshot(), `${type} from ${role}`).toBe(before);
      },
    ),
    { numRuns: c.numRuns ?? 300 },
  );
  const untaken = c.catalog.types.filter((type) => {
    const roles = specOf(c.catalog, type)?.roles ?? [];
    return !c.states.some(({ actor }) => {
      const snapshot: AnyMachineSnapshot = actor.getSnapshot();
      return roles.some((role) => snapshot.can(eventFrom(c, snapshot, type, role) as never));
    });
  });
  expect(untaken, 'event types no sampled state takes from a permitted role').toEqual([]);
}
