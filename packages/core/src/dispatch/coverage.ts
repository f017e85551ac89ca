import type { AnyStateMachine } from 'xstate';
import { matchesDescriptor } from './allowed.js';
import type { EventCatalog } from './catalog.js';
import type { ActiveStateNode } from './state.js';

/** How a catalog and a machine's transitions line up; both lists empty means they agree. */
export interface CatalogCoverage {
  /** Event descriptors some state handles that match no catalog type (internal or forgotten). */
  readonly uncatalogued: readonly string[];
  /** Catalog types no state of the machine handles: `dispatch` would always refuse them. */
  readonly unhandled: readonly string[];
}

/**
 * Compares a catalog with the events a machine's states handle, so a machine package's tests can
 * assert that every external event is catalogued and every catalogued event is reachable.
 * xstate's internal events (`xstate.…`) are ignored.
 */
export function catalogCoverage(machine: AnyStateMachine, catalog: EventCatalog): CatalogCoverage {
  const descriptors = new Set<string>();
  const visit = (node: ActiveStateNode): void => {
    for (const descriptor of node.transitions.keys()) {
      if (!descriptor.startsWith('xstate.')) descriptors.add(descriptor);
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  const uncatalogued = [...descriptors].filter(
    (descriptor) => !catalog.types.some((type) => matchesDescriptor(descriptor, type)),
  );
  const unhandled = catalog.types.filter(
    (type) => ![...descriptors].some((descriptor) => matchesDescriptor(descriptor, type)),
  );
  return { uncatalogued, unhandled };
}
