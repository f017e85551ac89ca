import { type DispatchResult, dispatch, type Rejection } from '@jiayuan/core';
import { type Actor, createActor } from 'xstate';
import {
  type DisclosureEmitted,
  type DisclosureInput,
  disclosureMachine,
} from '../../src/index.js';

export const T0 = '2026-03-02T09:00:00+08:00';
export const dInput = (o: Partial<DisclosureInput> = {}): DisclosureInput => ({
  complexId: 'c1',
  feeModel: 'commission',
  startAt: T0,
  ...o,
});

export interface DHarness {
  readonly actor: Actor<typeof disclosureMachine>;
  readonly emitted: DisclosureEmitted[];
  send(type: string, role: string, at: string, payload?: Record<string, unknown>): DispatchResult;
  /** The obligation of `duty` in cycle `cycle` (default the latest). */
  obligation(duty: string, cycle?: number): ReturnType<typeof find>;
}

const find = (actor: Actor<typeof disclosureMachine>, duty: string, cycle?: number) =>
  actor
    .getSnapshot()
    .context.obligations.filter(
      (o) => o.duty === duty && (cycle === undefined || o.cycle === cycle),
    )
    .at(-1);

export function startCalendar(o: Partial<DisclosureInput> = {}): DHarness {
  const actor = createActor(disclosureMachine, { input: dInput(o) });
  const emitted: DisclosureEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  return {
    actor,
    emitted,
    send: (type, role, at, payload = {}) =>
      dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload }),
    obligation: (duty, cycle) => find(actor, duty, cycle),
  };
}

export function refusal(r: DispatchResult): Rejection {
  if (r.ok) throw new Error('expected a refusal');
  return r.rejection;
}
