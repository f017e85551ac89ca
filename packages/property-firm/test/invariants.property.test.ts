import { describe, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { runFirmSuite } from '../src/testing/index.js';
import { baseInput, hiringInput, termInput } from './support.js';

// The exported suite, run on our own machines: invariants after every step and the
// persist → JSON → restore → persist round trip.
describe('property: invariants over random event streams (with persistence round trip)', () => {
  it(
    'dismissal',
    () => runFirmSuite({ machine: dismissalMachine, input: baseInput(), numRuns: 40, seed: 7 }),
    60_000,
  );
  it(
    'hiring',
    () =>
      runFirmSuite({
        machine: hiringMachine,
        input: hiringInput(),
        numRuns: 40,
        seed: 7,
      }),
    60_000,
  );
  it(
    'contract term',
    () =>
      runFirmSuite({
        machine: contractTermMachine,
        input: termInput('2026-09-30T16:00:00.000Z'),
        numRuns: 40,
        seed: 7,
      }),
    60_000,
  );
});
