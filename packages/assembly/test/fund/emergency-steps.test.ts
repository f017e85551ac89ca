// The emergency repair's later steps, at their boundaries:
// SH 73 ¶1 "发生危及房屋安全等紧急情况时，物业服务企业或者自行管理执行机构应当立即采取应急防范措施。"
// SH 73 ¶3 (二) "向业主委员会提出列支专项维修资金的申请，经业主委员会审核同意后组织实施。……业主委员会
//  对维修、更新方案未在七日内审核同意，且已出现影响房屋正常使用或者居民人身财产安全情形的，区房屋
//  行政管理部门可以组织代为维修。"
// A refusal is a review within the 7 days; the condition of the substitute repair is that no
// approval came within them, so a refusal neither opens it early nor closes it.
import { beijing, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  EMERGENCY_REVIEW,
  type FundEmergencyInput,
  fundEmergencyMachine,
  MAX_EMERGENCY_MEASURES,
  MAX_PLAN_REJECTIONS,
} from '../../src/index.js';
import { harness, verdict } from './support.js';

const START = '2026-05-06T08:00:00+08:00';
const DANGER = '2026-05-06T09:12:00+08:00';
// Reported Wednesday 05-06 10:00: the 7 days are 05-07 … 05-13, ending at 24:00 of 05-13.
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
const measures = {
  measures: '3号楼1号电梯断电停运，轿厢口设置围挡和警示',
  evidence: '值班记录及照片',
};
const revised = {
  plan: '修复曳引机并更换钢丝绳',
  estimateFen: 9_600_000,
  evidence: '维保单位检测报告',
};

function reported(o: Partial<FundEmergencyInput> = {}) {
  const h = harness(fundEmergencyMachine, input(o));
  expect(verdict(h.send('REPORT_EMERGENCY', 'property-firm', REPORTED, report))).toBe('ok');
  return h;
}
const ctx = (h: ReturnType<typeof harness>) => h.actor.getSnapshot().context;

describe('immediate measures (SH 73 ¶1)', () => {
  it('are taken before any plan or report, and recorded with their evidence', () => {
    const h = harness(fundEmergencyMachine, input());
    expect(verdict(h.send('TAKE_MEASURES', 'property-firm', DANGER, measures))).toBe('ok');
    expect(h.state()).toBe('arising');
    expect(ctx(h).report).toBeNull();
    expect(ctx(h).measures).toEqual([{ at: DANGER, by: 'property-firm-1', ...measures }]);
    expect(h.emitted.map((e) => e.about)).toEqual(['emergency-measures']);
  });

  it('are taken with the report (the same instant), during the review and after a refusal', () => {
    const h = harness(fundEmergencyMachine, input());
    expect(verdict(h.send('REPORT_EMERGENCY', 'property-firm', REPORTED, report))).toBe('ok');
    expect(verdict(h.send('TAKE_MEASURES', 'property-firm', REPORTED, measures))).toBe('ok');
    h.send('REJECT_EMERGENCY_PLAN', 'committee', SECOND_BEFORE, { reasons: '报价过高' });
    expect(verdict(h.send('TAKE_MEASURES', 'property-firm', DUE, measures))).toBe('ok');
    expect(ctx(h).measures).toHaveLength(2);
    // Before the assembly exists too: the duty does not depend on who approves.
    const before = harness(fundEmergencyMachine, input({ assemblyFormed: false }));
    expect(verdict(before.send('TAKE_MEASURES', 'property-firm', DANGER, measures))).toBe('ok');
  });

  it('are the firm’s: another sender is not permitted, an empty or overlong text is invalid', () => {
    const h = harness(fundEmergencyMachine, input());
    expect(verdict(h.send('TAKE_MEASURES', 'committee', DANGER, measures))).toBe('not-permitted');
    expect(
      verdict(h.send('TAKE_MEASURES', 'property-firm', DANGER, { ...measures, measures: '' })),
    ).toBe('invalid-event');
    expect(
      verdict(
        h.send('TAKE_MEASURES', 'property-firm', DANGER, {
          ...measures,
          evidence: 'x'.repeat(4001),
        }),
      ),
    ).toBe('invalid-event');
    expect(ctx(h).measures).toEqual([]);
  });

  it(`are recorded up to ${MAX_EMERGENCY_MEASURES} entries: the last accepted, one more refused`, () => {
    const h = harness(fundEmergencyMachine, input());
    for (let i = 0; i < MAX_EMERGENCY_MEASURES; i++) {
      expect(verdict(h.send('TAKE_MEASURES', 'property-firm', DANGER, measures))).toBe('ok');
    }
    const r = h.send('TAKE_MEASURES', 'property-firm', DANGER, measures);
    expect(verdict(r)).toBe('measures-duty');
    expect(!r.ok && r.rejection.details).toMatchObject({ max: MAX_EMERGENCY_MEASURES });
    expect(ctx(h).measures).toHaveLength(MAX_EMERGENCY_MEASURES);
  });

  it('beijing and national set no such duty: refused, citing the profile’s texts', () => {
    for (const [profile, cite] of [
      [beijing, ['BJ-88-2']],
      [national, ['CC-281-2']],
    ] as const) {
      const h = harness(fundEmergencyMachine, input({ profile }));
      const r = h.send('TAKE_MEASURES', 'property-firm', DANGER, measures);
      expect(verdict(r)).toBe('measures-duty');
      expect(!r.ok && r.rejection.details).toMatchObject({ cite });
      expect(!r.ok && r.rejection.message?.['zh-CN']).toMatch(/应急防范措施/);
    }
  });
});

