// The ratios of issue 12 (dispatch ÷ send ≤ 1.5×, send ÷ bare ≤ 4×) per machine, in CPU time:
// one op is the whole measurement, which prints its table. Figures: docs/benchmarks-machines.md.
// Run: npx vitest bench --run packages/community/bench/ratios.bench.ts
// `vitest run` runs it once with one round of one run (scripts/bench.ts).
import { describe } from 'vitest';
import { bench, size } from '../../../scripts/bench.js';
import { record } from './baseline.js';
import { measureRatios, ratioTable } from './ratios.js';
import { SEQUENCES } from './sequences.js';

const RECORDED = SEQUENCES.map(record);
const OPTIONS = { rounds: size(9, 1), eventsPerRound: size(6000, 1), warmupEvents: size(6000, 0) };

describe('ratios per machine (CPU time, minimum of the rounds)', () => {
  bench(
    'dispatch ÷ send and send ÷ bare, every machine',
    () => {
      const rows = RECORDED.map((r) => measureRatios(r, OPTIONS));
      console.log(`\n${ratioTable(rows)}\n`);
    },
    { time: 0, iterations: 1, warmupIterations: 0 },
  );
});
