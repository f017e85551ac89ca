import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CITATION_IDS,
  CITATIONS,
  type Citation,
  type CitationId,
  CitationIdSchema,
  citation,
  formatCitation,
  isCitationId,
  LAW_IDS,
  LAWS,
  LawIdSchema,
  RULE_CITATIONS,
} from '../../src/citations/index.js';

// Row ids of the rule book (docs/rules/source/rule-book.md), sections 1–10 and 12.
const RULE_ROWS = [
  ...Array.from({ length: 19 }, (_, i) => `VOTE-${i + 1}`),
  'TIME-1',
  'TIME-2',
  ...Array.from({ length: 13 }, (_, i) => `FORM-${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `TERM-${i + 1}`),
  ...Array.from({ length: 3 }, (_, i) => `CMTG-${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `FIRM-${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `PARTY-${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `DISC-${i + 1}`),
  'JOINT-LEVELS',
  'JOINT-MONTHLY',
  'JOINT-COORDINATION',
  'EVAL-1',
  ...Array.from({ length: 8 }, (_, i) => `FUND-${i + 1}`),
];

describe('registry', () => {
  it('keys each citation by its own id', () => {
    for (const id of CITATION_IDS) expect(CITATIONS[id].id).toBe(id);
    expect(citation('CC-278-2')).toBe(CITATIONS['CC-278-2']);
  });

  it('covers every row of the rule book, with ids that exist', () => {
    expect(Object.keys(RULE_CITATIONS).sort()).toEqual([...RULE_ROWS].sort());
    for (const ids of Object.values(RULE_CITATIONS)) {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(isCitationId(id), id).toBe(true);
    }
  });

  it('holds the ids the machine packages rely on', () => {
    for (const id of [
      'CC-278-2',
      'CC-1259',
      'SPC-8',
      'SPC-9',
      'SH-13',
      'SH-15',
      'SH-28-4',
      'CC-946',
      'SH-36-4',
      'JA-2-2',
      'PARTY-CONST-30',
    ]) {
      expect(isCitationId(id), id).toBe(true);
    }
  });

  it('uses only known laws and numbers statutes, labels policy sections', () => {
    for (const c of Object.values(CITATIONS)) {
      expect(LAW_IDS).toContain(c.law);
      expect(c.keyPhrase.trim()).toBe(c.keyPhrase);
      expect(c.keyPhrase.length).toBeGreaterThan(1);
      if (LAWS[c.law].kind === 'policy') expect(typeof c.article).toBe('string');
    }
  });

  it('follows the rule book markers', () => {
    const unverified: CitationId[] = [
      'CC-278-2-participation',
      'GUIDE-2009-26-2',
      'GUIDE-2009-interim',
      'GUIDE-2009-renewal',
      'MOHURD-2020-10',
      'PARTY-BRANCH-5',
      'PARTY-BRANCH-4',
      'PARTY-BRANCH-CH6',
      'PARTY-CONST-31',
      'SPC-2-parking',
    ];
    for (const id of unverified) expect(CITATIONS[id].verified, id).toBe(false);
    expect(CITATIONS['PARTY-CONST-30'].verified).toBe(true);
    expect(CITATIONS['CC-278-2'].verified).toBe(true);
  });

  it('marks every SH-6 citation as expired', () => {
    const sh6 = Object.values(CITATIONS).filter((c) => c.law === 'SH-6');
    expect(sh6.length).toBeGreaterThan(0);
    for (const c of sh6) expect(c.note?.en).toMatch(/expired/);
    expect(LAWS['SH-6'].status).toBe('expired');
  });

  it('validates ids with zod', () => {
    expect(CitationIdSchema.parse('SH-28-4')).toBe('SH-28-4');
    const bad = CitationIdSchema.safeParse('SH-999');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('SH-999');
    expect(LawIdSchema.safeParse('BJ').success).toBe(true);
    expect(LawIdSchema.safeParse('XX').success).toBe(false);
  });

  it('types ids narrowly', () => {
    expectTypeOf(citation).parameter(0).toEqualTypeOf<CitationId>();
    expectTypeOf<keyof typeof CITATIONS>().toEqualTypeOf<CitationId>();
    expectTypeOf(CITATIONS['CC-946']).toEqualTypeOf<Citation>();
    // @ts-expect-error: not a registry id
    citation('CC-9999');
  });
});

describe('formatCitation', () => {
  it.each([
    ['CC-278-2', '《民法典》第二百七十八条第二款', 'Civil Code art. 278(2)'],
    ['CC-1259', '《民法典》第一千二百五十九条', 'Civil Code art. 1259'],
    ['CC-278-1-4', '《民法典》第二百七十八条第一款第四项', 'Civil Code art. 278(1)(4)'],
    [
      'SH-28-4',
      '《上海市住宅物业管理规定》第二十八条第四款',
      'Shanghai Residential Property Regulation art. 28(4)',
    ],
    ['SPC-9', '《建筑物区分所有权解释》第九条', 'SPC Building Ownership Interpretation art. 9'],
    ['SH-36-16', '沪房物业〔2026〕36号（十六）', 'SHHA Property [2026] No. 36 sec. (16)'],
    ['JA-2-2', '静府发〔2021〕11号 二（二）', "Jing'an Gov. [2021] No. 11 sec. 2(2)"],
    ['JA-2-2-1', '静府发〔2021〕11号 二（二）1', "Jing'an Gov. [2021] No. 11 sec. 2(2).1"],
    ['SH-6-11', '沪房规范〔2021〕6号 十一', 'SHHA Norms [2021] No. 6 sec. 11'],
    ['PARTY-CONST-30', '《中国共产党章程》第三十条', 'CPC Constitution art. 30'],
    [
      'PARTY-BRANCH-CH6',
      '《中国共产党支部工作条例（试行）》第六章',
      'CPC Branch Work Regulation ch. 6',
    ],
    [
      'GUIDE-2009-renewal',
      '《业主大会和业主委员会指导规则》（条文未定位）',
      "Guidance Rules on Owners' Assemblies and Committees (article not located)",
    ],
  ] as const)('%s', (id, zh, en) => {
    expect(formatCitation(CITATIONS[id], 'zh-CN')).toBe(zh);
    expect(formatCitation(CITATIONS[id], 'en')).toBe(en);
  });
});
