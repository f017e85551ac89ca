// VOTE-15: the assembly meeting's call waits for the committee's notice to the authorities where
// the profile's `voting.noticeToAuthorities` says so. SH 25 ¶2: "召开业主大会会议，业主委员会应当
// 事先将会议时间、地点、议题和议程书面通知所在地房管机构、居民委员会或者村民委员会"; BJ 35 ¶4 "…并报物业
// 所在地的居民委员会、村民委员会"; PMR 14 ¶2 "住宅小区的业主大会会议，应当同时告知相关的居民委员会".
import { beijing, defineProfile, national, type Profile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { CALL_AT, CLOSES_AT, OPENS_AT, start } from './support.js';

const elect = [{ id: 'e', kind: 'elect-committee' as const, title: '补选委员' }];

/** The committee's call on `profile` (no major matter: no party report needed), without notice. */
function callWithoutNotice(profile: Profile) {
  const h = start({}, undefined, profile);
  return h.send('CALL_ASSEMBLY', 'committee', CALL_AT, {
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    place: '会所',
    form: 'collective-discussion',
    items: elect,
  });
}

describe('the written notice before the call follows the profile (SH 25 ¶2)', {
  timeout: 30_000,
}, () => {
  it.each([
    ['shanghai', shanghai, ['SH-25-2']],
    ['beijing', beijing, ['BJ-35-4']],
    ['national', national, ['PMR-14-2']],
  ] as const)('%s: refused without it, citing %s', (_, profile, cites) => {
    const r = callWithoutNotice(profile);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.rule).toEqual({ id: 'authorities-notified', citations: [...cites] });
  });

  it('a profile that switches it off calls without it', () => {
    const off = defineProfile({
      ...shanghai,
      id: 'shanghai-no-notice',
      voting: { ...shanghai.voting, noticeToAuthorities: { value: false, cite: ['SH-25-2'] } },
    });
    expect(callWithoutNotice(off).ok).toBe(true);
  });

  it('a profile written before the switch still requires it, as the meeting always did', () => {
    const { noticeToAuthorities: _dropped, ...older } = shanghai.voting;
    const before = defineProfile({ ...shanghai, id: 'shanghai-before', voting: older });
    const r = callWithoutNotice(before);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.rule?.id).toBe('authorities-notified');
  });
});
