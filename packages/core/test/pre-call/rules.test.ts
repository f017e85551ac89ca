// VOTE-15: the committee's steps before it calls an owners' assembly, one fragment for every
// machine that calls one. SH-36 (十六): "业主委员会就…重大事项启动业主大会决策前，主动向居（村）党组织
// 报告"; SH 25 ¶2: "召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程书面通知所在地房管
// 机构、居民委员会或者村民委员会".
import { describe, expect, it } from 'vitest';
import {
  authoritiesNotifiedRule,
  beijing,
  defineProfile,
  NO_PRE_CALL,
  type PreCall,
  type Profile,
  partyReportRule,
  preCallEntries,
  shanghai,
} from '../../src/index.js';

const AT = '2026-03-03T10:00:00+08:00';
const by = (role: string) => ({ by: { role } });
const snap = (profile: Profile, preCall: PreCall = NO_PRE_CALL) => ({
  context: { profile, preCall },
});
const REPORTED: PreCall = { ...NO_PRE_CALL, partyReport: { at: AT, by: 'c' } };
const NOTIFIED: PreCall = {
  ...NO_PRE_CALL,
  writtenNotice: { at: AT, by: 'c', meetingAt: AT, place: 'p', agenda: 'a' },
};

describe('partyReportRule (SH-36 (十六))', () => {
  const rule = partyReportRule((e: { by: { role: string }; major: boolean }) => e.major);
  it('refuses the committee’s call on a major matter without the report; the report lets it through', () => {
    expect(rule.check(snap(shanghai), { ...by('committee'), major: true })).toMatchObject({
      ok: false,
    });
    expect(rule.check(snap(shanghai, REPORTED), { ...by('committee'), major: true })).toBe(true);
  });
  it('holds neither a minor matter, nor the street office, nor a profile without the duty', () => {
    expect(rule.check(snap(shanghai), { ...by('committee'), major: false })).toBe(true);
    expect(rule.check(snap(shanghai), { ...by('street-office'), major: true })).toBe(true);
    expect(rule.check(snap(beijing), { ...by('committee'), major: true })).toBe(true);
  });
  it('a profile whose entry cites no article cites its meeting notice', () => {
    const host = defineProfile({
      ...beijing,
      id: 'beijing-reports',
      party: {
        ...beijing.party,
        reportBeforeMajorMatters: {
          value: true,
          cite: [],
          note: { 'zh-CN': '本小区议事规则的约定', en: 'the complex’s own rules of procedure' },
        },
      },
    });
    expect(rule.check(snap(host), { ...by('committee'), major: true })).toMatchObject({
      ok: false,
      citations: beijing.voting.meetingNotice.cite,
    });
  });
});

describe('authoritiesNotifiedRule (SH 25 ¶2)', () => {
  const firm = authoritiesNotifiedRule({ withoutSetting: false });
  const meeting = authoritiesNotifiedRule({ withoutSetting: true });
  it('refuses the committee’s call without the notice, citing the profile’s text where it is another', () => {
    const sh = firm.check(snap(shanghai), by('committee'));
    expect(sh).toMatchObject({ ok: false });
    // Shanghai's entry cites SH 25 ¶2, the rule's own: the rule's citations stand.
    expect((sh as { citations?: unknown }).citations).toBeUndefined();
    expect(firm.check(snap(beijing), by('committee'))).toMatchObject({
      ok: false,
      citations: ['BJ-35-4'],
    });
    expect(firm.check(snap(shanghai, NOTIFIED), by('committee'))).toBe(true);
    expect(firm.check(snap(shanghai), by('street-office'))).toBe(true);
  });
  it('a profile written before the switch: as the machine asks', () => {
    const { noticeToAuthorities: _dropped, ...voting } = shanghai.voting;
    const older = defineProfile({ ...shanghai, id: 'older', voting });
    expect(firm.check(snap(older), by('committee'))).toBe(true);
    expect(meeting.check(snap(older), by('committee'))).toMatchObject({ ok: false });
  });
});

describe('preCallEntries', () => {
  it('gives both events with the machine’s own rules before the call', () => {
    const entries = preCallEntries([]);
    expect(Object.keys(entries)).toEqual([
      'REPORT_TO_PARTY_ORGANISATION',
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
    ]);
    expect(entries.NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE.cite).toEqual(['SH-25-2']);
    expect(entries.REPORT_TO_PARTY_ORGANISATION.roles).toEqual(['committee']);
  });
});