describe('the committee refuses the plan (SH 73 ¶3)', () => {
  it('within the 7 days: at 23:59:59 of the seventh day accepted, at 24:00 refused', () => {
    const inTime = reported();
    const r = inTime.send('REJECT_EMERGENCY_PLAN', 'committee', SECOND_BEFORE, {
      reasons: '报价过高',
    });
    expect(verdict(r)).toBe('ok');
    expect(inTime.state()).toBe('planRejected');
    expect(ctx(inTime).rejections).toEqual([
      {
        at: SECOND_BEFORE,
        by: 'committee-1',
        reasons: '报价过高',
        plan: report.plan,
        estimateFen: report.estimateFen,
      },
    ]);
    // The refusal is not the approval the period waits for: it stays pending.
    expect(ctx(inTime).deadlines[EMERGENCY_REVIEW].status).toBe('pending');
    expect(inTime.emitted.at(-1)).toMatchObject({ about: 'emergency-rejected' });
    const late = reported();
    const l = late.send('REJECT_EMERGENCY_PLAN', 'committee', DUE, { reasons: '报价过高' });
    expect(verdict(l)).toBe('review-open');
    expect(!l.ok && l.rejection.message?.en).toMatch(/within its review period/);
    expect(late.state()).toBe('committeeReview');
  });

  it('only the committee, only once the assembly exists, and with reasons', () => {
    const h = reported();
    expect(
      verdict(h.send('REJECT_EMERGENCY_PLAN', 'housing-office', REPORTED, { reasons: 'r' })),
    ).toBe('not-permitted');
    expect(verdict(h.send('REJECT_EMERGENCY_PLAN', 'committee', REPORTED, { reasons: '' }))).toBe(
      'invalid-event',
    );
    const before = reported({ assemblyFormed: false });
    expect(
      verdict(before.send('REJECT_EMERGENCY_PLAN', 'committee', REPORTED, { reasons: 'r' })),
    ).toBe('not-allowed-now');
    const arising = harness(fundEmergencyMachine, input());
    expect(
      verdict(arising.send('REJECT_EMERGENCY_PLAN', 'committee', REPORTED, { reasons: 'r' })),
    ).toBe('not-allowed-now');
  });

  it('does not open the substitute repair early: after a refusal, 23:59:59 refused, 24:00 taken', () => {
    const h = reported();
    h.send('REJECT_EMERGENCY_PLAN', 'committee', '2026-05-07T09:00:00+08:00', {
      reasons: '报价过高',
    });
    const finding = { finding: '电梯停运，高层住户出行受阻' };
    expect(
      verdict(h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', SECOND_BEFORE, finding)),
    ).toBe('review-lapsed');
    expect(h.state()).toBe('planRejected');
    expect(verdict(h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, finding))).toBe(
      'ok',
    );
    expect(h.state()).toBe('substituteRepair');
    expect(ctx(h).deadlines[EMERGENCY_REVIEW].status).toBe('missed');
  });

  it('the firm revises the plan; the same period runs on and an approval in it is met', () => {
    const h = reported();
    h.send('REJECT_EMERGENCY_PLAN', 'committee', '2026-05-07T09:00:00+08:00', {
      reasons: '报价过高',
    });
    const due = ctx(h).deadlines[EMERGENCY_REVIEW].due.dueAt;
    // A refused plan is not approved as it stands: the firm revises it first.
    expect(verdict(h.send('APPROVE_PLAN', 'committee', '2026-05-08T09:00:00+08:00'))).toBe(
      'not-allowed-now',
    );
    expect(
      verdict(
        h.send('REVISE_EMERGENCY_PLAN', 'property-firm', '2026-05-08T09:00:00+08:00', revised),
      ),
    ).toBe('ok');
    expect(h.state()).toBe('committeeReview');
    expect(ctx(h).report).toMatchObject({ ...revised, kind: 'lift-stopped', at: REPORTED });
    expect(ctx(h).deadlines[EMERGENCY_REVIEW].due.dueAt).toBe(due);
    expect(verdict(h.send('APPROVE_PLAN', 'committee', SECOND_BEFORE))).toBe('ok');
    expect(ctx(h).deadlines[EMERGENCY_REVIEW].status).toBe('met');
    expect(verdict(h.send('REVISE_EMERGENCY_PLAN', 'committee', DUE, revised))).toBe(
      'not-permitted',
    );
  });

  it('a revised plan after the period: the district may still repair, a late approval is late', () => {
    const late = reported();
    late.send('REJECT_EMERGENCY_PLAN', 'committee', SECOND_BEFORE, { reasons: 'r' });
    expect(verdict(late.send('REVISE_EMERGENCY_PLAN', 'property-firm', DUE, revised))).toBe('ok');
    expect(verdict(late.send('REJECT_EMERGENCY_PLAN', 'committee', DUE, { reasons: 'r' }))).toBe(
      'review-open',
    );
    expect(verdict(late.send('APPROVE_PLAN', 'committee', DUE))).toBe('ok');
    expect(ctx(late).deadlines[EMERGENCY_REVIEW].status).toBe('late');
    const sub = reported();
    sub.send('REJECT_EMERGENCY_PLAN', 'committee', SECOND_BEFORE, { reasons: 'r' });
    sub.send('REVISE_EMERGENCY_PLAN', 'property-firm', DUE, revised);
    expect(
      verdict(sub.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', DUE, { finding: 'f' })),
    ).toBe('ok');
  });

  it(`keeps at most ${MAX_PLAN_REJECTIONS} refusals: the last accepted, one more refused`, () => {
    const h = reported();
    for (let i = 0; i < MAX_PLAN_REJECTIONS; i++) {
      expect(
        verdict(h.send('REJECT_EMERGENCY_PLAN', 'committee', REPORTED, { reasons: `r${i}` })),
      ).toBe('ok');
      expect(verdict(h.send('REVISE_EMERGENCY_PLAN', 'property-firm', REPORTED, revised))).toBe(
        'ok',
      );
    }
    const r = h.send('REJECT_EMERGENCY_PLAN', 'committee', REPORTED, { reasons: 'again' });
    expect(verdict(r)).toBe('review-open');
    expect(!r.ok && r.rejection.details).toMatchObject({ max: MAX_PLAN_REJECTIONS });
    expect(ctx(h).rejections).toHaveLength(MAX_PLAN_REJECTIONS);
  });
});
