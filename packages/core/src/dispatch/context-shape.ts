import type { AnyStateMachine } from 'xstate';

/**
 * The first context of a machine, copied once by a spread: `context: ({ input }) =>
 * withFastCopies(initialContext(input))`.
 *
 * xstate copies the context on every `assign` (`Object.assign({}, context, update)`). In V8 such a
 * copy adds the properties one by one from an empty object, and an object that gains its 20th
 * property that way — with no hidden-class transition for it yet — turns into a slow dictionary:
 * every later copy then costs several times as much (docs/benchmarks-machines.md, "Context
 * copies"). A spread adds the same properties in the same order but builds that chain of
 * transitions, which the copies then follow. The copy is shallow: the values, and so the
 * persisted context, are the same.
 */
export function withFastCopies<T extends object>(context: T): T {
  return { ...context };
}

const SHAPE = Symbol.for('jiayuan.context.shape');

/**
 * Builds the chain of {@link withFastCopies} once, from `sample` (the first context of a sample
 * input), and keeps it with the machine (a hidden property of its config, as its catalog is), so
 * that V8 does not drop the transitions while no actor of the machine runs: a snapshot restored
 * from storage, whose context was never spread, is then copied along them too.
 */
export function keepContextShape<TMachine extends AnyStateMachine>(
  machine: TMachine,
  sample: object,
): TMachine {
  Object.defineProperty(machine.config, SHAPE, { value: withFastCopies(sample) });
  return machine;
}
