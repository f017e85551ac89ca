// Committee meetings (CMTG-1..2, SH 26): each rule at its boundary, and the attendance feeding
// the absence ground.
import { beijing, dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { meetingsMachine } from '../src/meetings/machine.js';
import { absenceShares } from '../src/membership/absence.js';
import type { CommitteeInputError } from '../src/shared/input.js';
import { ev, MEETINGS_INPUT, startMeetings, where } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
type Actor = ReturnType<typeof startMeetings>;
const send = (actor: Actor, e: Record<string, unknown>) => {
  const r = dispatch(actor, e);
  if (!r.ok) throw new Error(JSON.stringify(r.rejection));
};
const chair = 'committee-chair';

describe('committee meetings (SH 26)', () => {
  it('a meeting at least every two months; missing it is visible, with the remedy', () => {
    const actor = startMeetings();
    // Last met 2026-03-02: two months end with 2026-05-02.
    const due = actor.getSnapshot().context.deadlines['regular-meeting'];
    expect(due?.due.lastDay).toBe('2026-05-02');
    send(actor, ev('TICK', 'system', D('2026-05-02T23:59:00')));
    expect(where(actor)).toBe('between.onTime');
    send(actor, ev('TICK', 'system', D('2026-05-03T00:00:00')));
    expect(where(actor)).toBe('between.overdue');
    // The lapse alone does not let the street office name a convener (SH 26 ¶4; see below).
    const bare = dispatch(
      actor,
      ev('DESIGNATE_CONVENER', 'street-office', D('2026-05-10T09:00:00'), { memberId: 'o3' }),
    );
    expect(bare.ok || bare.rejection.rule?.id).toBe('designation-grounds');
    send(actor, ev('CALL_MEETING', 'committee', D('2026-05-11T09:00:00'), { kind: 'regular' }));
    send(
      actor,
      ev('HOLD_MEETING', 'committee', D('2026-05-12T19:00:00'), { attended: ['o1', 'o2', 'o3'] }),
    );
    // The clock restarts: 2026-05-12 → 2026-07-12.
    expect(actor.getSnapshot().context.deadlines['regular-meeting']?.due.lastDay).toBe(
      '2026-07-12',
    );
  });

  it('an interim meeting needs one third or more of the members (以上: inclusive)', () => {
    const actor = startMeetings({
      procedure: 'meetings',
      complexId: 'c1',
      floorArea: 2_000_000,
      startAt: D('2026-03-02T09:00:00'),
      members: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
    });
    const one = dispatch(
      actor,
      ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), { kind: 'interim', proposers: ['o1'] }),
    );
    expect(one.ok || one.rejection.rule?.citations).toContain('SH-26-1-interim');
    // 2 of 6 is exactly one third.
    send(
      actor,
      ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), {
        kind: 'interim',
        proposers: ['o1', 'o2'],
      }),
    );
    expect(where(actor)).toBe('called');
  });

  it('quorum is more than half of ALL members, in person', () => {
    const actor = startMeetings();
    send(actor, ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), { kind: 'regular' }));
    const two = dispatch(
      actor,
      ev('HOLD_MEETING', chair, D('2026-03-06T19:00:00'), { attended: ['o1', 'o2'] }),
    );
    expect(two.ok || two.rejection.rule?.id).toBe('quorum');
    const proxy = dispatch(
      actor,
      ev('HOLD_MEETING', chair, D('2026-03-06T19:00:00'), {
        attended: ['o1', 'o2', 'o3'],
        proxies: ['o4'],
      }),
    );
    expect(proxy.ok || proxy.rejection.message.en).toMatch(/proxy/);
    send(
      actor,
      ev('HOLD_MEETING', chair, D('2026-03-06T19:00:00'), { attended: ['o1', 'o2', 'o3'] }),
    );
    expect(where(actor)).toBe('inSession');
  });

  it('decisions need more than half of ALL members signing; posted within 3 days', () => {
    const actor = startMeetings();
    send(actor, ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), { kind: 'regular' }));
    send(
      actor,
      ev('HOLD_MEETING', chair, D('2026-03-06T19:00:00'), { attended: ['o1', 'o2', 'o3', 'o4'] }),
    );
    // 2 of 5 present-and-signing is not more than half of all five.
    send(
      actor,
      ev('DECIDE', chair, D('2026-03-06T20:00:00'), { decisionId: 'd1', consenting: ['o1', 'o2'] }),
    );
    send(
      actor,
      ev('DECIDE', chair, D('2026-03-06T20:10:00'), {
        decisionId: 'd2',
        consenting: ['o1', 'o2', 'o3'],
      }),
    );
    const decisions = actor.getSnapshot().context.meeting?.decisions ?? [];
    expect(decisions.map((d) => d.passed)).toEqual([false, true]);
    const deadlines = actor.getSnapshot().context.deadlines;
    expect(deadlines['decision-posting:d1']).toBeUndefined();
    // SH 26 ¶3: within 3 days of 2026-03-06 → 2026-03-09.
    expect(deadlines['decision-posting:d2']?.due.lastDay).toBe('2026-03-09');
    send(actor, ev('CLOSE_MEETING', chair, D('2026-03-06T21:00:00')));
    send(actor, ev('POST_DECISION', 'committee', D('2026-03-08T09:00:00'), { decisionId: 'd2' }));
    expect(actor.getSnapshot().context.deadlines['decision-posting:d2']?.status).toBe('met');
    // Attendance feeds the absence ground: o5 missed the one meeting.
    const meetings = actor.getSnapshot().context.meetings;
    expect(absenceShares(meetings, D('2025-03-06T00:00:00'), D('2026-03-07T00:00:00')).o5).toEqual({
      held: 1,
      absent: 1,
    });
  });
});

