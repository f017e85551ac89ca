import {
  CITATION_IDS,
  CITATIONS,
  describeProfile,
  formatCitation,
  isCitationId,
  machineGraph,
  type Profile,
  type Rule,
  ruleCitesUnder,
} from '@jiayuan/core';
import {
  type ProfileValues,
  profileOrder,
  profileValues,
  profileValueTable,
} from './profile-values.js';
import { cell, type DocEntry, fileName } from './render.js';
import {
  type RuleBook,
  type RuleBookRow,
  type RuleBookSection,
  ruleBookRows,
} from './rule-book.js';
import { type RuleReference, referencesByRule } from './rule-references.js';

/** What {@link ruleBookDocs} reads. */
export interface RuleBookInput {
  /** The rule book, read with `parseRuleBook`. */
  readonly book: RuleBook;
  /** Each row's citation ids (core's `RULE_CITATIONS`). */
  readonly ruleCitations: Readonly<Record<string, readonly string[]>>;
  /** The machines, as for the machine docs (their pages are linked from `../machines/`). */
  readonly entries: readonly DocEntry[];
  /** The profiles by id (core's `PROFILES`). */
  readonly profiles: Readonly<Record<string, unknown>>;
  /** Where source files cite a row (see `findRuleReferences`). */
  readonly references: readonly RuleReference[];
}

/** A place in a machine or profile that carries a citation. */
interface Implementation {
  /** Page link text, e.g. `[formation](../machines/formation.md)`. */
  readonly where: string;
  /** What kind of place it is; places of one kind are listed together. */
  readonly kind: 'state' | 'transition' | 'rule' | 'event' | 'value';
  /** The place in Markdown, e.g. `` `convening.firstMeeting` (首次业主大会会议期限) ``. */
  readonly what: string;
  readonly citations: ReadonlySet<string>;
}

/** The page each row prefix belongs on (one page per area of the rule book). */
export const RULE_PAGES: Readonly<Record<string, { file: string; title: string }>> = {
  VOTE: { file: 'voting.md', title: '表决 / Counting and voting' },
  TIME: { file: 'time.md', title: '期间 / Time' },
  FORM: { file: 'formation.md', title: '首次业主大会与业委会成立 / Formation' },
  TERM: { file: 'term.md', title: '任期、换届、补选与罢免 / Term, re-election, vacancy, removal' },
  CMTG: { file: 'committee-meetings.md', title: '业委会会议 / Committee meetings' },
  FIRM: { file: 'firm.md', title: '物业服务企业 / Property firm' },
  PARTY: { file: 'party.md', title: '党的组织和工作覆盖 / Party coverage' },
  JOINT: { file: 'joint-meetings.md', title: '四级联席会议 / Joint meetings' },
  DISC: { file: 'disclosure.md', title: '公开监督 / Disclosure' },
  EVAL: { file: 'evaluation.md', title: '评价与评选 / Evaluation and awards' },
  FUND: { file: 'fund.md', title: '专项维修资金 / Maintenance fund' },
};

const GENERATED =
  '<!-- 本页由规则书、引文登记表、配置和状态机自动生成（scripts/generate-rules.mjs），请勿手工编辑。 Generated from the rule book, the citation registry, the profiles and the machines (scripts/generate-rules.mjs); do not edit by hand. -->';

/**
 * The project's rule pages (`docs/rules/`): one page per area with, for each row of the rule
 * book, its text, its articles with their key phrases, every state, transition, rule (with the
 * articles each profile's refusal cites) and event of a machine that cites them, and a table of
 * the profile settings that carry them, each profile's value and articles side by side; an
 * index from article to code (`by-article.md`); and a `README.md`. Deterministic: the same input
 * gives the same text.
 *
 * @throws when a row has no citation ids, or a row prefix has no page.
 */
export function ruleBookDocs(input: RuleBookInput): Record<string, string> {
  const implementations = collectImplementations(input.entries, input.profiles);
  const values = profileValues(input.profiles);
  const references = referencesByRule(input.references);
  const files: Record<string, string> = {};
  const pageOf = new Map<string, string>();
  for (const row of ruleBookRows(input.book)) pageOf.set(row.id, pageFor(row.id).file);

  for (const section of input.book.sections) {
    if (section.rows.length === 0) continue;
    const page = pageFor(section.rows[0]?.id ?? '');
    const out = files[page.file] === undefined ? [`# ${page.title}`, '', GENERATED, ''] : [];
    out.push(`## ${section.number}. ${section.title}`, '');
    if (section.prose !== '') out.push(section.prose, '');
    for (const row of section.rows) {
      out.push(...renderRow(row, input, implementations, values, references.get(row.id) ?? []));
    }
    files[page.file] = `${(files[page.file] ?? '') + out.join('\n').trimEnd()}\n\n`;
  }
  for (const file of Object.keys(files)) files[file] = `${files[file]?.trimEnd()}\n`;
  files['by-article.md'] = renderByArticle(input, implementations, pageOf);
  files['README.md'] = renderIndex(input.book, files);
  return files;
}

