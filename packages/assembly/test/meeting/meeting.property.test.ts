import { describe, it } from 'vitest';
import { assemblyProperty } from '../../src/testing/index.js';
import { meetingInput } from './support.js';

describe('assembly invariants over random streams (with persistence round trips)', {
  timeout: 60_000,
}, () => {
  it('hold for a regular meeting', () =>
    assemblyProperty({ input: meetingInput(), numRuns: 120, seed: 21 }));
  it('hold for an interim meeting with e-voting adopted', () =>
    assemblyProperty({
      input: meetingInput({ kind: 'interim', electronicAdopted: true }),
      numRuns: 120,
      seed: 22,
    }));
  it('hold for a meeting started under rules of procedure (e-voting, SPC 9 co-owner reading)', () =>
    assemblyProperty({
      input: meetingInput({
        rules: {
          version: 2,
          settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true },
        },
      }),
      numRuns: 120,
      seed: 23,
    }));
});
