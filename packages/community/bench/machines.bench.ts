// Machine benchmarks: event throughput through `dispatch` against two same-process baselines
// (the same machine driven by `actor.send`, and a bare guard-free machine of the same steps), and
// path generation time per machine with each package's path test helpers.
// Run: npx vitest bench --run packages/community. Figures: docs/benchmarks-machines.md.
// `vitest run` runs each bench once as a smoke test (scripts/bench.ts).
import { describe } from 'vitest';
import { bench } from '../../../scripts/bench.js';
import { record, runBare, runDispatch, runSend } from './baseline.js';
import { PATH_RUNS } from './paths.js';
import { SEQUENCES } from './sequences.js';

const RECORDED = SEQUENCES.map(record);
// Each bench op is one whole run from a fresh actor; check that every route ends where
// `dispatch` ended, so the baselines do the same work.
for (const r of RECORDED) {
  const last = `"s${r.parsed.length}"`;
  if (runSend(r) !== r.endValue || runBare(r) !== last) {
    throw new Error(`${r.name}: a baseline did not reach the end of the run`);
  }
}

const OPTIONS = { time: 1500, warmupTime: 200 } as const;

for (const r of RECORDED) {
  describe(`${r.name}: ${r.events.length} events per op`, () => {
    bench('dispatch (input checks + one send)', () => void runDispatch(r), OPTIONS);
    bench('baseline: actor.send to the same machine', () => void runSend(r), OPTIONS);
    bench('baseline: actor.send to a bare machine, no guards', () => void runBare(r), OPTIONS);
  });
}

describe('path generation (one op = one full exploration)', () => {
  for (const [name, run] of PATH_RUNS) {
    bench(name, () => void run(), { time: 0, iterations: 3, warmupIterations: 0 });
  }
});
