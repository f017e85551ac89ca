import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { fuzzFirmMachine } from '../src/testing/index.js';
import { baseInput, hiringInput, termInput } from './support.js';

const machines = [
  ['dismissal', dismissalMachine, baseInput()],
  ['hiring', hiringMachine, hiringInput()],
  ['hiring (early stage)', hiringMachine, hiringInput({ stage: 'early-stage' })],
  ['contract term', contractTermMachine, termInput('2026-09-30T16:00:00.000Z')],
] as const;

describe('fuzz: ≥ 100,000 random events per machine through dispatch', () => {
  for (const [name, machine, input] of machines) {
    it(name, () => {
      const report = fuzzFirmMachine({
        machine,
        input,
        numRuns: name.includes('early') ? 400 : 2_000,
        maxLength: 50,
        seed: 4,
      });
      expect(report.uncaught).toEqual([]);
      expect(report.roleBreaches).toEqual([]);
      expect(report.unknownCodes).toBe(0);
      expect(report.events).toBe(name.includes('early') ? 20_000 : 100_000);
      console.info(name, JSON.stringify(report.refused), 'accepted', report.accepted);
      expect(report.accepted).toBeGreaterThan(0);
      expect(Object.keys(report.refused).length).toBeGreaterThanOrEqual(4);
    }, 120_000);
  }
});
