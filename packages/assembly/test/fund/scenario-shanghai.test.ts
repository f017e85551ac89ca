// Dated Shanghai scenarios of the maintenance fund (RULES FUND-1..7), each checked by hand in
// the comments. Times are Asia/Shanghai; a period of days starts the day after its trigger
// (CC 201 ¶1) and ends at 24:00 of its last day (CC 203 ¶2).
import { dispatch, epochMillisOf } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  type AgendaItem,
  type AssemblyEmitted,
  assemblyMachine,
  EMERGENCY_REVIEW,
  fundEmergencyMachine,
  fundReRaiseMachine,
  fundUseMachine,
  RE_RAISE_DECISION,
  RESTORE_BALANCE,
} from '../../src/index.js';
import { rollOf, type TestUnit } from '../support.js';
import { harness, verdict } from './support.js';

describe('emergency lift repair (SH 73)', { timeout: 60_000 }, () => {
  // SH 73 ¶2 (二) "电梯故障，电梯专业检测机构出具整改通知书要求停运的"
  const report = {
    kind: 'lift-stopped',
    plan: '5号楼2号电梯更换曳引机及钢丝绳',
    estimateFen: 23_800_000, // ¥238,000.00
    evidence: '上海市特种设备监督检验技术研究院整改通知书（要求停运）2026-TZ-0312',
  };
  const start = () => {
    const h = harness(fundEmergencyMachine, {
      repairId: 'lift-5-2',
      complexId: '家园花园',
      startedAt: '2026-09-14T08:00:00+08:00',
      assemblyFormed: true,
    });
    // Monday 2026-09-14 10:30: the firm reports to the committee and the housing office.
    expect(
      verdict(h.send('REPORT_EMERGENCY', 'property-firm', '2026-09-14T10:30:00+08:00', report)),
    ).toBe('ok');
    expect(h.emitted.at(-1)).toMatchObject({ to: ['committee', 'housing-office'] });
    // 7 days from 09-15 (the day after the report): 09-15 … 09-21; due 24:00 of Monday 09-21.
    expect(epochMillisOf(h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].due.dueAt)).toBe(
      epochMillisOf('2026-09-22T00:00:00+08:00'),
    );
    return h;
  };

  it('approved in time: the committee approves on day 3, the costs are drawn on the review', () => {
    const h = start();
    // Thursday 09-17 19:00, within the 7 days: met.
    expect(verdict(h.send('APPROVE_PLAN', 'committee', '2026-09-17T19:00:00+08:00'))).toBe('ok');
    expect(h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('met');
    // The district cannot step in after an approval, even past the 7 days.
    expect(
      verdict(
        h.send('SUBSTITUTE_REPAIR', 'district-housing-bureau', '2026-09-22T00:00:00+08:00', {
          finding: 'x',
        }),
      ),
    ).toBe('not-allowed-now');
    // The price review report settles at ¥231,500.00 (23,150,000 fen), drawn 10-20.
    expect(
      verdict(
        h.send('DRAW_COSTS', 'property-firm', '2026-10-20T10:00:00+08:00', {
          costFen: 23_150_000,
          reportId: '审价报告 沪审-2026-1187',
        }),
      ),
    ).toBe('ok');
    expect(h.state()).toBe('drawn');
    expect(h.emitted.at(-1)).toMatchObject({
      type: 'post',
      costFen: 23_150_000,
      withdrawalNotice: null,
    });
  });

  it('the committee misses its 7 days: the district housing department repairs instead', () => {
    const h = start();
    // The committee does not answer. Monday 09-21 23:59:59 is still within the period:
    // SH 73 ¶3 "未在七日内审核同意" is not yet true, the substitute repair is refused.
    const finding = { finding: '高层住户（18–32层）无电梯可用，老人就医受阻，影响居民人身安全' };
    expect(
      verdict(
        h.send(
          'SUBSTITUTE_REPAIR',
          'district-housing-bureau',
          '2026-09-21T23:59:59+08:00',
          finding,
        ),
      ),
    ).toBe('review-lapsed');
    // The host's TICK at 24:00 of 09-21 marks the review missed.
    h.send('TICK', 'system', '2026-09-22T00:00:00+08:00');
    expect(h.actor.getSnapshot().context.deadlines[EMERGENCY_REVIEW].status).toBe('missed');
    // Tuesday 09-22 09:00 the district organises the repair (代为维修).
    expect(
      verdict(
        h.send(
          'SUBSTITUTE_REPAIR',
          'district-housing-bureau',
          '2026-09-22T09:00:00+08:00',
          finding,
        ),
      ),
    ).toBe('ok');
    expect(h.state()).toBe('substituteRepair');
    expect(h.emitted.at(-1)).toMatchObject({ about: 'substitute-repair' });
    // A late approval no longer applies: the repair is the district's.
    expect(verdict(h.send('APPROVE_PLAN', 'committee', '2026-09-23T10:00:00+08:00'))).toBe(
      'not-allowed-now',
    );
    // Costs: on the price review report and the district's withdrawal notice (支取通知).
    const costs = { costFen: 23_420_000, reportId: '审价报告 沪审-2026-1203' };
    expect(
      verdict(h.send('DRAW_COSTS', 'district-housing-bureau', '2026-10-28T10:00:00+08:00', costs)),
    ).toBe('withdrawal-notice');
    expect(
      verdict(
        h.send('DRAW_COSTS', 'district-housing-bureau', '2026-10-28T10:00:00+08:00', {
          ...costs,
          withdrawalNotice: '区房管局支取通知 2026-静-047',
        }),
      ),
    ).toBe('ok');
    expect(h.state()).toBe('drawn');
  });
});

