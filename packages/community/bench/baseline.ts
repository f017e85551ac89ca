// The same-process baselines for the throughput benches: a recorded run, and a bare xstate
// machine with one flat state per step and no guards.
import { dispatch } from '@jiayuan/core';
import { type AnyStateMachine, assign, createActor, createMachine, type EventObject } from 'xstate';
import type { Sequence } from './sequences.js';

/** A sequence checked through `dispatch`, with the parsed events it sent and its end state. */
export interface Recorded extends Sequence {
  readonly parsed: readonly EventObject[];
  readonly endValue: string;
  readonly bare: AnyStateMachine;
}

/** Runs every event through `dispatch`, throwing on the first refusal. */
export function record(sequence: Sequence): Recorded {
  const actor = createActor(sequence.machine, { input: sequence.input });
  actor.start();
  const parsed: EventObject[] = [];
  for (const [i, input] of sequence.events.entries()) {
    const result = dispatch(actor, input);
    if (!result.ok) {
      throw new Error(
        `${sequence.name}: event ${i} ${String(input.type)} refused: ${result.rejection.code} ${result.rejection.message.en}`,
      );
    }
    parsed.push(result.event);
  }
  const endValue = JSON.stringify(actor.getSnapshot().value);
  actor.stop();
  return { ...sequence, parsed, endValue, bare: bareMachine(parsed) };
}

/**
 * The floor: the same event types in the same order, one flat state per step, no guards, and one
 * `assign` of `now` per event (as every jiayuan machine does), so xstate still runs an action.
 */
export function bareMachine(events: readonly EventObject[]): AnyStateMachine {
  const states: Record<string, { on?: Record<string, unknown>; type?: 'final' }> = {};
  for (const [i, event] of events.entries()) {
    states[`s${i}`] = {
      on: {
        [event.type]: {
          target: `s${i + 1}`,
          actions: assign({ now: ({ event: e }) => String(Reflect.get(e, 'at')) }),
        },
      },
    };
  }
  states[`s${events.length}`] = { type: 'final' };
  return createMachine({ id: 'bare', initial: 's0', context: { now: '' }, states } as never);
}

/** Runs `events` through `dispatch` on a fresh actor; returns the end state value. */
export function runDispatch(r: Recorded): string {
  const actor = createActor(r.machine, { input: r.input });
  actor.start();
  for (const input of r.events) dispatch(actor, input);
  const value = JSON.stringify(actor.getSnapshot().value);
  actor.stop();
  return value;
}

/** Sends the already-parsed events with `actor.send` to the real machine (guards and actions). */
export function runSend(r: Recorded): string {
  const actor = createActor(r.machine, { input: r.input });
  actor.start();
  for (const event of r.parsed) actor.send(event);
  const value = JSON.stringify(actor.getSnapshot().value);
  actor.stop();
  return value;
}

/** Sends the same event types with `actor.send` to the bare machine. */
export function runBare(r: Recorded): string {
  const actor = createActor(r.bare);
  actor.start();
  for (const event of r.parsed) actor.send(event);
  const value = JSON.stringify(actor.getSnapshot().value);
  actor.stop();
  return value;
}
