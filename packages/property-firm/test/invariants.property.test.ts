import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { firmProperty, runFirmSuite } from '../src/testing/index.js';
import { baseInput, hiringInput, termInput } from './support.js';

// The exported suite on @jiayuan/testing's one driver, run on our own machines: the dispatch
// contract and the firm invariants after every step; one run in each persists, restores from
// JSON and goes on beside the uninterrupted actor, which must agree to the end.
describe('property: invariants over random event streams (with persistence round trip)', () => {
  it('dismissal', { timeout: 60_000 }, () => {
    const stats = firmProperty({
      machine: dismissalMachine,
      input: baseInput(),
      numRuns: 40,
      seed: 7,
      continuation: true,
    });
    expect(stats.roundTrips).toBe(stats.runs);
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
  });
  it('hiring', { timeout: 60_000 }, () => {
    const stats = firmProperty({
      machine: hiringMachine,
      input: hiringInput(),
      numRuns: 40,
      seed: 7,
      continuation: true,
    });
    expect(stats.roundTrips).toBe(stats.runs);
    expect(stats.accepted).toBeGreaterThan(stats.events / 10);
  });
  it('contract term, under the suite’s earlier name', { timeout: 60_000 }, () => {
    const stats = runFirmSuite({
      machine: contractTermMachine,
      input: termInput('2026-09-30T16:00:00.000Z'),
      numRuns: 40,
      seed: 7,
    });
    expect(stats.roundTrips).toBe(stats.runs);
  });
});
