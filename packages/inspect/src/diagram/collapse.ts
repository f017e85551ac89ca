import type { GraphState, GraphTransition, MachineGraph } from '@jiayuan/core';

/**
 * The graph with every state outside the active configuration folded: an inactive compound or
 * parallel state keeps its box but loses its children, and the transitions into, out of or
 * within what was folded attach to the folded state (those left inside it are dropped, the rest
 * listed once). What a process page draws, so the current step is readable at the page's width.
 *
 * @param active - the ids of the active states (their ancestors are taken as active too).
 */
export function collapseInactive(graph: MachineGraph, active: Iterable<string>): MachineGraph {
  const open = new Set<string>([graph.root]);
  for (const id of active) {
    for (let s = graph.states.get(id); s !== undefined; s = graph.states.get(s.parent ?? '')) {
      open.add(s.id);
    }
  }
  // A state is drawn when every ancestor is open; it shows its children only when it is open.
  const drawn = new Map<string, GraphState>();
  const visit = (id: string): void => {
    const state = graph.states.get(id);
    if (state === undefined) return;
    if (open.has(id)) {
      drawn.set(id, state);
      for (const child of state.children) visit(child);
    } else {
      const { initial: _initial, ...folded } = state;
      drawn.set(id, { ...folded, children: [] });
    }
  };
  visit(graph.root);

  const shown = (id: string): string => {
    let s = graph.states.get(id);
    while (s !== undefined && !drawn.has(s.id)) s = graph.states.get(s.parent ?? '');
    return s?.id ?? graph.root;
  };
  const seen = new Set<string>();
  const transitions: GraphTransition[] = [];
  for (const t of graph.transitions) {
    const source = shown(t.source);
    const targets = [...new Set(t.targets.map(shown))];
    const folded = source !== t.source || targets.some((x, i) => x !== t.targets[i]);
    if (folded && targets.every((x) => x === source)) continue;
    const key = `${source}|${targets.join(',')}|${t.event}`;
    if (folded && seen.has(key)) continue;
    seen.add(key);
    transitions.push(folded ? { ...t, source, targets } : t);
  }
  return { ...graph, states: drawn, transitions };
}
