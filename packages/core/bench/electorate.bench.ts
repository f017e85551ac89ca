import { buildElectorate } from '@jiayuan/core';
import { describe } from 'vitest';
import { bench } from '../../../scripts/bench.js';
import { roll, UNITS_LABEL } from './fixtures.js';

describe(`electorate of ${UNITS_LABEL} units`, () => {
  bench(
    'buildElectorate (SPC 8–9 headcount: the same owners of record count once)',
    () => {
      buildElectorate(roll);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'buildElectorate, units sharing co-owners merged (a rules of procedure, VOTE-7)',
    () => {
      buildElectorate(roll, { ownerMerge: 'shared-co-owners' });
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
