import { type AnyStateMachine, createActor } from 'xstate';
import { canonicalJson } from './hash.js';

/**
 * The start input with the profile the process runs under written into it (`input.profile`),
 * when the input named none and the machine took its default: the log then starts the process
 * with that exact profile, so a replay after the default changed (a later `@jiayuan/core`)
 * rebuilds the same process. `undefined` when there is nothing to pin.
 */
export function pinnedInput(input: unknown, profile: unknown): unknown {
  if (profile === undefined || typeof input !== 'object' || input === null) return undefined;
  if (Array.isArray(input) || Reflect.get(input, 'profile') !== undefined) return undefined;
  return { ...input, profile };
}

/** The profile a persisted snapshot's context holds, or `undefined`. */
export function contextProfile(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null
      ? Reflect.get(snapshot, 'context')
      : undefined;
  const profile: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'profile') : undefined;
  return typeof profile === 'object' && profile !== null ? profile : undefined;
}

/**
 * Whether `machine` started with `input` persists exactly `expected` (canonical JSON), without
 * errors: a pinned input is logged only when it starts the same process.
 */
export function startsAs(machine: AnyStateMachine, input: unknown, expected: string): boolean {
  const actor = createActor(machine, { input });
  actor.subscribe({ error: () => {} });
  try {
    actor.start();
    if (actor.getSnapshot().status === 'error') return false;
    return canonicalJson(JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))) === expected;
  } catch {
    return false;
  } finally {
    actor.stop();
  }
}
