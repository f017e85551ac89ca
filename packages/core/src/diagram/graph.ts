import type { AnyStateMachine } from 'xstate';
import { type EventCatalog, eventTitle, specOf } from '../dispatch/catalog.js';
import { catalogOf } from '../dispatch/registry.js';
import type { Bilingual } from '../i18n.js';

/** The kinds of state node xstate knows. */
export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final' | 'history';

/** One state of a machine, read from its definition. */
export interface GraphState {
  /** xstate's id, e.g. `notice.posted`. */
  readonly id: string;
  /** The key in its parent, e.g. `posted`. */
  readonly key: string;
  /** Keys from the root, excluding the machine itself. */
  readonly path: readonly string[];
  readonly kind: StateKind;
  /** `meta.title`, else the key in both languages. */
  readonly title: Bilingual;
  /** `meta.description` or the node's `description`, when present. */
  readonly description?: Bilingual;
  /** `meta.legal`: citation ids. */
  readonly legal: readonly string[];
  /** `meta.deadline(s)` as written, when present (text only). */
  readonly deadlines: readonly Bilingual[];
  /** The ids of its children, in declaration order. */
  readonly children: readonly string[];
  /** The id of the child entered first, for compound states. */
  readonly initial?: string;
  /** The parent's id; `undefined` for the root. */
  readonly parent?: string;
}

/** One transition of a machine, read from its definition. */
export interface GraphTransition {
  /** Stable id: `source:event:index`. */
  readonly id: string;
  readonly source: string;
  /** Target state ids; empty for a transition that stays (actions only). */
  readonly targets: readonly string[];
  /** The event descriptor as written (`''` for `always`). */
  readonly event: string;
  /** How the event reads in labels: its catalog title, or a name for xstate's own events. */
  readonly label: Bilingual;
  /** The guard's name, when guarded. */
  readonly guard?: string;
  /** `meta.title` of the transition, when present. */
  readonly title?: Bilingual;
  /** `meta.description` or the transition's `description`, when present. */
  readonly description?: Bilingual;
  /** `meta.legal`: citation ids. */
  readonly legal: readonly string[];
}

/** A machine as a graph of states and transitions, for diagrams and docs. */
export interface MachineGraph {
  /** The machine's id. */
  readonly id: string;
  /** The root state (the machine itself). */
  readonly root: string;
  /** Every state by id, root included, in document order. */
  readonly states: ReadonlyMap<string, GraphState>;
  /** Every transition, in document order. */
  readonly transitions: readonly GraphTransition[];
}

type StateNode = AnyStateMachine['root'];
type Transition = StateNode['always'] extends (infer T)[] | undefined ? T : never;

/**
 * Reads a machine's definition into a {@link MachineGraph}: states with their `meta.title`,
 * `meta.description` and `meta.legal`, and transitions (event, guard, targets, meta), labelled
 * with the catalog's event titles when a catalog is given.
 */
export function machineGraph(machine: AnyStateMachine, catalog?: EventCatalog): MachineGraph {
  const states = new Map<string, GraphState>();
  const transitions: GraphTransition[] = [];
  const found = catalog ?? catalogOf(machine);
  const owned = found?.owned === true ? found : undefined;
  const visit = (node: StateNode): void => {
    const children = Object.values(node.states) as StateNode[];
    const meta = metaOf(node.meta);
    const description = meta.description ?? plain(node.description);
    const initialTarget = node.type === 'compound' ? node.initial?.target[0]?.id : undefined;
    states.set(node.id, {
      id: node.id,
      key: node.key,
      path: [...node.path],
      kind: node.type,
      title: meta.title ?? { 'zh-CN': node.key, en: node.key },
      ...(description === undefined ? {} : { description }),
      legal: meta.legal,
      deadlines: meta.deadlines,
      children: children.map((child) => child.id),
      ...(initialTarget === undefined ? {} : { initial: initialTarget }),
      ...(node.parent === undefined ? {} : { parent: node.parent.id }),
    });
    const own: [string, Transition[]][] = [...node.transitions.entries()];
    if (node.always !== undefined) own.push(['', node.always]);
    for (const [event, list] of own) {
      list.forEach((transition, index) => {
        const tmeta = metaOf(Reflect.get(transition, 'meta'));
        const tdescription = tmeta.description ?? plain(transition.description);
        const guard = guardLabel(transition.guard, event, owned);
        transitions.push({
          id: `${node.id}:${event}:${index}`,
          source: node.id,
          targets: (transition.target ?? []).map((target) => target.id),
          event,
          label: eventLabel(event, catalog),
          ...(guard === undefined ? {} : { guard }),
          ...(tmeta.title === undefined ? {} : { title: tmeta.title }),
          ...(tdescription === undefined ? {} : { description: tdescription }),
          legal: tmeta.legal,
        });
      });
    }
    for (const child of children) visit(child);
  };
  visit(machine.root);
  return { id: machine.id, root: machine.root.id, states, transitions };
}

