// The rule book shows, for each rule of every catalog and each shipped profile, the articles a
// refusal of the rule cites under that profile: core's ruleCitesUnder, which the refusals call too
// (property-firm's firmRule, assembly's profileRule, core's pre-call rules, and dispatch for a
// refusal naming no articles of its own). A refusal may name articles it computes from its
// context (e.g. the committee's seat counts, the assembly's rules filing citing the profile's
// filing entry); no page can list those.
// BJ 34 ¶2: "业主委员会应当将…筹集和使用方案提交业主大会决定"; BJ 36: "街道办事处、乡镇人民政府应当…
// 组织召开业主大会会议".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILES, type Profile, RULE_CITATIONS, type Rule, ruleCitesUnder } from '@jiayuan/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileName } from '../../src/docs/render.js';
import { parseRuleBook, ruleBookDocs } from '../../src/index.js';
import { docPackages, loadEntries, ROOT } from './load-docs.js';

const BOOK = readFileSync(join(ROOT, 'docs', 'rules', 'source', 'rule-book.md'), 'utf8');
const PROFILE_IDS = Object.keys(PROFILES) as (keyof typeof PROFILES)[];

/** A rule as the by-article page lists it for a machine: its per-profile lists and articles. */
interface Listed {
  readonly byProfile: Record<string, readonly string[]>;
  readonly articles: Set<string>;
}

const RULE = /`([^`]+)` on (?:`[A-Z0-9_]+`(?:, )?)+ \(([^)]*)\)/g;

// "shanghai: `A`, `B`; beijing: —" → { shanghai: ['A', 'B'], beijing: [] }.
function parseProfiles(parts: string): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const part of parts.split('; ')) {
    const [profile = '', list = ''] = part.split(': ');
    out[profile] = list === '—' ? [] : list.split(', ').map((c) => c.replaceAll('`', ''));
  }
  return out;
}

// Every rule line of the by-article page, keyed by machine and rule id.
function listedRules(page: string): Map<string, Listed> {
  const listed = new Map<string, Listed>();
  let article = '';
  let machine = '';
  for (const line of page.split('\n')) {
    const heading = /^### .*\(`([^`]+)`\)$/.exec(line);
    if (heading !== null) article = heading[1] ?? '';
    const bullet = /^- \[([^\]]+)\]\(\.\.\/machines\//.exec(line);
    if (bullet !== null) machine = bullet[1] ?? '';
    if (!line.startsWith('  - rules (guards): ')) continue;
    for (const [, id, parts] of line.matchAll(RULE)) {
      const key = `${machine}|${id}`;
      const byProfile = parseProfiles(parts ?? '');
      const seen = listed.get(key);
      // One rule reads the same under every article that lists it.
      if (seen !== undefined) expect(byProfile, key).toEqual(seen.byProfile);
      listed.set(key, { byProfile, articles: new Set([...(seen?.articles ?? []), article]) });
    }
  }
  return listed;
}

describe('the rule book’s articles per profile are those a refusal cites', () => {
  const rules: { machine: string; rule: Rule }[] = [];
  let listed = new Map<string, Listed>();

  beforeAll(async () => {
    const entries = await loadEntries(docPackages());
    const pages = ruleBookDocs({
      book: parseRuleBook(BOOK),
      ruleCitations: RULE_CITATIONS,
      entries,
      profiles: PROFILES,
      references: [],
    });
    listed = listedRules(pages['by-article.md'] ?? '');
    for (const entry of entries) {
      const byId = new Map<string, Rule>();
      for (const spec of Object.values(entry.catalog?.events ?? {})) {
        for (const rule of spec?.rules ?? []) if (!byId.has(rule.id)) byId.set(rule.id, rule);
      }
      for (const rule of byId.values()) rules.push({ machine: fileName(entry), rule });
    }
  }, 60_000);

  it('lists every rule of every catalog, under each profile, as ruleCitesUnder gives it', () => {
    const cited = rules.filter(({ rule }) => rule.citations.length > 0);
    expect(cited.length).toBeGreaterThan(100);
    for (const { machine, rule } of cited) {
      const key = `${machine}|${rule.id}`;
      const found = listed.get(key);
      expect(found, key).toBeDefined();
      const expected = Object.fromEntries(
        PROFILE_IDS.map((p) => [p, ruleCitesUnder(rule, PROFILES[p] as Profile)]),
      );
      expect(found?.byProfile, key).toEqual(expected);
      // Each profile's article lists the rule, beside the rule's own.
      const articles = [...rule.citations, ...Object.values(expected).flat()];
      for (const article of articles)
        expect(found?.articles.has(article), `${key} ${article}`).toBe(true);
    }
  });

  it('shows what a profile adds: BJ 34 ¶2 for the fund’s consultation route, BJ 36 for the street office’s call', () => {
    const under = (id: string, article: string) =>
      [...listed].filter(
        ([key, found]) =>
          key.endsWith(`|${id}`) &&
          found.byProfile.beijing?.includes(article) === true &&
          found.articles.has(article),
      );
    expect(under('consultation-route', 'BJ-34-2')).not.toEqual([]);
    expect(under('raising-decision', 'BJ-34-1-5')).not.toEqual([]);
    expect(under('caller-may-call', 'BJ-36')).not.toEqual([]);
    expect(under('assembly-notice', 'BJ-35-4')).not.toEqual([]);
  });
});
