// Unit tests per rule, at the boundaries the articles set.
import { dispatch, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { choiceFor } from '../src/election/ballots.js';
import { fillSeats } from '../src/election/ranking.js';
import { initialReElectionContext } from '../src/reelection/context.js';
import { checkFreeze } from '../src/reelection/freeze.js';
import { disqualifyingGrounds } from '../src/shared/eligibility.js';
import { checkPreparatoryGroup, checkReElectionGroup } from '../src/shared/group.js';
import { checkCommitteeSize } from '../src/shared/size.js';
import { ev, GROUP, startFormation, where } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;

describe('committee size (SH 20 ¶1, FORM-8)', () => {
  it('allows 3 at 10,000 m² exactly (以下 includes the bound) but not one 0.01 m² more', () => {
    expect(checkCommitteeSize(shanghai, 1_000_000, null, 3)).toBe(true);
    expect(checkCommitteeSize(shanghai, 1_000_001, null, 3)).not.toBe(true);
  });
  it('needs an odd number of at least 5 otherwise', () => {
    expect(checkCommitteeSize(shanghai, 2_000_000, null, 5)).toBe(true);
    expect(checkCommitteeSize(shanghai, 2_000_000, null, 7)).toBe(true);
    expect(checkCommitteeSize(shanghai, 2_000_000, null, 4)).not.toBe(true);
    expect(checkCommitteeSize(shanghai, 2_000_000, null, 6)).not.toBe(true);
  });
});

describe('preparatory group (SH 15 ¶2, FORM-4)', () => {
  const members = GROUP.map((m) => ({ leader: false, ...m })) as Parameters<
    typeof checkPreparatoryGroup
  >[1]['members'];
  it('accepts 4 owners of 7 with the street leader', () => {
    expect(checkPreparatoryGroup(shanghai, { members, residentsCommittees: 1 })).toBe(true);
  });
  it('refuses an even group', () => {
    const even = [...members, { id: 'x', seat: 'owner' as const, leader: false }];
    expect(checkPreparatoryGroup(shanghai, { members: even, residentsCommittees: 1 })).not.toBe(
      true,
    );
  });
  it('refuses owner representatives below one half', () => {
    const few = [
      ...members.filter((m) => m.seat !== 'owner').slice(0),
      { id: 'o1', seat: 'owner' as const, leader: false },
    ];
    expect(checkPreparatoryGroup(shanghai, { members: few, residentsCommittees: 1 })).not.toBe(
      true,
    );
  });
  it('refuses a leader who is not the street office representative', () => {
    const wrong = members.map((m) => ({ ...m, leader: m.id === 'g-o1' }));
    expect(checkPreparatoryGroup(shanghai, { members: wrong, residentsCommittees: 1 })).not.toBe(
      true,
    );
  });
  it('a re-election group has no developer (SH 28 ¶3)', () => {
    expect(checkReElectionGroup(shanghai, { members, residentsCommittees: 1 })).not.toBe(true);
  });
});

describe('eligibility (SH 20 ¶2, FORM-9)', () => {
  it('fee arrears is off in Shanghai (deleted in 2023); illegal construction disqualifies', () => {
    expect(disqualifyingGrounds(shanghai, ['feeArrears'])).toEqual([]);
    expect(disqualifyingGrounds(shanghai, ['illegalConstruction'])).toEqual([
      'illegalConstruction',
    ]);
  });
});

describe('election counting', () => {
  it('a ballot approving more candidates than seats is spoilt; unmarked is abstention', () => {
    const b = { id: 'b', unitId: 'u', castBy: 'o', channel: 'paper' as const, at: 'x' };
    expect(choiceFor({ ...b, approve: ['a', 'b'], oppose: [] }, 'a', 1)).toBe('spoilt');
    expect(choiceFor({ ...b, approve: ['a'], oppose: ['c'] }, 'c', 1)).toBe('disagree');
    expect(choiceFor({ ...b, approve: ['a'], oppose: [] }, 'z', 1)).toBe('abstain');
  });
  it('fills seats by agreeing area then headcount; a tie at the last seat stays open', () => {
    const r = (id: string, area: number, head: number) => ({
      candidateId: id,
      passed: true,
      agreeArea: area,
      agreeHeadcount: head,
    });
    expect(fillSeats([r('a', 10, 1), r('b', 20, 1), r('c', 20, 2)], 2)).toEqual(['c', 'b']);
    expect(fillSeats([r('a', 30, 3), r('b', 20, 2), r('c', 20, 2)], 2)).toEqual(['a']);
    expect(fillSeats([{ ...r('a', 30, 3), passed: false }], 1)).toEqual([]);
  });
});

describe('formation trigger (SH 13 ¶2, FORM-1)', () => {
  it('49.99995% does not trigger, 50% does', () => {
    const a = startFormation();
    dispatch(
      a,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-03T09:00:00'), {
        deliveredArea: 999_999,
        totalArea: 2_000_000,
      }),
    );
    expect(where(a)).toBe('awaitingTrigger');
    dispatch(
      a,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-04T09:00:00'), {
        deliveredArea: 1_000_000,
        totalArea: 2_000_000,
      }),
    );
    expect(where(a)).toBe('awaitingReport.onTime');
  });
  it('two full years after the first delivery triggers on a tick', () => {
    const a = startFormation({
      procedure: 'formation',
      complexId: 'c',
      floorArea: 2_000_000,
      startAt: D('2026-03-02T09:00:00'),
      delivery: {
        deliveredArea: 0,
        totalArea: 2_000_000,
        firstDeliveryAt: D('2024-05-10T09:00:00'),
      },
    });
    dispatch(a, ev('TICK', 'system', D('2026-05-10T23:59:00')));
    expect(where(a)).toBe('awaitingTrigger');
    dispatch(a, ev('TICK', 'system', D('2026-05-11T00:00:00')));
    expect(where(a)).toBe('awaitingReport.onTime');
    expect(a.getSnapshot().context.milestones.triggered).toBe('2026-05-10T16:00:00.000Z');
  });
});

