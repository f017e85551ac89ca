// Property tests of the stand-in machine with fast-check, for both profiles: random streams of
// plausible and broken inputs through core's dispatch keep the composition lawful, the clock
// forward and dispatch honest; a persisted snapshot restored from JSON continues exactly like
// the uninterrupted run.
import { dispatch, specOf } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { standInEvents } from '../src/stand-in/catalog.js';
import type { StandInInput } from '../src/stand-in/input.js';
import { standInMachine } from '../src/stand-in/machine.js';
import { checkStandInMachine, randomStandInInput } from '../src/testing/stand-in.js';
import { BJ_INPUT, BJ_NO_ASSEMBLY_INPUT, SH_INPUT } from './support/stand-in-fixtures.js';

describe.each([
  ['shanghai', SH_INPUT],
  ['beijing (assembly formed)', BJ_INPUT],
  ['beijing (no assembly)', BJ_NO_ASSEMBLY_INPUT],
] as const)('stand-in properties: %s', { timeout: 30_000 }, (_name, input: StandInInput) => {
  it('composition, clock and dispatch honesty hold at every step; snapshots survive JSON', () => {
    checkStandInMachine(standInMachine, standInEvents, { input, numRuns: 60, seed: 2026 });
  });

  it('persist → JSON → restore → continue equals the uninterrupted run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 100 }),
        fc.nat(),
        (seeds, cutAt) => {
          const cut = cutAt % seeds.length;
          const whole = createActor(standInMachine, { input }).start();
          let split = createActor(standInMachine, { input }).start();
          seeds.forEach((seed, i) => {
            const sent = randomStandInInput(whole.getSnapshot(), standInEvents, seed);
            const a = dispatch(whole, sent);
            if (i === cut) {
              const json: unknown = JSON.parse(JSON.stringify(split.getPersistedSnapshot()));
              split.stop();
              split = createActor(standInMachine, { input, snapshot: json as never }).start();
            }
            const b = dispatch(split, sent);
            expect(b.ok).toBe(a.ok);
          });
          expect(split.getPersistedSnapshot()).toEqual(whole.getPersistedSnapshot());
          whole.stop();
          split.stop();
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('nothing is accepted from a role the catalog does not permit', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (seeds) => {
        const actor = createActor(standInMachine, { input }).start();
        for (const seed of seeds) {
          const sent = randomStandInInput(actor.getSnapshot(), standInEvents, seed);
          const result = dispatch(actor, sent);
          if (!result.ok) continue;
          const role = (sent.by as { role: string }).role;
          const permitted: readonly string[] =
            specOf(standInEvents, String(sent.type))?.roles ?? [];
          expect(permitted).toContain(role);
          // The owners' committee it stands in for never acts here.
          expect(role).not.toBe('committee');
        }
        actor.stop();
      }),
      { numRuns: 80, seed: 11 },
    );
  });
});
