// Membership (TERM-5..7): endings, removal by the assembly, substitutes, by-election, early
// re-election; each rule at the boundary its article sets.
import { beijing, dispatch, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { absenceShares } from '../src/membership/absence.js';
import { membershipMachine } from '../src/membership/machine.js';
import type { CommitteeInputError } from '../src/shared/input.js';
import { ev, MEMBERSHIP_INPUT, startMembership, where } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
type Actor = ReturnType<typeof startMembership>;

function sender(actor: Actor) {
  return (e: Record<string, unknown>) => {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(JSON.stringify(r.rejection));
  };
}
const ids = (actor: Actor) => actor.getSnapshot().context.members.map((m) => m.id);
const noSubs = { ...MEMBERSHIP_INPUT, substitutes: [] } as typeof MEMBERSHIP_INPUT;

describe('automatic endings and substitutes (SH 31 ¶2, SH 30, SH-36 (五))', () => {
  it('a resignation ends membership at once; the first substitute takes the seat', () => {
    const actor = startMembership();
    const send = sender(actor);
    expect(where(actor)).toBe('sitting');
    send(
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-01T09:00:00'), {
        memberId: 'o2',
        ground: 'resigned',
      }),
    );
    expect(where(actor)).toBe('sitting');
    expect(ids(actor)).toEqual(['o1', 'o3', 'o4', 'o5', 'o6']);
    expect(actor.getSnapshot().context.substitutes).toEqual(['o7']);
    expect(actor.getSnapshot().context.endings[0]?.how).toBe('automatic');
    // SH 30: hand-over within 10 days of 2026-04-01 → 2026-04-11.
    const due = actor.getSnapshot().context.deadlines['member-handover:o2'];
    expect(due?.due.lastDay).toBe('2026-04-11');
    send(ev('MEMBER_HANDS_OVER', 'committee', D('2026-04-05T09:00:00'), { memberId: 'o2' }));
    expect(actor.getSnapshot().context.deadlines['member-handover:o2']?.status).toBe('met');
    const again = dispatch(
      actor,
      ev('MEMBER_HANDS_OVER', 'committee', D('2026-04-06T09:00:00'), { memberId: 'o2' }),
    );
    expect(again.ok || again.rejection.rule?.citations).toEqual(['SH-30']);
  });

  it('beijing: a resignation ends the seat (BJ 46 ¶1) and starts no hand-over; one is refused as absent', () => {
    // BJ 46 ¶1: "以书面形式向业主委员会提出辞职" — "委员资格自情形发生之日起自然终止". The Beijing text
    // sets no period for a departing member's hand-over (SH 30's "十日内" is Shanghai's).
    const actor = startMembership({ ...MEMBERSHIP_INPUT, profile: beijing });
    const send = sender(actor);
    send(
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-01T09:00:00'), {
        memberId: 'o2',
        ground: 'resigned',
      }),
    );
    expect(ids(actor)).toEqual(['o1', 'o3', 'o4', 'o5', 'o6']);
    expect(actor.getSnapshot().context.deadlines['member-handover:o2']).toBeUndefined();
    const r = dispatch(
      actor,
      ev('MEMBER_HANDS_OVER', 'committee', D('2026-04-05T09:00:00'), { memberId: 'o2' }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.rule).toEqual({ id: 'handover-pending', citations: [] });
      expect(r.rejection.message.en).toContain('beijing');
      expect(r.rejection.message['zh-CN']).toContain('未规定不再担任委员者的移交期限');
    }
    // A stranger is refused as not a sitting member, citing BJ 46.
    const stranger = dispatch(
      actor,
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-06T09:00:00'), {
        memberId: 'o9',
        ground: 'resigned',
      }),
    );
    expect(stranger.ok || stranger.rejection.rule).toEqual({
      id: 'sitting-member',
      citations: ['BJ-46-1', 'BJ-46-2-removal'],
    });
  });

  it('a non-member cannot end; the state is untouched', () => {
    const actor = startMembership();
    const before = actor.getSnapshot();
    const r = dispatch(
      actor,
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-01T09:00:00'), {
        memberId: 'o9',
        ground: 'resigned',
      }),
    );
    expect(r.ok || r.rejection.code).toBe('rule-violated');
    expect(actor.getSnapshot()).toBe(before);
  });
});

