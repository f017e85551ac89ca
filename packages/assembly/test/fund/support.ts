import { type DispatchResult, dispatch } from '@jiayuan/core';
import { type AnyStateMachine, createActor } from 'xstate';

/** A started actor of `machine` with what it emitted and a `dispatch` shorthand. */
export interface FundHarness {
  // biome-ignore lint/suspicious/noExplicitAny: each test file narrows the actor it needs
  readonly actor: any;
  readonly emitted: { readonly type: string; readonly [key: string]: unknown }[];
  send(type: string, role: string, at: string, payload?: Record<string, unknown>): DispatchResult;
  state(): unknown;
}

/** Starts `machine` with `input` and records every emitted event. */
export function harness(machine: AnyStateMachine, input: unknown): FundHarness {
  const actor = createActor(machine, { input });
  const emitted: { type: string; [key: string]: unknown }[] = [];
  actor.on('*', (e: { type: string }) => emitted.push(e));
  actor.start();
  return {
    actor,
    emitted,
    send: (type, role, at, payload = {}) =>
      dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload }),
    state: () => actor.getSnapshot().value,
  };
}

/** The rule a refusal names, or its code when it names none; `'ok'` when accepted. */
export function verdict(r: DispatchResult): string {
  if (r.ok) return 'ok';
  return r.rejection.rule?.id ?? r.rejection.code;
}

/** The lift renewal of building 3 (a part's repair, SH 69) that the fund-use tests propose. */
export const liftPlan = (part: string | null = 'B3') => ({
  title: '3号楼电梯更新',
  part,
  estimateFen: 42_000_000,
  documents: '维修方案及预算书',
});

/** The owners' decision on {@link liftPlan}, passed by an ordinary majority unless `o` says otherwise. */
export const liftDecision = (o: Record<string, unknown> = {}) => ({
  meetingId: 'm-1',
  itemId: 'lift-b3',
  kind: 'use-maintenance-fund',
  majority: 'ordinary',
  part: 'B3',
  passed: true,
  ...o,
});
