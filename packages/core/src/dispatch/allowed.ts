import type { AnyActorRef, AnyMachineSnapshot } from 'xstate';
import type { ActorRef } from '../roles.js';
import { type EventCatalog, type EventTypeOf, specOf } from './catalog.js';
import { catalogOf } from './registry.js';
import {
  type ActiveStateNode,
  activeLeaves,
  endReason,
  isActorRef,
  machineSnapshotOf,
} from './state.js';

type TransitionDefinition =
  ActiveStateNode['transitions'] extends Map<string, (infer T)[]> ? T : never;

const WILDCARD = '*';

/**
 * Whether an xstate event descriptor matches an event type, as xstate 5.33 decides: the same
 * type, the wildcard `*`, or a partial descriptor such as `VOTE.*`, which matches `VOTE.CAST`
 * and also `VOTE` itself.
 */
export function matchesDescriptor(descriptor: string, type: string): boolean {
  if (descriptor === type || descriptor === WILDCARD) return true;
  if (!descriptor.endsWith('.*')) return false;
  const partialTokens = descriptor.split('.');
  const typeTokens = type.split('.');
  for (const [index, token] of partialTokens.entries()) {
    if (token === '*') return index === partialTokens.length - 1;
    if (token !== typeTokens[index]) return false;
  }
  return true;
}

// A transition with no target and no actions does nothing; unguarded, it forbids the event
// (`on: { X: undefined }`) and hides the ancestors' transitions. Same test as `snapshot.can`.
function isInert(transition: TransitionDefinition): boolean {
  return transition.target === undefined && transition.actions.length === 0;
}

// xstate's own order: exact descriptor first, then the longer partial descriptors.
function candidates(node: ActiveStateNode, type: string): TransitionDefinition[] {
  const exact = node.transitions.get(type) ?? [];
  const partial = [...node.transitions.keys()]
    .filter((descriptor) => descriptor !== type && matchesDescriptor(descriptor, type))
    .sort((a, b) => b.length - a.length)
    .flatMap((descriptor) => node.transitions.get(descriptor) ?? []);
  return [...exact, ...partial];
}

/**
 * Whether some active state node has a transition for `type`, ignoring guards: walking from each
 * active leaf up to the root as xstate does, a transition that does something is found before a
 * transition that forbids the event.
 */
export function stateAccepts(snapshot: AnyMachineSnapshot, type: string): boolean {
  if (snapshot.status !== 'active' || type.startsWith('xstate.')) return false;
  for (const leaf of activeLeaves(snapshot)) {
    walk: for (let node: ActiveStateNode | undefined = leaf; node; node = node.parent) {
      for (const transition of candidates(node, type)) {
        if (!isInert(transition)) return true;
        if (transition.guard === undefined) break walk;
      }
    }
  }
  return false;
}

/**
 * The event descriptors of the active state nodes that lead somewhere, ignoring guards: exact
 * types the state accepts, plus wildcard (`*`) and partial (`X.*`) descriptors as written.
 * xstate's internal events (`xstate.…`) are left out.
 */
export function stateDescriptors(snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const found = new Set<string>();
  for (const node of snapshot._nodes) {
    for (const [descriptor, transitions] of node.transitions) {
      if (descriptor.startsWith('xstate.') || transitions.every(isInert)) continue;
      const partial = descriptor === WILDCARD || descriptor.endsWith('.*');
      if (partial || stateAccepts(snapshot, descriptor)) found.add(descriptor);
    }
  }
  return [...found];
}

/**
 * The event types the current state allows, ignoring guards and rules — what a host shows as
 * buttons. With a catalog (given, or attached by `withCatalog`) the answer lists catalog types in
 * catalog order; wildcard and partial descriptors are expanded against it. Without a catalog it
 * lists the machine's descriptors (see {@link stateDescriptors}). With `by`, only the types that
 * actor's role may send (this needs a catalog). An ended or not-started process allows nothing.
 *
 * @throws if `by` is given and no catalog is found.
 */
export function allowedEvents<TCatalog extends EventCatalog>(
  source: AnyActorRef | AnyMachineSnapshot,
  catalog: TCatalog,
  by?: ActorRef,
): EventTypeOf<TCatalog>[];
export function allowedEvents(
  source: AnyActorRef | AnyMachineSnapshot,
  catalog?: EventCatalog,
  by?: ActorRef,
): string[];
export function allowedEvents(
  source: AnyActorRef | AnyMachineSnapshot,
  catalog?: EventCatalog,
  by?: ActorRef,
): string[] {
  const snapshot = machineSnapshotOf(source);
  if (snapshot === undefined) return [];
  if (isActorRef(source) && endReason(source) !== undefined) return [];
  const found: EventCatalog | undefined = catalog ?? catalogOf(snapshot);
  if (found === undefined) {
    if (by !== undefined) {
      throw new Error(
        'allowedEvents: filtering by role needs a catalog; pass one or use withCatalog',
      );
    }
    return stateDescriptors(snapshot);
  }
  const accepted = acceptedTypes(snapshot, found.types);
  return found.types.filter(
    (type) =>
      accepted.has(type) &&
      (by === undefined || (specOf(found, type)?.roles.includes(by.role) ?? false)),
  );
}

/**
 * The types of `types` that {@link stateAccepts} accepts, in one walk: from each active leaf up
 * to the root, each node's descriptors are read once and matched against the types, instead of
 * walking the states once per type (a refusal lists what is allowed, so this runs on every one).
 * The same decision per type: the first node with a candidate transition that does something
 * accepts it; an unguarded transition that does nothing forbids it for that leaf.
 */
function acceptedTypes(snapshot: AnyMachineSnapshot, types: readonly string[]): Set<string> {
  const accepted = new Set<string>();
  if (snapshot.status !== 'active') return accepted;
  const wanted = types.filter((type) => !type.startsWith('xstate.'));
  const known = new Set(wanted);
  for (const leaf of activeLeaves(snapshot)) {
    const decided = new Set<string>();
    for (let node: ActiveStateNode | undefined = leaf; node; node = node.parent) {
      const exact: string[] = [];
      let anyPartial = false;
      for (const descriptor of node.transitions.keys()) {
        if (descriptor === WILDCARD || descriptor.endsWith('.*')) anyPartial = true;
        else if (known.has(descriptor) && !decided.has(descriptor)) exact.push(descriptor);
      }
      // Without partial descriptors a type's candidates are its own transitions.
      const open = anyPartial ? wanted.filter((type) => !decided.has(type)) : exact;
      for (const type of open) {
        const list = anyPartial ? candidates(node, type) : (node.transitions.get(type) ?? []);
        for (const transition of list) {
          if (!isInert(transition)) {
            accepted.add(type);
            decided.add(type);
            break;
          }
          if (transition.guard === undefined) {
            decided.add(type);
            break;
          }
        }
      }
    }
  }
  return accepted;
}