describe('designating a convener (SH 26 ¶4)', () => {
  // SH 26 ¶4: "业主委员会主任、副主任无正当理由不召集业主委员会会议的，乡、镇人民政府或者街道办事处
  // 应业主书面要求可以指定一名其他委员召集和主持。" SH 26 ¶1: "经三分之一以上业主委员会委员提议，
  // 应当及时召开业主委员会临时会议。"
  const OFFICERS = { chair: 'o1', viceChairs: ['o2'] };
  const start = (members = ['o1', 'o2', 'o3', 'o4', 'o5']) =>
    startMeetings({
      procedure: 'meetings',
      complexId: 'c1',
      floorArea: 2_000_000,
      startAt: D('2026-03-02T09:00:00'),
      members,
      officers: OFFICERS,
    });
  const propose = (actor: Actor, proposers: string[]) =>
    dispatch(
      actor,
      ev('PROPOSE_INTERIM_MEETING', 'committee', D('2026-03-05T09:00:00'), { proposers }),
    );
  const refuse = (actor: Actor, officerId: string, how = 'refused', day = '2026-03-06') =>
    dispatch(
      actor,
      ev('REFUSE_TO_CONVENE', how === 'refused' ? chair : 'street-office', D(`${day}T09:00:00`), {
        officerId,
        how,
      }),
    );
  const request = (actor: Actor) =>
    dispatch(
      actor,
      ev(
        'REQUEST_CONVENER',
        'owner',
        D('2026-03-11T09:00:00'),
        { reference: '业主书面要求#1' },
        'o8',
      ),
    );
  const designate = (actor: Actor, memberId = 'o3') =>
    dispatch(
      actor,
      ev('DESIGNATE_CONVENER', 'street-office', D('2026-03-12T09:00:00'), { memberId }),
    );

  it('on a third proposing, the chair and vice-chair refusing and the owners asking: within two months', () => {
    const actor = start();
    expect(propose(actor, ['o3', 'o4']).ok).toBe(true);
    expect(refuse(actor, 'o1').ok).toBe(true);
    expect(refuse(actor, 'o2', 'failed', '2026-03-10').ok).toBe(true);
    expect(request(actor).ok).toBe(true);
    expect(where(actor)).toBe('between.onTime');
    const named = designate(actor);
    expect(named.ok || named.rejection).toBe(true);
    expect(where(actor)).toBe('between.designated');
    const c = actor.getSnapshot().context;
    expect(c.convening.refusals.map((r) => [r.officerId, r.how])).toEqual([
      ['o1', 'refused'],
      ['o2', 'failed'],
    ]);
    expect(c.convening.ownersRequest).toMatchObject({ reference: '业主书面要求#1', by: 'o8' });
    // The meeting held answers the proposal: the record starts again.
    send(
      actor,
      ev('CALL_MEETING', 'committee', D('2026-03-13T09:00:00'), {
        kind: 'interim',
        proposers: ['o3', 'o4'],
      }),
    );
    send(
      actor,
      ev('HOLD_MEETING', 'committee', D('2026-03-14T19:00:00'), { attended: ['o3', 'o4', 'o5'] }),
    );
    const after = actor.getSnapshot().context.convening;
    expect(after).toEqual({ proposal: null, refusals: [], ownersRequest: null });
  });

  it('beijing: the same grounds, yet no designation — BJ 45 ¶5 has the street office convene', () => {
    // BJ 45 ¶5: "业主委员会主任、副主任无正当理由不召集业主委员会会议的，业主委员会其他委员或者业主可以
    // 请求…街道办事处…责令限期召集；逾期仍未召集的，由…街道办事处…组织召集，并重新推选业主委员会主任、
    // 副主任。" The refusal and the request are Beijing's too (cited to BJ 45 ¶5); the designation
    // of another member is Shanghai's step alone.
    const actor = startMeetings({
      procedure: 'meetings',
      complexId: 'c1',
      floorArea: 2_000_000,
      startAt: D('2026-03-02T09:00:00'),
      members: ['o1', 'o2', 'o3', 'o4', 'o5'],
      officers: OFFICERS,
      profile: beijing,
    });
    expect(propose(actor, ['o3', 'o4']).ok).toBe(true);
    expect(refuse(actor, 'o1').ok).toBe(true);
    const early = request(actor);
    expect(early.ok || early.rejection.rule).toEqual({
      id: 'officers-refused',
      citations: ['BJ-45-5'],
    });
    expect(refuse(actor, 'o2', 'failed', '2026-03-10').ok).toBe(true);
    expect(request(actor).ok).toBe(true);
    const named = designate(actor);
    expect(named.ok).toBe(false);
    if (!named.ok) {
      expect(named.rejection.rule).toEqual({ id: 'designation-grounds', citations: [] });
      expect(named.rejection.message.en).toContain('beijing');
      expect(named.rejection.message['zh-CN']).toContain('未规定由街镇指定其他委员');
    }
    expect(where(actor)).toBe('between.onTime');
  });

  it('an interim proposal needs one third of the members (以上): 1 of 6 is refused, 2 of 6 taken', () => {
    const actor = start(['o1', 'o2', 'o3', 'o4', 'o5', 'o6']);
    const one = propose(actor, ['o3']);
    expect(one.ok || one.rejection.rule?.id).toBe('interim-proposal');
    expect(propose(actor, ['o3', 'o4']).ok).toBe(true);
  });

  it('no refusal while no meeting is owed (no proposal, the two months not passed)', () => {
    const actor = start();
    const early = refuse(actor, 'o1');
    expect(early.ok || early.rejection.rule?.id).toBe('meeting-owed');
    const designated = designate(actor);
    expect(designated.ok || designated.rejection.rule?.id).toBe('designation-grounds');
  });

  it('the chair alone refusing is not enough while a vice-chair has not: the owners may not yet ask', () => {
    const actor = start();
    propose(actor, ['o3', 'o4']);
    refuse(actor, 'o1');
    const asked = request(actor);
    expect(asked.ok || asked.rejection.rule?.id).toBe('officers-refused');
    const named = designate(actor);
    expect(named.ok || named.rejection.rule?.id).toBe('designation-grounds');
    expect(named.ok || named.rejection.message.en).toMatch(/o2/);
  });

  it('without the owners’ written request the street office does not designate', () => {
    const actor = start();
    propose(actor, ['o3', 'o4']);
    refuse(actor, 'o1');
    refuse(actor, 'o2');
    const named = designate(actor);
    expect(named.ok || named.rejection.rule?.id).toBe('designation-grounds');
    expect(named.ok || named.rejection.message['zh-CN']).toContain('书面要求');
  });

  it('the convener is another member: not the chair or a vice-chair (其他委员)', () => {
    const actor = start();
    propose(actor, ['o3', 'o4']);
    refuse(actor, 'o1');
    refuse(actor, 'o2');
    request(actor);
    for (const officer of ['o1', 'o2']) {
      const named = designate(actor, officer);
      expect(named.ok || named.rejection.rule?.id).toBe('convener-member');
    }
    expect(designate(actor, 'o9').ok).toBe(false);
    expect(designate(actor, 'o5').ok).toBe(true);
  });

  it('a refusal names the chair or a vice-chair, once', () => {
    const actor = start();
    propose(actor, ['o3', 'o4']);
    const member = refuse(actor, 'o3');
    expect(member.ok || member.rejection.rule?.id).toBe('meeting-owed');
    expect(refuse(actor, 'o1').ok).toBe(true);
    const again = refuse(actor, 'o1', 'failed', '2026-03-07');
    expect(again.ok || again.rejection.rule?.id).toBe('meeting-owed');
  });

  it('two months without a meeting: the failure to convene is recorded, then the owners ask', () => {
    const actor = start();
    send(actor, ev('TICK', 'system', D('2026-05-03T00:00:00')));
    expect(where(actor)).toBe('between.overdue');
    const bare = dispatch(
      actor,
      ev('DESIGNATE_CONVENER', 'street-office', D('2026-05-04T09:00:00'), { memberId: 'o3' }),
    );
    expect(bare.ok || bare.rejection.rule?.id).toBe('designation-grounds');
    for (const officer of ['o1', 'o2']) {
      send(
        actor,
        ev('REFUSE_TO_CONVENE', 'street-office', D('2026-05-05T09:00:00'), {
          officerId: officer,
          how: 'failed',
        }),
      );
    }
    send(
      actor,
      ev('REQUEST_CONVENER', 'owner', D('2026-05-06T09:00:00'), { reference: 'r-2' }, 'o7'),
    );
    send(
      actor,
      ev('DESIGNATE_CONVENER', 'street-office', D('2026-05-07T09:00:00'), { memberId: 'o3' }),
    );
    expect(where(actor)).toBe('between.designated');
  });

  it('without officers on record no refusal can be recorded, with a clear reason', () => {
    const actor = startMeetings();
    propose(actor, ['o3', 'o4']);
    const r = refuse(actor, 'o1');
    expect(r.ok || r.rejection.rule?.id).toBe('meeting-owed');
    expect(r.ok || r.rejection.message.en).toMatch(/chair/);
  });
});

describe('the officers of record (SH 21 ¶2)', () => {
  it('are distinct sitting members: a stranger or one person twice is refused at the start', () => {
    const start = (officers: { chair: string; viceChairs: string[] }) => {
      const actor = createActor(meetingsMachine, {
        input: { ...MEETINGS_INPUT, officers },
      });
      actor.subscribe({ error: () => {} });
      actor.start();
      return actor.getSnapshot().error as CommitteeInputError | undefined;
    };
    expect(start({ chair: 'o9', viceChairs: [] })?.fields).toEqual(['officers.chair']);
    expect(start({ chair: 'o1', viceChairs: ['o1'] })?.fields).toEqual(['officers']);
    expect(start({ chair: 'o1', viceChairs: ['o2', 'o8'] })?.fields).toEqual([
      'officers.viceChairs.1',
    ]);
    expect(start({ chair: 'o1', viceChairs: ['o2'] })).toBeUndefined();
  });
});
