// The two ratios of issue 12 per machine — dispatch ÷ its actor.send, and actor.send ÷ a bare
// machine — in CPU time (process.cpuUsage), the minimum of several rounds, all three routes
// of a machine timed in turn in the same process. CPU time rather than wall time: the build
// machine is shared, and a run preempted by another build counts only what it ran.
import { type Recorded, runBare, runDispatch, runSend } from './baseline.js';

/** One machine's figures: microseconds of CPU per event on each route, and the two ratios. */
export interface Ratios {
  readonly name: string;
  readonly events: number;
  readonly dispatchUs: number;
  readonly sendUs: number;
  readonly bareUs: number;
  readonly dispatchOverSend: number;
  readonly sendOverBare: number;
}

/**
 * How much to time: rounds (the minimum is kept), and the events each route sends per round and
 * in its untimed warm-up. Counted in events, not runs, so that a 7-event machine is timed over as
 * many events as a 68-event one: a round of a few milliseconds is mostly timer and GC noise.
 */
export interface RatioOptions {
  readonly rounds: number;
  readonly eventsPerRound: number;
  readonly warmupEvents: number;
}

function cpuMsPerRun(fn: () => void, runs: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000 / runs;
}

/** Times the three routes of `r` in turn, `rounds` times, and keeps each route's minimum. */
export function measureRatios(r: Recorded, options: RatioOptions): Ratios {
  const routes = [runBare, runSend, runDispatch].map((run) => () => void run(r));
  const n = r.parsed.length;
  const runs = Math.max(1, Math.ceil(options.eventsPerRound / n));
  const warmup = Math.ceil(options.warmupEvents / n);
  for (let i = 0; i < warmup; i++) for (const route of routes) route();
  const best = routes.map(() => Number.POSITIVE_INFINITY);
  for (let k = 0; k < options.rounds; k++) {
    routes.forEach((route, i) => {
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, cpuMsPerRun(route, runs));
    });
  }
  const [bare = 0, send = 0, dispatch = 0] = best;
  return {
    name: r.name,
    events: n,
    dispatchUs: (dispatch * 1000) / n,
    sendUs: (send * 1000) / n,
    bareUs: (bare * 1000) / n,
    dispatchOverSend: dispatch / send,
    sendOverBare: send / bare,
  };
}

/** The figures as a Markdown table (the one of docs/benchmarks-machines.md). */
export function ratioTable(rows: readonly Ratios[]): string {
  const lines = [
    '| machine (events) | dispatch µs/event | send µs/event | bare µs/event | dispatch ÷ send | send ÷ bare |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} (${r.events}) | ${r.dispatchUs.toFixed(1)} | ${r.sendUs.toFixed(1)} | ${r.bareUs.toFixed(1)} | ${r.dispatchOverSend.toFixed(2)}× | ${r.sendOverBare.toFixed(2)}× |`,
    );
  }
  return lines.join('\n');
}
