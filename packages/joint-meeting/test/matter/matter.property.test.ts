import { describe, it } from 'vitest';
import { matterProperty } from '../../src/testing/index.js';
import { input } from '../support.js';

describe('matter invariants over random streams (with persistence round trips)', {
  timeout: 30_000,
}, () => {
  it('hold from the complex level', () =>
    matterProperty({ input: input(), numRuns: 150, seed: 5 }));
  it('hold from the street level', () =>
    matterProperty({ input: input({ level: 'street' }), numRuns: 80, seed: 6 }));
});
