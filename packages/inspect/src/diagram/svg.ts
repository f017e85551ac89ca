import {
  CITATIONS,
  citationVersionLabel,
  type EventCatalog,
  formatCitation,
  type GraphState,
  isCitationId,
  type Locale,
  type MachineGraph,
  machineGraph,
  VERSION_WORDS,
} from '@jiayuan/core';
import type { ElkExtendedEdge, ElkLabel, ElkNode, ElkPoint } from 'elkjs/lib/elk-api.js';
import type { AnyStateMachine } from 'xstate';

/** Options of {@link toSvg}. */
export interface SvgOptions {
  /** Language of the labels; `zh-CN` by default. */
  readonly locale?: Locale;
  /** The catalog whose event titles label the arrows. */
  readonly catalog?: EventCatalog;
  /** Draw the legend of citations under the diagram and number its entries (default `true`). */
  readonly legend?: boolean;
}

const FONT = 13;
const PAD = 12;
const HEADER = 26;
const LEGEND_LINE = 18;

/**
 * A laid-out SVG of a machine (ELK's layered layout, pure JS). Each state is a
 * `<g class="jy-state" data-state="<id>">` and each transition a
 * `<g class="jy-transition" data-transition="<id>">`; both carry a `<title>` with their
 * citations, and numbered markers refer to the legend under the diagram.
 */
export async function toSvg(machine: AnyStateMachine, options: SvgOptions = {}): Promise<string> {
  return graphToSvg(machineGraph(machine, options.catalog), options);
}

