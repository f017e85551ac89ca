import { type DispatchResult, dispatch } from '@jiayuan/core';
import { type Actor, createActor } from 'xstate';
import { type CoverageEmitted, type CoverageInput, coverageMachine } from '../src/index.js';

export const T0 = '2026-03-02T09:00:00+08:00';

/** An instant `days` after T0. */
export function day(days: number): string {
  return new Date(Date.parse(T0) + days * 86_400_000).toISOString();
}

export function input(overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    unitId: 'u1',
    kind: 'owners-committee',
    startedAt: T0,
    census: { headcount: 7, full: 0, probationary: 0 },
    ...overrides,
  };
}

export interface Harness {
  readonly actor: Actor<typeof coverageMachine>;
  readonly emitted: CoverageEmitted[];
  send(type: string, role: string, at: string, payload?: Record<string, unknown>): DispatchResult;
}

export function start(overrides: Partial<CoverageInput> = {}): Harness {
  const actor = createActor(coverageMachine, { input: input(overrides) });
  const emitted: CoverageEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  return {
    actor,
    emitted,
    send: (type, role, at, payload = {}) =>
      dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload }),
  };
}

export const census = (full: number, probationary = 0, headcount = 20) => ({
  census: { headcount, full, probationary },
});

export function leaf(h: Harness): string {
  return JSON.stringify(h.actor.getSnapshot().value);
}