function pageFor(id: string): { file: string; title: string } {
  const prefix = id.split('-')[0] ?? '';
  const page = RULE_PAGES[prefix];
  if (page === undefined) throw new Error(`ruleBookDocs: no page for rule ${id}`);
  return page;
}

function renderRow(
  row: RuleBookRow,
  input: RuleBookInput,
  implementations: readonly Implementation[],
  values: ProfileValues,
  references: readonly string[],
): string[] {
  const ids = input.ruleCitations[row.id];
  if (ids === undefined || ids.length === 0) {
    throw new Error(`ruleBookDocs: rule ${row.id} has no citation ids (RULE_CITATIONS)`);
  }
  const out = [`### ${row.id}`, ''];
  for (const column of row.columns) {
    out.push(column.header === '' ? column.text : `**${column.header}**: ${column.text}`, '');
  }
  out.push(
    `**source**: ${row.source}`,
    '',
    '| 条文 / article | 关键语句 / key phrase | 核实 / verified |',
    '| --- | --- | --- |',
  );
  for (const id of ids) out.push(articleRow(id));
  out.push('');
  const cited = new Set(ids);
  // Profile values are shown as one table across the profiles, not profile by profile.
  const found = implementations.filter(
    (impl) => impl.kind !== 'value' && [...impl.citations].some((c) => cited.has(c)),
  );
  const table = profileValueTable(values, cited);
  if (found.length === 0 && table.length === 0) {
    out.push(
      '_No machine state, transition, rule, event or profile value cites these articles._',
      '',
    );
  }
  if (found.length > 0) out.push('Implemented by:', '', ...grouped(found), '');
  if (table.length > 0) {
    out.push(
      'Profile values (each cell: the value, then the articles that profile cites for it):',
      '',
      ...table,
      '',
    );
  }
  if (references.length > 0) {
    out.push(`Cited in code: ${references.map((file) => `\`${file}\``).join(', ')}`, '');
  }
  return out;
}

function articleRow(id: string): string {
  if (!isCitationId(id)) return `| \`${id}\` (not in the registry) | — | — |`;
  const c = CITATIONS[id];
  return `| ${formatCitation(c, 'zh-CN')} / ${formatCitation(c, 'en')} (\`${id}\`) | “${cell(c.keyPhrase)}” | ${c.verified ? 'yes' : 'no'} |`;
}

