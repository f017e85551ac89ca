import { describe, expect, expectTypeOf, it } from 'vitest';
import { CITATIONS, isCitationId, type LawId } from '../../src/citations/index.js';
import {
  beijing,
  checkProfileFloors,
  DEFAULT_PROFILE,
  defineProfile,
  national,
  PROFILE_IDS,
  PROFILES,
  type ProfileId,
  ProfileSchema,
  shanghai,
} from '../../src/profiles/index.js';
import { citeLists, copy } from './helpers.js';

const shipped = PROFILE_IDS.map((id) => [id, PROFILES[id]] as const);

// Texts any profile may cite beyond its own list: party rules and national guidance.
const ALWAYS_CITABLE: readonly LawId[] = ['党章', '支部工作条例', 'GUIDE-2009', 'MOHURD-2020-10'];

describe('shipped profiles', () => {
  it('are shanghai (default), national and beijing', () => {
    expect(Object.keys(PROFILES).sort()).toEqual(['beijing', 'national', 'shanghai']);
    expect(DEFAULT_PROFILE).toBe(shanghai);
    expect(PROFILES.national).toBe(national);
    expect(PROFILES.beijing).toBe(beijing);
    expectTypeOf<keyof typeof PROFILES>().toEqualTypeOf<ProfileId>();
  });

  it.each(shipped)('%s parses with the schema', (id, profile) => {
    expect(profile.id).toBe(id);
    expect(ProfileSchema.parse(profile)).toEqual(profile);
  });

  it.each(shipped)('%s passes the Civil Code floor', (_id, profile) => {
    expect(checkProfileFloors(profile)).toEqual([]);
    expect(defineProfile(copy(profile))).toEqual(profile);
  });

  it.each(shipped)('%s is deeply frozen', (_id, profile) => {
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.voting.quorum.area.value.fraction)).toBe(true);
    expect(() => {
      (profile.voting.quorum.area.value.fraction as { num: number }).num = 1;
    }).toThrow(TypeError);
  });

  it.each(shipped)('%s cites only ids in the registry', (_id, profile) => {
    const lists = citeLists(profile);
    expect(lists.length).toBeGreaterThan(100);
    for (const { path, cite } of lists) {
      for (const id of cite) expect(isCitationId(String(id)), `${path}: ${String(id)}`).toBe(true);
    }
  });

  it.each(shipped)('%s cites only the texts it follows', (_id, profile) => {
    const allowed = new Set<LawId>([...profile.laws, ...ALWAYS_CITABLE]);
    for (const { path, cite } of citeLists(profile)) {
      for (const id of cite) {
        if (!isCitationId(String(id))) continue;
        const law = CITATIONS[id as keyof typeof CITATIONS].law;
        expect(allowed.has(law), `${path} cites ${String(id)} (${law})`).toBe(true);
      }
    }
  });

  it.each(shipped)('%s explains every entry without a citation', (_id, profile) => {
    for (const { path, cite } of citeLists(profile)) {
      if (cite.length > 0) continue;
      const entry = path
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], profile);
      expect((entry as { note?: unknown }).note, path).toBeDefined();
    }
  });

  it('keep the Civil Code bars identical everywhere', () => {
    for (const p of [national, beijing]) {
      for (const section of ['quorum', 'ordinary', 'special'] as const) {
        expect(p.voting[section].headcount.value).toEqual(shanghai.voting[section].headcount.value);
        expect(p.voting[section].area.value).toEqual(shanghai.voting[section].area.value);
      }
    }
  });
});

describe('national', () => {
  it('follows only the Civil Code, PMR and SPC', () => {
    expect(national.laws).toEqual(['CC', 'CC-contract', 'CC-general', 'SPC', 'PMR']);
  });

  it('gives the re-election report 3 months from second-hand guidance', () => {
    expect(national.term.reportBeforeExpiry.period).toEqual({ months: 3 });
    const ids = national.term.reportBeforeExpiry.cite;
    expect(ids.every((id) => !CITATIONS[id].verified)).toBe(true);
  });

  it('leaves local numbers unset, with a note', () => {
    expect(national.formation.committeeSize.value).toBeNull();
    expect(national.formation.groupFormation.period).toBeNull();
    expect(national.formation.groupFormation.note).toBeDefined();
    expect(national.term.freeze.value).toEqual([]);
    expect(national.term.standIn.value.kind).toBe('none');
  });

  it('keeps the national periods', () => {
    expect(national.voting.meetingNotice.period).toEqual({ days: 15 });
    expect(national.formation.filing.period).toEqual({ days: 30 });
    expect(national.firm.dismissalNotice.period).toEqual({ days: 60 });
  });
});

describe('beijing', () => {
  it('allows e-voting only through the city system, without prior adoption', () => {
    expect(beijing.voting.electronicChannelCitySystemOnly.value).toBe(true);
    expect(beijing.voting.electronicChannelCitySystemOnly.cite).toContain('BJ-35-3');
    expect(beijing.voting.electronicChannelNeedsAdoption.value).toBe(false);
  });

  it('has the 物业管理委员会 as stand-in with its numbers', () => {
    const s = beijing.term.standIn.value;
    expect(s.kind).toBe('property-management-committee');
    if (s.kind !== 'property-management-committee') return;
    expect(s.minSize).toBe(7);
    expect(s.odd).toBe(true);
    expect(s.chair).toBe('residents-committee');
    expect(s.maxTerm).toEqual({ years: 3 });
    expect(s.filing).toEqual({ days: 30 });
    expect(s.decisionPosting).toEqual({ workingDays: 10 });
  });

  it('counts some periods in working days', () => {
    expect(beijing.formation.filingCompletion.period).toEqual({ workingDays: 5 });
  });

  // BJ 50: "业主委员会的名称、委员、业主大会议事规则和管理规约发生变更的，业主委员会或者物业管理委员会
  // 应当在三十日内向街道办事处、乡镇人民政府办理变更备案手续。" — no period for the office, no copy.
  // PMR 16 files the committee's election only: the national texts set neither.
  it('lets the stand-in file a change under beijing; neither beijing nor national sets a completion period', () => {
    expect(beijing.term.changeFilers?.value).toEqual(['committee', 'stand-in']);
    expect(beijing.term.changeFilers?.cite).toEqual(['BJ-50']);
    expect(beijing.term.changeFilingCompletion?.period).toBeNull();
    expect(beijing.term.changeFilingCompletion?.note?.en).toContain('BJ 43');
    expect(beijing.term.changeFilingCopiedToDistrict?.value).toBe(false);
    expect(national.term.changeFilers?.value).toEqual(['committee']);
    expect(national.term.changeFilingCompletion?.period).toBeNull();
    expect(national.term.changeFilingCompletion?.cite).toEqual(['PMR-16']);
    expect(national.term.changeFilingCopiedToDistrict?.value).toBe(false);
  });

  it('allows a 3-member committee by households, not area', () => {
    expect(beijing.formation.smallCommittee.value).toEqual({
      size: 3,
      measure: 'households',
      atMost: 100,
    });
  });

  it('uses its own deadlines', () => {
    expect(beijing.term.reportBeforeExpiry.period).toEqual({ months: 6 });
    expect(beijing.formation.firstMeetingWithin.period).toEqual({ days: 60 });
    expect(beijing.firm.contractFiling.period).toEqual({ days: 15 });
    expect(beijing.firm.handover.period).toEqual({ days: 30 });
    expect(beijing.formation.group.leader.value).toBe('residents-committee');
    expect(beijing.term.freeze.value).toEqual([]);
  });
});
