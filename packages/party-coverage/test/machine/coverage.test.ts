import { CITATIONS, type Rejection } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { coverageMachine, coverageRecord, needOf } from '../../src/index.js';
import { census, day, type Harness, leaf, start } from '../support.js';

const HIGHER = 'higher-party-organisation';

function refusal(result: ReturnType<Harness['send']>): Rejection {
  if (result.ok) throw new Error('expected a refusal');
  return result.rejection;
}

describe('PARTY-1: a branch at three or more full members (党章 30, “以上” includes 3)', () => {
  it('two full members: no branch; a branch declared anyway is refused with the citation', () => {
    const h = start(census(2));
    expect(leaf(h)).toBe('{"open":"organisationDue"}');
    const r = refusal(h.send('APPROVE_BRANCH', HIGHER, day(1), { branchId: 'b' }));
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'branch-min-full-members', citations: ['PARTY-CONST-30'] });
    expect(r.message['zh-CN']).toContain('不足 3 人');
    expect(r.message.en).toContain('fewer than 3');
  });

  it('three full members: the machine moves to “branch due” and says so (应建尽建)', () => {
    const h = start(census(2));
    h.emitted.length = 0;
    expect(h.send('CENSUS_UPDATED', 'committee', day(1), census(3)).ok).toBe(true);
    expect(leaf(h)).toBe('{"open":"branchDue"}');
    const required = h.emitted.find((e) => e.type === 'form-required');
    expect(required).toMatchObject({
      need: 'branch',
      previousNeed: 'organisation',
      cite: ['PARTY-CONST-30'],
    });
    expect(h.send('APPROVE_BRANCH', HIGHER, day(2), { branchId: 'b' }).ok).toBe(true);
    expect(leaf(h)).toBe('{"open":{"branch":"secretary"}}');
    expect(coverageRecord(h.actor.getSnapshot())).toEqual({
      organisational: true,
      work: true,
      form: 'branch',
      since: day(2),
    });
  });

  it('probationary members do not count toward the three', () => {
    const h = start(census(2, 5));
    expect(leaf(h)).toBe('{"open":"organisationDue"}');
  });

  it('only the higher-level organisation approves a branch', () => {
    const h = start(census(3));
    const r = refusal(h.send('APPROVE_BRANCH', 'committee', day(1), { branchId: 'b' }));
    expect(r.code).toBe('not-permitted');
  });

  it('a branch below three full members lapses and the unit is told what is due', () => {
    const h = start(census(3));
    h.send('APPROVE_BRANCH', HIGHER, day(1), { branchId: 'b' });
    h.emitted.length = 0;
    h.send('CENSUS_UPDATED', 'committee', day(2), census(2));
    expect(leaf(h)).toBe('{"open":"organisationDue"}');
    expect(h.emitted.map((e) => e.type)).toEqual([
      'form-lapsed',
      'form-changed',
      'form-required',
      'coverage-changed',
    ]);
    expect(h.actor.getSnapshot().context.deadlines['branch-term']).toBeUndefined();
  });
});

describe('PARTY-3: branch committee from seven full members, else a secretary', () => {
  it('6 → secretary, 7 → committee, back to 6 → secretary', () => {
    const h = start(census(6));
    h.send('APPROVE_BRANCH', HIGHER, day(1), { branchId: 'b' });
    expect(leaf(h)).toBe('{"open":{"branch":"secretary"}}');
    h.send('CENSUS_UPDATED', 'committee', day(2), census(7));
    expect(leaf(h)).toBe('{"open":{"branch":"committee"}}');
    expect(h.emitted.some((e) => e.type === 'form-required' && e.need === 'branch-committee')).toBe(
      false,
    );
    h.send('CENSUS_UPDATED', 'committee', day(3), census(6));
    expect(leaf(h)).toBe('{"open":{"branch":"secretary"}}');
  });

  it('more than fifty members is advised, not refused (一般不超过50人)', () => {
    const h = start(census(10, 0, 100));
    h.send('APPROVE_BRANCH', HIGHER, day(1), { branchId: 'b' });
    h.send('CENSUS_UPDATED', 'committee', day(2), census(50, 0, 100));
    expect(h.emitted.some((e) => e.type === 'branch-over-size')).toBe(false);
    h.send('CENSUS_UPDATED', 'committee', day(3), census(50, 1, 100));
    expect(h.emitted.find((e) => e.type === 'branch-over-size')).toMatchObject({
      members: 51,
      max: 50,
    });
  });
});

