// Fuzz: 100,000 random inputs through dispatch in many short runs with fixed seeds.
import { dispatch, isRejectionCode, specOf } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { RE_ELECTION_INPUT } from './support/fixtures.js';

const EVENTS = 100_000;
const RUN = 250;

describe('re-election fuzz', () => {
  it(`takes ${EVENTS} random inputs without an uncaught exception or an unexplained refusal`, () => {
    const codes = new Map<string, number>();
    const states = new Set<string>();
    let accepted = 0;
    for (let run = 0; run * RUN < EVENTS; run++) {
      const actor = createActor(reElectionMachine, { input: RE_ELECTION_INPUT }).start();
      for (let i = 0; i < RUN; i++) {
        const before = actor.getSnapshot();
        const input = randomCommitteeInput(before, reElectionEvents, run * RUN + i + 1);
        const result = dispatch(actor, input);
        if (result.ok) {
          accepted++;
          const spec = specOf(reElectionEvents, String(input.type));
          const role = (input.by as { role: string }).role;
          expect(spec?.roles.includes(role as never)).toBe(true);
        } else {
          expect(isRejectionCode(result.rejection.code)).toBe(true);
          expect(result.rejection.code).not.toBe('machine-error');
          expect(actor.getSnapshot()).toBe(before);
          codes.set(result.rejection.code, (codes.get(result.rejection.code) ?? 0) + 1);
        }
        states.add(JSON.stringify(actor.getSnapshot().value));
      }
      actor.stop();
    }
    expect(accepted).toBeGreaterThan(EVENTS / 20);
    expect(codes.size).toBeGreaterThanOrEqual(5);
    expect([...states].some((s) => s.includes('voting'))).toBe(true);
    console.info(`fuzz: ${EVENTS} inputs, ${accepted} accepted, ${states.size} state values`);
  }, 120_000);
});
