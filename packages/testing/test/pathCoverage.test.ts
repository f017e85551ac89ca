import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  activeStatePaths,
  assertAllStatesReached,
  machineStatePaths,
  pathCoverage,
} from '../src/index.js';
import { orphanMachine, type ToyEvent, toyVoteMachine } from './fixtures/machines.js';

const AT = '2026-03-01T00:00:00Z';
const events: ToyEvent[] = [
  { type: 'OPEN', at: AT },
  { type: 'BALLOT', at: AT, choice: 'agree' },
  { type: 'BALLOT', at: AT, choice: 'disagree' },
  { type: 'CLOSE', at: AT },
  { type: 'RESET', at: AT },
];
// Counts grow without bound under repeated ballots: compare by state value and the sign of
// the margin, which is all the guards look at.
const serializeState = (s: ReturnType<typeof toyVoteMachine.transition>) =>
  JSON.stringify([s.value, Math.sign(s.context.agree - s.context.disagree)]);

describe('pathCoverage', () => {
  it('reaches every state of the sample machine and lists the transitions', () => {
    const coverage = pathCoverage(toyVoteMachine, { events, serializeState });
    // `counting` is transient (`always`): no snapshot rests in it, yet it is passed through.
    expect(coverage.states).toEqual([
      'decided',
      'failed',
      'idle',
      'voting',
      'voting.counting',
      'voting.open',
    ]);
    expect(coverage.unreached).toEqual([]);
    expect(coverage.transitions).toContain('idle -[OPEN]-> voting.open');
    expect(coverage.transitions).toContain('voting.open -[CLOSE]-> decided');
    expect(coverage.transitions).toContain('voting.open -[CLOSE]-> failed');
    expect(coverage.transitions).toContain('decided -[RESET]-> idle');
    // A ballot in `idle` enables nothing, so it is not a transition.
    expect(coverage.transitions.some((t) => t.startsWith('idle -[BALLOT]'))).toBe(false);
    expect(() => assertAllStatesReached(toyVoteMachine, coverage)).not.toThrow();
    expect(() => assertAllStatesReached(toyVoteMachine, coverage.paths)).not.toThrow();
  });

  it('gives paths that replay on a real actor to the same state', () => {
    const coverage = pathCoverage(toyVoteMachine, { events, serializeState, algorithm: 'simple' });
    expect(coverage.paths.length).toBeGreaterThan(5);
    for (const path of coverage.paths) {
      const actor = createActor(toyVoteMachine).start();
      for (const step of path.steps.slice(1)) actor.send(step.event);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    }
  });

  it('tries only the given events', () => {
    const coverage = pathCoverage(toyVoteMachine, {
      events: events.filter((e) => e.type !== 'CLOSE'),
      serializeState,
    });
    expect(coverage.unreached).toEqual(['decided', 'failed', 'voting.counting']);
    expect(() => assertAllStatesReached(toyVoteMachine, coverage)).toThrow(
      /3 state\(s\) of machine "toyVote" not reached: decided, failed, voting\.counting/,
    );
  });

  it('accepts events as a function of the snapshot', () => {
    const coverage = pathCoverage(toyVoteMachine, {
      events: (s): ToyEvent[] => (s.matches('idle') ? [{ type: 'OPEN', at: AT }] : events.slice(1)),
      serializeState,
    });
    expect(coverage.states).toContain('decided');
  });

  it('asserts that every state is reached, naming the missing ones', () => {
    const coverage = pathCoverage(orphanMachine, { events: [{ type: 'GO', at: AT }] });
    expect(coverage.states).toEqual(['a', 'b']);
    expect(() => assertAllStatesReached(orphanMachine, coverage)).toThrow(
      /1 state\(s\) of machine "orphan" not reached: unreachable/,
    );
    expect(() => assertAllStatesReached(orphanMachine, coverage.paths)).toThrow(/unreachable/);
  });

  it('passes when every state is reached', () => {
    const reachable = pathCoverage(orphanMachine, { events: [{ type: 'GO', at: AT }] });
    expect(() =>
      assertAllStatesReached(orphanMachine, { states: [...reachable.states, 'unreachable'] }),
    ).not.toThrow();
    expect(machineStatePaths(orphanMachine)).toEqual(['a', 'b', 'unreachable']);
    expect(activeStatePaths({ voting: { open: 'x' } })).toEqual([
      'voting',
      'voting.open',
      'voting.open.x',
    ]);
  });
});
