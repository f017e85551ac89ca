// What every committee machine's 100,000-input fuzz must show, on top of the driver's own checks
// (the dispatch contract and the invariants at every step, which throw a shrunk counterexample).
import type { FuzzStats } from '@jiayuan/testing';
import { expect } from 'vitest';

/** Inputs of each machine's fuzz, and the inputs of one run: many long runs with fixed seeds. */
export const FUZZ_EVENTS = 100_000;

/**
 * Free-text fields that take a 10,001-character string (no size limit in their schemas): none
 * since the committee's fields are bounded (src/shared/bounds.ts); a new one fails the fuzz.
 */
export const UNBOUNDED_TEXTS: readonly string[] = [];

/**
 * The findings of a fuzz: every input sent, a fair share accepted, refusals of at least five
 * kinds, each state of `reached` (the leaves the earlier generator reached in as many inputs:
 * coverage may not fall), and no oversize string accepted beyond {@link UNBOUNDED_TEXTS}.
 */
export function expectSoundFuzz(all: readonly FuzzStats[], reached: readonly string[]): void {
  const events = all.reduce((n, s) => n + s.events, 0);
  const accepted = all.reduce((n, s) => n + s.accepted, 0);
  const states = [...new Set(all.flatMap((s) => s.states))].sort();
  const codes = new Set(all.flatMap((s) => Object.keys(s.refusals)));
  expect(events).toBe(FUZZ_EVENTS);
  expect(accepted).toBeGreaterThan(events / 20);
  expect(codes.size).toBeGreaterThanOrEqual(5);
  expect(codes.has('machine-error')).toBe(false);
  expect(states).toEqual(expect.arrayContaining([...reached]));
  const unbounded = all.flatMap((s) => s.unboundedStrings);
  expect(unbounded.filter((field) => !UNBOUNDED_TEXTS.includes(field))).toEqual([]);
  console.info(
    `fuzz: ${events} inputs, ${accepted} accepted, ${states.length} states`,
    JSON.stringify(states),
  );
}
