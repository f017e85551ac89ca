import type { AnyStateMachine } from 'xstate';

type Node = AnyStateMachine['root'];

interface Meta {
  readonly legal?: readonly string[];
}

function metaOf(meta: unknown): Meta {
  return typeof meta === 'object' && meta !== null ? (meta as Meta) : {};
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
    const legal = metaOf(node.meta).legal;
    const name = node.path.length === 0 ? '(machine)' : node.path.join('.');
    if (legal !== undefined && legal.length > 0)
      rows.push({ where: `state ${name}`, citations: legal });
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        const tLegal = metaOf(t.meta).legal;
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
