// The emergency repair from the fund (RULES FUND-3..5), boundaries of SH 73 ¶3:
// "业主委员会对维修、更新方案未在七日内审核同意，且已出现影响房屋正常使用或者居民人身财产安全情形的，
//  区房屋行政管理部门可以组织代为维修。维修费用经具有相应资质的中介机构审价后，凭审价报告和区房屋
//  行政管理部门出具的支取通知，在专项维修资金中列支。"
import { beijing, defineProfile, epochMillisOf, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  EMERGENCY_REVIEW,
  type FundEmergencyInput,
  FundInputError,
  fundEmergencyMachine,
  initialFundEmergencyContext,
} from '../../src/index.js';
import { harness, verdict } from './support.js';

const START = '2026-05-06T08:00:00+08:00';
// Reported Wednesday 05-06 10:00. The 7 days count from the next day (CC 201 ¶1): 05-07 … 05-13,
// ending at 24:00 of 05-13, i.e. 2026-05-14T00:00:00+08:00.
const REPORTED = '2026-05-06T10:00:00+08:00';
const DUE = '2026-05-14T00:00:00+08:00';
const SECOND_BEFORE = '2026-05-13T23:59:59+08:00';

const input = (o: Partial<FundEmergencyInput> = {}): FundEmergencyInput => ({
  repairId: 'r1',
  complexId: 'c1',
  startedAt: START,
  assemblyFormed: true,
  ...o,
});

const report = {
  kind: 'lift-stopped',
  plan: '更换3号楼1号电梯曳引机',
  estimateFen: 18_000_000,
  evidence: '电梯检测机构整改通知书 2026-0417',
};

function reported(o: Partial<FundEmergencyInput> = {}) {
  const h = harness(fundEmergencyMachine, input(o));
  expect(verdict(h.send('REPORT_EMERGENCY', 'property-firm', REPORTED, report))).toBe('ok');
  return h;
}

describe('the committee’s review within 7 days (SH 73 ¶3)', () => {
  it('is a deadline in the book, due at 24:00 of the seventh day after the report', () => {
    const h = reported();
    expect(h.state()).toBe('committeeReview');
    const d = h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW];
    expect(epochMillisOf(d.due.dueAt)).toBe(epochMillisOf(DUE));
    expect(d.cite).toEqual(['SH-73-3']);
  });

  it('a substitute repair one second before the end is refused; at the end it is taken', () => {
    const h = reported();
    const early = h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', SECOND_BEFORE, {
      finding: '电梯停运，高层住户出行受阻',
    });
    expect(verdict(early)).toBe('review-lapsed');
    expect(!early.ok && early.rejection.message?.en).toMatch(/review runs until/);
    expect(h.state()).toBe('committeeReview');
    const r = h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, {
      finding: '电梯停运，高层住户出行受阻',
    });
    expect(verdict(r)).toBe('ok');
    expect(h.state()).toBe('substituteRepair');
    expect(h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('missed');
  });

  it('an approval one second before the end is met; at the end it is late and still approves', () => {
    const inTime = reported();
    expect(verdict(inTime.send('APPROVE_PLAN', 'committee', SECOND_BEFORE))).toBe('ok');
    expect(inTime.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('met');
    const late = reported();
    expect(verdict(late.send('APPROVE_PLAN', 'committee', DUE))).toBe('ok');
    expect(late.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('late');
  });

  it('a TICK at the end marks the review missed and leaves the substitute repair open', () => {
    const h = reported();
    expect(verdict(h.send('TICK', 'system', SECOND_BEFORE))).toBe('ok');
    expect(h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('pending');
    expect(verdict(h.send('TICK', 'system', DUE))).toBe('ok');
    expect(h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('missed');
    expect(
      verdict(h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, { finding: 'f' })),
    ).toBe('ok');
  });

  it('no substitute repair once the committee approved, nor from another sender', () => {
    const h = reported();
    expect(verdict(h.send('SUBSTITUTE_REPAIR', 'housing-office', DUE, { finding: 'f' }))).toBe(
      'not-permitted',
    );
    h.send('APPROVE_PLAN', 'committee', SECOND_BEFORE);
    expect(
      verdict(h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, { finding: 'f' })),
    ).toBe('not-allowed-now');
  });

  it('the committee approves once the assembly exists, the housing office before it', () => {
    const after = reported();
    expect(verdict(after.send('APPROVE_PLAN', 'housing-office', SECOND_BEFORE))).toBe('approver');
    // SH 73 ¶3 (一): "业主大会成立前，物业服务企业应当持有关材料，报房管机构审核同意后组织实施"
    const before = reported({ assemblyFormed: false });
    expect(before.state()).toBe('housingOfficeReview');
    expect(before.actor.getSnapshot().context.deadlines).toEqual({});
    expect(verdict(before.send('APPROVE_PLAN', 'committee', SECOND_BEFORE))).toBe('approver');
    expect(verdict(before.send('APPROVE_PLAN', 'housing-office', SECOND_BEFORE))).toBe('ok');
  });

  it('a profile whose texts give no substitute repair refuses it (rule substitute-allowed)', () => {
    const profile = defineProfile({
      ...shanghai,
      id: 'no-substitute',
      fund: {
        ...(shanghai.fund as NonNullable<typeof shanghai.fund>),
        substituteRepair: { value: false, cite: ['SH-73-3-substitute'] },
      },
    });
    const h = reported({ profile });
    const r = h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, { finding: 'f' });
    expect(verdict(r)).toBe('substitute-allowed');
    expect(!r.ok && r.rejection.message?.['zh-CN']).toMatch(/代为维修/);
  });
});

