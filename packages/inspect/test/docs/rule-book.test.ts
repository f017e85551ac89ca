import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROFILES, RULE_CITATIONS } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  compareDocs,
  findRuleReferences,
  parseRuleBook,
  ruleBookDocs,
  ruleBookRows,
} from '../../src/index.js';
import { docPackages, loadEntries, READ_ONLY, ROOT, readPages } from './load-docs.js';

const RULES_DIR = join(ROOT, 'docs', 'rules');
const BOOK = readFileSync(join(RULES_DIR, 'source', 'rule-book.md'), 'utf8');

// Every TypeScript and script file a reader of the repository may follow a citation from.
function sourceFiles(dirs: readonly string[]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) {
        if (!READ_ONLY.has(item.name)) walk(path);
      } else if (/\.(tsx?|mjs|md)$/.test(item.name)) {
        out.push({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  for (const dir of dirs) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function packageSources(): { path: string; text: string }[] {
  return sourceFiles(
    readdirSync(join(ROOT, 'packages'))
      .sort()
      .map((name) => `packages/${name}/src`),
  );
}

describe('parseRuleBook', () => {
  it('reads sections, rows keyed by id, columns by header, and the source column', () => {
    const book = parseRuleBook(
      [
        '# title',
        '## 1. Voting',
        'Intro line.',
        '| id | rule | numbers | source |',
        '|---|---|---|---|',
        '| VOTE-2 | two thirds \\| both | 2/3 | CC 278 ¶2 [V] |',
        '## 9. Disclosure',
        '| id | who | what | source |',
        '|---|---|---|---|',
        '| DISC-4 | committee | every quarter | SH 66 [V] |',
        '## 11. Profiles',
        'A profile is data.',
      ].join('\n'),
    );
    expect(book.sections.map((s) => [s.number, s.title, s.rows.length])).toEqual([
      ['1', 'Voting', 1],
      ['9', 'Disclosure', 1],
      ['11', 'Profiles', 0],
    ]);
    expect(book.sections[0]?.prose).toBe('Intro line.');
    expect(book.sections[0]?.rows[0]).toEqual({
      id: 'VOTE-2',
      columns: [
        { header: 'rule', text: 'two thirds \\| both' },
        { header: 'numbers', text: '2/3' },
      ],
      source: 'CC 278 ¶2 [V]',
    });
    expect(book.sections[1]?.rows[0]?.columns.map((c) => c.header)).toEqual(['who', 'what']);
  });

  it('refuses an id that appears twice', () => {
    const row = '| VOTE-1 | a | CC 278 [V] |';
    expect(() => parseRuleBook(['## 1. Voting', row, row].join('\n'))).toThrow(/VOTE-1.*twice/);
  });
});

describe('findRuleReferences', () => {
  it('finds single ids, lists joined by "," "/" "and", and a list broken across comment lines', () => {
    const found = findRuleReferences([
      { path: 'a.ts', text: '// counts (RULES VOTE-9) and RULES TIME-1/TIME-2' },
      {
        path: 'b.ts',
        text: '/** ballots (RULES VOTE-6, VOTE-7 and\n * VOTE-16); RULES VOTE-6 again */',
      },
      {
        path: 'c.ts',
        text: '/** on time (RULES\n * TERM-9). RULES section 8, CIVIL_CODE_RULES[x] */',
      },
    ]);
    expect(found).toEqual([
      { rule: 'VOTE-9', file: 'a.ts' },
      { rule: 'TIME-1', file: 'a.ts' },
      { rule: 'TIME-2', file: 'a.ts' },
      { rule: 'VOTE-6', file: 'b.ts' },
      { rule: 'VOTE-7', file: 'b.ts' },
      { rule: 'VOTE-16', file: 'b.ts' },
      { rule: 'TERM-9', file: 'c.ts' },
    ]);
  });
});

describe('ruleBookDocs', () => {
  const book = parseRuleBook(
    [
      '## 1. Voting',
      '| id | rule | source |',
      '|---|---|---|',
      '| VOTE-7 | one person | SPC 9 [V] |',
    ].join('\n'),
  );

  it('says so when no machine or profile cites a rule, and lists the files that cite it', () => {
    const pages = ruleBookDocs({
      book,
      ruleCitations: { 'VOTE-7': ['SPC-9'] },
      entries: [],
      profiles: {},
      references: [{ rule: 'VOTE-7', file: 'packages/core/src/vote/electorate.ts' }],
    });
    expect(Object.keys(pages).sort()).toEqual(['README.md', 'by-article.md', 'voting.md']);
    expect(pages['voting.md']).toContain('### VOTE-7');
    expect(pages['voting.md']).toContain('(`SPC-9`)');
    expect(pages['voting.md']).toContain(
      '_No machine state, transition, rule, event or profile value cites these articles._',
    );
    expect(pages['voting.md']).toContain('Cited in code: `packages/core/src/vote/electorate.ts`');
    expect(pages['by-article.md']).toContain('[VOTE-7](./voting.md#vote-7)');
  });

  it('shows, per setting a row rests on, each profile’s value and articles side by side', () => {
    const meetings = parseRuleBook(
      [
        '## 5. Committee meetings',
        '| id | rule | source |',
        '|---|---|---|',
        '| CMTG-2 | decisions signed by more than half | SH 26 ¶3 [V] |',
        '| CMTG-3 | seals kept apart | SH-36 (七) [V] |',
      ].join('\n'),
    );
    const pages = ruleBookDocs({
      book: meetings,
      ruleCitations: { 'CMTG-2': ['SH-26-3'], 'CMTG-3': ['SH-36-7'] },
      entries: [],
      profiles: {
        national: PROFILES.national,
        beijing: PROFILES.beijing,
        shanghai: PROFILES.shanghai,
      },
      references: [],
    });
    const page = pages['committee-meetings.md'] ?? '';
    // Columns in a fixed order whatever the input's; the Beijing value cites BJ 45 ¶4
    // ("业主委员会确定的事项应当经过半数委员签字同意") though the row names only SH 26 ¶3.
    expect(page).toContain('| setting | shanghai | beijing | national |');
    expect(page).toContain(
      '| `meetings.decision` | more than 1/2 `SH-26-3` | more than 1/2 `BJ-45-4` | not set `CC-277` |',
    );
    expect(page).toContain(
      '| `meetings.sealsHeldSeparately` | yes `SH-36-7` | no (not in this text) | no `CC-277` |',
    );
    expect(page).not.toContain('profile `shanghai`');
    // A profile without the setting shows a dash.
    const partial = ruleBookDocs({
      book: meetings,
      ruleCitations: { 'CMTG-2': ['SH-26-3'], 'CMTG-3': ['SH-36-7'] },
      entries: [],
      profiles: { shanghai: PROFILES.shanghai, other: { id: 'other', laws: [] } },
      references: [],
    });
    expect(partial['committee-meetings.md']).toContain(
      '| `meetings.sealsHeldSeparately` | yes `SH-36-7` | — |',
    );
  });

  it('refuses a row without citation ids', () => {
    expect(() =>
      ruleBookDocs({ book, ruleCitations: {}, entries: [], profiles: {}, references: [] }),
    ).toThrow(/VOTE-7 has no citation ids/);
  });
});

describe('the rule book in docs/rules', () => {
  const rows = ruleBookRows(parseRuleBook(BOOK));

  it('has a row for every key of RULE_CITATIONS and no row without one', () => {
    expect(rows.map((row) => row.id).sort()).toEqual(Object.keys(RULE_CITATIONS).sort());
  });

  it('is up to date (regenerate with `node scripts/generate-rules.mjs`)', async () => {
    const generated = ruleBookDocs({
      book: parseRuleBook(BOOK),
      ruleCitations: RULE_CITATIONS,
      entries: await loadEntries(docPackages()),
      profiles: PROFILES,
      references: findRuleReferences(packageSources()),
    });
    expect(compareDocs(generated, readPages(RULES_DIR))).toEqual({
      stale: [],
      missing: [],
      extra: [],
    });
  }, 60_000);

  it('defines every rule id a comment cites, and no comment cites a document outside the repository', () => {
    const files = sourceFiles(['packages', 'scripts', 'examples']);
    const defined = new Set(rows.map((row) => row.id));
    const undefinedIds = findRuleReferences(files).filter((ref) => !defined.has(ref.rule));
    expect(undefinedIds).toEqual([]);
    const outside = files
      .filter((file) => !file.path.endsWith('rule-book.test.ts'))
      .filter((file) =>
        /DESIGN principle|RULES\.md|\.\.\/shared\/(?:DESIGN|RULES|law)/.test(file.text),
      )
      .map((file) => file.path);
    expect(outside).toEqual([]);
  });
});
