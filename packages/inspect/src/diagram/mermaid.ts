import type { EventCatalog, Locale } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import { type GraphState, type GraphTransition, type MachineGraph, machineGraph } from './graph.js';

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /** Language of the labels; `zh-CN` by default. */
  readonly locale?: Locale;
  /** The catalog whose event titles label the arrows; by default none (event types are shown). */
  readonly catalog?: EventCatalog;
  /** Append each state's and transition's citation ids to its label. */
  readonly citations?: boolean;
  /** Show guard names in brackets after the event (default `true`). */
  readonly guards?: boolean;
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, labelled from `meta.title` (falling back to the
 * state keys) and the catalog's event titles, in one language.
 */
export function toMermaid(machine: AnyStateMachine, options: MermaidOptions = {}): string {
  return graphToMermaid(machineGraph(machine, options.catalog), options);
}

/** {@link toMermaid} over an already-read {@link MachineGraph}. */
export function graphToMermaid(graph: MachineGraph, options: MermaidOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const lines: string[] = ['stateDiagram-v2'];
  const root = graph.states.get(graph.root);
  if (root === undefined) return lines.join('\n');
  const stateLabel = (state: GraphState): string =>
    label(
      state.title[locale] +
        (options.citations && state.legal.length > 0 ? ` 〔${state.legal.join(', ')}〕` : ''),
    );

  const block = (parent: GraphState, indent: string): void => {
    const children = parent.children.map((id) => graph.states.get(id)).filter(isDefined);
    children.forEach((child, index) => {
      if (parent.kind === 'parallel' && index > 0) lines.push(`${indent}--`);
      lines.push(`${indent}state "${stateLabel(child)}" as ${mermaidId(child.id)}`);
      if (child.children.length > 0) {
        lines.push(`${indent}state ${mermaidId(child.id)} {`);
        block(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
    });
    if (parent.initial !== undefined) {
      lines.push(`${indent}[*] --> ${mermaidId(parent.initial)}`);
    }
    for (const child of children) {
      if (child.kind === 'final') lines.push(`${indent}${mermaidId(child.id)} --> [*]`);
    }
  };
  block(root, '  ');
  for (const transition of graph.transitions) {
    const text = transitionLabel(transition, locale, options);
    const targets = transition.targets.length > 0 ? transition.targets : [transition.source];
    for (const target of targets) {
      // Root-level transitions (a TICK that only moves the clock) have no box; docs list them.
      if (transition.source === graph.root) continue;
      lines.push(`  ${mermaidId(transition.source)} --> ${mermaidId(target)} : ${text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The Mermaid id of a state id (letters, digits and `_` only). */
export function mermaidId(stateId: string): string {
  return stateId.replace(/[^A-Za-z0-9_]/g, '_');
}

function transitionLabel(
  transition: GraphTransition,
  locale: Locale,
  options: MermaidOptions,
): string {
  let text = transition.label[locale];
  if (options.guards !== false && transition.guard !== undefined) text += ` [${transition.guard}]`;
  if (options.citations && transition.legal.length > 0)
    text += ` 〔${transition.legal.join(', ')}〕`;
  return label(text);
}

// Characters Mermaid reads as syntax inside labels are replaced by full-width look-alikes.
function label(text: string): string {
  return text
    .replace(/"/g, '”')
    .replace(/;/g, '；')
    .replace(/#/g, '＃')
    .replace(/\{/g, '｛')
    .replace(/\}/g, '｝')
    .replace(/\n/g, ' ');
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
