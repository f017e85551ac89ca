// The committed docs must match the machine definitions (UPDATE_DOCS=1 rewrites them).
import { readFileSync, writeFileSync } from 'node:fs';
import { isCitationId } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { legalTable, toMermaid } from '../src/docs.js';
import { formationMachine } from '../src/formation/machine.js';

const DOCS = new URL('../../../docs/committee/', import.meta.url);

function doc(title: string, machine: typeof formationMachine): string {
  return [
    `# ${title}`,
    '',
    'Generated from the machine definition by `packages/committee/test/docs.test.ts`',
    '(run it with `UPDATE_DOCS=1` to refresh). Do not edit by hand.',
    '',
    '```mermaid',
    toMermaid(machine).trimEnd(),
    '```',
    '',
    '## Legal basis',
    '',
    legalTable(machine).trimEnd(),
    '',
  ].join('\n');
}

describe('generated docs', () => {
  it('formation.md is up to date', () => {
    const file = new URL('formation.md', DOCS);
    const text = doc('Formation (首次业主大会 / 筹备组 / 首届业委会)', formationMachine);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('every legal id on the machine exists in the citation registry', () => {
    const table = legalTable(formationMachine);
    expect(table).not.toContain('(unknown)');
    expect(isCitationId('SH-13')).toBe(true);
  });
});
