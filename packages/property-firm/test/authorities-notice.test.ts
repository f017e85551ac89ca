// VOTE-15: the committee tells the authorities of the meeting before it calls the assembly on the
// firm. SH 25 ¶2: "召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程书面通知所在地房管
// 机构、居民委员会或者村民委员会"; BJ 35 ¶4: "业主委员会应当于会议召开十五日前通知全体业主…并报物业所在地的
// 居民委员会、村民委员会"; PMR 14 ¶2: "住宅小区的业主大会会议，应当同时告知相关的居民委员会".
import { beijing, defineProfile, national, type Profile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dismissalEvents, dismissalMachine, hiringEvents } from '../src/index.js';
import { authoritiesNotice, baseInput, ev, partyReport, refuse, send } from './support.js';

const T0 = '2026-03-02T09:00:00+08:00';
const CALL_AT = '2026-03-03T10:00:00+08:00';
const call = (role = 'committee') =>
  ev('CALL_ASSEMBLY', role, CALL_AT, {
    opensAt: '2026-03-18T09:00:00+08:00',
    closesAt: '2026-03-25T18:00:00+08:00',
  });

/** A dismissal proposed under `profile`, reported to the party organisation where it asks. */
function proposed(profile: Profile = shanghai) {
  const actor = createActor(dismissalMachine, { input: baseInput({ profile }) }).start();
  send(actor, ev('PROPOSE_DISMISSAL', 'committee', T0));
  if (profile.party.reportBeforeMajorMatters.value) send(actor, partyReport(T0));
  return actor;
}

describe('VOTE-15: the written notice before the call (SH 25 ¶2)', () => {
  it('each shipped profile requires it, citing its own text', () => {
    expect(shanghai.voting.noticeToAuthorities).toEqual({ value: true, cite: ['SH-25-2'] });
    expect(beijing.voting.noticeToAuthorities).toEqual({ value: true, cite: ['BJ-35-4'] });
    expect(national.voting.noticeToAuthorities).toEqual({ value: true, cite: ['PMR-14-2'] });
  });

  it.each([
    ['shanghai', shanghai, ['SH-25-2']],
    ['beijing', beijing, ['BJ-35-4']],
    ['national', national, ['PMR-14-2']],
  ] as const)('%s: the committee’s call without it is refused, citing %s', (_, profile, cites) => {
    const actor = proposed(profile);
    const before = actor.getPersistedSnapshot();
    const r = refuse(actor, call());
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'authorities-notified', citations: [...cites] });
    expect(r.message['zh-CN']).toContain('房管机构、居民委员会');
    expect(r.message.en).toContain('the housing office and the residents’ committee');
    expect(actor.getPersistedSnapshot()).toEqual(before);
  });

  it('told at the very second of the call: accepted, and the notice is kept', () => {
    const actor = proposed();
    send(actor, authoritiesNotice(CALL_AT));
    send(actor, call());
    expect(actor.getSnapshot().value).toEqual({ vote: 'called' });
    expect(actor.getSnapshot().context.preCall.writtenNotice?.at).toBe(CALL_AT);
  });

  it('one second after the call is too late: the call was refused, the notice comes first', () => {
    const actor = proposed();
    expect(refuse(actor, call()).rule?.id).toBe('authorities-notified');
    send(actor, authoritiesNotice('2026-03-03T10:00:01+08:00'));
    // The call must then be sent again, after the notice (events are in order).
    const again = ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:01+08:00', {
      opensAt: '2026-03-19T09:00:00+08:00',
      closesAt: '2026-03-25T18:00:00+08:00',
    });
    send(actor, again);
    expect(actor.getSnapshot().value).toEqual({ vote: 'called' });
  });

  it('the street office, calling in the committee’s default (SH 25 ¶3), is not held to it', () => {
    const actor = proposed();
    send(actor, call('street-office'));
    expect(actor.getSnapshot().value).toEqual({ vote: 'called' });
  });

  it('a profile that switches it off, or predates the switch, calls without it', () => {
    const off = defineProfile({
      ...shanghai,
      id: 'shanghai-no-notice',
      voting: { ...shanghai.voting, noticeToAuthorities: { value: false, cite: ['SH-25-2'] } },
    });
    const a = proposed(off);
    send(a, call());
    expect(a.getSnapshot().value).toEqual({ vote: 'called' });
    const { noticeToAuthorities: _dropped, ...older } = shanghai.voting;
    const before = defineProfile({ ...shanghai, id: 'shanghai-before', voting: older });
    const b = proposed(before);
    send(b, call());
    expect(b.getSnapshot().value).toEqual({ vote: 'called' });
  });

  it('one fragment: the hiring and dismissal catalogs hold the same entries and rule', () => {
    for (const catalog of [hiringEvents, dismissalEvents]) {
      const rules = catalog.events.CALL_ASSEMBLY?.rules?.map((r) => r.id);
      expect(rules?.slice(-2)).toEqual(['party-report', 'authorities-notified']);
      expect(catalog.events.NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE?.cite).toEqual([
        'SH-25-2',
      ]);
    }
  });
});
