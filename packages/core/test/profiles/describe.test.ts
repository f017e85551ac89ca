import { describe, expect, it } from 'vitest';
import { beijing, describeProfile, national, shanghai } from '../../src/profiles/index.js';
import { citeLists } from './helpers.js';

describe('describeProfile', () => {
  it('lists a row per cited entry, with the value in words and formatted citations', () => {
    const rows = describeProfile(shanghai, 'zh-CN');
    // Every row is a cited entry: the uncited `calendar.timeZone` left the profile.
    expect(rows.length).toBe(citeLists(shanghai).length);
    const quorum = rows.find((r) => r.path === 'voting.quorum.area');
    expect(quorum).toMatchObject({
      value: '2/3以上',
      verified: true,
    });
    expect(quorum?.citations).toContain('《民法典》第二百七十八条第二款');
    expect(rows.find((r) => r.path === 'voting.ordinary.headcount')?.value).toBe('过半数');
    expect(rows.find((r) => r.path === 'firm.dismissalNotice')?.value).toBe('60日');
    expect(rows.find((r) => r.path === 'term.reportBeforeExpiry')?.value).toBe('5个月');
    expect(rows.filter((r) => r.path.startsWith('calendar'))).toEqual([]);
    expect(rows.find((r) => r.path === 'voting.countNonVotersWithMajority')).toBeUndefined();
  });

  it('renders in English', () => {
    const rows = describeProfile(shanghai, 'en');
    const quorum = rows.find((r) => r.path === 'voting.quorum.headcount');
    expect(quorum?.value).toBe('at least 2/3');
    expect(quorum?.citations).toContain('Civil Code art. 278(2)');
    expect(rows.find((r) => r.path === 'term.earlyReElection.inactivity')?.value).toBe('6 months');
    expect(rows.find((r) => r.path === 'eligibility.grounds.feeArrears')?.note).toMatch(
      /contested/i,
    );
  });

  it('shows unset values, working days and unverified rows', () => {
    const nat = describeProfile(national, 'en');
    expect(nat.find((r) => r.path === 'formation.groupFormation')?.value).toBe('not set');
    expect(nat.find((r) => r.path === 'term.reportBeforeExpiry')?.verified).toBe(false);
    const bj = describeProfile(beijing, 'zh-CN');
    expect(bj.find((r) => r.path === 'formation.filingCompletion')?.value).toBe('5个工作日');
    expect(bj.find((r) => r.path === 'term.changeFilingCompletion')?.value).toBe('未规定');
    expect(
      describeProfile(shanghai, 'zh-CN').find((r) => r.path === 'term.changeFilingCompletion'),
    ).toMatchObject({ value: '20日', citationIds: ['SH-34'] });
    expect(bj.find((r) => r.path === 'term.standIn')?.value).toContain('10个工作日');
  });

  it('skips the metadata', () => {
    const paths = describeProfile(shanghai, 'en').map((r) => r.path);
    expect(paths).not.toContain('id');
    expect(paths.some((p) => p.startsWith('laws'))).toBe(false);
  });
});
