// Committee meetings (CMTG-1..2, SH 26): each rule at its boundary, and the attendance feeding
// the absence ground.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { absenceShares } from '../src/membership/absence.js';
import { ev, startMeetings, where } from './support/fixtures.js';

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
    send(
      actor,
      ev('DESIGNATE_CONVENER', 'street-office', D('2026-05-10T09:00:00'), { memberId: 'o3' }),
    );
    expect(where(actor)).toBe('between.designated');
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
