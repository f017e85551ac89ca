import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CITATIONS } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { legalRows, machineDoc } from './doc.js';

const docs = [
  [
    'dismissal',
    dismissalMachine,
    '解聘物业服务企业 — dismissal',
    'Proposal (committee, or an interim assembly forced by 20% of owners), the vote, 60 days’ written notice, termination, hand-over within 10 days and service until takeover.',
  ],
  [
    'hiring',
    hiringMachine,
    '选聘物业服务企业 — hiring',
    'Selection plan and its vote and posting, tender or negotiation, the vote on the chosen firm, signing and filing within 30 days; the early-stage tender with the three-bidder rule.',
  ],
  [
    'contract-term',
    contractTermMachine,
    '物业服务合同期限 — contract term',
    'Renewal or another firm (另聘) decided before expiry with written notice, the firm’s 90-day non-renewal notice, holdover into an indefinite term when nothing is decided, ended by 60 days’ notice, hand-over and temporary firm.',
  ],
] as const;

describe('docs/property-firm', () => {
  for (const [file, machine, title, intro] of docs) {
    it(`${file}.md is up to date`, () => {
      const path = new URL(`../../../docs/property-firm/${file}.md`, import.meta.url);
      const expected = machineDoc(machine, title, intro);
      if (process.env.UPDATE_DOCS === '1' || !existsSync(path)) writeFileSync(path, expected);
      expect(readFileSync(path, 'utf8')).toBe(expected);
    });

    it(`${file}: every state has meta, every citation exists`, () => {
      const rows = legalRows(machine);
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        expect(row.legal.length).toBeGreaterThan(0);
        for (const id of row.legal) expect(Object.hasOwn(CITATIONS, id)).toBe(true);
      }
    });
  }
});