describe('an ordinary lift repair decided by building 3’s owners (SH 69)', {
  timeout: 60_000,
}, () => {
  // Building 3: six flats, part B3 (its lifts). Three of 90.00 m² (b3-1..3), three of 120.00 m²
  // (b3-4..6): 63,000 in 0.01 m², 6 heads. Building 1: four flats of 100.00 m², not in B3.
  const units: TestUnit[] = [
    ...[1, 2, 3].map((i) => ({ id: `b3-${i}`, area: 9_000, building: '3', parts: ['B3'] })),
    ...[4, 5, 6].map((i) => ({ id: `b3-${i}`, area: 12_000, building: '3', parts: ['B3'] })),
    ...[1, 2, 3, 4].map((i) => ({ id: `b1-${i}`, area: 10_000, building: '1' })),
  ];

  it('from the plan to the posted costs, the item counted by the assembly meeting on B3 alone', () => {
    const use = harness(fundUseMachine, {
      useId: 'lift-b3',
      complexId: 'c1',
      startedAt: '2026-03-02T09:00:00+08:00',
    });
    const at = (d: string) => `2026-${d}+08:00`;
    expect(
      verdict(
        use.send('PROPOSE_PLAN', 'property-firm', at('03-03T10:00:00'), {
          title: '3号楼两台电梯更新',
          part: 'B3',
          estimateFen: 96_000_000,
          documents: '电梯更新方案、预算书（沪电梯评估-2026-33）',
        }),
      ),
    ).toBe('ok');
    // SH 67 ¶1: the plan cannot go to the owners before both reviews.
    expect(
      verdict(
        use.send('SUBMIT_TO_OWNERS', 'committee', at('03-04T10:00:00'), { itemId: 'lift-b3' }),
      ),
    ).toBe('reviews-done');
    use.send('REVIEW_PRICE', 'property-firm', at('03-16T10:00:00'), {
      reportId: '审价-2026-B3',
      reviewedFen: 91_300_000,
    });
    use.send('REVIEW_PROCEDURE', 'housing-office', at('03-18T10:00:00'), {
      evidence: '使用程序审核意见书',
    });
    expect(
      verdict(
        use.send('SUBMIT_TO_OWNERS', 'committee', at('03-20T10:00:00'), { itemId: 'lift-b3' }),
      ),
    ).toBe('ok');
    const put = use.emitted.at(-1) as unknown as { item: AgendaItem; route: string };
    expect(put.route).toBe('assembly');
    expect(put.item).toMatchObject({ kind: 'use-maintenance-fund', part: 'B3' });

    // The host puts the emitted item on an assembly meeting's agenda.
    const meeting = createActor(assemblyMachine, {
      input: {
        meetingId: 'm-2026-04',
        kind: 'regular',
        roll: rollOf(units),
        startedAt: at('03-20T09:00:00'),
      },
    });
    const counted: AssemblyEmitted[] = [];
    meeting.on('counted', (e) => counted.push(e));
    meeting.start();
    const send = (
      type: string,
      role: string,
      when: string,
      payload: Record<string, unknown> = {},
    ) => dispatch(meeting, { type, at: when, by: { id: `${role}-1`, role }, ...payload });
    send('REPORT_TO_PARTY_ORGANISATION', 'committee', at('03-30T10:00:00'));
    send('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', at('03-31T10:00:00'), {
      meetingAt: at('04-16T09:00:00'),
      place: '会所',
      agenda: '3号楼电梯更新',
    });
    // Called 04-01; 15 days' notice (SH 16 ¶2): voting opens 04-16, closes 04-26 17:00.
    expect(
      send('CALL_ASSEMBLY', 'committee', at('04-01T10:00:00'), {
        opensAt: at('04-16T09:00:00'),
        closesAt: at('04-26T17:00:00'),
        place: '会所',
        form: 'written-consultation',
        items: [put.item],
      }).ok,
    ).toBe(true);
    send('OPEN_VOTE', 'committee', at('04-16T09:00:00'));
    // Five of B3's six owners answer: b3-1..b3-5 (b3-6, 120.00 m², does not). b3-4 disagrees.
    const answers: [string, string][] = [
      ['b3-1', 'agree'],
      ['b3-2', 'agree'],
      ['b3-3', 'agree'],
      ['b3-4', 'disagree'],
      ['b3-5', 'agree'],
    ];
    for (const [u, answer] of answers) {
      const r = send('CAST_BALLOT', 'system', at('04-18T10:00:00'), {
        sheet: {
          id: `s-${u}`,
          unitId: u,
          castBy: `o-${u}`,
          channel: 'paper',
          at: at('04-18T10:00:00'),
          answers: { 'lift-b3': answer },
        },
      });
      expect(r.ok).toBe(true);
    }
    // An owner of building 1 may not answer B3's item (SH 69: decided by B3's owners).
    const outsider = send('CAST_BALLOT', 'system', at('04-18T11:00:00'), {
      sheet: {
        id: 's-b1-1',
        unitId: 'b1-1',
        castBy: 'o-b1-1',
        channel: 'paper',
        at: at('04-18T11:00:00'),
        answers: { 'lift-b3': 'agree' },
      },
    });
    expect(outsider.ok).toBe(false);
    send('CLOSE_VOTE', 'committee', at('04-26T17:00:00'));
    // By hand, on B3 only: electorate 6 heads, 63,000 (0.01 m²).
    // Participation 5 heads (5/6 ≥ 2/3) and 9,000×3 + 12,000×2 = 51,000 (51/63 ≥ 2/3): met.
    // Agree 4 heads (> 5/2) and 9,000×3 + 12,000 = 39,000 (> 51,000/2 = 25,500): passed.
    const outcome = (counted[0] as Extract<AssemblyEmitted, { type: 'counted' }>).outcomes[0];
    expect(outcome).toMatchObject({
      itemId: 'lift-b3',
      part: 'B3',
      majority: 'ordinary',
      quorumMet: true,
      passed: true,
    });
    expect(outcome?.electorate).toMatchObject({ headcount: 6, area: 63_000 });
    expect(outcome?.participation).toMatchObject({ headcount: 5, area: 51_000 });
    expect(outcome?.agree).toMatchObject({ headcount: 4, area: 39_000 });

    // The host reports the item's outcome back to the fund use.
    expect(
      verdict(
        use.send('OWNERS_DECIDED', 'system', at('04-26T17:30:00'), {
          meetingId: 'm-2026-04',
          itemId: outcome?.itemId,
          kind: 'use-maintenance-fund',
          majority: outcome?.majority,
          part: outcome?.part,
          passed: outcome?.passed,
        }),
      ),
    ).toBe('ok');
    use.send('START_WORKS', 'property-firm', at('05-06T08:00:00'));
    expect(
      verdict(
        use.send('POST_COSTS', 'committee', at('07-15T10:00:00'), {
          costFen: 91_300_000,
          reportId: '审价-2026-B3',
          evidence: '3号楼大堂公告栏',
        }),
      ),
    ).toBe('ok');
    // SH 68 (二): borne by B3's owners by area.
    expect(use.emitted.at(-1)).toMatchObject({
      type: 'post',
      borneBy: { part: 'B3' },
      costFen: 91_300_000,
    });
    expect(use.state()).toBe('completed');
  });
});

