import { activeStatePaths, type Invariant } from '@jiayuan/testing';
import { quotaCheck } from '../machine/forms.js';
import type { CoverageSnapshot } from '../machine/state.js';
import { coverageInconsistency, expectedCoverageState } from './expected.js';

function leafPath(snapshot: CoverageSnapshot): string {
  const paths = activeStatePaths(snapshot.value);
  return paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`))).join(',');
}

/**
 * The coverage machine's invariants, checked after every step by `coverageProperty` (the dispatch
 * contract is `fuzzMachine`'s own check).
 */
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
    name: 'member quota as the census and profile give it',
    check(snapshot) {
      if (snapshot.status === 'done') return true;
      const c = snapshot.context;
      const expected = quotaCheck(c.kind, c.census, c.party);
      return JSON.stringify(c.memberQuota) === JSON.stringify(expected)
        ? true
        : `memberQuota ${JSON.stringify(c.memberQuota)}, expected ${JSON.stringify(expected)}`;
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
];
