import { dispatch, REJECTION_CODES } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { coverageMachine } from '../../src/index.js';
import { coverageEventsArbitrary, coverageInvariants } from '../../src/testing/index.js';
import { input, T0 } from '../support.js';

const TOTAL_EVENTS = 100_000;
const STREAM_LENGTH = 50;

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, and keeps every invariant', {
    timeout: 180_000,
  }, () => {
    const streams = fc.sample(
      fc.boolean().chain((includeClose) =>
        coverageEventsArbitrary({
          start: T0,
          minLength: STREAM_LENGTH,
          maxLength: STREAM_LENGTH,
          invalidShare: 0.25,
          includeClose,
        }),
      ),
      { numRuns: TOTAL_EVENTS / STREAM_LENGTH, seed: 20260302 },
    );
    const codes = new Map<string, number>();
    const states = new Set<string>();
    let accepted = 0;
    let sent = 0;
    streams.forEach((stream, i) => {
      const kind = i % 2 === 0 ? 'owners-committee' : 'firm-project';
      const actor = createActor(coverageMachine, {
        input: input({ kind, census: { headcount: 10, full: i % 5, probationary: i % 3 } }),
      }).start();
      let previous = actor.getSnapshot();
      for (const event of stream) {
        const result = dispatch(actor, event);
        sent += 1;
        const snapshot = actor.getSnapshot();
        if (result.ok) accepted += 1;
        else codes.set(result.rejection.code, (codes.get(result.rejection.code) ?? 0) + 1);
        for (const invariant of coverageInvariants) {
          const verdict = invariant.check(snapshot, previous, { index: 1, input: event, result });
          if (verdict !== true)
            throw new Error(`${invariant.name}: ${String(verdict)} after ${JSON.stringify(event)}`);
        }
        states.add(JSON.stringify(snapshot.value));
        previous = snapshot;
      }
      actor.stop();
    });
    expect(sent).toBe(TOTAL_EVENTS);
    for (const code of codes.keys()) expect(REJECTION_CODES).toContain(code);
    expect(codes.has('machine-error')).toBe(false);
    // The stream exercised the refusals a host meets and made real progress.
    for (const code of [
      'unknown-event',
      'invalid-event',
      'not-permitted',
      'out-of-order',
      'rule-violated',
    ]) {
      expect(codes.get(code) ?? 0).toBeGreaterThan(0);
    }
    expect(accepted).toBeGreaterThan(TOTAL_EVENTS / 10);
    // Every resting state was visited (assess is transient): eight open leaves and closed.
    expect(states.size).toBe(9);
  });
});
