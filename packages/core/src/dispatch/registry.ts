import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { EventCatalog } from './catalog.js';
import type { CatalogMark } from './catalog-mark.js';

/**
 * Where a machine keeps its catalog: a property of its config object under a registered symbol.
 * `machine.provide(…)` builds the new machine on the same config, so provided machines keep it;
 * `Symbol.for` is shared by every copy of this package, so a machine loaded with `require()` and
 * a `dispatch` loaded with `import` find the same catalog (no module-level registry).
 */
export const CATALOG_KEY: symbol = Symbol.for('jiayuan.catalog');

/** Type-only mark left by {@link withCatalog}, so `dispatch` can type the events it returns. */
export type WithCatalog<TCatalog extends EventCatalog> = CatalogMark<TCatalog>;

/** The catalog a machine or actor was typed with by {@link withCatalog}; any catalog otherwise. */
export type CatalogFrom<T> = T extends { readonly logic: WithCatalog<infer C extends EventCatalog> }
  ? C
  : T extends WithCatalog<infer C extends EventCatalog>
    ? C
    : EventCatalog;

/**
 * Attaches `catalog` to `machine` and returns the same machine. `dispatch` and `allowedEvents`
 * find it from any actor of this machine or of a machine made from it by `provide()`.
 *
 * @throws if the machine already carries another catalog.
 */
export function withCatalog<TMachine extends AnyStateMachine, TCatalog extends EventCatalog>(
  machine: TMachine,
  catalog: TCatalog,
): TMachine & WithCatalog<TCatalog> {
  const config: object = machine.config;
  const existing: unknown = Reflect.get(config, CATALOG_KEY);
  if (existing !== undefined && existing !== catalog) {
    throw new Error('withCatalog: this machine already carries another catalog');
  }
  Object.defineProperty(config, CATALOG_KEY, { value: catalog, enumerable: false });
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
  if (config === undefined) return undefined;
  const catalog: unknown = Reflect.get(config, CATALOG_KEY);
  return isObject(catalog) ? (catalog as EventCatalog) : undefined;
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