function renderByArticle(
  input: RuleBookInput,
  implementations: readonly Implementation[],
  pageOf: ReadonlyMap<string, string>,
): string {
  const rulesOf = new Map<string, string[]>();
  for (const [rule, ids] of Object.entries(input.ruleCitations)) {
    for (const id of ids) rulesOf.set(id, [...(rulesOf.get(id) ?? []), rule]);
  }
  const out = [
    '# 条文索引 / From article to code',
    '',
    GENERATED,
    '',
    'Every article the rule book or the code cites, in registry order: the rule-book rows that rest on it, then each machine state, transition, rule, event and profile value that cites it.',
    '',
  ];
  for (const id of CITATION_IDS) {
    const rules = rulesOf.get(id) ?? [];
    const found = implementations.filter((impl) => impl.citations.has(id));
    if (rules.length === 0 && found.length === 0) continue;
    const c = CITATIONS[id];
    out.push(`### ${formatCitation(c, 'zh-CN')} (\`${id}\`)`, '');
    out.push(
      `${formatCitation(c, 'en')}: “${c.keyPhrase}”${c.verified ? '' : ' (not verified)'}`,
      '',
    );
    if (rules.length > 0) {
      const links = rules.map((rule) => {
        const file = pageOf.get(rule);
        return file === undefined ? rule : `[${rule}](./${file}#${rule.toLowerCase()})`;
      });
      out.push(`- rules: ${links.join(', ')}`);
    }
    out.push(...grouped(found), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderIndex(book: RuleBook, files: Readonly<Record<string, string>>): string {
  const out = [
    '# 规则书 / The rule book',
    '',
    GENERATED,
    '',
    'What each procedure requires, with its articles and the code that implements it. Source: [`source/rule-book.md`](./source/rule-book.md); articles: [`docs/law/`](../law/README.md); machines: [`docs/machines/`](../machines/README.md).',
    '',
    '| 页 / page | 规则 / rules |',
    '| --- | --- |',
  ];
  for (const page of Object.values(RULE_PAGES)) {
    if (files[page.file] === undefined) continue;
    const ids = book.sections
      .flatMap((section: RuleBookSection) => section.rows)
      .filter((row) => pageFor(row.id).file === page.file)
      .map((row) => `[${row.id}](./${page.file}#${row.id.toLowerCase()})`);
    out.push(`| [${page.title}](./${page.file}) | ${ids.join(', ')} |`);
  }
  out.push('| [条文索引 / From article to code](./by-article.md) | — |', '');
  for (const section of book.sections) {
    if (section.rows.length > 0 || section.prose === '') continue;
    out.push(`## ${section.number}. ${section.title}`, '', section.prose, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// Every place in the machines and profiles that carries a citation, in a stable order.
function collectImplementations(
  entries: readonly DocEntry[],
  profiles: Readonly<Record<string, unknown>>,
): Implementation[] {
  const out: Implementation[] = [];
  const sorted = [...entries].sort((a, b) => fileName(a).localeCompare(fileName(b)));
  for (const entry of sorted) {
    const name = fileName(entry);
    const where = `[${name}](../machines/${name}.md)`;
    const graph = machineGraph(entry.machine, entry.catalog);
    const relative = (id: string) => id.split('.').slice(1).join('.') || id;
    for (const state of graph.states.values()) {
      if (state.legal.length === 0) continue;
      out.push({
        where,
        kind: 'state',
        what: `\`${relative(state.id)}\` (${state.title['zh-CN']})`,
        citations: new Set(state.legal),
      });
    }
    for (const transition of graph.transitions) {
      if (transition.legal.length === 0) continue;
      const targets = transition.targets.map(relative).join(', ') || '(stays)';
      out.push({
        where,
        kind: 'transition',
        what: `\`${relative(transition.source)}\` → \`${targets}\` on \`${transition.event || 'always'}\`${transition.guard === undefined ? '' : ` [${transition.guard}]`}`,
        citations: new Set(transition.legal),
      });
    }
    const catalog = entry.catalog;
    if (catalog === undefined) continue;
    const rules = new Map<string, { events: string[]; rule: Rule }>();
    for (const type of catalog.types) {
      const spec = catalog.events[type];
      if (spec === undefined) continue;
      if ((spec.cite ?? []).length > 0) {
        out.push({ where, kind: 'event', what: `\`${type}\``, citations: new Set(spec.cite) });
      }
      for (const rule of spec.rules ?? []) {
        const known = rules.get(rule.id);
        if (known === undefined) rules.set(rule.id, { events: [type], rule });
        else known.events.push(type);
      }
    }
    for (const [id, { events, rule }] of rules) {
      if (rule.citations.length === 0) continue;
      const cited = profileRuleCites(rule, profiles);
      out.push({
        where,
        kind: 'rule',
        what: `\`${id}\` on ${events.map((type) => `\`${type}\``).join(', ')}${inForce(cited)}`,
        // Indexed under its own articles and under each profile's, so that BJ 34 ¶2 lists the
        // rules a refusal under beijing cites it for.
        citations: new Set([...rule.citations, ...cited.flatMap(([, cites]) => cites)]),
      });
    }
  }
  for (const [id, profile] of Object.entries(profiles).sort(([a], [b]) => a.localeCompare(b))) {
    for (const row of describeProfile(profile as Parameters<typeof describeProfile>[0], 'en')) {
      if (row.citationIds.length === 0) continue;
      out.push({
        where: `profile \`${id}\``,
        kind: 'value',
        what: `\`${row.path}\` = ${cell(row.value)}`,
        citations: new Set(row.citationIds),
      });
    }
  }
  return out;
}

/**
 * The articles a refusal of `rule` cites under each profile, in the profiles' order: core's
 * `ruleCitesUnder`, the list the refusal itself cites (a refusal may add articles it computes
 * from its context, which no page can list).
 */
function profileRuleCites(
  rule: Pick<Rule, 'citations' | 'profileCites'>,
  profiles: Readonly<Record<string, unknown>>,
): [profile: string, cites: readonly string[]][] {
  return profileOrder(profiles).map((id) => [id, ruleCitesUnder(rule, profiles[id] as Profile)]);
}

/**
 * The rule's articles under each profile as a suffix, e.g.
 * ` (shanghai: \`SH-36-7\`; beijing: \`BJ-43-4\`; national: —)`.
 */
function inForce(cited: readonly [string, readonly string[]][]): string {
  if (cited.length === 0) return '';
  const parts = cited.map(
    ([id, cites]) => `${id}: ${cites.length === 0 ? '—' : cites.map((c) => `\`${c}\``).join(', ')}`,
  );
  return ` (${parts.join('; ')})`;
}

const KIND_NAMES: Readonly<Record<Implementation['kind'], string>> = {
  state: 'states',
  transition: 'transitions',
  rule: 'rules (guards)',
  event: 'events',
  value: 'values',
};

// One bullet per machine or profile, its places listed by kind.
function grouped(found: readonly Implementation[]): string[] {
  const byWhere = new Map<string, Implementation[]>();
  for (const impl of found) byWhere.set(impl.where, [...(byWhere.get(impl.where) ?? []), impl]);
  const out: string[] = [];
  for (const [where, impls] of byWhere) {
    out.push(`- ${where}`);
    for (const kind of Object.keys(KIND_NAMES) as Implementation['kind'][]) {
      const of = impls.filter((impl) => impl.kind === kind).map((impl) => impl.what);
      if (of.length > 0) out.push(`  - ${KIND_NAMES[kind]}: ${of.join('; ')}`);
    }
  }
  return out;
}
