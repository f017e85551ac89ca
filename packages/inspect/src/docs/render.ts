import {
  CITATIONS,
  citationVersionLabel,
  DISPATCH_REJECTION_CODES,
  type EventCatalog,
  type GraphState,
  graphToMermaid,
  isCitationId,
  LOCALES,
  type Locale,
  type MachineGraph,
  machineGraph,
  ROLE_NAMES,
  VERSION_WORDS,
} from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import type { ZodType } from 'zod';
import { citationText } from '../diagram/svg.js';
import { eventFields, inputFields } from './fields.js';
import { DOC_WORDS, REJECTION_MEANINGS } from './messages.js';

/** A machine to document, with its catalog and the page's file name. */
export interface DocEntry {
  readonly machine: AnyStateMachine;
  /** Its event catalog (core's `catalogOf(machine)`). */
  readonly catalog?: EventCatalog;
  /** The zod schema of what a host passes as its `input`, for the page's input table. */
  readonly input?: ZodType;
  /** File name without `.md`; the machine id by default. */
  readonly name?: string;
  /** The package that exports it, shown on the page. */
  readonly packageName?: string;
}

/**
 * The docs page of one machine, in Chinese then English: diagram, states with their meaning and
 * citations, transitions, events with the roles allowed to send them and their rules, deadlines
 * and rejection codes. Deterministic: the same machine gives the same text.
 */
