// BJ 57 ¶2–3: the property-management committee's meeting quorum, and its ten working days of
// posting, from the profile in force.
import { beijing, dispatch, type Rejection } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { BJ_MEMBERS } from '../src/testing/stand-in.js';
import { BJ_NO_ASSEMBLY_INPUT, ev, startStandIn } from './support/stand-in-fixtures.js';

const D = (s: string) => `${s}+08:00`;
const rc = 'residents-committee';
// Seven members: b-rc (chair), owners b-o1…b-o4, b-occ (occupier), b-street.
const ALL = BJ_MEMBERS.map((m) => m.id);

function acting() {
  const actor = startStandIn(BJ_NO_ASSEMBLY_INPUT);
  const r = dispatch(
    actor,
    ev('FORM_STAND_IN', 'street-office', D('2026-03-02T10:00:00'), { members: BJ_MEMBERS }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.rejection));
  return actor;
}

const decide = (present: readonly string[] | undefined, consenting = ALL.slice(0, 4)) =>
  ev('DECIDE_MATTER', rc, D('2026-04-07T10:00:00'), {
    decisionId: 'd-1',
    consenting,
    ...(present === undefined ? {} : { present }),
  });

function refused(e: Record<string, unknown>): Rejection {
  const r = dispatch(acting(), e);
  if (r.ok) throw new Error('accepted');
  return r.rejection;
}

describe('BJ 57 ¶2: more than half of the members and of the owner-representative members', () => {
  // "会议应当有过半数委员且过半数业主代表委员参加，业主代表委员不能委托代理人参加会议。"
  it('reads the profile’s quorum: 过半数 excludes the bound', () => {
    const body = beijing.term.standIn.value;
    expect(body.kind === 'property-management-committee' && body.quorum).toEqual({
      members: { fraction: { num: 1, den: 2 }, mode: 'more-than' },
      ownerReps: { fraction: { num: 1, den: 2 }, mode: 'more-than' },
    });
  });

  it('4 of 7 present with 3 of 4 owners: a quorum', () => {
    const r = dispatch(acting(), decide(['b-rc', 'b-o1', 'b-o2', 'b-o3']));
    expect(r.ok).toBe(true);
  });

  it('3 of 7 present, all owners: one member short', () => {
    const r = refused(decide(['b-o1', 'b-o2', 'b-o3']));
    expect(r.rule).toEqual({ id: 'stand-in-quorum', citations: ['BJ-57-2'] });
    expect(r.message.en).toBe(
      'The meeting needs more than 1/2 of the members and more than 1/2 of the owner-representative members present; 3/7 and 3/4 are.',
    );
    expect(r.message['zh-CN']).toContain('3/7人');
  });

  it('5 of 7 present but 2 of 4 owners: exactly half is not more than half', () => {
    const r = refused(decide(['b-rc', 'b-o1', 'b-o2', 'b-occ', 'b-street']));
    expect(r.rule?.id).toBe('stand-in-quorum');
    expect(r.details).toMatchObject({ present: 5, ownerRepsPresent: 2, ownerRepsTotal: 4 });
  });

  it('a name that is not a member is not present; no attendance at all is a coded refusal', () => {
    expect(refused(decide(['b-rc', 'b-o1', 'b-o2', 'stranger'])).rule?.id).toBe('stand-in-quorum');
    const none = refused(decide(undefined));
    expect(none.rule?.id).toBe('stand-in-quorum');
    expect(none.message.en).toContain('Name the members present');
  });
});

describe('BJ 57 ¶3: posted for ten working days', () => {
  // "会议结束后三日内，物业管理委员会应当将会议情况以及确定事项在物业管理区域内显著位置公示
  // 十个工作日。"
  it('the posting says until when: ten working days from Wednesday 2026-04-08', () => {
    const actor = acting();
    expect(dispatch(actor, decide(ALL)).ok).toBe(true);
    const posted: { what: string; until?: string }[] = [];
    actor.on('post', (e) => posted.push(e));
    const r = dispatch(
      actor,
      ev('POST_STAND_IN_DECISION', rc, D('2026-04-08T10:00:00'), { decisionId: 'd-1' }),
    );
    expect(r.ok).toBe(true);
    // Thu 04-09, Fri 10, Mon 13 … Fri 17 (7), Mon 20, Tue 21, Wed 22 (10): up until 24:00 of
    // 04-22, Beijing time (no holidays in this input).
    expect(posted).toMatchObject([
      { what: 'stand-in-decision', until: '2026-04-22T16:00:00.000Z' },
    ]);
  });
});
