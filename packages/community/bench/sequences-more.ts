// The accepted event runs of the committee's stand-in, joint-meeting's disclosure calendar, and
// the assembly meeting and its three fund machines, for SEQUENCES (sequences.ts) — each taken
// from the steps of the package's own tests (named on each function). Where a test's run is a handful of events, the same steps are repeated on later
// dates, as sequences.ts does for meetings and coverage, so that the actor's creation does not
// dominate a run.
import {
  CALL_AT,
  CLOSES_AT,
  ITEMS,
  OPENS_AT,
  sheetOf,
  TEN,
} from '../../assembly/test/meeting/support.js';
import { STAND_IN_FILING_DOCUMENTS } from '../../committee/src/stand-in/rules.js';
import { BJ_MEMBERS } from '../../committee/src/testing/stand-in.js';
import { ev } from '../../committee/test/support/fixtures.js';

type Step = Record<string, unknown>;
const cst = (s: string) => `${s}+08:00`;

/**
 * committee stand-in, Beijing after a term ran out (BJ_INPUT): the steps of stand-in.test.ts in
 * one run — formed with seven members (BJ 54), filed and completed (BJ 55), then six months of
 * acting: a deliberation, a matter coordinated, a decision of 4 of 7 posted within the 3 days
 * (BJ 57 ¶3) and the month's tick; progress steps; dissolved once the committee is re-elected.
 */
export function standIn(): Step[] {
  const rc = 'residents-committee';
  const present = BJ_MEMBERS.map((m) => m.id);
  const steps: Step[] = [
    ev('FORM_STAND_IN', 'street-office', cst('2026-03-02T10:00:00'), { members: BJ_MEMBERS }),
    ev('FILE_STAND_IN', rc, cst('2026-03-10T09:00:00'), {
      documents: [...STAND_IN_FILING_DOCUMENTS],
    }),
    ev('COMPLETE_STAND_IN_FILING', 'street-office', cst('2026-03-12T09:00:00')),
  ];
  for (let i = 0; i < 6; i++) {
    const month = String(4 + i).padStart(2, '0');
    const on = (day: string, time: string) => cst(`2026-${month}-${day}T${time}`);
    steps.push(
      ev('HOLD_DELIBERATION', rc, on('05', '19:00:00'), {
        deliberationId: `del-${i}`,
        topic: '停车位分配',
      }),
      ev('COORDINATE_MATTER', rc, on('06', '09:00:00'), {
        matterId: `m-${i}`,
        matter: '电梯维修资金申请',
      }),
      ev('DECIDE_MATTER', rc, on('07', '10:00:00'), {
        decisionId: `d-${i}`,
        consenting: ['b-o1', 'b-o2', 'b-o3', 'b-rc'],
        present,
      }),
      ev('POST_STAND_IN_DECISION', rc, on('08', '10:00:00'), { decisionId: `d-${i}` }),
      ev('TICK', 'system', on('28', '00:00:00')),
    );
  }
  steps.push(
    ev('RECORD_PROGRESS', 'street-office', cst('2026-10-10T09:00:00'), {
      step: 'owners-mobilised',
    }),
    ev('RECORD_PROGRESS', 'street-office', cst('2026-11-10T09:00:00'), {
      step: 'group-formed',
      note: '筹备组已组建',
    }),
    ev('RECORD_PROGRESS', rc, cst('2027-02-10T09:00:00'), { step: 'election-called' }),
    ev('DISSOLVE_STAND_IN', 'system', cst('2027-05-01T09:00:00'), { reference: '京备-2027-18' }),
  );
  return steps;
}

/**
 * The assembly meeting: the regular meeting of meeting/meeting.test.ts (call, ten sheets, count,
 * results posted, the revocation year run out) with the statute's filing and the street office's
 * completion of meeting/rules-filing-completion.test.ts (SH 33, SH 34).
 */