export function renderMachineDoc(entry: DocEntry): string {
  const graph = machineGraph(entry.machine, entry.catalog);
  const root = graph.states.get(graph.root);
  const title = root === undefined ? graph.id : `${root.title['zh-CN']} / ${root.title.en}`;
  const out: string[] = [
    `# ${title} (\`${graph.id}\`)`,
    '',
    `<!-- ${DOC_WORDS['zh-CN'].generated} ${DOC_WORDS.en.generated} -->`,
    '',
    ...(entry.packageName === undefined ? [] : [`\`${entry.packageName}\``, '']),
    LOCALES.map(
      (locale) => `[${DOC_WORDS[locale].language}](#${anchor(DOC_WORDS[locale].language)})`,
    ).join(' · '),
    '',
  ];
  for (const locale of LOCALES) out.push(...section(graph, entry.catalog, locale, entry.input));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The pages for several machines, by file name (`<name>.md`), plus a `README.md` index. */
export function machineDocs(entries: readonly DocEntry[]): Record<string, string> {
  const files: Record<string, string> = {};
  const index: string[] = [
    '# 状态机文档 / Machine docs',
    '',
    `<!-- ${DOC_WORDS['zh-CN'].generated} ${DOC_WORDS.en.generated} -->`,
    '',
    '| 文件 / file | 流程 / process | 包 / package |',
    '| --- | --- | --- |',
  ];
  const sorted = [...entries].sort((a, b) => fileName(a).localeCompare(fileName(b)));
  for (const entry of sorted) {
    const name = fileName(entry);
    if (Object.hasOwn(files, `${name}.md`)) {
      throw new Error(`machineDocs: two machines would write ${name}.md; give one a name`);
    }
    files[`${name}.md`] = renderMachineDoc(entry);
    const root = entry.machine.root;
    const title = machineGraph(entry.machine).states.get(root.id)?.title;
    index.push(
      `| [${name}.md](./${name}.md) | ${cell(title === undefined ? root.id : `${title['zh-CN']} / ${title.en}`)} | ${entry.packageName === undefined ? '—' : `\`${entry.packageName}\``} |`,
    );
  }
  if (sorted.length === 0) index.push('| — | — | — |');
  files['README.md'] = `${index.join('\n')}\n`;
  return files;
}

/** What differs between the pages a generator would write and the files on disk. */
export interface DocsDrift {
  /** Pages whose text differs. */
  readonly stale: readonly string[];
  /** Pages not on disk. */
  readonly missing: readonly string[];
  /** Files on disk that no machine generates. */
  readonly extra: readonly string[];
}

/**
 * Compares generated pages with the files found on disk (`onDisk`: file name → text). The docs
 * are up to date when all three lists are empty.
 */
export function compareDocs(
  generated: Readonly<Record<string, string>>,
  onDisk: Readonly<Record<string, string>>,
): DocsDrift {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const [name, text] of Object.entries(generated)) {
    const found = onDisk[name];
    if (found === undefined) missing.push(name);
    else if (found !== text) stale.push(name);
  }
  const extra = Object.keys(onDisk).filter((name) => !Object.hasOwn(generated, name));
  return { stale: stale.sort(), missing: missing.sort(), extra: extra.sort() };
}

/** Whether {@link compareDocs} found nothing to change. */
export function docsUpToDate(drift: DocsDrift): boolean {
  return drift.stale.length === 0 && drift.missing.length === 0 && drift.extra.length === 0;
}

/** The page name of a machine: its `name`, else its id. */
export function fileName(entry: DocEntry): string {
  return entry.name ?? entry.machine.id;
}

function section(
  graph: MachineGraph,
  catalog: EventCatalog | undefined,
  locale: Locale,
  input: ZodType | undefined,
): string[] {
  const w = DOC_WORDS[locale];
  const out: string[] = [`## ${w.language}`, '', `### ${w.diagram}`, '', '```mermaid'];
  out.push(graphToMermaid(graph, { locale }).trimEnd(), '```', '');

  if (input !== undefined) {
    out.push(`### ${w.input}`, '', row(w.inputColumns), rule(w.inputColumns.length));
    for (const f of inputFields(input)) {
      out.push(row([`\`${f.field}\``, f.type, f.required ? w.yes : w.no]));
    }
    out.push('');
  }

  const states = [...graph.states.values()].filter((s) => s.id !== graph.root);
  out.push(`### ${w.states}`, '', row(w.stateColumns), rule(w.stateColumns.length));
  for (const state of states) {
    const tags = [
      graph.states.get(state.parent ?? '')?.initial === state.id ? w.initial : undefined,
      state.kind === 'final' ? w.final : undefined,
      state.kind === 'parallel' ? w.parallel : undefined,
    ].filter((tag) => tag !== undefined);
    out.push(
      row([
        `\`${relativeId(graph, state.id)}\``,
        state.title[locale] + (tags.length > 0 ? ` (${tags.join(', ')})` : ''),
        state.description?.[locale] ?? w.none,
        legal(state.legal, locale, w.none),
      ]),
    );
  }
  out.push('');

  out.push(`### ${w.transitions}`, '', row(w.transitionColumns), rule(w.transitionColumns.length));
  for (const t of graph.transitions) {
    const from =
      t.source === graph.root ? w.anyState : stateName(graph.states.get(t.source), locale);
    const to =
      t.targets.length === 0
        ? w.stays
        : t.targets.map((id) => stateName(graph.states.get(id), locale)).join(', ');
    out.push(
      row([
        from,
        `${t.event === '' ? '' : `\`${t.event}\` `}${t.label[locale]}`,
        t.guard === undefined ? w.none : `\`${t.guard}\``,
        to,
        legal(t.legal, locale, w.none),
      ]),
    );
  }
  out.push('');

  if (catalog !== undefined) {
    out.push(`### ${w.events}`, '', row(w.eventColumns), rule(w.eventColumns.length));
    for (const type of catalog.types) {
      const spec = catalog.events[type];
      if (spec === undefined) continue;
      const rules = (spec.rules ?? []).map(
        (r) =>
          `\`${r.id}\`${r.description === undefined ? '' : ` ${r.description[locale]}`}${r.citations.length > 0 ? ` (${r.citations.map((id) => `${versionedText(id, locale)} \`${id}\``).join(locale === 'zh-CN' ? '；' : '; ')})` : ''}`,
      );
      out.push(
        row([
          `\`${type}\``,
          spec.title?.[locale] ?? spec.description[locale],
          spec.roles.map((role) => `${ROLE_NAMES[role][locale]} (\`${role}\`)`).join(', '),
          spec.description[locale],
          rules.length > 0 ? rules.join('<br>') : w.none,
        ]),
      );
    }
    out.push('');
    const fields = eventFields(catalog);
    out.push(`### ${w.fields}`, '', w.fieldsIntro, '');
    if (fields.length === 0) out.push(w.noFields, '');
    else {
      out.push(row(w.fieldColumns), rule(w.fieldColumns.length));
      for (const f of fields) {
        out.push(row([`\`${f.event}\``, `\`${f.field}\``, f.type, f.required ? w.yes : w.no]));
      }
      out.push('');
    }
  }

  out.push(`### ${w.deadlines}`, '');
  const withDeadlines = states.filter((s) => s.deadlines.length > 0);
  if (withDeadlines.length === 0) {
    out.push(w.noDeadlines, '');
  } else {
    out.push(row(w.deadlineColumns), rule(w.deadlineColumns.length));
    for (const state of withDeadlines) {
      out.push(row([stateName(state, locale), state.deadlines.map((d) => d[locale]).join('<br>')]));
    }
    out.push('');
  }

  out.push(`### ${w.rejections}`, '', row(w.rejectionColumns), rule(w.rejectionColumns.length));
  const ruleIds =
    catalog === undefined
      ? []
      : catalog.types.flatMap((type) =>
          (catalog.events[type]?.rules ?? []).map((r) => `\`${r.id}\``),
        );
  // The codes dispatch gives; a host's own codes are documented with the host.
  for (const code of DISPATCH_REJECTION_CODES) {
    const here = code === 'rule-violated' ? [...new Set(ruleIds), w.guardRule].join(', ') : w.none;
    out.push(row([`\`${code}\``, REJECTION_MEANINGS[code][locale], here]));
  }
  out.push('');
  return out;
}

function stateName(state: GraphState | undefined, locale: Locale): string {
  return state === undefined ? '?' : state.title[locale];
}

function relativeId(graph: MachineGraph, id: string): string {
  return id.startsWith(`${graph.root}.`) ? id.slice(graph.root.length + 1) : id;
}

function legal(ids: readonly string[], locale: Locale, none: string): string {
  if (ids.length === 0) return none;
  return ids
    .map((id) => {
      const known = isCitationId(id) ? CITATIONS[id] : undefined;
      const text = `${versionedText(id, locale)} (\`${id}\`)`;
      return known === undefined ? text : `${text}: “${known.keyPhrase}”`;
    })
    .join('<br>');
}

// A citation with the text version it refers to: 《…》第二十条第二款（2023-12-28文本）.
function versionedText(id: string, locale: Locale): string {
  const version = citationVersionLabel(id, locale);
  const text = citationText(id, locale);
  return version === undefined ? text : `${text}${VERSION_WORDS[locale].wrap(version)}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function rule(n: number): string {
  return `|${' --- |'.repeat(n)}`;
}

/** A table cell's text: pipes escaped, line breaks as spaces. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function anchor(heading: string): string {
  return heading.toLowerCase().replace(/\s+/g, '-');
}
