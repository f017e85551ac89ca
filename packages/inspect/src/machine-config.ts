import type { AnyStateMachine } from 'xstate';

/** A machine config as plain JSON: what `createMachine(config)` and the Stately editor load. */
export type MachineConfigJson = { readonly [key: string]: unknown };

// The parts of xstate's state nodes and transitions this export reads.
interface Node {
  readonly id: string;
  readonly key: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  readonly history: false | 'shallow' | 'deep';
  readonly states: Readonly<Record<string, Node>>;
  readonly initial?: { readonly target?: readonly Node[] };
  readonly transitions: ReadonlyMap<string, readonly Transition[]>;
  readonly always?: readonly Transition[];
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly meta?: unknown;
  readonly description?: string;
  readonly tags: readonly string[];
}

interface Transition {
  readonly target?: readonly Node[];
  readonly guard?: unknown;
  readonly actions: readonly unknown[];
  readonly reenter?: boolean;
  readonly meta?: unknown;
  readonly description?: string;
}

/**
 * A machine as a plain machine config — ids, states, initial states, `on`, `always`, `onDone`
 * and `after` with their targets (as `#id` references), guards and actions by name, entry and
 * exit actions by name, meta, descriptions and tags — that `createMachine(config)` (and the
 * Stately editor) loads into a machine with the same state ids. Implementations are not
 * included: guards and actions are names, and `and([...])`-style guards are named by their
 * parts (e.g. `and(CLOSE_VOTE, quorumMet)`), to read, not to run. Context and invoked actors are
 * left out.
 */
export function machineConfigJson(machine: AnyStateMachine): MachineConfigJson {
  return plain(nodeConfig(machine.root as unknown as Node, true)) as MachineConfigJson;
}

function nodeConfig(node: Node, root: boolean): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  // The root's id names the machine; a child's id is given only when it is not the default.
  if (root || node.id !== defaultId(node)) config.id = node.id;
  if (node.type === 'parallel' || node.type === 'final' || node.type === 'history') {
    config.type = node.type;
  }
  if (node.type === 'history' && node.history !== false) config.history = node.history;
  const initial = node.initial?.target?.[0];
  if (node.type === 'compound' && initial !== undefined) config.initial = initial.key;
  if (node.description !== undefined) config.description = node.description;
  if (node.tags.length > 0) config.tags = [...node.tags];
  if (node.meta !== undefined) config.meta = node.meta;
  if (node.entry.length > 0) config.entry = node.entry.map(actionName);
  if (node.exit.length > 0) config.exit = node.exit.map(actionName);
  const on: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [eventType, transitions] of node.transitions) {
    const configs = transitions.map(transitionConfig);
    if (eventType === `xstate.done.state.${node.id}`) config.onDone = configs;
    else if (eventType.startsWith('xstate.after.')) after[delayOf(eventType, node.id)] = configs;
    else on[eventType] = configs;
  }
  if (Object.keys(on).length > 0) config.on = on;
  if (Object.keys(after).length > 0) config.after = after;
  if (node.always !== undefined && node.always.length > 0) {
    config.always = node.always.map(transitionConfig);
  }
  const children = Object.entries(node.states);
  if (children.length > 0) {
    config.states = Object.fromEntries(
      children.map(([key, child]) => [key, nodeConfig(child, false)]),
    );
  }
  return config;
}

function transitionConfig(t: Transition): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  if (t.target !== undefined && t.target.length > 0) {
    const targets = t.target.map((target) => `#${target.id}`);
    config.target = targets.length === 1 ? targets[0] : targets;
  }
  if (t.guard !== undefined) config.guard = guardName(t.guard);
  if (t.actions.length > 0) config.actions = t.actions.map(actionName);
  if (t.reenter === true) config.reenter = true;
  if (t.description !== undefined) config.description = t.description;
  if (t.meta !== undefined) config.meta = t.meta;
  return config;
}

// `xstate.after.<delay>.<state id>`: the delay is between the prefix and the state's id.
function delayOf(eventType: string, id: string): string {
  return eventType.slice('xstate.after.'.length, eventType.length - id.length - 1);
}

function defaultId(node: Node & { readonly path?: readonly string[] }): string {
  const machineId = (node as { readonly machine?: { readonly id?: string } }).machine?.id ?? '';
  return [machineId, ...(node.path ?? [])].join('.');
}

/** A guard as a name: a string, `{ type }`, or a combinator of named guards. */
function guardName(guard: unknown): unknown {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null) {
    const type: unknown = Reflect.get(guard, 'type');
    if (typeof type === 'string') {
      const params: unknown = Reflect.get(guard, 'params');
      return params === undefined ? type : { type, params };
    }
  }
  if (typeof guard === 'function') {
    // and([...]), or([...]) and not(...) carry their parts; name them by those.
    const parts: unknown = Reflect.get(guard, 'guards');
    const single: unknown = Reflect.get(guard, 'guard');
    const combinator = String(Reflect.get(guard, 'name') || 'guard').replace(/^bound /, '');
    if (Array.isArray(parts)) return `${combinator}(${parts.map(partName).join(', ')})`;
    if (single !== undefined) return `${combinator}(${partName(single)})`;
    return combinator;
  }
  return 'guard';
}

function partName(guard: unknown): string {
  const name = guardName(guard);
  return typeof name === 'string' ? name : String((name as { type: string }).type);
}

/** An action as a name: a string, `{ type }`, or a built-in's type (`xstate.assign`, …). */
function actionName(action: unknown): unknown {
  if (typeof action === 'string') return action;
  if (typeof action === 'object' && action !== null) {
    const type: unknown = Reflect.get(action, 'type');
    if (typeof type === 'string') {
      const params: unknown = Reflect.get(action, 'params');
      return params === undefined || typeof params === 'function' ? type : { type, params };
    }
  }
  if (typeof action === 'function') {
    const type: unknown = Reflect.get(action, 'type');
    if (typeof type === 'string') return type;
    return action.name.length > 0 ? action.name : 'inline';
  }
  return 'action';
}

/** JSON only: functions and `undefined` dropped, so the result survives `JSON.stringify`. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? undefined : v)),
  );
}
