import { type DispatchResult, dispatch } from '@jiayuan/core';
import { type Actor, createActor } from 'xstate';
import { LEVEL_RULES, type MatterEmitted, type MatterInput, matterMachine } from '../src/index.js';

export const T0 = '2026-03-02T09:00:00+08:00';
export const day = (d: number) => new Date(Date.parse(T0) + d * 86_400_000).toISOString();
export const input = (o: Partial<MatterInput> = {}): MatterInput => ({
  matterId: 'm1',
  complexId: 'c1',
  subject: '电梯维修资金使用争议',
  raisedAt: T0,
  ...o,
});

export interface Harness {
  readonly actor: Actor<typeof matterMachine>;
  readonly emitted: MatterEmitted[];
  send(type: string, role: string, at: string, payload?: Record<string, unknown>): DispatchResult;
  meet(at: string): DispatchResult;
}

export function start(o: Partial<MatterInput> = {}): Harness {
  const actor = createActor(matterMachine, { input: input(o) });
  const emitted: MatterEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  const send: Harness['send'] = (type, role, at, payload = {}) =>
    dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
  return {
    actor,
    emitted,
    send,
    meet: (at) => {
      const rule = LEVEL_RULES[actor.getSnapshot().context.level];
      return send('HOLD_MEETING', rule.convener, at, {
        participants: [...rule.required],
        minutes: '纪要',
      });
    },
  };
}
