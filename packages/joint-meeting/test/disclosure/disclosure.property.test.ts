import { PROFILES } from '@jiayuan/core';
import { describe, it } from 'vitest';
import { disclosureProperty } from '../../src/testing/index.js';
import { dInput } from './support.js';

describe('disclosure invariants over random streams (with persistence round trips)', {
  timeout: 30_000,
}, () => {
  it('hold for a commission complex (Shanghai)', () =>
    disclosureProperty({ input: dInput(), numRuns: 120, seed: 11 }));
  it('hold for a lump-sum complex (Shanghai)', () =>
    disclosureProperty({ input: dInput({ feeModel: 'lump-sum' }), numRuns: 120, seed: 12 }));
  it('hold under the Beijing profile', () =>
    disclosureProperty({
      input: dInput({ feeModel: 'lump-sum', profile: PROFILES.beijing }),
      numRuns: 60,
      seed: 13,
    }));
});
