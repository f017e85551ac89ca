import { CIVIL_CODE_RULES, TallyCounter, tally } from '@jiayuan/core';
import { bench, describe } from 'vitest';
import { ballots, electorate } from './fixtures.js';

const rule = CIVIL_CODE_RULES.ordinary;

describe('tally of 1,000,000 ballots', () => {
  bench(
    'batch tally (1M ballots)',
    () => {
      tally(electorate, ballots, rule);
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    'incremental: 1M × TallyCounter.add, then result()',
    () => {
      const counter = new TallyCounter(electorate, rule);
      for (let i = 0; i < ballots.length; i++) counter.add(ballots[i]!);
      counter.result();
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
