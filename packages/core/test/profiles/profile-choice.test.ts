// A start input's `profile` goes through defineProfile: the schema and the national floor hold
// for every machine that takes one, and a profile defineProfile returned is not parsed again.
import {
  beijing,
  issueMessages,
  issueSummary,
  national,
  PROFILE_FLOOR_ISSUE,
  ProfileChoiceSchema,
  ProfileSchema,
  shanghai,
} from '@jiayuan/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

afterEach(() => {
  vi.restoreAllMocks();
});

// The schema as a machine input holds it: optional, under `profile`.
const Input = z.strictObject({ profile: ProfileChoiceSchema.optional() });

function withQuorum(num: number, den: number, mode: 'at-least' | 'more-than') {
  const profile = JSON.parse(JSON.stringify(shanghai));
  profile.voting.quorum.headcount.value = { fraction: { num, den }, mode };
  return profile;
}

describe('ProfileChoiceSchema', () => {
  it('takes a shipped or defined profile as it is, without parsing it again', () => {
    const parse = vi.spyOn(ProfileSchema, 'safeParse');
    for (const profile of [shanghai, beijing, national]) {
      expect(Input.parse({ profile }).profile).toBe(profile);
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it('validates a JSON copy into a frozen profile equal to the shipped one', () => {
    const parsed = Input.parse({ profile: JSON.parse(JSON.stringify(beijing)) }).profile;
    expect(parsed).toEqual(beijing);
    expect(parsed).not.toBe(beijing);
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('takes { follows } with a shipped id, and refuses another id or another key', () => {
    expect(Input.parse({ profile: { follows: 'beijing' } }).profile).toEqual({
      follows: 'beijing',
    });
    const unknown = Input.safeParse({ profile: { follows: 'guangzhou' } });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues.map((i) => i.path)).toEqual([['profile', 'follows']]);
    const extra = Input.safeParse({ profile: { follows: 'shanghai', edition: 'x' } });
    expect(extra.success).toBe(false);
    expect(extra.error?.issues[0]?.path).toEqual(['profile']);
  });

  it('refuses what is not an object, with one issue on the profile', () => {
    for (const profile of ['shanghai', 42, null, [shanghai]]) {
      const result = Input.safeParse({ profile });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toEqual([['profile']]);
    }
  });

  it('reports a schema problem at its path under the profile', () => {
    const profile = JSON.parse(JSON.stringify(shanghai));
    profile.voting.quorum.area.value.fraction.den = 0;
    const result = Input.safeParse({ profile });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.slice(0, 5)).toEqual([
      'profile',
      'voting',
      'quorum',
      'area',
      'value',
    ]);
  });

  // CC 278 ¶2: "应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决" —
  // 以上 includes the bound, so at least 2/3 takes part; anything easier is below the floor.
  it('refuses a quorum below two-thirds (CC 278 ¶2), and takes exactly two-thirds', () => {
    expect(Input.safeParse({ profile: withQuorum(2, 3, 'at-least') }).success).toBe(true);
    expect(Input.safeParse({ profile: withQuorum(2000, 3000, 'at-least') }).success).toBe(true);
    // One in three thousand short of two-thirds.
    const short = Input.safeParse({ profile: withQuorum(1999, 3000, 'at-least') });
    expect(short.success).toBe(false);
    const issue = short.error?.issues[0];
    expect(issue?.path).toEqual(['profile', 'voting', 'quorum', 'headcount']);
    expect(issue?.message).toContain('Civil Code art. 278(2)');
    const params = (issue as { params?: Record<string, unknown> } | undefined)?.params;
    expect(params?.code).toBe(PROFILE_FLOOR_ISSUE);
    expect(params?.citation).toBe('CC-278-2');
    expect(params?.messages).toMatchObject({ 'zh-CN': expect.stringContaining('第二百七十八条') });
  });

  it('reports every floor broken, one issue each', () => {
    const profile = withQuorum(1, 2, 'at-least');
    profile.voting.quorum.area.value = { fraction: { num: 1, den: 2 }, mode: 'at-least' };
    const result = Input.safeParse({ profile });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'profile.voting.quorum.headcount',
      'profile.voting.quorum.area',
    ]);
  });
});

describe('issueMessages', () => {
  it('gives a floor breach in each language as one clause, and any other issue as zod words it', () => {
    const [floor] = Input.safeParse({ profile: withQuorum(1, 2, 'at-least') }).error?.issues ?? [];
    expect(floor).toBeDefined();
    const text = issueMessages(floor!);
    expect(text['zh-CN']).toContain('《民法典》第二百七十八条第二款');
    expect(text['zh-CN'].endsWith('。')).toBe(false);
    expect(text.en).toContain('Civil Code art. 278(2)');
    expect(text.en.endsWith('.')).toBe(false);
    const [other] = Input.safeParse({ profile: 42 }).error?.issues ?? [];
    expect(issueMessages(other!)).toEqual({ 'zh-CN': other!.message, en: other!.message });
  });
});

describe('issueSummary', () => {
  const issue = (path: PropertyKey[], message: string) => ({ path, message });

  it('words the issues as path: message in each language, and names each field once', () => {
    const summary = issueSummary([
      issue(['roll', 'units', 0, 'id'], 'too long'),
      issue([], 'not an object'),
      issue(['roll', 'units', 0, 'id'], 'not unique'),
    ]);
    expect(summary.detail).toEqual({
      'zh-CN': 'roll.units.0.id: too long；(input): not an object；roll.units.0.id: not unique',
      en: 'roll.units.0.id: too long; (input): not an object; roll.units.0.id: not unique',
    });
    expect(summary.fields).toEqual(['roll.units.0.id', '(input)']);
  });

  it('words at most `limit` issues and counts the rest, but names every field', () => {
    const many = Array.from({ length: 1000 }, (_, i) => issue(['units', i], 'bad'));
    const summary = issueSummary(many, '(input)', 2);
    expect(summary.detail.en).toBe('units.0: bad; units.1: bad; and 998 more');
    expect(summary.detail['zh-CN']).toBe('units.0: bad；units.1: bad；另有998处');
    expect(summary.fields).toHaveLength(1000);
  });

  it('names each key an input may not have as a field of its own', () => {
    const Strict = z.strictObject({ roll: z.strictObject({ units: z.array(z.string()) }) });
    const result = Strict.safeParse({ roll: { units: [], owner: 'x' }, extra: 1, more: 2 });
    expect(issueSummary(result.error?.issues ?? []).fields).toEqual([
      'roll.owner',
      'extra',
      'more',
    ]);
  });

  it('words a floor breach with its article in each language', () => {
    const issues = Input.safeParse({ profile: withQuorum(1, 2, 'at-least') }).error?.issues ?? [];
    const { detail } = issueSummary(issues);
    expect(detail['zh-CN']).toContain('profile.voting.quorum.headcount: ');
    expect(detail['zh-CN']).toContain('《民法典》第二百七十八条第二款');
    expect(detail.en).toContain('Civil Code art. 278(2)');
  });
});
