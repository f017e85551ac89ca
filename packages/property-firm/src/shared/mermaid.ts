import type { AnyStateMachine, StateNode } from 'xstate';

type Node = StateNode;

function name(node: Node): string {
  return node.path.length === 0 ? 'root' : node.path.join('_');
}

function targetsOf(node: Node): Array<{ event: string; target: Node }> {
  const out: Array<{ event: string; target: Node }> = [];
  for (const [event, transitions] of node.transitions) {
    for (const t of transitions) for (const target of t.target ?? []) out.push({ event, target });
  }
  for (const t of node.always ?? [])
    for (const target of t.target ?? []) out.push({ event: 'always', target });
  return out;
}

function render(node: Node, indent: string, lines: string[]): void {
  const children = Object.values(node.states) as Node[];
  if (children.length === 0) return;
  const initial = node.initial?.target[0];
  if (node.type !== 'parallel' && initial !== undefined)
    lines.push(`${indent}[*] --> ${name(initial)}`);
  children.forEach((child, i) => {
    if (Object.keys(child.states).length > 0) {
      lines.push(`${indent}state ${name(child)} {`);
      render(child, `${indent}  `, lines);
      lines.push(`${indent}}`);
    }
    if (child.type === 'final') lines.push(`${indent}${name(child)} --> [*]`);
    if (node.type === 'parallel' && i < children.length - 1) lines.push(`${indent}--`);
  });
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, generated from its definition: nested states, the
 * initial and final markers, and every targeted transition labelled with its event.
 */
export function toMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  render(machine.root, '  ', lines);
  const edges = new Set<string>();
  const walk = (node: Node) => {
    for (const { event, target } of targetsOf(node)) {
      if (target === node) continue;
      edges.add(`  ${node.path.length === 0 ? '[*]' : name(node)} --> ${name(target)} : ${event}`);
    }
    for (const child of Object.values(node.states) as Node[]) walk(child);
  };
  walk(machine.root);
  return [...lines, ...[...edges]].join('\n');
}