describe('PARTY-2: joint branch (≤ 5 units), work group, instructor', () => {
  it('a joint branch of five units is accepted; six are refused', () => {
    const h = start(census(1));
    const six = refusal(
      h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), {
        jointBranchId: 'j',
        units: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'],
      }),
    );
    expect(six.code).toBe('rule-violated');
    expect(six.rule?.citations).toEqual(['PARTY-BRANCH-5']);
    expect(six.message.en).toContain('more than the limit of 5');
    expect(
      h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), {
        jointBranchId: 'j',
        units: ['u1', 'u2', 'u3', 'u4', 'u5'],
      }).ok,
    ).toBe(true);
    expect(leaf(h)).toBe('{"open":"jointBranch"}');
    expect(coverageRecord(h.actor.getSnapshot())).toMatchObject({
      organisational: true,
      work: true,
    });
  });

  it('the list must name this unit once', () => {
    const h = start(census(1));
    expect(
      refusal(h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), { jointBranchId: 'j', units: ['u2'] }))
        .rule?.id,
    ).toBe('joint-branch-lists-unit');
    expect(
      refusal(
        h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), { jointBranchId: 'j', units: ['u1', 'u1'] }),
      ).rule?.id,
    ).toBe('joint-branch-lists-unit');
  });

  it('the joint branch growing past five units is refused', () => {
    const h = start(census(1));
    h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), { jointBranchId: 'j', units: ['u1', 'u2'] });
    expect(
      h.send('JOINT_BRANCH_UNITS_CHANGED', HIGHER, day(2), { units: ['u1', 'u2', 'u3'] }).ok,
    ).toBe(true);
    expect(
      refusal(
        h.send('JOINT_BRANCH_UNITS_CHANGED', HIGHER, day(3), {
          units: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'],
        }),
      ).rule?.id,
    ).toBe('joint-branch-max-units');
  });

  it('a unit with three full members must build its own branch, not join a joint branch', () => {
    const h = start(census(3));
    const r = refusal(
      h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), { jointBranchId: 'j', units: ['u1'] }),
    );
    expect(r.rule?.id).toBe('must-build-own-branch');
    expect(r.rule?.citations).toEqual(['PARTY-CONST-30', 'JA-2-2-1']);
  });

  it('a joint branch stays as interim coverage while the unit’s own branch is due', () => {
    const h = start(census(2));
    h.send('JOIN_JOINT_BRANCH', HIGHER, day(1), { jointBranchId: 'j', units: ['u1', 'u2'] });
    h.send('CENSUS_UPDATED', 'committee', day(2), census(3));
    expect(leaf(h)).toBe('{"open":"branchDue"}');
    expect(coverageRecord(h.actor.getSnapshot())).toMatchObject({
      form: 'joint-branch',
      organisational: true,
    });
    h.send('APPROVE_BRANCH', HIGHER, day(3), { branchId: 'b' });
    expect(h.actor.getSnapshot().context.jointBranch).toBeNull();
  });

  it('a work group gives work coverage, not organisational coverage', () => {
    const h = start(census(0, 1));
    expect(h.send('FORM_WORK_GROUP', 'residential-party-organisation', day(1)).ok).toBe(true);
    expect(leaf(h)).toBe('{"open":"workGroup"}');
    expect(coverageRecord(h.actor.getSnapshot())).toMatchObject({
      organisational: false,
      work: true,
    });
    expect(
      refusal(h.send('FORM_WORK_GROUP', 'residential-party-organisation', day(2))).rule?.id,
    ).toBe('work-group-not-weaker');
  });

  it('no members: an instructor brings work coverage; not for a unit with members', () => {
    const h = start(census(0));
    expect(
      h.send('ASSIGN_INSTRUCTOR', 'street-party-committee', day(1), { instructorId: 'i' }).ok,
    ).toBe(true);
    expect(leaf(h)).toBe('{"open":"instructor"}');
    expect(coverageRecord(h.actor.getSnapshot())).toMatchObject({
      organisational: false,
      work: true,
      form: 'instructor',
    });
    // A member arrives: an organisation is due, the instructor stays until it is built.
    h.send('CENSUS_UPDATED', 'committee', day(2), census(1));
    expect(leaf(h)).toBe('{"open":"organisationDue"}');
    expect(coverageRecord(h.actor.getSnapshot()).form).toBe('instructor');
    const other = start({ ...census(1), unitId: 'u9' });
    expect(
      refusal(
        other.send('ASSIGN_INSTRUCTOR', 'street-party-committee', day(1), { instructorId: 'i' }),
      ).rule?.id,
    ).toBe('instructor-without-members');
  });

  it('withdrawing the instructor leaves the unit uncovered', () => {
    const h = start(census(0));
    h.send('ASSIGN_INSTRUCTOR', 'street-party-committee', day(1), { instructorId: 'i' });
    h.send('WITHDRAW_INSTRUCTOR', 'street-party-committee', day(2));
    expect(leaf(h)).toBe('{"open":"uncovered"}');
  });
});

