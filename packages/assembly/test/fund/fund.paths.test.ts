// Path tests over xstate/graph: from the start, the listed events reach every state of each fund
// machine and take every event.
import { machineStatePaths, pathCoverage } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import {
  fundEmergencyEvents,
  fundEmergencyMachine,
  fundReRaiseEvents,
  fundReRaiseMachine,
  fundUseEvents,
  fundUseMachine,
} from '../../src/index.js';

const ev = (type: string, role: string, at: string, payload: Record<string, unknown> = {}) =>
  ({ type, at, by: { id: `${role}-1`, role }, ...payload }) as never;
const T0 = '2026-05-06T08:00:00+08:00';
const T1 = '2026-05-06T10:00:00+08:00';
const taken = (transitions: readonly string[]) =>
  [...new Set(transitions.map((x) => x.split('-[')[1]?.split(']')[0]))].sort();
const ser = (pick: (c: Record<string, unknown>) => unknown[]) =>
  ((s: { value: unknown; context: Record<string, unknown> }) =>
    JSON.stringify([s.value, s.context.now, ...pick(s.context)])) as never;

describe('paths', { timeout: 60_000 }, () => {
  it('ordinary use: every state, every event', () => {
    const c = pathCoverage(fundUseMachine, {
      input: { useId: 'u', complexId: 'c', startedAt: T0 },
      events: [
        ev('TICK', 'system', T1),
        ev('PROPOSE_PLAN', 'committee', T1, {
          title: 't',
          part: null,
          estimateFen: 1,
          documents: 'd',
        }),
        ev('REVIEW_PRICE', 'property-firm', T1, { reportId: 'r', reviewedFen: 1 }),
        ev('REVIEW_PROCEDURE', 'housing-office', T1, { evidence: 'e' }),
        ev('SUBMIT_TO_OWNERS', 'committee', T1, { itemId: 'i' }),
        ...[true, false].map((passed) =>
          ev('OWNERS_DECIDED', 'committee', T1, {
            meetingId: 'm',
            itemId: 'i',
            kind: 'use-maintenance-fund',
            majority: 'ordinary',
            part: null,
            passed,
          }),
        ),
        ev('START_WORKS', 'property-firm', T1),
        ev('POST_COSTS', 'committee', T1, { costFen: 1, reportId: 'r', evidence: 'e' }),
      ],
      serializeState: ser((x) => [x.priceReview !== null, x.procedureReview !== null]),
      limit: 20_000,
    });
    expect(c.unreached).toEqual([]);
    expect(c.states).toEqual(machineStatePaths(fundUseMachine));
    expect(taken(c.transitions)).toEqual([...fundUseEvents.types].sort());
  });

  it('emergency: every state, every event', () => {
    const report = ev('REPORT_EMERGENCY', 'property-firm', T1, {
      kind: 'lift-stopped',
      plan: 'p',
      estimateFen: 1,
      evidence: 'e',
    });
    const rest = [
      ev('TAKE_MEASURES', 'property-firm', T1, { measures: 'm', evidence: 'e' }),
      ev('REJECT_EMERGENCY_PLAN', 'committee', T1, { reasons: 'r' }),
      ev('REVISE_EMERGENCY_PLAN', 'property-firm', T1, {
        plan: 'p2',
        estimateFen: 1,
        evidence: 'e',
      }),
      ev('TICK', 'system', '2026-05-14T00:00:00+08:00'),
      ev('APPROVE_PLAN', 'committee', T1),
      ev('APPROVE_PLAN', 'housing-office', T1),
      ev('SUBSTITUTE_REPAIR', 'district-housing-bureau', '2026-05-14T00:00:00+08:00', {
        finding: 'f',
      }),
      ev('DRAW_COSTS', 'district-housing-bureau', '2026-05-20T00:00:00+08:00', {
        costFen: 1,
        reportId: 'r',
        withdrawalNotice: 'n',
      }),
    ];
    const states = new Set<string>();
    const events = new Set<string>();
    for (const assemblyFormed of [true, false]) {
      const c = pathCoverage(fundEmergencyMachine, {
        input: { repairId: 'r', complexId: 'c', startedAt: T0, assemblyFormed },
        events: [report, ...rest],
        serializeState: ser(() => []),
        limit: 20_000,
      });
      for (const s of c.states) states.add(s);
      for (const e of taken(c.transitions)) if (e !== undefined) events.add(e);
    }
    expect([...states].sort()).toEqual([...machineStatePaths(fundEmergencyMachine)].sort());
    expect([...events].sort()).toEqual([...fundEmergencyEvents.types].sort());
  });

  it('re-raising: every state, every event', () => {
    const c = pathCoverage(fundReRaiseMachine, {
      input: { fundId: 'f', complexId: 'c', firstCollectionFen: 1_000, startedAt: T0 },
      events: [
        ev('BALANCE_REPORTED', 'system', T1, { balanceFen: 299 }),
        ev('PUBLIC_REVENUE_ALLOCATED', 'committee', T1, { revenueFen: 2, toFundFen: 1 }),
        ev('BALANCE_REPORTED', 'system', T1, { balanceFen: 500 }),
        ev('ASSEMBLY_DECIDED', 'committee', T1, {
          meetingId: 'm',
          itemId: 'i',
          kind: 'raise-maintenance-fund',
          majority: 'special',
          passed: true,
        }),
        ev('TICK', 'system', '2026-08-05T00:00:00+08:00'),
        ev('PAYMENT_NOTICE', 'committee', '2026-08-05T00:00:00+08:00', { evidence: 'e' }),
        ev('NOTICES_DELIVERED', 'system', '2026-08-06T00:00:00+08:00'),
        ev('BALANCE_REPORTED', 'system', '2026-08-07T00:00:00+08:00', { balanceFen: 500 }),
      ],
      serializeState: ser((x) => [x.balance, x.notice !== null]),
      limit: 20_000,
    });
    expect(c.unreached).toEqual([]);
    expect(c.states).toEqual(machineStatePaths(fundReRaiseMachine));
    expect(taken(c.transitions)).toEqual([...fundReRaiseEvents.types].sort());
    for (const t of [
      'sufficient -[BALANCE_REPORTED]-> shortfall',
      'shortfall -[ASSEMBLY_DECIDED]-> reRaising',
      'shortfall -[PAYMENT_NOTICE]-> noticed',
      'noticed -[NOTICES_DELIVERED]-> restoring',
      'restoring -[BALANCE_REPORTED]-> sufficient',
    ]) {
      expect(c.transitions).toContain(t);
    }
  });
});
