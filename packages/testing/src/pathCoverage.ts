import {
  type AnyStateMachine,
  type EventFromLogic,
  getInitialMicrosteps,
  getMicrosteps,
  type InputFrom,
  type StateValue,
} from 'xstate';
import {
  adjacencyMapToArray,
  getAdjacencyMap,
  getShortestPaths,
  getSimplePaths,
  getStateNodes,
  type StatePath,
  type TraversalOptions,
} from 'xstate/graph';

/** Options of {@link pathCoverage}. */
export interface PathCoverageOptions<TMachine extends AnyStateMachine> {
  /**
   * The events to try in every state (with their `at`, `by` and payload), or a function of the
   * snapshot returning them. Only these are tried: never a bare `{ type }` made up from the
   * machine's event types, which machines that read `at` and `by` do not expect.
   */
  readonly events:
    | readonly EventFromLogic<TMachine>[]
    | ((snapshot: ReturnType<TMachine['transition']>) => readonly EventFromLogic<TMachine>[]);
  /** The machine's input. */
  readonly input?: InputFrom<TMachine>;
  /** `shortest` (one shortest path per reachable snapshot, default) or `simple` (all simple paths). */
  readonly algorithm?: 'shortest' | 'simple';
  /**
   * Identity of a snapshot during the search. Default xstate's (value and context); pass e.g.
   * `(s) => JSON.stringify(s.value)` when the context grows without bound.
   */
  readonly serializeState?: (snapshot: ReturnType<TMachine['transition']>) => string;
  /** Further filter of the events tried in a snapshot. */
  readonly filterEvents?: (
    snapshot: ReturnType<TMachine['transition']>,
    event: EventFromLogic<TMachine>,
  ) => boolean;
  /** Maximum number of snapshots explored before giving up with an error. Default 10,000. */
  readonly limit?: number;
}

/** What {@link pathCoverage} found. */
export interface PathCoverage<TMachine extends AnyStateMachine> {
  /**
   * Reachable state nodes as dotted paths (`voting`, `voting.open`), sorted; includes states
   * only passed through within a step (eventless `always` routing).
   */
  readonly states: string[];
  /** Every state node of the machine that no path reaches (history nodes excluded), sorted. */
  readonly unreached: string[];
  /** Distinct transitions taken, as `from -[EVENT]-> to` over state values, sorted. */
  readonly transitions: string[];
  /** The paths, for replaying against a real actor; each step's `state` follows its `event`. */
  readonly paths: Array<StatePath<ReturnType<TMachine['transition']>, EventFromLogic<TMachine>>>;
}

/** Dotted paths of the active state nodes of a state value, parents included. */
export function activeStatePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) => [
    prefix + key,
    ...(child === undefined ? [] : activeStatePaths(child, `${prefix}${key}.`)),
  ]);
}

/** Every state node of a machine as a dotted path (`voting.open`), history nodes excluded. */
export function machineStatePaths(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root)
    .filter((node) => node.type !== 'history')
    .map((node) => node.path.join('.'))
    .sort();
}