describe('census that does not add up', () => {
  it('is refused with a bilingual reason and its source', () => {
    const h = start();
    const r = refusal(
      h.send('CENSUS_UPDATED', 'committee', day(1), {
        census: { headcount: 3, full: 3, probationary: 1 },
      }),
    );
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.id).toBe('census-adds-up');
    expect(r.message['zh-CN']).toContain('超过总人数 3 人');
    expect(r.message.en).toContain('exceed the headcount of 3');
  });

  it('a negative count is an invalid event', () => {
    const h = start();
    expect(
      refusal(
        h.send('CENSUS_UPDATED', 'committee', day(1), {
          census: { headcount: 3, full: -1, probationary: 0 },
        }),
      ).code,
    ).toBe('invalid-event');
  });
});

describe('PARTY-6: firms — alliance, 双培养, 党建入章', () => {
  it('counts and records them for a firm project', () => {
    const h = start({ kind: 'firm-project', unitId: 'p1' });
    expect(
      h.send('ALLIANCE_JOINED', 'street-party-committee', day(1), { allianceId: 'al' }).ok,
    ).toBe(true);
    expect(
      refusal(h.send('ALLIANCE_JOINED', 'property-firm', day(1), { allianceId: 'al' })).rule?.id,
    ).toBe('not-in-alliance');
    h.send('DUAL_TRAINING_RECORDED', 'property-firm', day(2), {
      membersIntoCoreStaff: 2,
      coreStaffIntoMembers: 1,
    });
    h.send('DUAL_TRAINING_RECORDED', 'property-firm', day(3), {
      membersIntoCoreStaff: 0,
      coreStaffIntoMembers: 1,
    });
    expect(
      refusal(
        h.send('DUAL_TRAINING_RECORDED', 'property-firm', day(3), {
          membersIntoCoreStaff: 0,
          coreStaffIntoMembers: 0,
        }),
      ).rule?.id,
    ).toBe('dual-training-non-empty');
    h.send('ARTICLES_AMENDED', 'property-firm', day(4), { evidence: '章程第十条' });
    const { firm } = h.actor.getSnapshot().context;
    expect(firm).toEqual({
      alliance: { id: 'al', since: day(1) },
      dualTraining: { membersIntoCoreStaff: 2, coreStaffIntoMembers: 2 },
      articles: { since: day(4), evidence: '章程第十条' },
    });
  });

  it('are refused for an owners’ committee', () => {
    const h = start();
    const r = refusal(h.send('ARTICLES_AMENDED', 'property-firm', day(1), { evidence: 'x' }));
    expect(r.rule).toEqual({ id: 'firm-project-only', citations: ['JA-2-3'] });
  });
});

