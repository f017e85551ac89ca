// An event's effect moves the process clock in its own assign (no separate `clock` action on
// the transition: docs/benchmarks-machines.md), so an effect a host provides keeps the clock
// only through `clocked`. Same assembly call on the re-election as reelection.scenario.test.ts.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { assign, createActor } from 'xstate';
import { clocked, reElectionMachine } from '../src/index.js';
import { ev, RE_ELECTION_INPUT } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
const REPORTED = D('2026-07-20T09:00:00');
const CALLED = D('2026-08-01T09:00:00');

function callAssemblyWith(machine: typeof reElectionMachine) {
  const actor = createActor(machine, { input: RE_ELECTION_INPUT }).start();
  expect(dispatch(actor, ev('REPORT_TERM_END', 'committee', REPORTED)).ok).toBe(true);
  const result = dispatch(actor, ev('CALL_ASSEMBLY', 'committee', CALLED, { topic: 'routine' }));
  expect(result.ok).toBe(true);
  const { context } = actor.getSnapshot();
  actor.stop();
  return context;
}

describe('the clock inside an effect', () => {
  it('moves with the machine’s own effect: the transition lists callAssembly alone', () => {
    const context = callAssemblyWith(reElectionMachine);
    expect(context.now).toBe(CALLED);
    expect(context.assemblies).toEqual([{ at: CALLED, topic: 'routine' }]);
  });

  it('moves with a provided effect made with clocked, and stays behind without it', () => {
    const keeps = reElectionMachine.provide({
      actions: { callAssembly: assign(clocked(() => ({ assemblies: [] }))) },
    });
    expect(callAssemblyWith(keeps).now).toBe(CALLED);
    const loses = reElectionMachine.provide({
      actions: { callAssembly: assign(() => ({ assemblies: [] })) },
    });
    expect(callAssemblyWith(loses).now).toBe(REPORTED);
  });
});
