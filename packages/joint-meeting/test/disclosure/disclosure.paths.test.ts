import { machineStatePaths, pathCoverage } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { DUTY_IDS, disclosureEvents, disclosureMachine } from '../../src/index.js';
import { dInput } from './support.js';

const AT = '2026-07-01T10:00:00+08:00';
const ev = (type: string, role: string, payload: Record<string, unknown> = {}) =>
  ({ type, at: AT, by: { id: `${role}-1`, role }, ...payload }) as never;

const EVENTS = [
  ...DUTY_IDS.flatMap((duty) => [
    ev('PUBLISH', 'property-firm', { duty, evidence: 'e' }),
    ev('PUBLISH', 'committee-chair', { duty, evidence: 'e' }),
  ]),
  ev('PUBLISH', 'committee', { duty: 'maintenance-fund', evidence: 'e', drawings: ['d1'] }),
  ev('RECORD_FUND_DRAWING', 'system', {
    drawingId: 'd1',
    source: 'fund-use',
    drawnAt: AT,
    costFen: 100,
    reportId: 'r',
    part: null,
  }),
  ev('PLAN_FEE_INCREASE', 'property-firm', { effectiveOn: '2026-08-01' }),
  ev('COMMITTEE_ELECTED', 'street-office'),
  ev('CLOSE_CALENDAR', 'street-office', { reason: 'r' }),
  ev('TICK', 'system'),
];

describe('disclosure paths', { timeout: 30_000 }, () => {
  for (const feeModel of ['commission', 'lump-sum'] as const) {
    it(`reach every state and take every event (${feeModel})`, () => {
      const c = pathCoverage(disclosureMachine, {
        input: dInput({ feeModel }),
        events: EVENTS,
        serializeState: ((s: {
          value: unknown;
          context: { obligations: { id: string; status: string }[] };
        }) =>
          // Obligations grow with every posting: cap the count so the graph stays finite.
          JSON.stringify([s.value, Math.min(s.context.obligations.length, 10)])) as never,
        limit: 5_000,
      });
      expect(c.unreached).toEqual([]);
      expect(c.states).toEqual(machineStatePaths(disclosureMachine));
      const taken = new Set(c.transitions.map((x) => x.split('-[')[1]?.split(']')[0]));
      const expected = disclosureEvents.types.filter(
        (t) => feeModel === 'lump-sum' || t !== 'PLAN_FEE_INCREASE',
      );
      expect([...taken].sort()).toEqual([...expected].sort());
      for (const t of [
        'active -[PUBLISH]-> active',
        'active -[TICK]-> active',
        'active -[COMMITTEE_ELECTED]-> active',
        'active -[RECORD_FUND_DRAWING]-> active',
        'active -[CLOSE_CALENDAR]-> closed',
      ]) {
        expect(c.transitions).toContain(t);
      }
    });
  }
});