export function assemblyMeeting(): Step[] {
  return [
    ev('REPORT_TO_PARTY_ORGANISATION', 'committee', cst('2026-03-30T10:00:00')),
    ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', cst('2026-03-31T10:00:00'), {
      meetingAt: OPENS_AT,
      place: '会所',
      agenda: '修改管理规约；1号楼电梯维修',
    }),
    ev('CALL_ASSEMBLY', 'committee', CALL_AT, {
      opensAt: OPENS_AT,
      closesAt: CLOSES_AT,
      place: '会所',
      form: 'written-consultation',
      items: ITEMS,
    }),
    ev('OPEN_VOTE', 'committee', OPENS_AT),
    ...TEN.map((u) => {
      const answers: Record<string, string> = { statute: 'agree' };
      if (u.parts?.includes('B1')) answers.lift = 'agree';
      return ev(
        'CAST_BALLOT',
        'owner',
        cst('2026-04-18T10:00:00'),
        { sheet: sheetOf(u.id, answers) },
        `o-${u.id}`,
      );
    }),
    ev('CLOSE_VOTE', 'committee', CLOSES_AT),
    ev('POST_RESULTS', 'committee', cst('2026-04-27T09:00:00'), { evidence: 'board-0427' }),
    ev('FILE_RULES_CHANGE', 'committee', cst('2026-05-06T10:00:00'), {
      reference: '街道备案回执 2026-017',
    }),
    ev('COMPLETE_RULES_FILING', 'street-office', cst('2026-05-10T10:00:00'), {
      reference: '备案证明 2026-041',
    }),
    ev('TICK', 'system', '2027-04-26T23:59:59.999+08:00'),
    ev('TICK', 'system', cst('2027-04-27T00:00:00')),
  ];
}

/** The fund use's input for {@link fundUse}, as fund/scenario-shanghai.test.ts starts it. */
export const FUND_USE_INPUT = {
  useId: 'lift-b3',
  complexId: 'c1',
  startedAt: cst('2026-03-02T09:00:00'),
};

/**
 * assembly fund use: building 3's lift renewal of fund/scenario-shanghai.test.ts — plan, price
 * and procedure review (SH 67), put to B3's owners, decided (SH 69), works, costs posted. Seven
 * events: the machine takes no more in one use.
 */
export function fundUse(): Step[] {
  const at = (d: string) => cst(`2026-${d}`);
  return [
    ev('PROPOSE_PLAN', 'property-firm', at('03-03T10:00:00'), {
      title: '3号楼两台电梯更新',
      part: 'B3',
      estimateFen: 96_000_000,
      documents: '电梯更新方案、预算书（沪电梯评估-2026-33）',
    }),
    ev('REVIEW_PRICE', 'property-firm', at('03-16T10:00:00'), {
      reportId: '审价-2026-B3',
      reviewedFen: 91_300_000,
    }),
    ev('REVIEW_PROCEDURE', 'housing-office', at('03-18T10:00:00'), {
      evidence: '使用程序审核意见书',
    }),
    ev('SUBMIT_TO_OWNERS', 'committee', at('03-20T10:00:00'), { itemId: 'lift-b3' }),
    ev('OWNERS_DECIDED', 'system', at('04-26T17:30:00'), {
      meetingId: 'm-2026-04',
      itemId: 'lift-b3',
      kind: 'use-maintenance-fund',
      majority: 'ordinary',
      part: 'B3',
      passed: true,
    }),
    ev('START_WORKS', 'property-firm', at('05-06T08:00:00')),
    ev('POST_COSTS', 'committee', at('07-15T10:00:00'), {
      costFen: 91_300_000,
      reportId: '审价-2026-B3',
      evidence: '3号楼大堂公告栏',
    }),
  ];
}

/** The emergency repair's input for {@link fundEmergency}, as fund/emergency-steps.test.ts. */
export const FUND_EMERGENCY_INPUT = {
  repairId: 'r1',
  complexId: 'c1',
  startedAt: cst('2026-05-06T08:00:00'),
  assemblyFormed: true,
};

/**
 * assembly emergency repair: the steps of fund/emergency-steps.test.ts in one run (SH 73) — the
 * firm's measures at the danger and the report, the committee's refusal and the revised plan
 * twice, approval within the 7 days, the measures kept up daily until the approval and weekly
 * during the works, the host's daily ticks of the review period, the costs drawn on the review.
 */