/** {@link toSvg} over an already-read {@link MachineGraph}. */
export async function graphToSvg(graph: MachineGraph, options: SvgOptions = {}): Promise<string> {
  const locale = options.locale ?? 'zh-CN';
  const root = graph.states.get(graph.root);
  if (root === undefined) return '<svg xmlns="http://www.w3.org/2000/svg"/>';

  // Citation markers: one number per state or transition that cites something, and none when
  // there is no legend for them to refer to (the citations stay in each element's <title>).
  const legend: { mark: number; subject: string; legal: readonly string[] }[] = [];
  const markOf = new Map<string, number>();
  const note = (key: string, subject: string, legal: readonly string[]): void => {
    if (legal.length === 0 || options.legend === false) return;
    const mark = legend.length + 1;
    legend.push({ mark, subject, legal });
    markOf.set(key, mark);
  };
  for (const state of graph.states.values()) {
    if (state.id !== graph.root) note(state.id, state.title[locale], state.legal);
  }
  const drawn = graph.transitions.filter((t) => t.source !== graph.root);
  for (const t of drawn)
    note(t.id, `${graph.states.get(t.source)?.title[locale]} → ${t.label[locale]}`, t.legal);

  const toNode = (state: GraphState): ElkNode => {
    const mark = markOf.get(state.id);
    const text = state.title[locale] + (mark === undefined ? '' : ` [${mark}]`);
    const children = state.children.map((id) => graph.states.get(id)).filter(isDefined);
    if (children.length === 0) {
      return { id: state.id, width: Math.max(textWidth(text) + 2 * PAD, 64), height: 36 };
    }
    const nodes = children.map(toNode);
    if (state.initial !== undefined)
      nodes.unshift({ id: initialId(state.id), width: 12, height: 12 });
    return {
      id: state.id,
      children: nodes,
      layoutOptions: {
        'elk.padding': `[top=${HEADER + PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
        'elk.nodeSize.minimum': `(${textWidth(text) + 2 * PAD}, 40)`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      },
    };
  };
  const edges: ElkExtendedEdge[] = [];
  for (const state of graph.states.values()) {
    if (state.initial !== undefined && state.id !== graph.root) {
      edges.push({
        id: `init:${state.id}`,
        sources: [initialId(state.id)],
        targets: [state.initial],
      });
    }
  }
  if (root.initial !== undefined) {
    edges.push({ id: `init:${root.id}`, sources: [initialId(root.id)], targets: [root.initial] });
  }
  drawn.forEach((t) => {
    const targets = t.targets.length > 0 ? t.targets : [t.source];
    targets.forEach((target, index) => {
      const mark = markOf.get(t.id);
      const text =
        t.label[locale] +
        (t.guard === undefined ? '' : ` [${t.guard}]`) +
        (mark === undefined ? '' : ` [${mark}]`);
      const label: ElkLabel = { text, width: textWidth(text, 11), height: 14 };
      edges.push({
        id: `${t.id}#${index}`,
        sources: [t.source],
        targets: [target],
        labels: [label],
      });
    });
  });
  const rootChildren = root.children
    .map((id) => graph.states.get(id))
    .filter(isDefined)
    .map(toNode);
  if (root.initial !== undefined)
    rootChildren.unshift({ id: initialId(root.id), width: 12, height: 12 });

  // Loaded on first use: ELK is about 1.4 MB of JavaScript, so a page or host that never draws
  // (or draws at build time) does not load it, and a bundler puts it in a chunk of its own.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const input: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: rootChildren,
    edges,
  };
  const laid: ElkNode = await elk.layout(input);

  // Absolute positions: ELK gives each node relative to its parent and each edge relative to
  // the node named in its `container`.
  const origin = new Map<string, ElkPoint>([['__root', { x: 0, y: 0 }]]);
  const boxes: { node: ElkNode; x: number; y: number }[] = [];
  const place = (node: ElkNode, ox: number, oy: number): void => {
    for (const child of node.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      origin.set(child.id, { x, y });
      boxes.push({ node: child, x, y });
      place(child, x, y);
    }
  };
  place(laid, 0, 0);
  const allEdges: ElkExtendedEdge[] = [];
  const collectEdges = (node: ElkNode): void => {
    allEdges.push(...(node.edges ?? []));
    for (const child of node.children ?? []) collectEdges(child);
  };
  collectEdges(laid);

  const width = Math.ceil(laid.width ?? 0);
  const diagramHeight = Math.ceil(laid.height ?? 0);
  const legendLines = options.legend === false ? [] : legend;
  const legendHeight = legendLines.length === 0 ? 0 : (legendLines.length + 1) * LEGEND_LINE + 8;
  const legendWidth = Math.max(
    0,
    ...legendLines.map((entry) => textWidth(legendText(entry, locale), 12) + 32),
  );
  const totalWidth = Math.max(width, Math.ceil(legendWidth));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${totalWidth} ${diagramHeight + legendHeight}" width="${totalWidth}" height="${diagramHeight + legendHeight}" font-family="'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="${FONT}" data-machine="${escapeXml(graph.id)}">`,
    `<title>${escapeXml(root.title[locale])}</title>`,
    '<defs><marker id="jy-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    '<style>.jy-state rect{fill:#f7f7fb;stroke:#6b6f80;stroke-width:1.2}.jy-state.jy-compound>rect{fill:#ffffff;stroke-dasharray:0}.jy-transition path{fill:none;stroke:#555;stroke-width:1.1}.jy-transition text{font-size:11px;fill:#333}.jy-initial{fill:#333}.jy-legend{font-size:12px;fill:#333}</style>',
  ];
  // Outer boxes first, so children draw on top of their parents.
  for (const { node, x, y } of boxes) {
    const state = graph.states.get(node.id);
    const w = node.width ?? 0;
    const h = node.height ?? 0;
    if (state === undefined) {
      out.push(`<circle class="jy-initial" cx="${fmt(x + w / 2)}" cy="${fmt(y + h / 2)}" r="6"/>`);
      continue;
    }
    const compound = state.children.length > 0;
    const mark = markOf.get(state.id);
    const text = state.title[locale] + (mark === undefined ? '' : ` [${mark}]`);
    const classes = [
      'jy-state',
      compound ? 'jy-compound' : '',
      state.kind === 'final' ? 'jy-final' : '',
    ]
      .filter((c) => c.length > 0)
      .join(' ');
    out.push(`<g class="${classes}" data-state="${escapeXml(state.id)}">`);
    out.push(
      `<title>${escapeXml(tooltip(state.title[locale], state.description?.[locale], state.legal, locale))}</title>`,
    );
    out.push(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" rx="8"/>`);
    if (state.kind === 'final') {
      out.push(
        `<rect x="${fmt(x + 3)}" y="${fmt(y + 3)}" width="${fmt(w - 6)}" height="${fmt(h - 6)}" rx="6" fill="none"/>`,
      );
    }
    const ty = compound ? y + HEADER - 8 : y + h / 2 + FONT / 2 - 2;
    const tx = compound ? x + PAD : x + w / 2;
    out.push(
      `<text x="${fmt(tx)}" y="${fmt(ty)}"${compound ? ' font-weight="600"' : ' text-anchor="middle"'}>${escapeXml(text)}</text>`,
    );
    if (state.kind === 'parallel') {
      out.push(
        `<text x="${fmt(x + w - PAD)}" y="${fmt(y + HEADER - 8)}" text-anchor="end" fill="#888">∥</text>`,
      );
    }
    out.push('</g>');
  }
  for (const edge of allEdges) {
    const base = origin.get(edge.container ?? '__root') ?? { x: 0, y: 0 };
    const transitionId = edge.id.replace(/#\d+$/, '');
    const transition = graph.transitions.find((t) => t.id === transitionId);
    const d = (edge.sections ?? [])
      .map((section) =>
        [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]
          .map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(base.x + p.x)},${fmt(base.y + p.y)}`)
          .join(' '),
      )
      .join(' ');
    out.push(`<g class="jy-transition" data-transition="${escapeXml(edge.id)}">`);
    if (transition !== undefined) {
      out.push(
        `<title>${escapeXml(tooltip(`${transition.event}: ${transition.label[locale]}`, transition.description?.[locale], transition.legal, locale))}</title>`,
      );
    }
    out.push(`<path d="${d}" marker-end="url(#jy-arrow)"/>`);
    for (const label of edge.labels ?? []) {
      out.push(
        `<text x="${fmt(base.x + (label.x ?? 0))}" y="${fmt(base.y + (label.y ?? 0) + 11)}">${escapeXml(label.text ?? '')}</text>`,
      );
    }
    out.push('</g>');
  }
  if (legendLines.length > 0) {
    const y0 = diagramHeight + LEGEND_LINE;
    out.push(`<g class="jy-legend">`);
    out.push(
      `<text x="16" y="${y0}" font-weight="600">${locale === 'zh-CN' ? '法律依据' : 'Legal basis'}</text>`,
    );
    legendLines.forEach((entry, index) => {
      out.push(
        `<text x="16" y="${y0 + (index + 1) * LEGEND_LINE}">${escapeXml(legendText(entry, locale))}</text>`,
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** CSS that highlights the given states of an SVG from {@link toSvg}. */
export function svgHighlightCss(stateIds: readonly string[]): string {
  return stateIds
    .map(
      (id) =>
        `.jy-state[data-state="${cssString(id)}"]>rect{fill:#ffe8a3;stroke:#c77700;stroke-width:2.4}`,
    )
    .join('\n');
}

/** A citation id as people read it (`《民法典》第二百七十八条…`), or the id itself when unknown. */
export function citationText(id: string, locale: Locale): string {
  return isCitationId(id) ? formatCitation(CITATIONS[id], locale) : id;
}

// The citation with the text version it refers to: `… art. 20(2) (2023-12-28 text)`.
function versionedCitation(id: string, locale: Locale): string {
  const version = citationVersionLabel(id, locale);
  const text = citationText(id, locale);
  return version === undefined ? text : `${text}${VERSION_WORDS[locale].wrap(version)}`;
}

function legendText(
  entry: { mark: number; subject: string; legal: readonly string[] },
  locale: Locale,
): string {
  const cites = entry.legal
    .map((id) => `${versionedCitation(id, locale)} (${id})`)
    .join(locale === 'zh-CN' ? '；' : '; ');
  return `[${entry.mark}] ${entry.subject}: ${cites}`;
}

function tooltip(
  title: string,
  description: string | undefined,
  legal: readonly string[],
  locale: Locale,
): string {
  const lines = [title];
  if (description !== undefined) lines.push(description);
  for (const id of legal) {
    const known = isCitationId(id) ? CITATIONS[id] : undefined;
    lines.push(
      known === undefined ? id : `${versionedCitation(id, locale)} (${id}): ${known.keyPhrase}`,
    );
  }
  return lines.join('\n');
}

function initialId(stateId: string): string {
  return `${stateId}#initial`;
}

/** Rough width of a text in px: CJK characters are square, others about half as wide. */
function textWidth(text: string, size = FONT): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.6;
  return Math.ceil(width);
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cssString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
