// The process diagram: the machine's graph with the inactive regions folded, the active states
// highlighted, drawn once per machine and configuration.
import { type MachineGraph, machineGraph } from '@jiayuan/core';
import { collapseInactive, graphToSvg, svgHighlightCss } from '@jiayuan/inspect';
import type { AnyStateMachine } from 'xstate';

const graphs = new WeakMap<AnyStateMachine, MachineGraph>();
const drawn = new Map<string, Promise<string>>();

/** The SVG of `machine` in the configuration `active` (state ids), with its highlight style. */
export function diagramSvg(machine: AnyStateMachine, active: readonly string[]): Promise<string> {
  let graph = graphs.get(machine);
  if (graph === undefined) {
    graph = machineGraph(machine);
    graphs.set(machine, graph);
  }
  const key = `${graph.id}|${active.join(',')}`;
  let svg = drawn.get(key);
  if (svg === undefined) {
    const folded = collapseInactive(graph, active);
    svg = graphToSvg(folded, { locale: 'zh-CN', legend: false }).then(
      (s) => `<style>${svgHighlightCss(active)}</style>${s}`,
    );
    drawn.set(key, svg);
  }
  return svg;
}