export function fundEmergency(): Step[] {
  const F = 'property-firm';
  const day = (d: number, time: string) => cst(`2026-05-${String(d).padStart(2, '0')}T${time}`);
  const measures = (at: string) =>
    ev('TAKE_MEASURES', F, at, {
      measures: '3号楼1号电梯断电停运，轿厢口设置围挡和警示',
      evidence: '值班记录及照片',
    });
  const revised = (estimateFen: number) => ({
    plan: '修复曳引机并更换钢丝绳',
    estimateFen,
    evidence: '维保单位检测报告',
  });
  return [
    measures(day(6, '09:12:00')),
    ev('REPORT_EMERGENCY', F, day(6, '10:00:00'), {
      kind: 'lift-stopped',
      plan: '更换3号楼1号电梯曳引机',
      estimateFen: 18_000_000,
      evidence: '电梯检测机构整改通知书 2026-0417',
    }),
    measures(day(6, '10:00:00')),
    ev('REJECT_EMERGENCY_PLAN', 'committee', day(7, '09:00:00'), { reasons: '报价过高' }),
    measures(day(7, '18:00:00')),
    ev('TICK', 'system', day(8, '00:00:00')),
    ev('REVISE_EMERGENCY_PLAN', F, day(8, '09:00:00'), revised(12_400_000)),
    measures(day(8, '18:00:00')),
    ev('TICK', 'system', day(9, '00:00:00')),
    ev('REJECT_EMERGENCY_PLAN', 'committee', day(9, '09:00:00'), {
      reasons: '方案未列明钢丝绳规格',
    }),
    measures(day(9, '18:00:00')),
    ev('TICK', 'system', day(10, '00:00:00')),
    ev('REVISE_EMERGENCY_PLAN', F, day(10, '09:00:00'), revised(9_600_000)),
    measures(day(10, '18:00:00')),
    ev('TICK', 'system', day(11, '00:00:00')),
    ev('APPROVE_PLAN', 'committee', day(11, '19:00:00')),
    ...[18, 25].flatMap((d) => [
      ev('TICK', 'system', day(d, '00:00:00')),
      measures(day(d, '18:00:00')),
    ]),
    ev('TICK', 'system', cst('2026-06-01T00:00:00')),
    ev('DRAW_COSTS', F, cst('2026-06-15T10:00:00'), {
      costFen: 9_350_000,
      reportId: '审价报告 沪审-2026-0611',
    }),
  ];
}

/** The re-raise's first collection and input for {@link fundReRaise}, as fund/scenario-shanghai.test.ts. */
export const FUND_RE_RAISE_INPUT = {
  fundId: '家园花园-维修资金',
  complexId: 'c1',
  firstCollectionFen: 421_635_000,
  startedAt: cst('2026-06-30T09:00:00'),
};

/**
 * assembly re-raise: the 30 % boundary run of fund/scenario-shanghai.test.ts (SH 65: sufficient,
 * one fen short, the assembly's item fails, the bank's notice after 90 days, 50 % restored),
 * and again a year later, with each quarter's public revenue allocated
 * (fund/re-raise-revenue.test.ts; Shanghai ties no share to the shortfall).
 */
