// The committed docs must match the machine definitions (UPDATE_DOCS=1 rewrites them).
import { readFileSync, writeFileSync } from 'node:fs';
import { isCitationId } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { legalTable, toMermaid } from '../src/docs.js';
import { formationMachine } from '../src/formation/machine.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { membershipMachine } from '../src/membership/machine.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { standInMachine } from '../src/stand-in/machine.js';

const DOCS = new URL('../../../docs/committee/', import.meta.url);

function doc(title: string, machine: AnyStateMachine): string {
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

  it('reelection.md is up to date', () => {
    const file = new URL('reelection.md', DOCS);
    const text = doc('Re-election (换届)', reElectionMachine);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('membership.md is up to date', () => {
    const file = new URL('membership.md', DOCS);
    const text = doc(
      'Membership, by-election and early re-election (委员资格 / 补选 / 提前换届)',
      membershipMachine,
    );
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('meetings.md is up to date', () => {
    const file = new URL('meetings.md', DOCS);
    const text = doc('Committee meetings (业主委员会会议)', meetingsMachine);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('stand-in.md is up to date', () => {
    const file = new URL('stand-in.md', DOCS);
    const text = doc('Stand-in body (物业治理委员会 / 物业管理委员会)', standInMachine);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(legalTable(standInMachine)).not.toContain('(unknown)');
  });

  it('every legal id on the machines exists in the citation registry', () => {
    for (const machine of [
      formationMachine,
      reElectionMachine,
      membershipMachine,
      meetingsMachine,
    ]) {
      expect(legalTable(machine)).not.toContain('(unknown)');
    }
    expect(isCitationId('SH-13')).toBe(true);
  });
});
