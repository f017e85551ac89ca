import { buildElectorate, CIVIL_CODE_RULES, tally } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdversarialKind,
  adversarialBallotArbitrary,
  type BallotWindow,
  ballotsArbitrary,
  rollArbitrary,
} from '../src/index.js';

// Cross-check with the consumer: core's tally must accept every generated ballot and refuse
// each adversarial one for the reason its kind names.
const WINDOW: BallotWindow = { opensAt: '2026-06-01T00:00:00Z', closesAt: '2026-06-16T00:00:00Z' };
const CODE: Record<Exclude<AdversarialKind, 'malformed'>, string> = {
  'unknown-unit': 'unknown-unit',
  'not-owner': 'not-owner',
  'duplicate-id': 'duplicate-ballot',
  'after-close': 'after-close',
  'before-open': 'before-open',
};

describe('generated data against core tally', () => {
  it('counts every generated ballot, revotes included', () => {
    fc.assert(
      fc.property(
        rollArbitrary({ maxUnits: 150, parking: true }).chain((roll) =>
          fc.tuple(fc.constant(roll), ballotsArbitrary(roll, { window: WINDOW, revotes: 0.2 })),
        ),
        ([roll, ballots]) => {
          const result = tally(buildElectorate(roll), ballots, CIVIL_CODE_RULES.ordinary, {
            window: WINDOW,
          });
          expect(result.rejected).toEqual([]);
          expect(result.ballots.counted + result.ballots.superseded).toBe(ballots.length);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses each well-formed adversarial ballot with the matching code', () => {
    fc.assert(
      fc.property(
        rollArbitrary({ maxUnits: 60 }).chain((roll) =>
          fc.tuple(
            fc.constant(roll),
            adversarialBallotArbitrary(roll, WINDOW, {
              kinds: Object.keys(CODE) as AdversarialKind[],
            }),
          ),
        ),
        ([roll, sample]) => {
          const kind = sample.kind as keyof typeof CODE;
          const ballots = sample.duplicateOf
            ? [sample.duplicateOf, sample.ballot]
            : [sample.ballot];
          const result = tally(
            buildElectorate(roll),
            ballots as Parameters<typeof tally>[1],
            CIVIL_CODE_RULES.ordinary,
            { window: WINDOW },
          );
          expect(result.rejected.map((r) => r.code)).toEqual([CODE[kind]]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
