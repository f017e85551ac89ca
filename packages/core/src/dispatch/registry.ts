import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { EventCatalog } from './catalog.js';

// Keyed by the machine's config: `machine.provide(…)` builds a new machine on the same config
// object, so provided machines keep their catalog.
const catalogs = new WeakMap<object, EventCatalog>();

declare const catalogBrand: unique symbol;

/** Type-only mark left by {@link withCatalog}, so `dispatch` can type the events it returns. */
export interface WithCatalog<TCatalog extends EventCatalog> {
  readonly [catalogBrand]?: TCatalog;
}

/** The catalog a machine or actor was typed with by {@link withCatalog}; any catalog otherwise. */
export type CatalogFrom<T> = T extends { readonly logic: WithCatalog<infer C extends EventCatalog> }
  ? C
  : T extends WithCatalog<infer C extends EventCatalog>
    ? C
    : EventCatalog;

/**
 * Attaches `catalog` to `machine` and returns the same machine. `dispatch` and `allowedEvents`
 * find it from any actor of this machine or of a machine made from it by `provide()`.
 */
export function withCatalog<TMachine extends AnyStateMachine, TCatalog extends EventCatalog>(
  machine: TMachine,
  catalog: TCatalog,
): TMachine & WithCatalog<TCatalog> {
  catalogs.set(machine.config, catalog);
  return machine;
}

/**
 * The catalog attached to a machine by {@link withCatalog}, found from the machine, an actor of
 * it, or one of its snapshots; `undefined` if none was attached.
 */
export function catalogOf(
  source: AnyStateMachine | AnyActorRef | AnyMachineSnapshot,
): EventCatalog | undefined {
  const config = configOf(source);
  return config === undefined ? undefined : catalogs.get(config);
}

function configOf(source: unknown): object | undefined {
  if (!isObject(source)) return undefined;
  // A machine has its own config; a snapshot points to its machine; an actor has both its logic
  // and a snapshot (a snapshot that failed to initialise has no machine).
  const config: unknown = Reflect.get(source, 'config');
  if (isObject(config) && Reflect.has(source, 'root')) return config;
  const machine: unknown = Reflect.get(source, 'machine');
  if (isObject(machine)) return configOf(machine);
  const logic: unknown = Reflect.get(source, 'logic');
  if (isObject(logic)) return configOf(logic);
  const getSnapshot: unknown = Reflect.get(source, 'getSnapshot');
  if (typeof getSnapshot === 'function') return configOf(getSnapshot.call(source));
  return undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