function eventLabel(event: string, catalog: EventCatalog | undefined): Bilingual {
  if (event === '') return { 'zh-CN': '（自动）', en: '(always)' };
  if (event.startsWith('xstate.done.state.')) return { 'zh-CN': '（完成）', en: '(done)' };
  if (event.startsWith('xstate.done.actor.'))
    return { 'zh-CN': '（子流程完成）', en: '(actor done)' };
  if (event.startsWith('xstate.error.actor.'))
    return { 'zh-CN': '（子流程出错）', en: '(actor error)' };
  if (event === '*') return { 'zh-CN': '（任意事件）', en: '(any event)' };
  return catalog === undefined ? { 'zh-CN': event, en: event } : eventTitle(catalog, event);
}

interface ReadMeta {
  readonly title?: Bilingual;
  readonly description?: Bilingual;
  readonly legal: readonly string[];
  readonly deadlines: readonly Bilingual[];
}

function metaOf(meta: unknown): ReadMeta {
  if (typeof meta !== 'object' || meta === null) return { legal: [], deadlines: [] };
  const title = asBilingual(Reflect.get(meta, 'title'));
  const description = asBilingual(Reflect.get(meta, 'description'));
  const legal: unknown = Reflect.get(meta, 'legal');
  const deadlineValue: unknown = Reflect.get(meta, 'deadlines') ?? Reflect.get(meta, 'deadline');
  const deadlineList: unknown[] = Array.isArray(deadlineValue)
    ? deadlineValue
    : deadlineValue === undefined
      ? []
      : [deadlineValue];
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    legal: Array.isArray(legal) ? legal.filter((id): id is string => typeof id === 'string') : [],
    deadlines: deadlineList.flatMap((entry) => {
      const text = asBilingual(entry) ?? plain(entry);
      return text === undefined ? [] : [text];
    }),
  };
}

function asBilingual(value: unknown): Bilingual | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const zh: unknown = Reflect.get(value, 'zh-CN');
  const en: unknown = Reflect.get(value, 'en');
  return typeof zh === 'string' && typeof en === 'string' ? { 'zh-CN': zh, en } : undefined;
}

function plain(value: unknown): Bilingual | undefined {
  return typeof value === 'string' && value.length > 0 ? { 'zh-CN': value, en: value } : undefined;
}

// In a machine that owns its rules, the event guard stands for the event's rules (the role and
// clock checks are on every external event): show the rules, then the transition's own condition.
function guardLabel(
  guard: unknown,
  event: string,
  owned: EventCatalog | undefined,
): string | undefined {
  const spec = owned === undefined ? undefined : specOf(owned, event);
  if (spec === undefined) return guardName(guard);
  const rules = (spec.rules ?? []).map((rule) => rule.id);
  const operands: unknown = typeof guard === 'function' ? Reflect.get(guard, 'guards') : undefined;
  const parts =
    guard === event
      ? rules
      : Array.isArray(operands) && operands.includes(event)
        ? operands.flatMap((g) => (g === event ? rules : [guardName(g) ?? 'guard']))
        : undefined;
  if (parts === undefined) return guardName(guard);
  return parts.length === 0 ? undefined : parts.join(', ');
}

function guardName(guard: unknown): string | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return guard;
  // and()/or()/not() are functions carrying their operands in `guards`.
  const inner: unknown =
    typeof guard === 'function' || typeof guard === 'object'
      ? Reflect.get(guard, 'guards')
      : undefined;
  const operands = Array.isArray(inner) ? inner.map((g) => guardName(g) ?? 'guard') : undefined;
  let name = 'guard';
  if (typeof guard === 'function' && guard.name.length > 0) name = guard.name;
  if (typeof guard === 'object') {
    const type: unknown = Reflect.get(guard, 'type');
    if (typeof type === 'string') name = type;
  }
  return operands === undefined ? name : `${name}(${operands.join(', ')})`;
}
