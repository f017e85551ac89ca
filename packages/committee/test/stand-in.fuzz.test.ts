// Fuzz: 100,000 random inputs through dispatch in many short runs with fixed seeds, alternating
// the Shanghai and Beijing profiles.
import { describe, expect, it } from 'vitest';
import { standInEvents } from '../src/stand-in/catalog.js';
import { standInMachine } from '../src/stand-in/machine.js';
import { randomStandInInput } from '../src/testing/stand-in.js';
import { expectSoundFuzz, fuzzMachine } from './support/fuzz.js';
import { BJ_INPUT, BJ_NO_ASSEMBLY_INPUT, SH_INPUT } from './support/stand-in-fixtures.js';

describe('stand-in fuzz', () => {
  it('takes 100000 random inputs without an uncaught exception or an unexplained refusal', () => {
    const report = fuzzMachine({
      machine: standInMachine,
      catalog: standInEvents,
      inputs: [SH_INPUT, BJ_INPUT, BJ_NO_ASSEMBLY_INPUT],
      next: randomStandInInput,
      run: 200,
    });
    expectSoundFuzz(report, ['expired', 'dissolved', 'overdue', 'completion', 'acting']);
    expect([...report.codes.keys()].sort()).toEqual([
      'invalid-event',
      'not-allowed-now',
      'not-permitted',
      'out-of-order',
      'process-ended',
      'rule-violated',
      'unknown-event',
    ]);
    // Each kind of rule breach comes up, and no guard refuses without its rule saying why.
    expect(report.rules).toEqual(
      new Set([
        'governance-composition',
        'management-composition',
        'filing-papers',
        'within-term',
        'new-deliberation',
        'new-matter',
        'decisions-kept',
        'decision-signers',
        'posting-pending',
        'stand-in-quorum',
      ]),
    );
  }, 120_000);
});
