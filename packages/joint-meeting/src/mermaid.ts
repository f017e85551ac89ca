import type { AnyStateMachine } from 'xstate';

type Node = AnyStateMachine['root'];

interface Meta {
  readonly title?: { readonly 'zh-CN': string; readonly en: string };
  readonly legal?: readonly string[];
}

function metaOf(node: Node): Meta {
  const meta: unknown = node.meta;
  return typeof meta === 'object' && meta !== null ? (meta as Meta) : {};
}

// Mermaid ids cannot contain dots.
const idOf = (node: Node): string => (node.path.length === 0 ? 'root' : node.path.join('_'));

function render(node: Node, indent: string, lines: string[]): void {
  const children = Object.values(node.states) as Node[];
  const initial = node.initial?.target[0];
  if (initial !== undefined) lines.push(`${indent}[*] --> ${idOf(initial)}`);
  for (const child of children) {
    const title = metaOf(child).title;
    const label = title === undefined ? child.key : `${title['zh-CN']} / ${title.en}`;
    if (Object.keys(child.states).length > 0) {
      lines.push(`${indent}state "${label}" as ${idOf(child)} {`);
      render(child, `${indent}  `, lines);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}state "${label}" as ${idOf(child)}`);
    }
    if (child.type === 'final') lines.push(`${indent}${idOf(child)} --> [*]`);
  }
}

function edges(node: Node, lines: string[]): void {
  for (const [event, transitions] of node.transitions) {
    for (const t of transitions) {
      const guard = typeof t.guard === 'string' ? ` [${t.guard}]` : '';
      for (const target of t.target ?? [node]) {
        if (t.target === undefined && t.actions.length === 0) continue;
        lines.push(`  ${idOf(node)} --> ${idOf(target)}: ${event}${guard}`);
      }
    }
  }
  for (const t of node.always ?? []) {
    const guard = typeof t.guard === 'string' ? ` [${t.guard}]` : '';
    for (const target of t.target ?? [])
      lines.push(`  ${idOf(node)} --> ${idOf(target)}: (always)${guard}`);
  }
  for (const child of Object.values(node.states) as Node[]) edges(child, lines);
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, generated from its definition: states with their
 * bilingual titles, every event and eventless transition with its guard. Deterministic, so a
 * test can compare it with the committed docs.
 */
export function toMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  render(machine.root, '  ', lines);
  edges(machine.root, lines);
  return `${lines.join('\n')}\n`;
}

/** One row of a legal-basis table: a state or transition and the citation ids it carries. */
export interface LegalRow {
  readonly where: string;
  readonly citations: readonly string[];
}

/** Every state and transition of a machine that carries `meta.legal`, in definition order. */
export function legalRows(machine: AnyStateMachine): LegalRow[] {
  const rows: LegalRow[] = [];
  const visit = (node: Node): void => {
    const legal = metaOf(node).legal;
    const name = node.path.length === 0 ? '(machine)' : node.path.join('.');
    if (legal !== undefined && legal.length > 0)
      rows.push({ where: `state ${name}`, citations: legal });
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        const tLegal = (t.meta as Meta | undefined)?.legal;
        if (tLegal !== undefined && tLegal.length > 0) {
          rows.push({ where: `${name} on ${event}`, citations: tLegal });
        }
      }
    }
    for (const child of Object.values(node.states) as Node[]) visit(child);
  };
  visit(machine.root);
  return rows;
}