describe('vacancies (SH 32)', () => {
  const end = (actor: Actor, id: string, day: string) =>
    sender(actor)(
      ev('MEMBERSHIP_ENDS', 'street-office', D(`${day}T09:00:00`), {
        memberId: id,
        ground: 'no-longer-owner',
      }),
    );

  it('4 of 5 is more than half: a by-election may be held (not required)', () => {
    const actor = startMembership(noSubs);
    end(actor, 'o5', '2026-04-01');
    expect(where(actor)).toBe('vacant');
    sender(actor)(ev('START_BY_ELECTION', 'committee', D('2026-04-02T09:00:00')));
    expect(where(actor)).toBe('byElection.nominating');
    expect(actor.getSnapshot().context.election?.seats).toBe(1);
  });

  it('3 of 5 is still more than half; 2 of 5 is fewer than half: early re-election', () => {
    const actor = startMembership(noSubs);
    end(actor, 'o5', '2026-04-01');
    end(actor, 'o4', '2026-04-02');
    expect(where(actor)).toBe('vacant');
    end(actor, 'o3', '2026-04-03');
    expect(where(actor)).toBe('earlyReElection');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('exactly half (an even committee under a profile that allows one) is neither', () => {
    const even = {
      ...shanghai,
      formation: {
        ...shanghai.formation,
        committeeSize: {
          ...shanghai.formation.committeeSize,
          value: { min: 4, max: null, odd: false },
        },
      },
    };
    const actor = startMembership({
      ...noSubs,
      profile: even,
      seats: 4,
      members: ['o1', 'o2', 'o3', 'o4'],
    } as typeof MEMBERSHIP_INPUT);
    end(actor, 'o4', '2026-04-01');
    expect(where(actor)).toBe('vacant');
    end(actor, 'o3', '2026-04-02');
    expect(where(actor)).toBe('atHalf');
    const by = dispatch(actor, ev('START_BY_ELECTION', 'committee', D('2026-04-03T09:00:00')));
    expect(by.ok).toBe(false);
    sender(actor)(
      ev('DECIDE_EARLY_RE_ELECTION', 'street-office', D('2026-04-10T09:00:00'), {
        reason: 'cannot-function',
      }),
    );
    expect(where(actor)).toBe('earlyReElection');
  });

  it('six full months without activity start early re-election (SH 32 ¶2 (二))', () => {
    const actor = startMembership();
    const send = sender(actor);
    send(ev('RECORD_MEETING', 'committee', D('2026-03-10T19:00:00'), { attended: ['o1'] }));
    // From 2026-03-10 six months end with 2026-09-10.
    send(ev('TICK', 'system', D('2026-09-10T23:59:00')));
    expect(where(actor)).toBe('sitting');
    send(ev('TICK', 'system', D('2026-09-11T00:00:00')));
    expect(where(actor)).toBe('earlyReElection');
  });
});

describe('removal by the assembly (SH 31 (三)–(六))', () => {
  const meet = (actor: Actor, day: string, attended: string[]) =>
    sender(actor)(ev('RECORD_MEETING', 'committee', D(`${day}T19:00:00`), { attended }));
  const all = ['o1', 'o2', 'o3', 'o4'];

  it('absent from half of the meetings in a year is "一半以上" (inclusive); less is refused', () => {
    const actor = startMembership();
    meet(actor, '2026-03-05', [...all, 'o5']);
    meet(actor, '2026-05-05', [...all, 'o5']);
    meet(actor, '2026-07-05', all);
    const motion = (day: string) =>
      ev('PROPOSE_REMOVAL', 'committee', D(`${day}T09:00:00`), {
        memberId: 'o5',
        ground: 'absent',
        closesAt: D(`${day}T18:00:00`),
      });
    // 1 of 3 is below one half.
    const early = dispatch(actor, motion('2026-07-06'));
    expect(early.ok || early.rejection.rule?.id).toBe('removal-ground');
    expect(early.ok || early.rejection.message['zh-CN']).toContain('缺席1次');
    meet(actor, '2026-09-05', all);
    // 2 of 4 is exactly one half: enough.
    sender(actor)(motion('2026-09-06'));
    expect(where(actor)).toBe('removalVote');
    for (let i = 1; i <= 7; i++) {
      sender(actor)(
        ev(
          'REMOVAL_BALLOT',
          'owner',
          D('2026-09-06T10:00:00'),
          {
            ballotId: `r${i}`,
            unitId: `u${i}`,
            castBy: `o${i}`,
            channel: 'paper',
            choice: 'agree',
          },
          `o${i}`,
        ),
      );
    }
    const soon = dispatch(actor, ev('CLOSE_REMOVAL_VOTE', 'committee', D('2026-09-06T17:00:00')));
    expect(soon.ok).toBe(false);
    sender(actor)(ev('CLOSE_REMOVAL_VOTE', 'committee', D('2026-09-06T18:00:00')));
    expect(where(actor)).toBe('sitting');
    expect(actor.getSnapshot().context.endings).toMatchObject([
      { memberId: 'o5', ground: 'absent', how: 'removed' },
    ]);
    expect(ids(actor)).toEqual(['o1', 'o2', 'o3', 'o4', 'o6']);
  });

  it('a motion that does not carry leaves the member in office', () => {
    const actor = startMembership();
    sender(actor)(
      ev('PROPOSE_REMOVAL', 'street-office', D('2026-04-01T09:00:00'), {
        memberId: 'o3',
        ground: 'unable-to-serve',
        closesAt: D('2026-04-01T18:00:00'),
      }),
    );
    sender(actor)(ev('CLOSE_REMOVAL_VOTE', 'street-office', D('2026-04-01T18:00:00')));
    expect(where(actor)).toBe('sitting');
    expect(ids(actor)).toContain('o3');
  });
});

describe('absenceShares', () => {
  it('counts only meetings held while a member, within the window', () => {
    const meetings = [
      { heldAt: '2025-01-01T00:00:00.000Z', members: ['a', 'b'], attended: [] },
      { heldAt: '2026-01-01T00:00:00.000Z', members: ['a', 'b'], attended: ['a'] },
      { heldAt: '2026-02-01T00:00:00.000Z', members: ['a'], attended: [] },
    ];
    expect(absenceShares(meetings, '2025-06-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z')).toEqual(
      {
        a: { held: 2, absent: 1 },
        b: { held: 1, absent: 1 },
      },
    );
  });
});

describe('fewer than half at any point, also mid-by-election (SH 32 ¶2 (一), SH-36 (五))', () => {
  // SH 32 ¶2: "业主委员会出现下列情形之一时，乡、镇人民政府或者街道办事处应当组织召开业主大会会议；
  // 业主大会应当启动提前换届改选程序：（一）业主委员会委员人数不足半数的". SH-36 (五):
  // "经依次递补后，业主委员会委员人数仍不足半数的，依法启动提前换届改选程序".
  const resign = (actor: Actor, id: string, day: string) =>
    sender(actor)(
      ev('MEMBERSHIP_ENDS', 'committee', D(`${day}T09:00:00`), {
        memberId: id,
        ground: 'resigned',
      }),
    );
  const even = {
    ...shanghai,
    formation: {
      ...shanghai.formation,
      committeeSize: {
        ...shanghai.formation.committeeSize,
        value: { min: 4, max: null, odd: false },
      },
    },
  };
  const six = {
    ...noSubs,
    profile: even,
    seats: 6,
    members: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
  } as typeof MEMBERSHIP_INPUT;

  it('5 seats: 3 remain, a by-election starts, a resignation leaves 2 of 5: early re-election', () => {
    const actor = startMembership(noSubs);
    resign(actor, 'o5', '2026-04-01');
    resign(actor, 'o4', '2026-04-02');
    sender(actor)(ev('START_BY_ELECTION', 'committee', D('2026-04-03T09:00:00')));
    expect(where(actor)).toBe('byElection.nominating');
    resign(actor, 'o3', '2026-04-04');
    expect(where(actor)).toBe('earlyReElection');
    expect(actor.getSnapshot().status).toBe('done');
    expect(ids(actor)).toEqual(['o1', 'o2']);
  });

  it('in every by-election state, not only while nominating', () => {
    const actor = startMembership(noSubs);
    resign(actor, 'o5', '2026-04-01');
    resign(actor, 'o4', '2026-04-02');
    sender(actor)(ev('START_BY_ELECTION', 'committee', D('2026-04-03T09:00:00')));
    sender(actor)(ev('NOMINATE', 'owner', D('2026-04-04T09:00:00'), { candidateId: 'o8' }, 'o8'));
    sender(actor)(
      ev('SIGN_UNDERTAKING', 'owner', D('2026-04-04T10:00:00'), { candidateId: 'o8' }, 'o8'),
    );
    expect(where(actor)).toBe('byElection.nominating');
    resign(actor, 'o1', '2026-04-05');
    expect(where(actor)).toBe('earlyReElection');
  });

  it('6 seats: exactly half (3 of 6) mid-by-election is not "不足半数"; 2 of 6 is', () => {
    const actor = startMembership(six);
    resign(actor, 'o6', '2026-04-01');
    resign(actor, 'o5', '2026-04-02');
    sender(actor)(ev('START_BY_ELECTION', 'committee', D('2026-04-03T09:00:00')));
    expect(where(actor)).toBe('byElection.nominating');
    resign(actor, 'o4', '2026-04-04');
    expect(where(actor)).toBe('byElection.nominating');
    expect(ids(actor)).toHaveLength(3);
    resign(actor, 'o3', '2026-04-05');
    expect(where(actor)).toBe('earlyReElection');
  });

  it('during a removal vote too: 3 of 5, a resignation leaves 2 of 5', () => {
    const actor = startMembership(noSubs);
    resign(actor, 'o5', '2026-04-01');
    resign(actor, 'o4', '2026-04-02');
    sender(actor)(
      ev('PROPOSE_REMOVAL', 'street-office', D('2026-04-03T09:00:00'), {
        memberId: 'o3',
        ground: 'unable-to-serve',
        closesAt: D('2026-04-10T18:00:00'),
      }),
    );
    expect(where(actor)).toBe('removalVote');
    resign(actor, 'o2', '2026-04-04');
    expect(where(actor)).toBe('earlyReElection');
  });

  it('substitutes are counted first: 2 of 5 and one substitute waiting is not fewer than half', () => {
    const actor = startMembership({ ...MEMBERSHIP_INPUT, substitutes: ['o6'] });
    sender(actor)(
      ev('PROPOSE_REMOVAL', 'street-office', D('2026-04-01T09:00:00'), {
        memberId: 'o1',
        ground: 'unable-to-serve',
        closesAt: D('2026-04-10T18:00:00'),
      }),
    );
    resign(actor, 'o5', '2026-04-02');
    resign(actor, 'o4', '2026-04-03');
    resign(actor, 'o3', '2026-04-04');
    // Two sitting and o6 to fill in: three of five once filled.
    expect(where(actor)).toBe('removalVote');
    resign(actor, 'o2', '2026-04-05');
    // One sitting and o6: two of five even after o6 fills in.
    expect(where(actor)).toBe('earlyReElection');
    expect(ids(actor)).toEqual(['o1', 'o6']);
  });
});

describe('a vacant chair is re-chosen (SH-36 (七), TERM-6)', () => {
  // SH-36 (七): "业主委员会主任、副主任出现空缺的，应当及时推选产生新的业主委员会主任、副主任。"
  const withOfficers = {
    ...MEMBERSHIP_INPUT,
    officers: { chair: 'o1', viceChairs: ['o2'] },
  } as typeof MEMBERSHIP_INPUT;
  const choose = (actor: Actor, chair: string, viceChairs: string[], day = '2026-04-03') =>
    dispatch(
      actor,
      ev('CHOOSE_OFFICERS', 'committee', D(`${day}T19:00:00`), { chair, viceChairs }),
    );

  it('the chair resigns: the office is vacant until the members choose a new chair', () => {
    const actor = startMembership(withOfficers);
    expect(actor.getSnapshot().context.officers).toEqual({ chair: 'o1', viceChairs: ['o2'] });
    sender(actor)(
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-01T09:00:00'), {
        memberId: 'o1',
        ground: 'resigned',
      }),
    );
    const c = actor.getSnapshot().context;
    expect(c.officers).toEqual({ chair: null, viceChairs: ['o2'] });
    expect(c.milestones['officer-vacant']).toBe(D('2026-04-01T09:00:00'));
    const taken = choose(actor, 'o2', ['o3']);
    expect(taken.ok || taken.rejection).toBe(true);
    expect(actor.getSnapshot().context.officers).toEqual({ chair: 'o2', viceChairs: ['o3'] });
    expect(actor.getSnapshot().context.milestones['officers-chosen']).toBe(
      D('2026-04-03T19:00:00'),
    );
    expect(where(actor)).toBe('sitting');
  });

  it('officers are sitting members, distinct: the departed chair or one person twice is refused', () => {
    const actor = startMembership(withOfficers);
    sender(actor)(
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-01T09:00:00'), {
        memberId: 'o1',
        ground: 'resigned',
      }),
    );
    const departed = choose(actor, 'o1', ['o2']);
    expect(departed.ok || departed.rejection.rule?.id).toBe('officers-are-members');
    const twice = choose(actor, 'o2', ['o2']);
    expect(twice.ok || twice.rejection.rule?.id).toBe('officers-are-members');
    expect(actor.getSnapshot().context.officers.chair).toBeNull();
  });

  it('a vice-chair leaving leaves the chair in office; a member without office leaves no vacancy', () => {
    const actor = startMembership(withOfficers);
    sender(actor)(
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-01T09:00:00'), {
        memberId: 'o5',
        ground: 'resigned',
      }),
    );
    expect(actor.getSnapshot().context.milestones['officer-vacant']).toBeUndefined();
    sender(actor)(
      ev('MEMBERSHIP_ENDS', 'committee', D('2026-04-02T09:00:00'), {
        memberId: 'o2',
        ground: 'resigned',
      }),
    );
    const c = actor.getSnapshot().context;
    expect(c.officers).toEqual({ chair: 'o1', viceChairs: [] });
    expect(c.milestones['officer-vacant']).toBe(D('2026-04-02T09:00:00'));
  });

  it('the officers of record are members of the committee', () => {
    const actor = createActor(membershipMachine, {
      input: { ...MEMBERSHIP_INPUT, officers: { chair: 'o9', viceChairs: [] } },
    });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = actor.getSnapshot().error as CommitteeInputError;
    expect(error.code).toBe('invalid-input');
    expect(error.fields).toEqual(['officers.chair']);
  });
});
