/**
 * The first context of a machine, copied once by a spread.
 *
 * xstate copies the context on every `assign` (`Object.assign({}, context, update)`). In V8 such a
 * copy adds the properties one by one from an empty object, and an object that gains its 20th
 * property that way — with no hidden-class transition for it yet — turns into a slow dictionary:
 * every later copy then costs about 20× as much (docs/benchmarks-machines.md, "Context copies").
 * A spread adds the same properties in the same order but builds that chain of transitions,
 * which the copies then follow. The copy is shallow: the values, and so the persisted context,
 * are the same.
 */
export function withFastCopies<T extends object>(context: T): T {
  return { ...context };
}
