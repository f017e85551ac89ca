import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CITATIONS, type CitationId } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { coverageMachine, legalRows, toMermaid } from '../src/index.js';

const DOC = fileURLToPath(new URL('../../../docs/party-coverage/coverage.md', import.meta.url));

function render(): string {
  const rows = legalRows(coverageMachine).map(({ where, citations }) => {
    const phrases = citations.map((id) => {
      const entry: { keyPhrase: string; verified: boolean } = CITATIONS[id as CitationId];
      return `${id}: ${entry.keyPhrase}${entry.verified ? '' : ' (unverified)'}`;
    });
    return `| ${where} | ${phrases.join('<br>')} |`;
  });
  return [
    '# Party organisation and work coverage (`coverageMachine`)',
    '',
    'Generated from the machine definition by `packages/party-coverage/test/docs.test.ts`',
    '(run with `UPDATE_DOCS=1` to refresh). See the package README for the rules encoded.',
    '',
    '```mermaid',
    toMermaid(coverageMachine, { locale: 'bilingual' }).trimEnd(),
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

describe('docs/party-coverage/coverage.md', () => {
  it('is up to date with the machine', () => {
    const text = render();
    if (process.env.UPDATE_DOCS === '1' || !existsSync(DOC)) writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
  });
});
