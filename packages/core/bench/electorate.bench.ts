import { buildElectorate } from '@jiayuan/core';
import { describe } from 'vitest';
import { bench } from '../../../scripts/bench.js';
import { roll, UNITS_LABEL } from './fixtures.js';

describe(`electorate of ${UNITS_LABEL} units`, () => {
  bench(
    'buildElectorate (SPC 8–9 headcount with union of shared owners)',
    () => {
      buildElectorate(roll);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
