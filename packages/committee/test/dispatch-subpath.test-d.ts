// A host that imports `dispatch` from `@jiayuan/core/dispatch` (declarations without zod, for a
// faster type check) gets the same result types for a committee machine as from `@jiayuan/core`.
import * as root from '@jiayuan/core';
import * as sub from '@jiayuan/core/dispatch';
import { describe, expectTypeOf, it } from 'vitest';
import type { Actor, SnapshotFrom } from 'xstate';
import type {
  FormationEvent,
  formationEvents,
  formationMachine,
  membershipMachine,
} from '../src/index.js';

// Actors of the machines, by type only: what they start from does not matter here.
const formation = {} as Actor<typeof formationMachine>;
const membership = {} as Actor<typeof membershipMachine>;

describe('dispatch from @jiayuan/core/dispatch', () => {
  it('accepts a committee machine and returns the root entry’s result type', () => {
    const result = sub.dispatch(formation, {});
    expectTypeOf(result).toEqualTypeOf(root.dispatch(formation, {}));
    expectTypeOf(result).toEqualTypeOf<
      root.DispatchResult<SnapshotFrom<typeof formationMachine>, FormationEvent>
    >();
    expectTypeOf<sub.EventOf<typeof formationEvents>>().toEqualTypeOf<FormationEvent>();
    expectTypeOf(sub.dispatchOrThrow(formation, {})).toEqualTypeOf(
      root.dispatchOrThrow(formation, {}),
    );
  });

  it('types each machine’s events from its own catalog', () => {
    expectTypeOf(sub.dispatch(membership, {})).toEqualTypeOf(root.dispatch(membership, {}));
    const result = sub.dispatch(formation, {});
    if (result.ok) {
      // Formation takes no membership events.
      expectTypeOf<Extract<typeof result.event.type, 'PROPOSE_REMOVAL'>>().toBeNever();
      expectTypeOf<Extract<typeof result.event.type, 'TICK'>>().toEqualTypeOf<'TICK'>();
    }
  });
});
