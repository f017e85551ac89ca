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