describe('the listed emergencies (SH 73 ¶2) and the costs', () => {
  it('beijing and national list none: the route is refused, citing their texts', () => {
    for (const profile of [beijing, national]) {
      const h = harness(fundEmergencyMachine, input({ profile }));
      const r = h.send('REPORT_EMERGENCY', 'property-firm', REPORTED, report);
      expect(verdict(r)).toBe('listed-emergency');
      expect(!r.ok && r.rejection.details).toMatchObject({ listed: [] });
    }
    const bj = harness(fundEmergencyMachine, input({ profile: beijing }));
    const r = bj.send('REPORT_EMERGENCY', 'property-firm', REPORTED, report);
    expect(!r.ok && r.rejection.details).toMatchObject({ cite: ['BJ-88-2'] });
  });

  it('a kind that is not one of the list is an invalid event', () => {
    const h = harness(fundEmergencyMachine, input());
    expect(
      verdict(h.send('REPORT_EMERGENCY', 'property-firm', REPORTED, { ...report, kind: 'paint' })),
    ).toBe('invalid-event');
  });

  it("a substitute repair's costs need the district's withdrawal notice; an approved one's do not", () => {
    const h = reported();
    h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, { finding: 'f' });
    const costs = { costFen: 17_650_000, reportId: '审价-2026-051' };
    expect(verdict(h.send('DRAW_COSTS', 'district-housing-bureau', DUE, costs))).toBe(
      'withdrawal-notice',
    );
    expect(
      verdict(
        h.send('DRAW_COSTS', 'district-housing-bureau', DUE, {
          ...costs,
          withdrawalNotice: '支取通知-88',
        }),
      ),
    ).toBe('ok');
    expect(h.state()).toBe('drawn');
    const a = reported();
    a.send('APPROVE_PLAN', 'committee', SECOND_BEFORE);
    expect(verdict(a.send('DRAW_COSTS', 'property-firm', DUE, costs))).toBe('ok');
  });
});

describe('input', () => {
  it('is refused with a coded bilingual error: the context refuses, the actor stops in error', () => {
    expect(() => initialFundEmergencyContext({ ...input(), startedAt: 'soon' })).toThrow(
      FundInputError,
    );
    try {
      initialFundEmergencyContext({ ...input(), startedAt: 'soon' });
      expect.unreachable();
    } catch (e) {
      expect((e as FundInputError).code).toBe('invalid-input');
      expect((e as FundInputError).messages['zh-CN']).toMatch(/startedAt/);
    }
    const { fund: _fund, ...older } = shanghai;
    try {
      initialFundEmergencyContext(input({ profile: { ...older, id: 'old' } }));
      expect.unreachable();
    } catch (e) {
      expect((e as FundInputError).code).toBe('no-fund-section');
      expect((e as FundInputError).messages.en).toMatch(/old has no fund section/);
    }
    const actor = createActor(fundEmergencyMachine, { input: { ...input(), startedAt: 'soon' } });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(actor.getSnapshot().error).toBeInstanceOf(FundInputError);
  });
});
