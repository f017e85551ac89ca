import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CITATIONS, type CitationId } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { legalRows, matterMachine, toMermaid } from '../src/index.js';

const DOC = fileURLToPath(new URL('../../../docs/joint-meeting/matter.md', import.meta.url));

function render(): string {
  const rows = legalRows(matterMachine).map(({ where, citations }) => {
    const phrases = citations.map((id) => {
      const entry: { keyPhrase: string; verified: boolean } = CITATIONS[id as CitationId];
      return `${id}: ${entry.keyPhrase}${entry.verified ? '' : ' (unverified)'}`;
    });
    return `| ${where} | ${phrases.join('<br>')} |`;
  });
  return [
    '# Four-level joint meetings: one matter (`matterMachine`)',
    '',
    'Generated from the machine definition by `packages/joint-meeting/test/docs.test.ts`',
    '(run with `UPDATE_DOCS=1` to refresh). See the package README for the rules encoded.',
    '',
    '```mermaid',
    toMermaid(matterMachine).trimEnd(),
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

describe('docs/joint-meeting/matter.md', () => {
  it('is up to date with the machine', () => {
    const text = render();
    if (process.env.UPDATE_DOCS === '1' || !existsSync(DOC)) writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
  });
});