describe('dispatch refusals', () => {
  it('refuses the wrong role, a malformed payload and a bad group, leaving state untouched', () => {
    const a = startFormation();
    dispatch(
      a,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T09:00:00'), {
        deliveredArea: 2_000_000,
        totalArea: 2_000_000,
      }),
    );
    dispatch(
      a,
      ev('DEVELOPER_REPORT', 'developer', D('2026-03-11T09:00:00'), {
        documents: [
          'area-designation',
          'management-premises',
          'owner-register',
          'delivery-dates',
          'fund-register',
        ],
      }),
    );
    const before = a.getSnapshot();
    const wrongRole = dispatch(
      a,
      ev('FORM_GROUP', 'owner', D('2026-03-12T09:00:00'), { members: GROUP }),
    );
    expect(wrongRole.ok || wrongRole.rejection.code).toBe('not-permitted');
    const malformed = dispatch(
      a,
      ev('FORM_GROUP', 'street-office', D('2026-03-12T09:00:00'), { members: 'x' }),
    );
    expect(malformed.ok || malformed.rejection.code).toBe('invalid-event');
    const even = dispatch(
      a,
      ev('FORM_GROUP', 'street-office', D('2026-03-12T09:00:00'), { members: GROUP.slice(1) }),
    );
    expect(even.ok || even.rejection.rule?.citations).toContain('SH-15-2');
    expect(even.ok || even.rejection.message['zh-CN']).toMatch(/单数|比例|代表/);
    expect(a.getSnapshot()).toBe(before);
  });
});

describe('freeze (SH 28 ¶4, TERM-3)', () => {
  const base = initialReElectionContext({
    procedure: 're-election',
    complexId: 'c',
    floorArea: 2_000_000,
    startAt: D('2026-01-05T09:00:00'),
    termEndsOn: '2026-12-31',
    members: ['o1', 'o2', 'o3'],
  });
  const call = (topic: 'routine' | 'hire-dismiss-firm') => ({
    type: 'CALL_ASSEMBLY' as const,
    at: D('2026-08-01T09:00:00'),
    by: { id: 'c', role: 'committee' as const },
    topic,
  });
  it('refuses a firm vote once the group exists, until the election', () => {
    expect(checkFreeze(base, call('hire-dismiss-firm'))).toBe(true);
    const group = {
      kind: 're-election' as const,
      formedAt: D('2026-07-01T09:00:00'),
      members: [],
      residentsCommittees: 1,
      trainings: [],
      memberObjections: [],
    };
    expect(checkFreeze({ ...base, group }, call('hire-dismiss-firm'))).not.toBe(true);
    expect(checkFreeze({ ...base, group }, call('routine'))).toBe(true);
    const after = { ...base, group, milestones: { elected: D('2026-07-30T09:00:00') } };
    expect(checkFreeze(after, call('hire-dismiss-firm'))).toBe(true);
  });
  it('the national profile reports three months ahead', () => {
    const ctx = initialReElectionContext({
      procedure: 're-election',
      complexId: 'c',
      floorArea: 2_000_000,
      startAt: D('2026-01-05T09:00:00'),
      termEndsOn: '2026-12-31',
      members: ['o1'],
      profile: national,
    });
    // Three months before 2026-12-31.
    expect(ctx.deadlines['term-report']?.due.lastDay).toBe('2026-09-30');
    expect(base.deadlines['term-report']?.due.lastDay).toBe('2026-07-31');
  });
});
