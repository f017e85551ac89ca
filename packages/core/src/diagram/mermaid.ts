import type { AnyStateMachine } from 'xstate';
import { citationVersion } from '../citations/version-label.js';
import { VERSION_WORDS } from '../citations/version-locale.js';
import type { EventCatalog } from '../dispatch/catalog.js';
import type { Bilingual, Locale } from '../i18n.js';
import { type GraphState, type GraphTransition, type MachineGraph, machineGraph } from './graph.js';

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /**
   * Language of the labels: one locale, or `'bilingual'` for `中文 / English` (written once when
   * both read the same, as state keys and event types do). `zh-CN` by default.
   */
  readonly locale?: Locale | 'bilingual';
  /** The catalog whose event titles label the arrows; by default none (event types are shown). */
  readonly catalog?: EventCatalog;
  /**
   * Append each state's and transition's citation ids (`meta.legal`) to its label, each with the
   * text version it refers to (`SH-20-2 (2023-12-28 text)`, `SH-6-6 (2021-07-01 – 2026-06-30)`).
   */
  readonly citations?: boolean;
  /** With `citations`, name each citation's text version (default `true`). */
  readonly versions?: boolean;
  /** Show guard names in brackets after the event (default `true`). */
  readonly guards?: boolean;
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, generated from its definition.
 *
 * - Every state is declared once as `state "<title>" as <id>`, the title from `meta.title`
 *   (else the key); a compound or parallel state then opens a block with its children, and the
 *   regions of a parallel state are separated by `--`.
 * - Each compound state marks its initial child (`[*] --> <id>`) and its final children
 *   (`<id> --> [*]`).
 * - Every transition is an arrow `<source> --> <target> : <event> [<guard>]`: eventless
 *   (`always`) ones read `（自动）` / `(always)`, a transition without a target is a loop on its
 *   source, and identical arrows are written once. Transitions declared on the machine itself
 *   are not drawn: the machine has no box of its own.
 * - Ids are the xstate state ids with every character Mermaid cannot take replaced by `_`
 *   ({@link mermaidId}); characters Mermaid reads as syntax inside labels become full-width.
 *
 * Deterministic (definition order), so a test can compare it with committed docs.
 *
 * @example
 * ```ts
 * toMermaid(machine); // zh-CN titles, event types, guards
 * toMermaid(machine, { locale: 'bilingual' }); // "中文 / English" titles
 * toMermaid(machine, { locale: 'en', catalog: catalogOf(machine), citations: true });
 * ```
 */
export function toMermaid(machine: AnyStateMachine, options: MermaidOptions = {}): string {
  return graphToMermaid(machineGraph(machine, options.catalog), options);
}

/**
 * {@link toMermaid} over an already-read {@link MachineGraph}; its transitions are labelled as
 * they were read (`options.catalog` is not consulted).
 */
export function graphToMermaid(graph: MachineGraph, options: MermaidOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const lines: string[] = ['stateDiagram-v2'];
  const root = graph.states.get(graph.root);
  if (root === undefined) return `${lines.join('\n')}\n`;
  const stateLabel = (state: GraphState): string =>
    safeLabel(textOf(state.title, locale) + citationSuffix(state.legal, locale, options));

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
    if (parent.initial !== undefined) lines.push(`${indent}[*] --> ${mermaidId(parent.initial)}`);
    for (const child of children) {
      if (child.kind === 'final') lines.push(`${indent}${mermaidId(child.id)} --> [*]`);
    }
  };
  block(root, '  ');

  // Two transitions differing only in what is not shown (e.g. hidden guards) draw one arrow.
  const arrows = new Set<string>();
  for (const transition of graph.transitions) {
    if (transition.source === graph.root) continue;
    const text = transitionLabel(transition, locale, options);
    const targets = transition.targets.length > 0 ? transition.targets : [transition.source];
    for (const target of targets) {
      arrows.add(`  ${mermaidId(transition.source)} --> ${mermaidId(target)} : ${text}`);
    }
  }
  return `${[...lines, ...arrows].join('\n')}\n`;
}

/** The Mermaid id of a state id (letters, digits and `_` only). */
export function mermaidId(stateId: string): string {
  return stateId.replace(/[^A-Za-z0-9_]/g, '_');
}

function textOf(text: Bilingual, locale: Locale | 'bilingual'): string {
  if (locale !== 'bilingual') return text[locale];
  return text['zh-CN'] === text.en ? text.en : `${text['zh-CN']} / ${text.en}`;
}

function citationSuffix(
  legal: readonly string[],
  locale: Locale | 'bilingual',
  options: MermaidOptions,
): string {
  if (options.citations !== true || legal.length === 0) return '';
  const cited = options.versions === false ? legal : legal.map((id) => versioned(id, locale));
  return ` 〔${cited.join(', ')}〕`;
}

// The id with its text version in the label's language (both, for a bilingual diagram).
function versioned(id: string, locale: Locale | 'bilingual'): string {
  const version = citationVersion(id);
  if (version === undefined) return id;
  const wrap = VERSION_WORDS[locale === 'bilingual' ? 'en' : locale].wrap;
  return `${id}${wrap(textOf(version.label, locale))}`;
}

function transitionLabel(
  transition: GraphTransition,
  locale: Locale | 'bilingual',
  options: MermaidOptions,
): string {
  let text = textOf(transition.label, locale);
  if (options.guards !== false && transition.guard !== undefined) text += ` [${transition.guard}]`;
  return safeLabel(text + citationSuffix(transition.legal, locale, options));
}

// Characters Mermaid reads as syntax inside labels are replaced by full-width look-alikes.
function safeLabel(text: string): string {
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
