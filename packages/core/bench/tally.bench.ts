import { CIVIL_CODE_RULES, TallyCounter, tally } from '@jiayuan/core';
import { describe } from 'vitest';
import { bench } from '../../../scripts/bench.js';
import { ballots, electorate, UNITS_LABEL } from './fixtures.js';

const rule = CIVIL_CODE_RULES.ordinary;

describe(`tally of ${UNITS_LABEL} ballots`, () => {
  bench(
    `batch tally (${UNITS_LABEL} ballots)`,
    () => {
      tally(electorate, ballots, rule);
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    `incremental: ${UNITS_LABEL} × TallyCounter.add, then result()`,
    () => {
      const counter = new TallyCounter(electorate, rule);
      for (let i = 0; i < ballots.length; i++) counter.add(ballots[i]!);
      counter.result();
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

// The floor under any tally: summing a million (smoke: a thousand) pre-resolved (voter, choice) pairs from typed
// arrays, with no ids to resolve and nothing to check.
const voterOf = Int32Array.from(
  ballots,
  (b) => electorate.unitVoter[electorate.unitIndex.get(b.unitId)!]!,
);
const choiceOf = Uint8Array.from(ballots, (b) =>
  b.choice === 'agree' ? 0 : b.choice === 'disagree' ? 1 : 2,
);
const areaOf = Float64Array.from(electorate.voters, (v) => v.area);

describe(`floor: typed-array sum of ${UNITS_LABEL} resolved ballots`, () => {
  bench(
    'plain typed-array sum loop',
    () => {
      const area = new Float64Array(4);
      const count = new Int32Array(4);
      for (let i = 0; i < voterOf.length; i++) {
        const c = choiceOf[i]!;
        count[c]! += 1;
        area[c]! += areaOf[voterOf[i]!]!;
      }
      if (count[0]! < 0) throw new Error('unreachable');
    },
    { iterations: 20, warmupIterations: 2 },
  );
});

// What one hash lookup per ballot costs on this machine: the floor under any tally that
// resolves a unit id and checks a ballot id for each of a million ballots.
describe(`machine floor: ${UNITS_LABEL} string-keyed hash operations`, () => {
  bench(
    `Map.get × ${UNITS_LABEL} (unit id → unit)`,
    () => {
      let s = 0;
      for (let i = 0; i < ballots.length; i++)
        s += electorate.unitIndex.get(ballots[i]!.unitId) ?? 0;
      if (s < 0) throw new Error('unreachable');
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    `Set.add × ${UNITS_LABEL} (ballot ids)`,
    () => {
      const ids = new Set<string>();
      for (let i = 0; i < ballots.length; i++) ids.add(ballots[i]!.id);
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
