import { buildElectorate } from '@jiayuan/core';
import { bench, describe } from 'vitest';
import { roll } from './fixtures.js';

describe('electorate of 1,000,000 units', () => {
  bench(
    'buildElectorate (SPC 8–9 headcount with union of shared owners)',
    () => {
      buildElectorate(roll);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
