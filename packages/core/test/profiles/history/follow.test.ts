import { describe, expect, it } from 'vitest';
import {
  clockTo,
  editionChange,
  holdProfile,
  isFollowLaw,
  ProfileDateError,
} from '../../../src/profiles/history/index.js';
import { shanghai } from '../../../src/profiles/index.js';

describe('a process that follows the law as it changes', () => {
  it('starts with the edition of its start day, and a fixed profile as it is', () => {
    const held = holdProfile({ follows: 'shanghai' }, '2026-05-10T09:00:00+08:00');
    expect(held.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-03-23' });
    expect(held.profile.formation.candidateJointReview.cite).toContain('SH-6-8');
    expect(holdProfile(shanghai, '2026-05-10T09:00:00+08:00')).toEqual({ profile: shanghai });
  });

  it('switches when SH-6 expires: 23:59:59 of 06-30 keeps it, 00:00:00 of 07-01 drops it', () => {
    // SH-6: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
    const law = { follows: 'shanghai', edition: 'shanghai@2026-06-04' } as const;
    expect(editionChange(law, '2026-06-30T23:59:59+08:00')).toBeUndefined();
    const next = editionChange(law, '2026-07-01T00:00:00+08:00');
    expect(next?.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
    expect(next?.profile.formation.candidateJointReview.cite).toEqual(['SH-36-4-report']);
    // The same instant written in UTC is the same Shanghai day.
    expect(editionChange(law, '2026-06-30T16:00:00Z')?.law.edition).toBe('shanghai@2026-07-01');
    expect(editionChange(law, '2026-06-30T15:59:59Z')).toBeUndefined();
  });

  it('never switches a fixed profile', () => {
    expect(editionChange(undefined, '2030-01-01T00:00:00+08:00')).toBeUndefined();
  });

  it('refuses an act before the history starts', () => {
    expect(() => holdProfile({ follows: 'beijing' }, '2024-03-28T23:59:59+08:00')).toThrow(
      ProfileDateError,
    );
    expect(holdProfile({ follows: 'beijing' }, '2024-03-29T00:00:00+08:00').law?.edition).toBe(
      'beijing@2024-03-29',
    );
  });

  it('tells a choice to follow from a profile', () => {
    expect(isFollowLaw({ follows: 'shanghai' })).toBe(true);
    expect(isFollowLaw({ follows: 'tianjin' })).toBe(false);
    expect(isFollowLaw({ follows: 'shanghai', extra: 1 })).toBe(false);
    expect(isFollowLaw(shanghai)).toBe(false);
    expect(isFollowLaw(null)).toBe(false);
  });
});

describe('clockTo: the clock of a process that may follow the law', () => {
  // SH-6: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
  const held = holdProfile({ follows: 'shanghai' }, '2026-06-30T09:00:00+08:00');
  const context = { now: '2026-06-30T09:00:00+08:00', ...held };

  it('moves only the time while the act falls on a day of the edition held', () => {
    expect(clockTo(context, '2026-06-30T23:59:59+08:00')).toEqual({
      now: '2026-06-30T23:59:59+08:00',
    });
  });

  it('takes the edition of the act day when it changes, at the second', () => {
    const update = clockTo(context, '2026-07-01T00:00:00+08:00');
    expect(update.now).toBe('2026-07-01T00:00:00+08:00');
    expect(update.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
    expect(update.profile?.formation.candidateJointReview.cite).toEqual(['SH-36-4-report']);
  });

  it('never changes a fixed profile', () => {
    expect(clockTo({ now: context.now, profile: shanghai }, '2030-01-01T00:00:00+08:00')).toEqual({
      now: '2030-01-01T00:00:00+08:00',
    });
  });

  it('refuses an act before the history starts', () => {
    const law = { follows: 'beijing', edition: 'beijing@2024-03-29' } as const;
    expect(() =>
      clockTo({ now: context.now, profile: shanghai, law }, '2024-03-28T23:59:59+08:00'),
    ).toThrow(ProfileDateError);
  });
});
