// For every event type and every role its catalog entry does not name, from reachable states of
// both kinds of unit: `snapshot.can` is false, plain `actor.send` leaves the very same snapshot,
// and `dispatch` says `not-permitted` (principle 8: the role is a guard of the machine).
import { dispatch, ROLES, type Role } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  type CoverageEvent,
  type CoverageSnapshot,
  coverageEvents,
  coverageMachine,
} from '../../src/index.js';
import { coveragePayloadsArbitrary } from '../../src/testing/index.js';
import { census, day, input, start } from '../support.js';

const HIGHER = 'higher-party-organisation';
type Harness = ReturnType<typeof start>;

// Reachable states, each reached through dispatch as a host would, persisted once.
const SCENARIOS: Record<string, (h: Harness) => void> = {
  uncovered: () => {},
  instructor: (h) =>
    h.send('ASSIGN_INSTRUCTOR', 'street-party-committee', day(1), { instructorId: 'i' }),
  organisationDue: (h) => h.send('CENSUS_UPDATED', 'committee', day(1), census(1)),
  jointBranch: (h) => {
    h.send('CENSUS_UPDATED', 'committee', day(1), census(2));
    h.send('JOIN_JOINT_BRANCH', HIGHER, day(2), { jointBranchId: 'j', units: ['u1', 'u2'] });
  },
  workGroup: (h) => {
    h.send('CENSUS_UPDATED', 'committee', day(1), census(0, 1));
    h.send('FORM_WORK_GROUP', 'residential-party-organisation', day(2));
  },
  branchDue: (h) => h.send('CENSUS_UPDATED', 'committee', day(1), census(3)),
  branchCommittee: (h) => {
    h.send('CENSUS_UPDATED', 'committee', day(1), census(7));
    h.send('APPROVE_BRANCH', HIGHER, day(2), { branchId: 'b' });
  },
};

const persisted = Object.entries(SCENARIOS).flatMap(([name, reach]) =>
  (['owners-committee', 'firm-project'] as const).map((kind) => {
    const h = start({ kind });
    reach(h);
    const snapshot = h.actor.getPersistedSnapshot();
    h.actor.stop();
    return { name: `${name} (${kind})`, snapshot };
  }),
);

const types = coverageEvents.types as readonly CoverageEvent['type'][];
const forbidden = (type: CoverageEvent['type']): Role[] => {
  const roles: readonly Role[] = coverageEvents.events[type].roles;
  return ROLES.filter((role) => !roles.includes(role));
};
const payloads = coveragePayloadsArbitrary('u1');

// One payload of every type per run: each run tries every type with every role it forbids.
const draws = fc.record({
  scenario: fc.nat({ max: persisted.length - 1 }),
  days: fc.integer({ min: 10, max: 400 }),
  payloads: fc.record(payloads as unknown as Record<string, fc.Arbitrary<object>>),
});

describe('a role the catalog does not name takes no transition', () => {
  it('in reachable states, for every event type and every role it does not name', {
    timeout: 120_000,
  }, () => {
    let tried = 0;
    fc.assert(
      fc.property(draws, ({ scenario, days, payloads: drawn }) => {
        const recorded = persisted[scenario];
        if (recorded === undefined) throw new Error('no scenario');
        const actor = createActor(coverageMachine, {
          snapshot: recorded.snapshot,
          input: input(),
        }).start();
        const before: CoverageSnapshot = actor.getSnapshot();
        for (const type of types) {
          for (const role of forbidden(type)) {
            const event = {
              ...drawn[type],
              type,
              at: day(days),
              by: { id: `${role}-1`, role },
            };
            const where = `${type} from ${role} in ${recorded.name}`;
            expect(before.can(event as never), where).toBe(false);
            actor.send(event as never);
            expect(actor.getSnapshot(), where).toBe(before);
            const result = dispatch(actor, event);
            expect(!result.ok && result.rejection.code, where).toBe('not-permitted');
            tried += 1;
          }
        }
        actor.stop();
      }),
      { numRuns: 60, seed: 12 },
    );
    expect(tried).toBeGreaterThan(60 * types.length);
  });
});