describe('PARTY-4: branch term and review', () => {
  it('an owners’ committee branch serves 5 years, a firm project’s 3; a missed term is announced', () => {
    const committee = start(census(3));
    committee.send('APPROVE_BRANCH', HIGHER, '2026-04-01T10:00:00+08:00', { branchId: 'b' });
    expect(committee.actor.getSnapshot().context.deadlines['branch-term']?.due.lastDay).toBe(
      '2031-04-01',
    );
    const firm = start({ ...census(3), kind: 'firm-project' });
    firm.send('APPROVE_BRANCH', HIGHER, '2026-04-01T10:00:00+08:00', { branchId: 'b' });
    expect(firm.actor.getSnapshot().context.deadlines['branch-term']?.due.lastDay).toBe(
      '2029-04-01',
    );
    firm.send('TICK', 'system', '2029-04-01T23:59:59+08:00');
    expect(firm.emitted.some((e) => e.type === 'branch-term-ended')).toBe(false);
    firm.send('TICK', 'system', '2029-04-02T00:00:00+08:00');
    expect(firm.emitted.find((e) => e.type === 'branch-term-ended')).toMatchObject({
      dueAt: '2029-04-01T16:00:00.000Z',
    });
    firm.send('BRANCH_RE_ELECTED', HIGHER, '2029-04-10T10:00:00+08:00');
    expect(firm.actor.getSnapshot().context.deadlines['branch-term']).toMatchObject({
      status: 'pending',
    });
  });

  it('a review records the census, the need and the coverage record', () => {
    const h = start(census(1));
    h.send('REVIEW', 'residential-party-organisation', day(5), { reason: 'committee-re-election' });
    const [review] = h.actor.getSnapshot().context.reviews;
    expect(review).toMatchObject({
      reason: 'committee-re-election',
      need: 'organisation',
      record: { organisational: false },
    });
    expect(h.emitted.some((e) => e.type === 'review-recorded')).toBe(true);
  });
});

describe('closing and time', () => {
  it('a closed unit takes no more events', () => {
    const h = start();
    h.send('UNIT_CLOSED', 'street-party-committee', day(1), { reason: 'dissolved' });
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(refusal(h.send('TICK', 'system', day(2))).code).toBe('process-ended');
  });

  it('events dated before the clock are refused', () => {
    const h = start();
    h.send('TICK', 'system', day(3));
    expect(refusal(h.send('TICK', 'system', day(2))).code).toBe('out-of-order');
  });
});

describe('citations', () => {
  it('every meta.legal id exists in CITATIONS', () => {
    const ids: string[] = [];
    const visit = (node: typeof coverageMachine.root): void => {
      const meta = node.meta as { legal?: string[] } | undefined;
      ids.push(...(meta?.legal ?? []));
      for (const ts of node.transitions.values())
        for (const t of ts)
          ids.push(...((t.meta as { legal?: string[] } | undefined)?.legal ?? []));
      for (const child of Object.values(node.states)) visit(child);
    };
    visit(coverageMachine.root);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(Object.keys(CITATIONS)).toContain(id);
  });

  it('needOf uses the profile numbers at their bounds', () => {
    const party = start().actor.getSnapshot().context.party;
    expect(needOf({ headcount: 9, full: 0, probationary: 0 }, party)).toBe('work');
    expect(needOf({ headcount: 9, full: 0, probationary: 1 }, party)).toBe('organisation');
    expect(needOf({ headcount: 9, full: 2, probationary: 5 }, party)).toBe('organisation');
    expect(needOf({ headcount: 9, full: 3, probationary: 0 }, party)).toBe('branch');
    expect(needOf({ headcount: 9, full: 6, probationary: 0 }, party)).toBe('branch');
    expect(needOf({ headcount: 9, full: 7, probationary: 0 }, party)).toBe('branch-committee');
  });
});
