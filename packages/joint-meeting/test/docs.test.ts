import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CITATIONS, type CitationId, DEFAULT_PROFILE } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { disclosureMachine, dutiesFor, legalRows, matterMachine, toMermaid } from '../src/index.js';

const docPath = (name: string) =>
  fileURLToPath(new URL(`../../../docs/joint-meeting/${name}.md`, import.meta.url));

function render(machine: AnyStateMachine, heading: string, intro: readonly string[]): string {
  const rows = legalRows(machine).map(({ where, citations }) => {
    const phrases = citations.map((id) => {
      const entry: { keyPhrase: string; verified: boolean } = CITATIONS[id as CitationId];
      return `${id}: ${entry.keyPhrase}${entry.verified ? '' : ' (unverified)'}`;
    });
    return `| ${where} | ${phrases.join('<br>')} |`;
  });
  return [
    heading,
    '',
    'Generated from the machine definition by `packages/joint-meeting/test/docs.test.ts`',
    '(run with `UPDATE_DOCS=1` to refresh). See the package README for the rules encoded.',
    ...intro,
    '',
    '```mermaid',
    toMermaid(machine, { locale: 'bilingual' }).trimEnd(),
    '```',
    '',
    '## Legal basis',
    '',
    '| state / transition | citations (id: key phrase) |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const DISCLOSURE_INTRO = [
  '',
  'The duties are context, not states: each applicable duty (by the profile’s `disclosure`',
  'section and the fee model) opens obligations that are `due`, `published` (with evidence) or',
  '`overdue` (on `TICK`, raising a complex-level matter). The maintenance fund’s drawings',
  '(`RECORD_FUND_DRAWING`, sent by the community coordinator) wait in `awaitingDrawings` until a',
  '`maintenance-fund` posting names them all (rule `drawings-listed`) and lists them. The duties',
  'and their sources:',
  '',
  '| duty | RULES | posted by | schedule (Shanghai) | citations |',
  '|---|---|---|---|---|',
  ...dutiesFor(DEFAULT_PROFILE.disclosure, 'commission')
    .concat(
      dutiesFor(DEFAULT_PROFILE.disclosure, 'lump-sum').filter((p) => p.duty === 'lump-sum-report'),
    )
    .map(
      (p) =>
        `| ${p.duty} | ${p.disc} | ${p.publisher} | ${JSON.stringify(p.schedule)} | ${p.cite.join(', ')} |`,
    ),
];

const DOCS = [
  {
    name: 'matter',
    text: () =>
      render(matterMachine, '# Four-level joint meetings: one matter (`matterMachine`)', []),
  },
  {
    name: 'disclosure',
    text: () =>
      render(
        disclosureMachine,
        '# Disclosure duties of a complex (`disclosureMachine`)',
        DISCLOSURE_INTRO,
      ),
  },
];

for (const doc of DOCS) {
  describe(`docs/joint-meeting/${doc.name}.md`, () => {
    it('is up to date with the machine', () => {
      const file = docPath(doc.name);
      const text = doc.text();
      if (process.env.UPDATE_DOCS === '1' || !existsSync(file)) writeFileSync(file, text);
      expect(readFileSync(file, 'utf8')).toBe(text);
    });
  });
}
