import { CITATIONS, catalogOf, type EventCatalog, isCitationId, specOf } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';

interface NodeLike {
  readonly key: string;
  readonly id: string;
  readonly type: string;
  readonly initial?: { readonly target: readonly NodeLike[] } | undefined;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly meta?: unknown;
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  /** Eventless (`always`) transitions. */
  readonly always?: readonly TransitionLike[] | undefined;
}

interface TransitionLike {
  readonly target?: readonly NodeLike[] | undefined;
  readonly guard?: unknown;
  readonly meta?: unknown;
}

/** A node's transitions by event, eventless ones under `always`. */
function transitionsOf(node: NodeLike): Array<[string, readonly TransitionLike[]]> {
  const list = [...node.transitions];
  if (node.always !== undefined && node.always.length > 0) list.push(['always', node.always]);
  return list;
}

function legalOf(meta: unknown): string[] {
  if (typeof meta !== 'object' || meta === null) return [];
  const legal: unknown = Reflect.get(meta, 'legal');
  return Array.isArray(legal) ? legal.filter((x): x is string => typeof x === 'string') : [];
}

function titleOf(meta: unknown): string {
  if (typeof meta !== 'object' || meta === null) return '';
  const title: unknown = Reflect.get(meta, 'title');
  if (typeof title !== 'object' || title === null) return '';
  const zh: unknown = Reflect.get(title, 'zh-CN');
  const en: unknown = Reflect.get(title, 'en');
  return typeof zh === 'string' && typeof en === 'string' ? `${zh} / ${en}` : '';
}

function sid(node: NodeLike): string {
  return node.id.replace(/[^A-Za-z0-9_]/g, '_');
}

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null) {
    const type: unknown = Reflect.get(guard, 'type');
    const params: unknown = Reflect.get(guard, 'params');
    const id: unknown =
      typeof params === 'object' && params !== null ? Reflect.get(params, 'id') : undefined;
    if (typeof type === 'string') return typeof id === 'string' ? `${type}(${id})` : type;
  }
  return typeof guard === 'function' ? guard.name || 'guard' : '';
}

/**
 * What a transition's guard checks, for a reader: the event guard of a machine that owns its
 * rules stands for the event's rules (its roles and the clock hold on every external event),
 * followed by the transition's own conditions.
 */
function guardLabel(guard: unknown, event: string, catalog: EventCatalog | undefined): string {
  const rules = (spec: string) =>
    (specOf(catalog ?? { events: {}, types: [] }, spec)?.rules ?? []).map((rule) => rule.id);
  if (guard === event && catalog !== undefined) return rules(event).join(', ');
  const operands: unknown = typeof guard === 'function' ? Reflect.get(guard, 'guards') : undefined;
  if (!Array.isArray(operands)) return guardName(guard);
  return operands.flatMap((g) => (g === event ? rules(event) : [guardName(g)])).join(', ');
}

/** A Mermaid `stateDiagram-v2` of a machine, generated from its definition. */
export function toMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  const found = catalogOf(machine);
  const catalog = found?.owned === true ? found : undefined;
  const walk = (node: NodeLike, depth: number) => {
    const pad = '  '.repeat(depth);
    const children = Object.values(node.states);
    const initial = node.initial?.target[0];
    if (initial !== undefined) lines.push(`${pad}[*] --> ${sid(initial)}`);
    for (const child of children) {
      if (Object.keys(child.states).length > 0) {
        lines.push(`${pad}state ${sid(child)} {`);
        walk(child, depth + 1);
        lines.push(`${pad}}`);
      }
      if (child.type === 'final') lines.push(`${pad}${sid(child)} --> [*]`);
    }
    for (const child of children) {
      for (const [event, transitions] of transitionsOf(child)) {
        for (const t of transitions) {
          for (const target of t.target ?? []) {
            const guard = guardLabel(t.guard, event, catalog);
            lines.push(
              `${pad}${sid(child)} --> ${sid(target)}: ${event}${guard ? ` [${guard}]` : ''}`,
            );
          }
        }
      }
    }
  };
  walk(machine.root as unknown as NodeLike, 1);
  return `${lines.join('\n')}\n`;
}

function cite(ids: readonly string[]): string {
  return ids
    .map((id) => (isCitationId(id) ? `${id} 「${CITATIONS[id].keyPhrase}」` : `${id} (unknown)`))
    .join('<br>');
}

/** A Markdown table: each state and targeted transition with its citation ids. */
export function legalTable(machine: AnyStateMachine): string {
  const rows = ['| state / transition | title | citations |', '|---|---|---|'];
  const walk = (node: NodeLike) => {
    for (const child of Object.values(node.states)) {
      rows.push(`| \`${child.id}\` | ${titleOf(child.meta)} | ${cite(legalOf(child.meta))} |`);
      for (const [event, transitions] of transitionsOf(child)) {
        for (const t of transitions) {
          const legal = legalOf(t.meta);
          if (legal.length === 0) continue;
          const to = (t.target ?? []).map((n) => n.id).join(', ') || '(stays)';
          rows.push(`| \`${child.id}\` —${event}→ \`${to}\` |  | ${cite(legal)} |`);
        }
      }
      walk(child);
    }
  };
  walk(machine.root as unknown as NodeLike);
  return `${rows.join('\n')}\n`;
}
