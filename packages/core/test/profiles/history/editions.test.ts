import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/calendar/index.js';
import {
  describeProfileAt,
  editionAt,
  PROFILE_HISTORIES,
  ProfileDateError,
  profileAt,
  profileEditions,
  valueHistory,
} from '../../../src/profiles/history/index.js';
import { PROFILE_IDS, shanghai } from '../../../src/profiles/index.js';
import { readLaw } from '../../citations/law-files.js';

describe('Shanghai as it stood on each day', () => {
  it('bars owners in arrears until 2023-12-27 and not from 2023-12-28 (SH art. 20 ¶2)', () => {
    // 2020 text: "…擅自改变物业使用性质、欠交物业服务费或者专项维修资金、违法出租房屋等情形之一且未改正的，不得担任业主委员会委员。"
    expect(readLaw('shanghai-residential-property-2020.md')).toContain(
      '欠交物业服务费或者专项维修资金、违法出租房屋等情形之一且未改正的，不得担任业主委员会委员',
    );
    const before = profileAt('shanghai', '2023-12-27').eligibility.grounds;
    expect(before.feeArrears).toEqual({ value: true, cite: ['SH-2020-20-2'] });
    expect(before.notExecutingDecisions.value).toBe(false);
    const after = profileAt('shanghai', '2023-12-28').eligibility.grounds;
    expect(after.feeArrears.value).toBe(false);
    expect(after.feeArrears.cite).toEqual(['SH-20-2']);
    expect(after.notExecutingDecisions).toEqual({ value: true, cite: ['SH-20-2'] });
  });

  it('has no substitute members before SH-36 (2026-03-23) and has them from that day', () => {
    // SH-36 (五): "一般按照候补委员得票高低顺序依次递补"
    expect(readLaw('shanghai-2026-36-assembly-committee-opinions.md')).toContain(
      '一般按照候补委员得票高低顺序依次递补',
    );
    expect(profileAt('shanghai', '2026-03-22').formation.substitutes.value.allowed).toBe(false);
    expect(profileAt('shanghai', '2026-03-23').formation.substitutes.value.allowed).toBe(true);
    expect(profileAt('shanghai', '2026-03-22').term.standIn.value.kind).toBe('none');
    expect(profileAt('shanghai', '2026-03-23').term.standIn.value.kind).toBe(
      'governance-committee',
    );
  });

  it('cites SH-84 for the secretary from 2026-06-04 only', () => {
    expect(profileAt('shanghai', '2026-06-03').meetings.secretary.cite).toEqual(['SH-36-6']);
    expect(profileAt('shanghai', '2026-06-04').meetings.secretary.cite).toEqual([
      'SH-36-6',
      'SH-84-1',
    ]);
    expect(profileAt('shanghai', '2026-03-22').meetings.secretary.value).toBe(false);
  });

  it('keeps SH-6 values after 2026-06-30 as defaults no text in force sets', () => {
    const june = profileAt('shanghai', '2026-06-30');
    expect(june.formation.group.developerReps).toEqual({ value: 1, cite: ['SH-6-6'] });
    expect(june.party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report', 'SH-6-10']);
    const july = profileAt('shanghai', '2026-07-01');
    expect(july.formation.group.developerReps.value).toBe(1);
    expect(july.formation.group.developerReps.cite).toEqual([]);
    expect(july.formation.group.developerReps.note?.en).toMatch(/expired on 2026-06-30/);
    expect(july.party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report']);
    expect(july.laws).not.toContain('SH-6');
  });

  it('differs from `shanghai` as written only in the SH-6 and 2020-text citations it retires', () => {
    const latest = profileAt('shanghai', '2030-01-01');
    const differing = valuePaths(shanghai).filter(
      (p) => JSON.stringify(get(shanghai, p)) !== JSON.stringify(get(latest, p)),
    );
    expect(differing.sort()).toEqual(
      [
        'disclosure.annualAuditDueBy',
        'disclosure.termEndAuditWithin',
        'eligibility.grounds.feeArrears',
        'formation.candidateJointReview',
        'formation.group.developerReps',
        'formation.group.residentsCommitteeRepsEach',
        'formation.group.streetReps',
        'laws',
        'party.reportBeforeMajorMatters',
      ].sort(),
    );
  });
});

describe('editions', () => {
  it('follow one another day by day, the last open-ended', () => {
    for (const id of PROFILE_IDS) {
      const editions = profileEditions(id);
      editions.forEach((edition, i) => {
        const next = editions[i + 1];
        if (next === undefined) expect(edition.until, edition.id).toBeUndefined();
        else expect(edition.until, edition.id).toBe(addDays(next.from, -1));
        expect(edition.id).toBe(`${id}@${edition.from}`);
      });
    }
  });

  it('resolve each boundary day to the edition that starts on it', () => {
    for (const edition of profileEditions('shanghai')) {
      expect(editionAt('shanghai', edition.from).id).toBe(edition.id);
      if (edition.until !== undefined) {
        expect(editionAt('shanghai', edition.until).id).toBe(edition.id);
      }
    }
  });

  it('refuse a day before the history and a malformed date with a coded, bilingual error', () => {
    const first = PROFILE_HISTORIES.shanghai.editions[0]?.from ?? '';
    expect(() => profileAt('shanghai', addDays(first, -1))).toThrow(ProfileDateError);
    expect(() => profileAt('shanghai', first)).not.toThrow();
    try {
      profileAt('beijing', '2024-03-28');
    } catch (e) {
      expect((e as ProfileDateError).code).toBe('before-history');
      expect((e as ProfileDateError).messages['zh-CN']).toContain('2024-03-29');
    }
    expect(() => profileAt('national', '2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => profileAt('national', '2026-2-3')).toThrow(ProfileDateError);
  });

  it("give a value's history as spans with their citations", () => {
    const spans = valueHistory('shanghai', 'eligibility.grounds.feeArrears');
    expect(spans.map((s) => [s.from, s.until, s.cite])).toEqual([
      ['2022-10-22', '2023-12-27', ['SH-2020-20-2']],
      ['2023-12-28', undefined, ['SH-20-2']],
    ]);
    expect(valueHistory('shanghai', 'voting.quorum.area')).toHaveLength(1);
    expect(() => valueHistory('shanghai', 'voting.nope')).toThrow(/no field voting.nope/);
  });

  it('describe a profile as it stood on a day', () => {
    const d = describeProfileAt('shanghai', '2024-05-01', 'zh-CN');
    expect(d.edition).toEqual({
      id: 'shanghai@2023-12-28',
      from: '2023-12-28',
      until: '2026-03-22',
    });
    expect(d.summary).toContain('第四次修正');
    expect(d.follows).toContain('2023年12月28日修正');
    expect(d.rows.find((r) => r.path === 'formation.substitutes')?.value).toMatch(/否|false/);
    const en = describeProfileAt('shanghai', '2026-07-01', 'en');
    expect(en.edition).toEqual({ id: 'shanghai@2026-07-01', from: '2026-07-01' });
    expect(en.rows.find((r) => r.path === 'formation.group.developerReps')?.citations).toEqual([]);
  });
});

type Json = { readonly [k: string]: unknown };

function get(node: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((n, k) => (n as Json)[k], node);
}

/** Paths of every cited entry and of the edition-level metadata. */
function valuePaths(node: unknown, path = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [path];
  const record = node as Json;
  if ('cite' in record) return [path];
  return Object.entries(record).flatMap(([k, v]) =>
    ['id', 'name'].includes(k) && path === ''
      ? []
      : valuePaths(v, path === '' ? k : `${path}.${k}`),
  );
}
