// Refusals that list missing documents name them in each language, never by their codes
// (issue 15: the zh-CN text read 缺少资料：area-designation、…).
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { REPORT_DOCUMENTS } from '../src/formation/rules.js';
import { DRAFTS } from '../src/group/rules.js';
import { DOCUMENT_NAMES, documentNames } from '../src/locales/documents.js';
import { committeeMessage } from '../src/locales/index.js';
import { AUDIT_SCOPE } from '../src/reelection/rules.js';
import { FILING_DOCUMENTS } from '../src/seating/rules.js';
import { STAND_IN_FILING_DOCUMENTS } from '../src/stand-in/rules.js';
import { ev, startFormation } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
const HAN = /\p{Script=Han}/u;

describe('document names', () => {
  it('every document code a rule asks for has a Chinese and an English name', () => {
    const codes = [
      ...REPORT_DOCUMENTS,
      ...DRAFTS,
      ...FILING_DOCUMENTS,
      ...STAND_IN_FILING_DOCUMENTS,
      ...AUDIT_SCOPE,
    ];
    for (const code of codes) {
      const name = DOCUMENT_NAMES[code];
      expect(name?.['zh-CN'], code).toMatch(HAN);
      expect(name?.en, code).toMatch(/^[A-Za-z' ,]+$/);
    }
    expect(documentNames(['unknown-code'], 'zh-CN')).toEqual(['unknown-code']);
  });

  it('the developer report lacking two of the five documents (SH 14) is refused with their names', () => {
    // SH 14: "建设单位应当在三十日内……提出成立业主大会的书面报告，并提供下列资料：（一）物业管理区域核定意见；
    // ……（五）已筹集的专项维修资金清册。"
    const a = startFormation();
    dispatch(
      a,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T09:00:00'), {
        deliveredArea: 2_000_000,
        totalArea: 2_000_000,
      }),
    );
    const report = (documents: readonly string[]) =>
      dispatch(a, ev('DEVELOPER_REPORT', 'developer', D('2026-03-11T09:00:00'), { documents }));
    const refused = report(['management-premises', 'owner-register', 'delivery-dates']);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.message['zh-CN']).toBe(
      '书面报告缺少资料：物业管理区域核定意见、已筹集的专项维修资金清册。',
    );
    expect(refused.rejection.message.en).toBe(
      'The report lacks: the management area designation, the register of maintenance funds raised.',
    );
    expect(refused.rejection.message['zh-CN']).not.toMatch(/[a-z]-[a-z]/);
    // One document short is refused too; all five are accepted.
    const oneShort = report(REPORT_DOCUMENTS.slice(1));
    expect(!oneShort.ok && oneShort.rejection.message['zh-CN']).toBe(
      '书面报告缺少资料：物业管理区域核定意见。',
    );
    expect(report(REPORT_DOCUMENTS).ok).toBe(true);
  });

  it('drafts, filings and the audit scope list names in both languages', () => {
    const drafts = committeeMessage('drafts-missing', { missing: ['voting-rules'] });
    expect(drafts).toEqual({
      'zh-CN': '尚缺：首次业主大会会议表决规则。',
      en: "Still missing: the first assembly's voting rules.",
    });
    const filing = committeeMessage('filing-lacks-documents', {
      missing: ['fund-statute', 'training-records'],
    });
    expect(filing['zh-CN']).toBe('备案缺少文件：专项维修资金管理规约、业主委员会委员的培训记录。');
    const audit = committeeMessage('audit-scope-incomplete', { missing: ['public-revenue'] });
    expect(audit['zh-CN']).toMatch(/尚缺：公共收益收支。$/);
    const standIn = committeeMessage('stand-in-filing-lacks-documents', {
      missing: ['assembly-minutes-and-decisions'],
    });
    expect(standIn['zh-CN']).toBe('备案材料不全，缺少：业主大会会议记录和会议决定。');
  });
});
