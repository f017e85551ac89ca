import { type AnyStateMachine, and } from 'xstate';
import { matchesDescriptor } from './allowed.js';
import { type EventCatalog, specOf } from './catalog.js';
import type { ActiveStateNode } from './state.js';

/** How a catalog and a machine's transitions line up; both lists empty means they agree. */
export interface CatalogCoverage {
  /** Event descriptors some state handles that match no catalog type (internal or forgotten). */
  readonly uncatalogued: readonly string[];
  /** Catalog types no state of the machine handles: `dispatch` would always refuse them. */
  readonly unhandled: readonly string[];
  /**
   * For a catalog made by `defineCatalog`: transitions on a catalog event that are not guarded by
   * the event's guard (alone or inside `and([...])`), so plain `actor.send` would skip its roles
   * and rules. Written `state -[TYPE]`.
   */
  readonly unguarded: readonly string[];
  /**
   * For a catalog made by `defineCatalog`: transitions on a catalog event that lack one of the
   * actions its entry names. Written `state -[TYPE] action`.
   */
  readonly missingActions: readonly string[];
}

/**
 * Compares a catalog with the events a machine's states handle, so a machine package's tests can
 * assert that every external event is catalogued and every catalogued event is reachable.
 * xstate's internal events (`xstate.…`) are ignored.
 */
export function catalogCoverage(machine: AnyStateMachine, catalog: EventCatalog): CatalogCoverage {
  const descriptors = new Set<string>();
  const unguarded: string[] = [];
  const missingActions: string[] = [];
  const visit = (node: ActiveStateNode): void => {
    for (const [descriptor, transitions] of node.transitions) {
      if (descriptor.startsWith('xstate.')) continue;
      descriptors.add(descriptor);
      const spec = catalog.owned === true ? specOf(catalog, descriptor) : undefined;
      if (spec === undefined) continue;
      const where = `${node.path.join('.') || '(machine)'} -[${descriptor}]`;
      for (const transition of transitions) {
        if (!guardedBy(transition.guard, descriptor)) unguarded.push(where);
        const names = new Set(transition.actions.map(nameOf));
        for (const action of spec.actions ?? []) {
          if (!names.has(action)) missingActions.push(`${where} ${action}`);
        }
      }
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
  return { uncatalogued, unhandled, unguarded, missingActions };
}

const AND_CHECK: unknown = Reflect.get(and([]), 'check');

// The event guard alone (`guard: 'TYPE'`) or among the guards of `and([...])`.
function guardedBy(guard: unknown, type: string): boolean {
  if (guard === type) return true;
  if (typeof guard === 'object' && guard !== null && Reflect.get(guard, 'type') === type) {
    return true;
  }
  if (typeof guard !== 'function' || Reflect.get(guard, 'check') === undefined) return false;
  const inner: unknown = Reflect.get(guard, 'guards');
  // Only `and` keeps the event guard binding: under `or`/`not` it could be bypassed.
  return (
    isAndCheck(Reflect.get(guard, 'check')) &&
    Array.isArray(inner) &&
    inner.some((g) => guardedBy(g, type))
  );
}

// Another copy of xstate (CJS beside ESM) has its own `checkAnd`; its name still says what it is.
function isAndCheck(check: unknown): boolean {
  return check === AND_CHECK || (typeof check === 'function' && check.name === 'checkAnd');
}

function nameOf(action: unknown): string | undefined {
  if (typeof action === 'string') return action;
  const type: unknown =
    typeof action === 'object' && action !== null ? Reflect.get(action, 'type') : undefined;
  return typeof type === 'string' ? type : undefined;
}
