import { dispatch, REJECTION_CODES } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { matterMachine } from '../../src/index.js';
import { matterEventsArbitrary, matterInvariants } from '../../src/testing/index.js';
import { input, T0 } from '../support.js';

const TOTAL = 100_000;
const LENGTH = 50;

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 180_000 }, () => {
    const streams = fc.sample(
      matterEventsArbitrary({
        start: T0,
        minLength: LENGTH,
        maxLength: LENGTH,
        invalidShare: 0.25,
      }),
      {
        numRuns: TOTAL / LENGTH,
        seed: 424242,
      },
    );
    const codes = new Map<string, number>();
    let accepted = 0;
    let sent = 0;
    const levels = new Set<string>();
    for (const [i, stream] of streams.entries()) {
      const actor = createActor(matterMachine, {
        input: input({ level: i % 3 === 0 ? 'residential-area' : 'complex' }),
      }).start();
      let previous = actor.getSnapshot();
      for (const event of stream) {
        const result = dispatch(actor, event);
        sent += 1;
        if (result.ok) accepted += 1;
        else codes.set(result.rejection.code, (codes.get(result.rejection.code) ?? 0) + 1);
        const snapshot = actor.getSnapshot();
        levels.add(snapshot.context.level);
        for (const inv of matterInvariants) {
          const v = inv.check(snapshot, previous, { index: 1, input: event, result });
          if (v !== true)
            throw new Error(`${inv.name}: ${String(v)} after ${JSON.stringify(event)}`);
        }
        previous = snapshot;
      }
      actor.stop();
    }
    expect(sent).toBe(TOTAL);
    for (const code of codes.keys()) expect(REJECTION_CODES).toContain(code);
    expect(codes.has('machine-error')).toBe(false);
    for (const code of [
      'unknown-event',
      'invalid-event',
      'not-permitted',
      'out-of-order',
      'rule-violated',
      'process-ended',
    ]) {
      expect(codes.get(code) ?? 0).toBeGreaterThan(0);
    }
    expect(accepted).toBeGreaterThan(TOTAL / 10);
    expect([...levels].sort()).toEqual(['complex', 'district', 'residential-area', 'street']);
  });
});
