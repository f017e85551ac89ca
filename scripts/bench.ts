// `bench()` for every packages/*/bench file, with a smoke mode so that a benchmark cannot rot.
//
// `pnpm bench` (vitest bench) times each bench as usual. `vitest run` — and so `pnpm test` and
// CI — collects the bench files as test files too, with JIAYUAN_BENCH=smoke (set in
// vitest.config.ts): each bench function then runs once as a test, with no warm-up and no timing,
// so a bench that throws (a refused event, a stale fixture) fails the test run and is counted in
// its JSON report. Fixtures use `size()` to stay small in smoke mode.
import { type BenchFunction, type BenchOptions, it, bench as timedBench } from 'vitest';

/** True when the benches run once as tests (`vitest run`), false when they are timed. */
export const SMOKE = process.env.JIAYUAN_BENCH === 'smoke';

/** How long one smoke run of a bench function may take on a loaded 2-core machine. */
const SMOKE_TIMEOUT_MS = 60_000;

/** A fixture size: `full` when timed, `smoke` when each bench runs once as a test. */
export function size(full: number, smoke: number): number {
  return SMOKE ? smoke : full;
}

/**
 * Registers a benchmark: timed by `vitest bench`, or, in smoke mode, one test that calls `fn`
 * once. `options` apply to the timed run only; tinybench's `setup`/`teardown` hooks are not run
 * in smoke mode, so a bench that needs them is refused rather than smoke-tested without them.
 */
export function bench(name: string, fn: BenchFunction, options: BenchOptions = {}): void {
  if (!SMOKE) {
    timedBench(name, fn, options);
    return;
  }
  if (options.setup !== undefined || options.teardown !== undefined) {
    throw new Error(`bench "${name}": setup/teardown hooks are not supported in smoke mode`);
  }
  it(
    `${name} (smoke: one run)`,
    async () => {
      await fn.call(undefined as never);
    },
    SMOKE_TIMEOUT_MS,
  );
}