describe('re-raising at the 30% boundary (SH 65)', { timeout: 60_000 }, () => {
  // First collection ¥4,216,350.00 = 421,635,000 fen. 30% = 126,490,500 fen exactly;
  // 50% = 210,817,500 fen.
  const FIRST = 421_635_000;
  it('exactly 30% is sufficient; one fen below opens 90 days; the bank notice; 50% restored', () => {
    const h = harness(fundReRaiseMachine, {
      fundId: '家园花园-维修资金',
      complexId: 'c1',
      firstCollectionFen: FIRST,
      startedAt: '2026-06-30T09:00:00+08:00',
    });
    // 06-30 half-year accounts: 126,490,500 fen = 30.00%: not "不足百分之三十".
    h.send('BALANCE_REPORTED', 'system', '2026-06-30T18:00:00+08:00', { balanceFen: 126_490_500 });
    expect(h.state()).toBe('sufficient');
    // 07-15: an emergency draw leaves 126,490,499 fen: one fen below 30%.
    h.send('BALANCE_REPORTED', 'system', '2026-07-15T10:00:00+08:00', { balanceFen: 126_490_499 });
    expect(h.state()).toBe('shortfall');
    // 90 days from 07-16: July 16 days (16–31), August 31, September 30 = 77; October 13 → 10-13,
    // due 24:00 of 10-13.
    const period = h.actor.getSnapshot().context.deadlines[RE_RAISE_DECISION];
    expect(epochMillisOf(period.due.dueAt)).toBe(epochMillisOf('2026-10-14T00:00:00+08:00'));
    // The assembly's item fails (special majority not reached) on 09-20.
    h.send('ASSEMBLY_DECIDED', 'committee', '2026-09-20T17:00:00+08:00', {
      meetingId: 'm-2026-09',
      itemId: 'raise',
      kind: 'raise-maintenance-fund',
      majority: 'special',
      passed: false,
    });
    // The committee may not go to the bank a second before the 90 days end…
    expect(
      verdict(
        h.send('PAYMENT_NOTICE', 'committee', '2026-10-13T23:59:59+08:00', {
          evidence: '致开户银行书面通知',
        }),
      ),
    ).toBe('payment-notice-due');
    // …and may from 24:00 of 10-13.
    expect(
      verdict(
        h.send('PAYMENT_NOTICE', 'committee', '2026-10-14T09:00:00+08:00', {
          evidence: '致开户银行书面通知',
        }),
      ),
    ).toBe('ok');
    // The bank's notices reach the owners on 10-20: 90 days from 10-21: October 11 (21–31),
    // November 30, December 31 = 72; January 18 → 2027-01-18, due 24:00.
    h.send('NOTICES_DELIVERED', 'system', '2026-10-20T12:00:00+08:00');
    const restore = h.actor.getSnapshot().context.deadlines[RESTORE_BALANCE];
    expect(epochMillisOf(restore.due.dueAt)).toBe(epochMillisOf('2027-01-19T00:00:00+08:00'));
    // 12-31: 210,817,499 fen, one fen short of 50%; 2027-01-10: 210,817,500 fen = 50%.
    h.send('BALANCE_REPORTED', 'system', '2026-12-31T18:00:00+08:00', { balanceFen: 210_817_499 });
    expect(h.state()).toBe('restoring');
    h.send('BALANCE_REPORTED', 'system', '2027-01-10T18:00:00+08:00', { balanceFen: 210_817_500 });
    expect(h.state()).toBe('sufficient');
    expect(h.actor.getSnapshot().context.deadlines[RESTORE_BALANCE].status).toBe('met');
  });
});
