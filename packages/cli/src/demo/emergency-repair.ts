// The demo's emergency lift repair: the committee lets its 7-day review lapse, the district
// housing department has the lift repaired and draws the costs from the fund (SH 73 ¶3).
import { COMMUNITY_MACHINES, MACHINE_IDS } from '@jiayuan/community';
import { t } from '../i18n.js';
import { D, ev } from './events.js';
import type { DemoSteps } from './steps.js';

/**
 * Runs the emergency repair of building 3's lift from its report (2027-04-06) to the costs drawn
 * (2027-05-20). Returns the repair's process id (the drawing's id on the disclosure calendar).
 */
export async function runEmergencyRepair(d: DemoSteps): Promise<string> {
  d.tl.heading(
    t(
      '紧急维修：电梯停运，业主委员会未在 7 日内审核同意',
      'An emergency repair: a lift stopped, the committee misses its 7 days',
    ),
  );
  const em = d.check(
    await d.complex.start(
      'fund-emergency',
      {
        repairId: 'lift-3-1',
        complexId: d.complexId,
        startedAt: D('2027-04-06T08:00:00'),
        assemblyFormed: true,
      },
      'lift-3-1',
    ),
    'start the emergency repair',
  );
  const emergencyEntry = COMMUNITY_MACHINES.find((m) => m.id === MACHINE_IDS.fundEmergency);
  if (emergencyEntry !== undefined) d.machines.set(em.processId, emergencyEntry.machine);
  await d.step(
    em.processId,
    ev('REPORT_EMERGENCY', 'property-firm', D('2027-04-06T10:30:00'), {
      kind: 'lift-stopped',
      plan: '3号楼1号电梯更换曳引机及钢丝绳',
      estimateFen: 23_800_000,
      evidence: '特种设备检验机构整改通知书（要求停运）',
    }),
    t(
      '物业服务企业报告：3号楼电梯经检测要求停运，提出维修方案（估价 ¥238,000.00）',
      'The firm reports: building 3’s lift must stop after inspection; its plan (estimate ¥238,000.00)',
    ),
  );
  // Seven days from 04-07, the day after the report: due 24:00 of 04-13 (CC 201, 203).
  d.setNow(D('2027-04-14T00:00:00'));
  await d.complex.deliverDue();
  d.tl.step(
    D('2027-04-14T00:00:00'),
    t(
      '7 日审核期满，业主委员会未审核同意（TICK：期限已过）',
      'The 7-day review lapses without the committee’s approval (TICK: missed)',
    ),
    ['SH-73-3'],
  );
  await d.step(
    em.processId,
    ev('SUBSTITUTE_REPAIR', 'district-housing-bureau', D('2027-04-14T09:00:00'), {
      finding: '高层住户无电梯可用，老人就医受阻，影响居民人身安全',
    }),
    t(
      '已影响居民人身安全：区房屋管理部门组织代为维修',
      'Residents’ safety is affected: the district housing department has the lift repaired',
    ),
  );
  await d.step(
    em.processId,
    ev('DRAW_COSTS', 'district-housing-bureau', D('2027-05-20T10:00:00'), {
      costFen: 23_420_000,
      reportId: '审价报告 2027-0412',
      withdrawalNotice: '区房管局支取通知 2027-静-012',
    }),
    t(
      '凭审价报告和支取通知在专项维修资金中列支 ¥234,200.00',
      'The costs, ¥234,200.00, drawn from the fund on the price review and the withdrawal notice',
    ),
  );
  return em.processId;
}
