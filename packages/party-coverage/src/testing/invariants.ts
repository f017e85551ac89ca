import { dispatch, type EventCatalog, isRejectionCode, specOf } from '@jiayuan/core';
import { activeStatePaths, type Invariant } from '@jiayuan/testing';
import type { Actor } from 'xstate';
import { coverageEvents } from '../machine/catalog.js';
import type { coverageMachine } from '../machine/machine.js';
import type { CoverageSnapshot } from '../machine/state.js';
import { coverageInconsistency, expectedCoverageState } from './expected.js';

function leafPath(snapshot: CoverageSnapshot): string {
  const paths = activeStatePaths(snapshot.value);
  return paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`))).join(',');
}

function roleOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const by: unknown = Reflect.get(input, 'by');
  if (typeof by !== 'object' || by === null) return undefined;
  const role: unknown = Reflect.get(by, 'role');
  return typeof role === 'string' ? role : undefined;
}

function typeOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const type: unknown = Reflect.get(input, 'type');
  return typeof type === 'string' ? type : undefined;
}

/**
 * The dispatch contract on one step: an accepted event came from a role its catalog entry
 * permits; a refusal has a code from `REJECTION_CODES` and leaves the snapshot untouched.
 */
export function dispatchContract<TSnapshot>(catalog: EventCatalog): Invariant<TSnapshot> {
  return {
    name: 'dispatch contract',
    check(snapshot, previous, step) {
      if (step.index === 0) return true;
      const result = step.result as { ok: boolean; rejection?: { code: string } } | undefined;
      if (result === undefined) return 'no dispatch result';
      if (result.ok) {
        const type = typeOf(step.input);
        const spec = type === undefined ? undefined : specOf(catalog, type);
        const role = roleOf(step.input);
        if (spec === undefined || role === undefined || !spec.roles.some((r) => r === role)) {
          return `accepted ${type} from role ${role}, which the catalog does not permit`;
        }
        return true;
      }
      if (!isRejectionCode(result.rejection?.code))
        return `refusal without a known code: ${result.rejection?.code}`;
      if (snapshot !== previous) return 'a refused input changed the snapshot';
      return true;
    },
  };
}

/** The coverage machine's invariants, checked after every step by {@link coverageProperty}. */
export const coverageInvariants: readonly Invariant<CoverageSnapshot>[] = [
  {
    name: 'form matches census and profile',
    check(snapshot) {
      if (snapshot.status === 'done') return true;
      const expected = expectedCoverageState(snapshot.context);
      const actual = leafPath(snapshot);
      return actual === expected ? true : `state ${actual}, expected ${expected}`;
    },
  },
  {
    name: 'coverage record consistent',
    check(snapshot) {
      if (snapshot.status === 'done') return true;
      return coverageInconsistency(snapshot.context) ?? true;
    },
  },
  {
    name: 'clock never goes back',
    check(snapshot, previous) {
      return (
        previous === undefined ||
        Date.parse(snapshot.context.now) >= Date.parse(previous.context.now)
      );
    },
  },
  {
    name: 'history and reviews only grow',
    check(snapshot, previous) {
      if (previous === undefined) return true;
      const c = snapshot.context;
      const p = previous.context;
      return (
        c.history.length >= p.history.length &&
        c.reviews.length >= p.reviews.length &&
        p.history.every((h, i) => c.history[i] === h)
      );
    },
  },
  dispatchContract<CoverageSnapshot>(coverageEvents),
];

/** Sends one input through core's `dispatch`, as a host does. */
export function sendThroughDispatch(actor: Actor<typeof coverageMachine>, input: unknown): unknown {
  return dispatch(actor, input);
}
