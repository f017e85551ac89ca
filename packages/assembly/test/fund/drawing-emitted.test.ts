// What a drawing from the fund tells its host: the amount in fen, the price review report, who
// bears it and the instant — what the half-yearly fund accounts list (SH 66 ¶2
// "业主委员会和受委托的物业服务企业应当至少每半年公布一次专项维修资金的收支情况"). The community
// coordinator sends it to the complex's disclosure calendar; the fund machines post nothing of
// their own. SH 66 ¶1 "专项维修资金应当存入银行专户，按幢立账、按户核算"; SH 68 ¶1 "（二）部分共用部分的所需
// 费用，由拥有部分共用部分业主按照各自拥有的房屋建筑面积比例共同承担；（三）全体共用部分的所需费用，由物业
// 管理区域内的全体业主按照各自拥有的房屋建筑面积比例共同承担".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  FUND_EMERGENCY_SNAPSHOT_VERSION,
  fundEmergencyMachine,
  fundEmergencyMigrations,
  fundUseMachine,
} from '../../src/index.js';
import { harness, liftDecision, liftPlan, verdict } from './support.js';

const AT = '2026-03-10T10:00:00+08:00';

function approvedUse(part: string | null) {
  const h = harness(fundUseMachine, {
    useId: 'lift-b3',
    complexId: 'c1',
    startedAt: '2026-01-05T09:00:00+08:00',
  });
  h.send('PROPOSE_PLAN', 'committee', '2026-01-06T10:00:00+08:00', liftPlan(part));
  h.send('REVIEW_PRICE', 'property-firm', '2026-01-20T10:00:00+08:00', {
    reportId: '审价-2026-007',
    reviewedFen: 40_500_000,
  });
  h.send('REVIEW_PROCEDURE', 'housing-office', '2026-01-21T10:00:00+08:00', { evidence: '审核' });
  h.send('SUBMIT_TO_OWNERS', 'committee', '2026-01-22T10:00:00+08:00', { itemId: 'lift-b3' });
  h.send('OWNERS_DECIDED', 'committee', '2026-02-20T10:00:00+08:00', liftDecision({ part }));
  h.send('START_WORKS', 'property-firm', '2026-02-21T10:00:00+08:00');
  return h;
}

function approvedEmergency() {
  const h = harness(fundEmergencyMachine, {
    repairId: 'lift-5-2',
    complexId: 'c1',
    startedAt: '2026-03-02T08:00:00+08:00',
    assemblyFormed: true,
  });
  h.send('REPORT_EMERGENCY', 'property-firm', '2026-03-02T10:00:00+08:00', {
    kind: 'lift-stopped',
    plan: '5号楼2号电梯更换曳引机',
    estimateFen: 23_800_000,
    evidence: '整改通知书 2026-TZ-0312',
  });
  h.send('APPROVE_PLAN', 'committee', '2026-03-04T10:00:00+08:00');
  return h;
}

describe('the drawing each fund machine emits carries what the accounts list', () => {
  it('an ordinary use of a part: amount, report, the part, the instant', () => {
    const h = approvedUse('B3');
    const r = h.send('POST_COSTS', 'committee', AT, {
      costFen: 40_100_000,
      reportId: '审价-2026-007',
      evidence: '公告栏照片',
    });
    expect(verdict(r)).toBe('ok');
    expect(h.emitted.at(-1)).toMatchObject({
      type: 'post',
      about: 'fund-use-costs',
      useId: 'lift-b3',
      at: AT,
      costFen: 40_100_000,
      reportId: '审价-2026-007',
      borneBy: { part: 'B3' },
    });
  });

  it('an ordinary use of the whole complex: borne by all owners (part null)', () => {
    const h = approvedUse(null);
    h.send('POST_COSTS', 'committee', AT, {
      costFen: 1,
      reportId: '审价-2026-007',
      evidence: 'e',
    });
    expect(h.emitted.at(-1)).toMatchObject({ type: 'post', borneBy: { part: null } });
  });

  it('an emergency drawing names the part whose account is drawn, and keeps it', () => {
    const h = approvedEmergency();
    const r = h.send('DRAW_COSTS', 'property-firm', AT, {
      costFen: 23_150_000,
      reportId: '审价-2026-031',
      part: '5号楼',
    });
    expect(verdict(r)).toBe('ok');
    expect(h.emitted.at(-1)).toEqual({
      type: 'post',
      about: 'emergency-costs',
      repairId: 'lift-5-2',
      at: AT,
      text: expect.anything(),
      costFen: 23_150_000,
      reportId: '审价-2026-031',
      withdrawalNotice: null,
      borneBy: { part: '5号楼' },
    });
    expect(h.actor.getSnapshot().context.costs).toMatchObject({ part: '5号楼' });
  });

  it('an emergency drawing naming no part is borne by all owners, said so in what it emits', () => {
    const h = approvedEmergency();
    h.send('DRAW_COSTS', 'property-firm', AT, { costFen: 1, reportId: 'r' });
    expect(h.emitted.at(-1)).toMatchObject({ borneBy: { part: null } });
    expect(h.actor.getSnapshot().context.costs).toMatchObject({ part: null });
    const bad = approvedEmergency().send('DRAW_COSTS', 'property-firm', AT, {
      costFen: 1,
      reportId: 'r',
      part: '',
    });
    expect(verdict(bad)).toBe('invalid-event');
  });
});

describe('emergency snapshot version 2 → 3', () => {
  // test/fixtures/v2-fund-emergency-snapshot.json: recorded from the version-2 machine (its
  // events with it), costs drawn 2026-05-20 without a part.
  const V2 = JSON.parse(
    readFileSync(new URL('../fixtures/v2-fund-emergency-snapshot.json', import.meta.url), 'utf8'),
  ) as { snapshot: { context: { costs: Record<string, unknown> } } };

  it('is at version 3 with migrations from 1 and 2', () => {
    expect(FUND_EMERGENCY_SNAPSHOT_VERSION).toBe(3);
    expect(Object.keys(fundEmergencyMigrations)).toEqual(['1', '2']);
  });

  it('costs drawn without a part are the whole complex’s; the rest stays as recorded', () => {
    expect('part' in V2.snapshot.context.costs).toBe(false);
    const v3 = fundEmergencyMigrations[2](V2.snapshot) as typeof V2.snapshot;
    expect(v3.context.costs).toEqual({ ...V2.snapshot.context.costs, part: null });
    expect({ ...v3.context, costs: null }).toEqual({ ...V2.snapshot.context, costs: null });
    expect(fundEmergencyMigrations[2](v3)).toBe(v3);
    const restored = createActor(fundEmergencyMachine, {
      snapshot: v3 as never,
      input: {} as never,
    }).start();
    expect(restored.getSnapshot().status).toBe('done');
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(v3);
    expect(() => fundEmergencyMigrations[2]({ context: {} })).toThrow(/not a persisted snapshot/);
  });

  it('a snapshot with nothing drawn stays as it was', () => {
    const midway = {
      ...V2.snapshot,
      context: { ...V2.snapshot.context, costs: null },
    };
    expect(fundEmergencyMigrations[2](midway)).toBe(midway);
  });
});
