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

// What one hash lookup per ballot costs on this machine: the floor under any tally that
// resolves a unit id and checks a ballot id for each of a million ballots.
describe('machine floor: 1,000,000 string-keyed hash operations', () => {
  bench(
    'Map.get × 1M (unit id → unit)',
    () => {
      let s = 0;
      for (let i = 0; i < ballots.length; i++)
        s += electorate.unitIndex.get(ballots[i]!.unitId) ?? 0;
      if (s < 0) throw new Error('unreachable');
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    'Set.add × 1M (ballot ids)',
    () => {
      const ids = new Set<string>();
      for (let i = 0; i < ballots.length; i++) ids.add(ballots[i]!.id);
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
