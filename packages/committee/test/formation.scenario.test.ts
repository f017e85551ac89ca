// A complete Shanghai formation with dates; each due date checked by hand against the article.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ev, GROUP, ROLL, startFormation, where } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
/** Where a formation stands while the group works and the first meeting is not yet held. */
const CONVENING = (work: string, meeting = 'onTime') =>
  `convening.work.${work},firstMeeting.${meeting}`;

/** A started formation with a strict `send` (a refusal throws) and its deadline book. */
function formation() {
  const actor = startFormation();
  const send = (e: Record<string, unknown>) => {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(JSON.stringify(r.rejection));
    return r.snapshot;
  };
  const due = (id: string) => actor.getSnapshot().context.deadlines[id];
  return { actor, send, due };
}

describe('a Shanghai formation, dated', { timeout: 30_000 }, () => {
  it('runs from the trigger to the filed committee', () => {
    const { actor, send, due } = formation();

    // SH 13 ¶2: 50% 以上 includes 50%: 1,000,000 of 2,000,000 triggers.
    send(
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
        deliveredArea: 1_000_000,
        totalArea: 2_000_000,
      }),
    );
    expect(where(actor)).toBe('awaitingReport.onTime');
    // SH 14: 30 days from 2026-03-10 (not counted) → last day 2026-04-09, 24:00 Shanghai.
    expect(due('developer-report')?.due.lastDay).toBe('2026-04-09');
    expect(due('developer-report')?.due.dueAt).toBe('2026-04-09T16:00:00.000Z');

    // At 2026-04-10 00:00 the period has ended: the owners may ask (SH 14 ¶2).
    const early = dispatch(actor, ev('OWNERS_REQUEST', 'owner', D('2026-04-09T23:00:00')));
    expect(early.ok).toBe(false);
    send(ev('TICK', 'system', D('2026-04-10T00:00:00')));
    expect(where(actor)).toBe('awaitingReport.overdue');
    expect(due('developer-report')?.status).toBe('missed');
    send(ev('OWNERS_REQUEST', 'owner', D('2026-04-15T09:00:00')));
    // SH 15: 60 days from 2026-04-15 → 2026-06-14.
    expect(due('group-formation')?.due.lastDay).toBe('2026-06-14');

    send(ev('FORM_GROUP', 'street-office', D('2026-05-06T09:00:00'), { members: GROUP }));
    expect(due('group-formation')?.status).toBe('met');
    // SH 15 ¶1: roster within 7 days → 2026-05-13; SH 16 ¶3: meeting within 90 days → 2026-08-04.
    expect(due('roster-posting')?.due.lastDay).toBe('2026-05-13');
    expect(due('first-meeting')?.due.lastDay).toBe('2026-08-04');
    send(ev('POST_ROSTER', 'preparatory-group', D('2026-05-12T09:00:00')));
    // SH 15 ¶5: no preparatory work before the 街镇 has trained the group.
    const untrained = dispatch(
      actor,
      ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-13T09:00:00'), { roll: ROLL }),
    );
    expect(untrained.ok).toBe(false);
    if (!untrained.ok) {
      expect(untrained.rejection.code).toBe('rule-violated');
      expect(untrained.rejection.rule?.citations).toContain('SH-15-5');
    }
    send(
      ev('TRAIN_GROUP', 'street-office', D('2026-05-14T09:00:00'), {
        attendees: GROUP.map((m) => m.id),
      }),
    );
    send(ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-20T09:00:00'), { roll: ROLL }));
    send(
      ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-06-01T09:00:00'), {
        drafts: [
          'management-statute',
          'rules-of-procedure',
          'voting-rules',
          'nomination-method',
          'election-method',
        ],
        seats: 5,
      }),
    );
    expect(where(actor)).toBe(CONVENING('assembly.nominating'));

    for (const id of ['o1', 'o2', 'o3', 'o4', 'o5', 'o6']) {
      send(ev('NOMINATE', 'owner', D('2026-06-02T09:00:00'), { candidateId: id }, id));
      send(ev('SIGN_UNDERTAKING', 'owner', D('2026-06-02T09:00:00'), { candidateId: id }, id));
    }
    send(
      ev('NOMINATE', 'residential-party-organisation', D('2026-06-03T09:00:00'), {
        candidateId: 'o7',
      }),
    );
    for (const id of ['o1', 'o2', 'o3', 'o4', 'o5']) {
      send(
        ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
          candidateId: id,
          grounds: [],
        }),
      );
    }
    // Fee arrears were deleted from SH 20 in 2023: recorded, not disqualifying.
    send(
      ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
        candidateId: 'o6',
        grounds: ['feeArrears'],
      }),
    );
    send(
      ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
        candidateId: 'o7',
        grounds: ['illegalConstruction'],
      }),
    );
    const c = actor.getSnapshot().context.candidates;
    expect(c.find((x) => x.id === 'o6')?.eligible).toBe(true);
    expect(c.find((x) => x.id === 'o7')?.eligible).toBe(false);
    expect(c.find((x) => x.id === 'o7')?.route).toBe('party-pool');

    send(ev('REPORT_CANDIDATES', 'preparatory-group', D('2026-06-10T09:00:00')));
    expect(where(actor)).toBe(CONVENING('assembly.jointReview'));
    send(ev('JOINT_REVIEW', 'street-party-committee', D('2026-06-15T09:00:00'), { struck: [] }));
    // SH 16 ¶2: posted 2026-06-20, the meeting on 2026-07-04 is one day short of 15.
    const short = dispatch(
      actor,
      ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
        meetingAt: D('2026-07-04T09:00:00'),
      }),
    );
    expect(short.ok || short.rejection.code).toBe('rule-violated');
    send(
      ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
        meetingAt: D('2026-07-05T09:00:00'),
      }),
    );
    send(ev('OBJECT', 'owner', D('2026-06-25T09:00:00'), { text: '候选人信息不全' }, 'o9'));
    const blocked = dispatch(
      actor,
      ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
        closesAt: D('2026-07-05T17:00:00'),
      }),
    );
    expect(blocked.ok || blocked.rejection.rule?.id).toBe('meeting-ready');
    send(
      ev('ANSWER_OBJECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
        objectionId: 'objection-1',
        answer: '已补充',
      }),
    );
    send(
      ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
        closesAt: D('2026-07-05T17:00:00'),
      }),
    );
    expect(due('first-meeting')?.status).toBe('met');

    // 8 of 10 owners vote (quorum 2/3 met). o5 gets 4 of 8: not more than half.
    for (let i = 1; i <= 8; i++) {
      const approve = ['o1', 'o2', 'o3', 'o4', i <= 4 ? 'o5' : 'o6'];
      send(
        ev(
          'CAST_BALLOT',
          'owner',
          D('2026-07-05T10:00:00'),
          { ballotId: `b${i}`, unitId: `u${i}`, castBy: `o${i}`, channel: 'paper', approve },
          `o${i}`,
        ),
      );
    }
    send(ev('CLOSE_ELECTION', 'preparatory-group', D('2026-07-05T17:00:00')));
    // Four seats filled; the fifth goes to a further round — no committee yet.
    expect(where(actor)).toBe(CONVENING('assembly.nominating', 'held'));
    expect(actor.getSnapshot().context.election?.elected).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(actor.getSnapshot().context.members).toEqual([]);

    send(ev('REPORT_CANDIDATES', 'preparatory-group', D('2026-07-06T09:00:00')));
    send(ev('JOINT_REVIEW', 'street-party-committee', D('2026-07-06T10:00:00'), { struck: [] }));
    send(
      ev('POST_NOTICE', 'preparatory-group', D('2026-07-06T11:00:00'), {
        meetingAt: D('2026-07-21T09:00:00'),
      }),
    );
    send(
      ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-21T09:00:00'), {
        closesAt: D('2026-07-21T17:00:00'),
      }),
    );
    for (let i = 1; i <= 7; i++) {
      send(
        ev(
          'CAST_BALLOT',
          'owner',
          D('2026-07-21T10:00:00'),
          {
            ballotId: `r2b${i}`,
            unitId: `u${i}`,
            castBy: `o${i}`,
            channel: 'paper',
            approve: ['o5'],
          },
          `o${i}`,
        ),
      );
    }
    send(ev('CLOSE_ELECTION', 'preparatory-group', D('2026-07-21T17:00:00')));
    expect(where(actor)).toBe('officers');
    expect(actor.getSnapshot().context.members.map((m) => m.id)).toEqual([
      'o1',
      'o2',
      'o3',
      'o4',
      'o5',
    ]);
    // SH 21 ¶2: posting within 3 days → 2026-07-24; SH 23: filing within 30 days → 2026-08-20.
    expect(due('election-posting')?.due.lastDay).toBe('2026-07-24');
    expect(due('filing')?.due.lastDay).toBe('2026-08-20');

    send(
      ev('CHOOSE_OFFICERS', 'committee', D('2026-07-22T09:00:00'), {
        chair: 'o1',
        viceChairs: ['o2'],
      }),
    );
    send(ev('POST_RESULT', 'preparatory-group', D('2026-07-23T09:00:00')));
    send(
      ev('FILE', 'committee', D('2026-08-10T09:00:00'), {
        documents: [
          'minutes-and-decisions',
          'rules-of-procedure',
          'management-statute',
          'fund-statute',
          'members-and-undertakings',
          'training-records',
        ],
        termEndsOn: '2030-07-21',
      }),
    );
    // SH 34: 20 days from 2026-08-10 → 2026-08-30.
    expect(due('filing-completion')?.due.lastDay).toBe('2026-08-30');
    send(ev('COMPLETE_FILING', 'street-office', D('2026-08-25T09:00:00')));
    expect(actor.getSnapshot().status).toBe('done');
    expect(where(actor)).toBe('established');
    expect(
      Object.values(actor.getSnapshot().context.deadlines).map((d) => [d.id, d.status]),
    ).toEqual([
      ['developer-report', 'missed'],
      ['group-formation', 'met'],
      ['roster-posting', 'met'],
      ['first-meeting', 'met'],
      ['election-posting', 'met'],
      ['filing', 'met'],
      ['filing-completion', 'met'],
    ]);
  });
  it('records a missed first meeting, a stand-in, and an objection to a group member', () => {
    const { actor, send, due } = formation();
    send(
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
        deliveredArea: 1_200_000,
        totalArea: 2_000_000,
      }),
    );
    send(
      ev('DEVELOPER_REPORT', 'developer', D('2026-03-20T10:00:00'), {
        documents: [
          'area-designation',
          'management-premises',
          'owner-register',
          'delivery-dates',
          'fund-register',
        ],
      }),
    );
    send(ev('FORM_GROUP', 'street-office', D('2026-04-01T09:00:00'), { members: GROUP }));
    // SH 16 ¶3: 90 days from 2026-04-01 (not counted) → last day 2026-06-30.
    expect(due('first-meeting')?.due.lastDay).toBe('2026-06-30');

    // SH 15 ¶4: an owner objects to a member; the 街镇 upholds it and replaces the member, and
    // a replacement that would leave owners below half is refused.
    send(
      ev(
        'OBJECT_TO_MEMBER',
        'owner',
        D('2026-04-03T09:00:00'),
        { memberId: 'g-o1', text: '欠费' },
        'o9',
      ),
    );
    const unlawful = dispatch(
      actor,
      ev('SETTLE_MEMBER_OBJECTION', 'street-office', D('2026-04-05T09:00:00'), {
        objectionId: 'm1',
        outcome: 'upheld',
        answer: '更换',
      }),
    );
    expect(unlawful.ok).toBe(false);
    if (!unlawful.ok) expect(unlawful.rejection.rule?.id).toBe('settlement-keeps-composition');
    send(
      ev('SETTLE_MEMBER_OBJECTION', 'street-office', D('2026-04-05T09:00:00'), {
        objectionId: 'm1',
        outcome: 'upheld',
        answer: '更换',
        replacement: { id: 'g-o8', seat: 'owner' },
      }),
    );
    const group = actor.getSnapshot().context.group;
    expect(group?.members.map((m) => m.id)).toContain('g-o8');
    expect(group?.members.map((m) => m.id)).not.toContain('g-o1');
    expect(group?.memberObjections[0]?.settlement?.outcome).toBe('upheld');

    // A stand-in is not available while the meeting is still on time.
    const early = dispatch(
      actor,
      ev('RECORD_STAND_IN', 'street-office', D('2026-06-01T09:00:00'), { reference: 'si-1' }),
    );
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.rejection.code).toBe('not-allowed-now');

    // 2026-07-01 00:00 Shanghai: the 90 days have run out; the miss is a state with its remedy.
    send(ev('TICK', 'system', D('2026-06-30T23:59:00')));
    expect(where(actor)).toBe(CONVENING('preparing.roster'));
    send(ev('TICK', 'system', D('2026-07-01T00:00:00')));
    expect(where(actor)).toBe(CONVENING('preparing.roster', 'overdue'));
    expect(due('first-meeting')?.status).toBe('missed');
    send(ev('RECORD_STAND_IN', 'street-office', D('2026-07-10T09:00:00'), { reference: 'si-1' }));
    expect(where(actor)).toBe(CONVENING('preparing.roster', 'standIn'));
    expect(actor.getSnapshot().context.milestones['stand-in-formed']).toBe(
      D('2026-07-10T09:00:00'),
    );
    // The group's work goes on: trained, it may confirm the roll.
    send(ev('POST_ROSTER', 'preparatory-group', D('2026-07-11T09:00:00')));
    send(
      ev('TRAIN_GROUP', 'street-office', D('2026-07-12T09:00:00'), {
        attendees: ['g-o2', 'g-o8'],
      }),
    );
    send(ev('CONFIRM_ROLL', 'preparatory-group', D('2026-07-13T09:00:00'), { roll: ROLL }));
    expect(where(actor)).toBe(CONVENING('preparing.drafts', 'standIn'));
  });
});
