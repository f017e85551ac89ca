import { dispatch, REJECTION_CODES } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { disclosureMachine } from '../../src/index.js';
import { disclosureEventsArbitrary, disclosureInvariants } from '../../src/testing/index.js';
import { dInput, T0 } from './support.js';

const TOTAL = 100_000;
const LENGTH = 50;

describe('disclosure fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 180_000 }, () => {
    const streams = fc.sample(
      disclosureEventsArbitrary({
        start: T0,
        minLength: LENGTH,
        maxLength: LENGTH,
        invalidShare: 0.25,
      }),
      { numRuns: TOTAL / LENGTH, seed: 515151 },
    );
    const codes = new Map<string, number>();
    const statuses = new Set<string>();
    let accepted = 0;
    let sent = 0;
    for (const [i, stream] of streams.entries()) {
      const actor = createActor(disclosureMachine, {
        input: dInput({ feeModel: i % 2 === 0 ? 'commission' : 'lump-sum' }),
      }).start();
      let previous = actor.getSnapshot();
      for (const event of stream) {
        const result = dispatch(actor, event);
        sent += 1;
        if (result.ok) accepted += 1;
        else codes.set(result.rejection.code, (codes.get(result.rejection.code) ?? 0) + 1);
        const snapshot = actor.getSnapshot();
        for (const o of snapshot.context.obligations) statuses.add(o.status);
        for (const inv of disclosureInvariants) {
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
    expect([...statuses].sort()).toEqual(['due', 'overdue', 'published']);
  });
});
