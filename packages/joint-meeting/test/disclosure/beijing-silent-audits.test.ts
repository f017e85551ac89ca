// Issue 18: under `beijing` the audit duties' plans cite no article (the profile's
// annualAuditDueBy, termEndAuditWithin and auditPosting cite nothing: "Not set by the Beijing
// regulation"). A refusal about them says so, and names the profile settings that decide, built
// from the profile in force; under `national` and `shanghai` the refusal keeps its own text and
// its articles. BJ 34 (八) leaves the audit to the assembly and sets no date or posting for it:
// "确定业主委员会委员津贴或者补助的标准，对业主委员会主任实施任期、离任经济责任审计". CC 277 ¶1 (the national
// profile's article): "业主可以设立业主大会，选举业主委员会". SH 67 ¶2: "进行年度财务审计和换届财务审计。
// 审计结果应当在物业管理区域内显著位置公告三十日".
import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { refusal, startCalendar, T0 } from './support.js';

const BASE = {
  evidence: {
    zh: '标记已公开须附公告凭证（照片、公告编号或链接），以证明已在物业管理区域内显著位置公告。',
    en: 'A posting is recorded only with evidence (photo, notice number or link) that it was posted in a prominent place in the complex.',
  },
  publisher: {
    zh: '“年度财务审计结果”由committee-chair或committee公开，不是property-firm。',
    en: '"annual audit results" is posted by committee-chair or committee, not property-firm.',
  },
  due: {
    zh: '公开事项“换届财务审计结果”当前没有待公开的义务（尚未发生触发事件）。',
    en: 'Nothing of "term-end audit results" is due now (not triggered).',
  },
} as const;

const ANNUAL_SILENT = {
  zh: '配置「北京」中没有条文规定“年度财务审计结果”：《北京市物业管理条例》未作规定。由配置项 disclosure.annualAuditDueBy、disclosure.auditPosting 决定。',
  en: 'Under the Beijing profile no article sets "annual audit results": Not set by the Beijing regulation. The profile\'s settings disclosure.annualAuditDueBy and disclosure.auditPosting decide.',
};

const TERM_END_SILENT = {
  zh: '配置「北京」中没有条文规定“换届财务审计结果”：《北京市物业管理条例》未作规定。由配置项 disclosure.termEndAuditWithin、disclosure.auditPosting 决定。',
  en: 'Under the Beijing profile no article sets "term-end audit results": Not set by the Beijing regulation. The profile\'s settings disclosure.termEndAuditWithin and disclosure.auditPosting decide.',
};

/** The three refusals about an audit duty, under a calendar started with `profile`. */
function audits(profile: Parameters<typeof startCalendar>[0]) {
  const h = startCalendar(profile);
  return {
    h,
    evidence: refusal(h.send('PUBLISH', 'committee', T0, { duty: 'annual-audit', evidence: ' ' })),
    publisher: refusal(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'annual-audit', evidence: 'e' }),
    ),
    due: refusal(h.send('PUBLISH', 'committee', T0, { duty: 'term-end-audit', evidence: 'e' })),
  };
}

describe('under beijing an audit refusal says the regulation sets no such duty or date', () => {
  it('the profile cites no article for the audits', { timeout: 30_000 }, () => {
    const d = PROFILES.beijing.disclosure;
    for (const entry of [d.annualAuditDueBy, d.termEndAuditWithin, d.auditPosting]) {
      expect(entry.cite).toEqual([]);
      expect(entry.note?.en).toBe('Not set by the Beijing regulation.');
    }
  });

  it('evidence-required: blank evidence refused, exact text; "e" is recorded', {
    timeout: 30_000,
  }, () => {
    const { h, evidence } = audits({ profile: PROFILES.beijing });
    expect(evidence.rule).toEqual({ id: 'evidence-required', citations: [] });
    expect(evidence.message).toEqual({
      'zh-CN': `${BASE.evidence.zh}${ANNUAL_SILENT.zh}`,
      en: `${BASE.evidence.en} ${ANNUAL_SILENT.en}`,
    });
    expect(h.send('PUBLISH', 'committee', T0, { duty: 'annual-audit', evidence: 'e' }).ok).toBe(
      true,
    );
  });

  it('publisher-of-duty: the firm refused, exact text', { timeout: 30_000 }, () => {
    const { publisher } = audits({ profile: PROFILES.beijing });
    expect(publisher.rule).toEqual({ id: 'publisher-of-duty', citations: [] });
    expect(publisher.message).toEqual({
      'zh-CN': `${BASE.publisher.zh}${ANNUAL_SILENT.zh}`,
      en: `${BASE.publisher.en} ${ANNUAL_SILENT.en}`,
    });
  });

  it('duty-due: the term-end audit before an election, exact text', { timeout: 30_000 }, () => {
    const { due } = audits({ profile: PROFILES.beijing });
    expect(due.rule).toEqual({ id: 'duty-due', citations: [] });
    expect(due.message).toEqual({
      'zh-CN': `${BASE.due.zh}${TERM_END_SILENT.zh}`,
      en: `${BASE.due.en} ${TERM_END_SILENT.en}`,
    });
  });

  it('a calendar following beijing’s history reads the edition it holds', {
    timeout: 30_000,
  }, () => {
    const { evidence } = audits({ profile: { follows: 'beijing' } });
    expect(evidence.message.en).toBe(`${BASE.evidence.en} ${ANNUAL_SILENT.en}`);
  });

  it('a host’s own profile citing nothing: its id and every setting of the duty', {
    timeout: 30_000,
  }, () => {
    const { due } = audits({ profile: { ...PROFILES.beijing, id: 'host-town' } });
    expect(due.message).toEqual({
      'zh-CN': `${BASE.due.zh}配置「host-town」中没有条文规定“换届财务审计结果”。由配置项 disclosure.termEndAuditWithin、disclosure.auditPosting 决定。`,
      en: `${BASE.due.en} Under the host-town profile no article sets "term-end audit results". The profile's settings disclosure.termEndAuditWithin and disclosure.auditPosting decide.`,
    });
  });
});

describe('where the profile cites an article the refusal keeps its text and articles', () => {
  it('national: CC 277, no word of silence', { timeout: 30_000 }, () => {
    const r = audits({ profile: PROFILES.national });
    expect(r.evidence.rule).toEqual({ id: 'evidence-required', citations: ['CC-277'] });
    expect(r.evidence.message).toEqual({ 'zh-CN': BASE.evidence.zh, en: BASE.evidence.en });
    expect(r.publisher.rule).toEqual({ id: 'publisher-of-duty', citations: ['CC-277'] });
    expect(r.publisher.message).toEqual({ 'zh-CN': BASE.publisher.zh, en: BASE.publisher.en });
    expect(r.due.rule).toEqual({ id: 'duty-due', citations: ['CC-277'] });
    expect(r.due.message).toEqual({ 'zh-CN': BASE.due.zh, en: BASE.due.en });
  });

  it('shanghai: the rule’s own articles (SH 48 … SH 6 sec. 11, SH 67), no word of silence', {
    timeout: 30_000,
  }, () => {
    const r = audits({ profile: PROFILES.shanghai });
    for (const x of [r.evidence, r.publisher, r.due]) {
      expect(x.rule?.citations).toEqual(expect.arrayContaining(['SH-48', 'SH-6-11', 'SH-67']));
      expect(x.message.en).not.toContain('no article sets');
      expect(x.message['zh-CN']).not.toContain('没有条文规定');
    }
    expect(r.evidence.message).toEqual({ 'zh-CN': BASE.evidence.zh, en: BASE.evidence.en });
  });
});