export function fundReRaise(): Step[] {
  const cycle = (year: number): Step[] => {
    const at = (d: string, y = year) => cst(`${y}-${d}`);
    const revenue = (d: string, y = year) =>
      ev('PUBLIC_REVENUE_ALLOCATED', 'committee', at(d, y), {
        revenueFen: 12_000_000,
        toFundFen: 6_000_000,
      });
    return [
      ev('BALANCE_REPORTED', 'system', at('06-30T18:00:00'), { balanceFen: 126_490_500 }),
      revenue('06-30T19:00:00'),
      ev('BALANCE_REPORTED', 'system', at('07-15T10:00:00'), { balanceFen: 126_490_499 }),
      ev('ASSEMBLY_DECIDED', 'committee', at('09-20T17:00:00'), {
        meetingId: `m-${year}-09`,
        itemId: 'raise',
        kind: 'raise-maintenance-fund',
        majority: 'special',
        passed: false,
      }),
      revenue('09-30T19:00:00'),
      ev('PAYMENT_NOTICE', 'committee', at('10-14T09:00:00'), { evidence: '致开户银行书面通知' }),
      ev('NOTICES_DELIVERED', 'system', at('10-20T12:00:00')),
      ev('BALANCE_REPORTED', 'system', at('12-31T18:00:00'), { balanceFen: 210_817_499 }),
      revenue('12-31T19:00:00'),
      ev('BALANCE_REPORTED', 'system', at('01-10T18:00:00', year + 1), { balanceFen: 210_817_500 }),
      revenue('03-31T19:00:00', year + 1),
    ];
  };
  return [...cycle(2026), ...cycle(2027)];
}

/**
 * joint-meeting disclosure calendar: a commission complex's first year under Shanghai (the
 * calendar of disclosure/disclosure.test.ts), the steps of that file and fund-drawings.test.ts —
 * the firm's and the committee's postings on time, two fund drawings listed in the half-year's
 * accounts (SH 66 ¶2), a committee elected and its term-end audit posted, the quarter-day ticks.
 */
export function disclosure(): Step[] {
  const at = (d: string, y = 2026) => cst(`${y}-${d}`);
  const publish = (role: string, when: string, duty: string, more: Step = {}) =>
    ev('PUBLISH', role, when, { duty, evidence: `公告栏照片 ${duty}`, ...more });
  const drawing = (id: string, when: string, source: string, part: string | null) =>
    ev('RECORD_FUND_DRAWING', 'system', when, {
      drawingId: id,
      source,
      drawnAt: when,
      costFen: 40_100_000,
      reportId: '审价-2026-007',
      part,
    });
  const quarter = (d: string, y = 2026) => ev('TICK', 'system', at(d, y));
  return [
    publish('property-firm', at('03-05T10:00:00'), 'service-and-fees'),
    publish('committee', at('03-10T10:00:00'), 'committee-decisions'),
    drawing('lift', at('03-10T10:00:00'), 'fund-use', '3号楼'),
    publish('property-firm', at('03-20T10:00:00'), 'public-revenue'),
    quarter('04-01T00:00:00'),
    drawing('pump', at('04-02T10:00:00'), 'fund-emergency', null),
    publish('committee', at('04-15T10:00:00'), 'committee-decisions'),
    ev('COMMITTEE_ELECTED', 'street-office', at('05-10T10:00:00')),
    publish('committee', at('06-01T10:00:00'), 'term-end-audit'),
    publish('committee-chair', at('06-20T10:00:00'), 'annual-audit'),
    publish('committee', at('06-20T11:00:00'), 'maintenance-fund', { drawings: ['lift', 'pump'] }),
    publish('property-firm', at('06-25T10:00:00'), 'public-revenue'),
    quarter('07-01T00:00:00'),
    publish('committee', at('07-15T10:00:00'), 'committee-decisions'),
    drawing('roof', at('08-12T10:00:00'), 'fund-use', '5号楼'),
    publish('committee', at('09-15T10:00:00'), 'committee-decisions'),
    publish('committee', at('09-28T10:00:00'), 'public-revenue'),
    quarter('10-01T00:00:00'),
    publish('property-firm', at('10-20T10:00:00'), 'service-and-fees'),
    publish('committee', at('12-15T10:00:00'), 'committee-decisions'),
    publish('committee', at('12-28T10:00:00'), 'maintenance-fund', { drawings: ['roof'] }),
    publish('property-firm', at('12-28T11:00:00'), 'public-revenue'),
    quarter('01-01T00:00:00', 2027),
    publish('property-firm', at('02-20T10:00:00', 2027), 'annual-accounts'),
    publish('property-firm', at('02-25T10:00:00', 2027), 'firm-records'),
    quarter('03-03T00:00:00', 2027),
  ];
}