/** A state value as one short string: leaf paths joined by commas. */
function valueKey(value: StateValue): string {
  const paths = activeStatePaths(value);
  return paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`))).join(',');
}

/**
 * Explores a machine with `xstate/graph` from its initial snapshot, sending the given events in
 * every reachable snapshot, and reports the reachable state nodes, the unreached ones, the
 * transitions taken and the paths (shortest or simple) to replay in tests.
 *
 * Pure: it uses the machine's `transition` function, so no actor runs and no actions with side
 * effects execute.
 *
 * @throws Error `Traversal limit exceeded` when more than `limit` snapshots are explored.
 */
export function pathCoverage<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: PathCoverageOptions<TMachine>,
): PathCoverage<TMachine>;
// The body works on the widest machine type: xstate/graph's signatures do not accept a generic
// machine type parameter for `getAdjacencyMap`.
export function pathCoverage(
  machine: AnyStateMachine,
  options: PathCoverageOptions<AnyStateMachine>,
): PathCoverage<AnyStateMachine> {
  type S = ReturnType<AnyStateMachine['transition']>;
  type E = EventFromLogic<AnyStateMachine>;
  // xstate's default traversal adds a bare `{ type }` for each event type of the machine; the
  // given events are recognised by identity so that such additions are never sent.
  const given = new WeakSet<object>();
  const source = options.events;
  const events = (snapshot: S): readonly E[] => {
    const list = typeof source === 'function' ? source(snapshot) : source;
    for (const event of list) given.add(event);
    return list;
  };
  const filter = options.filterEvents;
  const traversal: TraversalOptions<S, E, unknown> = {
    events,
    filterEvents: (snapshot, event) =>
      given.has(event) && (filter === undefined || filter(snapshot, event)),
    limit: options.limit ?? 10_000,
  };
  if (options.input !== undefined) traversal.input = options.input;
  if (options.serializeState) {
    const serialize = options.serializeState;
    traversal.serializeState = (snapshot) => serialize(snapshot);
  }

  const paths =
    options.algorithm === 'simple'
      ? getSimplePaths(machine, traversal)
      : getShortestPaths(machine, traversal);

  const states = new Set<string>();
  const transitions = new Set<string>();
  const adjacency = getAdjacencyMap(machine, traversal);
  for (const { state } of Object.values(adjacency)) {
    for (const p of activeStatePaths(state.value)) states.add(p);
  }
  // States left within the same macrostep (`always` routing) show only in the microsteps.
  const initial = getInitialMicrosteps(machine, options.input);
  for (const [snapshot] of initial) {
    for (const p of activeStatePaths(snapshot.value)) states.add(p);
  }
  for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
    // xstate returns the very same snapshot when no transition is enabled: not a transition.
    if (nextState === state) continue;
    for (const [snapshot] of getMicrosteps(machine, state, event)) {
      for (const p of activeStatePaths(snapshot.value)) states.add(p);
    }
    transitions.add(`${valueKey(state.value)} -[${event.type}]-> ${valueKey(nextState.value)}`);
  }
  return {
    states: [...states].sort(),
    unreached: machineStatePaths(machine).filter((p) => !states.has(p)),
    transitions: [...transitions].sort(),
    paths,
  };
}

/**
 * Throws unless every state node of `machine` (history nodes excluded) is reached by the
 * coverage of {@link pathCoverage} or by the given paths (states passed through within a step
 * count); the error lists the unreached ones.
 */
export function assertAllStatesReached<TMachine extends AnyStateMachine>(
  machine: TMachine,
  reached:
    | Pick<PathCoverage<TMachine>, 'states'>
    | ReadonlyArray<StatePath<ReturnType<TMachine['transition']>, EventFromLogic<TMachine>>>,
): void;
// As for pathCoverage, the body uses the widest machine type that xstate's functions accept.
export function assertAllStatesReached(
  machine: AnyStateMachine,
  reached:
    | Pick<PathCoverage<AnyStateMachine>, 'states'>
    | ReadonlyArray<
        StatePath<ReturnType<AnyStateMachine['transition']>, EventFromLogic<AnyStateMachine>>
      >,
): void {
  const states = new Set<string>();
  if ('states' in reached) {
    for (const s of reached.states) states.add(s);
  } else {
    for (const path of reached) {
      for (const snapshot of [path.state, ...path.steps.map((s) => s.state)]) {
        for (const p of activeStatePaths(snapshot.value)) states.add(p);
      }
      // Replays each step's event from the previous snapshot to see states passed through.
      path.steps.slice(1).forEach((step, i) => {
        const from = path.steps[i]?.state;
        if (from === undefined) return;
        for (const [snapshot] of getMicrosteps(machine, from, step.event)) {
          for (const p of activeStatePaths(snapshot.value)) states.add(p);
        }
      });
    }
  }
  const missing = machineStatePaths(machine).filter((p) => !states.has(p));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} state(s) of machine "${machine.id}" not reached: ${missing.join(', ')}`,
    );
  }
}
