import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  beijing,
  defineProfile,
  national,
  type Profile,
  ProfileSchema,
  ProfileValidationError,
  shanghai,
} from '../../src/profiles/index.js';
import { RETIRED_KEY_CODE } from '../../src/profiles/retired-keys.js';

// CC 278 ¶2: "决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// The majority is of the owners taking part: no profile may count non-voters with it, so the
// switch that could only say `false` left the profile, as did `calendar`, which could only say
// Asia/Shanghai.

const LAWFUL_NON_VOTERS = { value: false, cite: ['CC-278-2-ordinary', 'GUIDE-2009-26-2'] };
const LAWFUL_CALENDAR = { timeZone: 'Asia/Shanghai' };

/** `profile` as written before the keys left, with `voting` and `calendar` as given. */
function legacy(profile: Profile, nonVoters: unknown, calendar: unknown): unknown {
  return {
    ...profile,
    voting: { ...profile.voting, countNonVotersWithMajority: nonVoters },
    calendar,
  };
}

function issuesOf(input: unknown) {
  const parsed = ProfileSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error?.issues ?? [];
}

describe.each([
  ['shanghai', shanghai],
  ['beijing', beijing],
  ['national', national],
])('the retired profile keys under %s', (_, profile) => {
  it('are gone from the shipped profile', () => {
    expect('calendar' in profile).toBe(false);
    expect('countNonVotersWithMajority' in profile.voting).toBe(false);
  });

  it('with their sole lawful value are dropped on parse, the input left as it was', () => {
    const input = Object.freeze(legacy(profile, LAWFUL_NON_VOTERS, LAWFUL_CALENDAR));
    expect(ProfileSchema.parse(input)).toEqual(profile);
    expect(defineProfile(input as Profile)).toEqual(profile);
    expect((input as { calendar: unknown }).calendar).toEqual(LAWFUL_CALENDAR);
  });

  it('either one alone is dropped too', () => {
    expect(ProfileSchema.parse({ ...profile, calendar: LAWFUL_CALENDAR })).toEqual(profile);
    const voting = { ...profile.voting, countNonVotersWithMajority: LAWFUL_NON_VOTERS };
    expect(ProfileSchema.parse({ ...profile, voting })).toEqual(profile);
  });

  it.each([
    ['another zone', { timeZone: 'UTC' }],
    ['another key beside the zone', { timeZone: 'Asia/Shanghai', holidays: [] }],
    ['not an object', 'Asia/Shanghai'],
  ])('calendar with %s is refused, coded, saying the key is retired and why', (_, calendar) => {
    const issues = issuesOf({ ...profile, calendar });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['calendar'], params: { code: RETIRED_KEY_CODE } });
    expect(issues[0]?.message).toContain('calendar is retired');
    expect(issues[0]?.message).toContain('Asia/Shanghai');
    expect(issues[0]?.message).toContain('已停用');
  });

  it.each([
    ['true (从多)', { value: true, cite: ['GUIDE-2009-26-2'] }],
    ['no citation and no note', { value: false, cite: [] }],
    ['a bare false', false],
  ])('countNonVotersWithMajority with %s is refused, citing CC 278 ¶2', (_, nonVoters) => {
    const input = {
      ...profile,
      voting: { ...profile.voting, countNonVotersWithMajority: nonVoters },
    };
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: ['voting', 'countNonVotersWithMajority'],
      params: { code: RETIRED_KEY_CODE },
    });
    expect(issues[0]?.message).toContain('CC 278 ¶2');
    expect(issues[0]?.message).toContain('民法典第二百七十八条第二款');
  });

  it('defineProfile gives the coded issue for a retired key with another value', () => {
    let thrown: unknown;
    try {
      defineProfile({ ...profile, calendar: { timeZone: 'Europe/Berlin' } } as Profile);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProfileValidationError);
    expect((thrown as ProfileValidationError).issues).toEqual([
      expect.objectContaining({ path: 'calendar', code: RETIRED_KEY_CODE }),
    ]);
  });

  it('an unknown key is still refused, uncoded', () => {
    const issues = issuesOf({ ...profile, calender: LAWFUL_CALENDAR });
    expect(issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});

describe('profiles in the recorded snapshots of every package', () => {
  const root = join(import.meta.dirname, '../../..');
  const files = readdirSync(root).flatMap((pkg) => {
    const dir = join(root, pkg, 'test/fixtures');
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });

  /** Every value held under a `profile` key that is a profile (not a reference or a choice). */
  function profilesIn(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
    if (Array.isArray(v)) for (const x of v) profilesIn(x, out);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'profile' && typeof x === 'object' && x !== null && 'voting' in x) {
          out.push(x as Record<string, unknown>);
        } else profilesIn(x, out);
      }
    }
    return out;
  }

  it('parse, the retired keys dropped and nothing else changed', () => {
    const found = files.flatMap((f) => profilesIn(JSON.parse(readFileSync(f, 'utf8'))));
    // Recorded before the keys left: most hold both.
    const legacyCount = found.filter((p) => 'calendar' in p).length;
    expect(legacyCount).toBeGreaterThan(10);
    for (const recorded of found) {
      const parsed = ProfileSchema.safeParse(recorded);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const { calendar: _c, ...rest } = recorded;
      const { countNonVotersWithMajority: _n, ...voting } = recorded.voting as Record<
        string,
        unknown
      >;
      expect(parsed.data).toEqual({ ...rest, voting });
    }
  });
});
