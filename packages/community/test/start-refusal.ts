// How the input tests start a machine and read its refusal, whichever package's error it is.
import { type AnyStateMachine, createActor } from 'xstate';

/** Starts the machine with `input`; the error it stopped with, or undefined when it runs. */
export function startError(machine: AnyStateMachine, input: object): unknown {
  const actor = createActor(machine, { input });
  let error: unknown;
  actor.subscribe({
    error: (e) => {
      error = e;
    },
  });
  actor.start();
  const status = actor.getSnapshot().status;
  actor.stop();
  return status === 'error' ? (error ?? new Error('stopped in error without one')) : undefined;
}

/**
 * A refusal as text: its message, the `fields` or `issues` a package's input error carries (a
 * zod error's issue paths dotted), and its cause's.
 */
export function refusalText(error: unknown): string {
  const parts = [error instanceof Error ? error.message : String(error)];
  for (const key of ['fields', 'issues']) {
    const value: unknown =
      typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined;
    if (value === undefined) continue;
    parts.push(JSON.stringify(value));
    if (!Array.isArray(value)) continue;
    for (const issue of value) {
      const path: unknown = Reflect.get(Object(issue), 'path');
      if (Array.isArray(path)) parts.push(path.join('.'));
    }
  }
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (cause !== undefined) parts.push(refusalText(cause));
  return parts.join('\n');
}
