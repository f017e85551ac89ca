import { machineStatePaths, pathCoverage } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { assemblyEvents, assemblyMachine } from '../../src/index.js';
import { CALL_AT, CLOSES_AT, ITEMS, meetingInput, OPENS_AT, sheetOf } from './support.js';

const ev = (type: string, role: string, at: string, payload: Record<string, unknown> = {}) =>
  ({ type, at, by: { id: `${role}-1`, role }, ...payload }) as never;
const BEFORE = '2026-03-30T10:00:00+08:00';
const window = {
  opensAt: OPENS_AT,
  closesAt: CLOSES_AT,
  place: '会所',
  form: 'collective-discussion',
  items: ITEMS,
};

const EVENTS = [
  ev('PROPOSE_INTERIM', 'committee', BEFORE, { units: ['u1', 'u2'] }),
  ev('ORDER_CALL', 'street-office', BEFORE, { period: { days: 1 } }),
  ev('REPORT_TO_PARTY_ORGANISATION', 'committee', BEFORE),
  ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', BEFORE, {
    meetingAt: OPENS_AT,
    place: '会所',
    agenda: 'a',
  }),
  ev('CALL_ASSEMBLY', 'committee', CALL_AT, window),
  ev('CALL_ASSEMBLY', 'street-office', CALL_AT, window),
  ev('OPEN_VOTE', 'committee', OPENS_AT),
  ev('CAST_BALLOT', 'system', '2026-04-18T10:00:00+08:00', {
    sheet: sheetOf('u1', { statute: 'agree', lift: 'agree' }),
  }),
  // A change of ownership from the register (CC 214): before the call, before voting, or during it.
  ev('RECORD_TRANSFER', 'system', '2026-04-18T10:00:00+08:00', {
    unitId: 'u2',
    from: ['o-u2'],
    to: ['n-2'],
    registeredAt: '2026-04-18T09:00:00+08:00',
  }),
  ev('CLOSE_VOTE', 'committee', CLOSES_AT),
  ev('POST_RESULTS', 'committee', '2026-04-27T10:00:00+08:00', { evidence: 'board' }),
  ev('TICK', 'system', '2026-04-28T10:00:00+08:00'),
  ev('FREEZE.START', 'street-office', BEFORE),
  ev('FREEZE.END', 'street-office', BEFORE),
  ev('TICK', 'system', '2027-04-27T00:00:00+08:00'),
  // An owner's court challenge within the year and the ruling revoking the decision (CC 280 ¶2).
  ev('CHALLENGE_DECISION', 'owner', '2026-05-01T10:00:00+08:00', {
    challengeId: 'k',
    grounds: 'g',
  }),
  ev('AUTHORITY_REVOKES_DECISION', 'street-office', '2026-06-01T10:00:00+08:00', {
    reference: 'r',
  }),
  ev('RECORD_COURT_RULING', 'system', '2026-06-01T10:00:00+08:00', {
    challengeId: 'k',
    outcome: 'revoked',
    judgment: 'j',
  }),
];

describe('paths', { timeout: 60_000 }, () => {
  it('reach every state and take every event', () => {
    const c = pathCoverage(assemblyMachine, {
      input: meetingInput({ kind: 'interim' }),
      events: EVENTS,
      serializeState: ((s: {
        value: unknown;
        context: {
          now: string;
          proposal: unknown;
          freeze: { active: boolean };
          callOrder: unknown;
          preCall: { partyReport: unknown; writtenNotice: unknown };
          ballots: { sheets: unknown[] } | null;
          transfers: unknown[];
        };
      }) =>
        JSON.stringify([
          s.value,
          s.context.now,
          s.context.proposal !== null,
          s.context.freeze.active,
          s.context.callOrder !== null,
          s.context.preCall.partyReport !== null,
          s.context.preCall.writtenNotice !== null,
          s.context.ballots?.sheets.length ?? 0,
          s.context.transfers.length,
        ])) as never,
      limit: 20_000,
    });
    expect(c.unreached).toEqual([]);
    expect(c.states).toEqual(machineStatePaths(assemblyMachine));
    const taken = new Set(c.transitions.map((x) => x.split('-[')[1]?.split(']')[0]));
    expect([...taken].sort()).toEqual([...assemblyEvents.types].sort());
    for (const t of [
      'preparing -[CALL_ASSEMBLY]-> noticed',
      'noticed -[OPEN_VOTE]-> voting',
      'voting -[CAST_BALLOT]-> voting',
      'noticed -[RECORD_TRANSFER]-> noticed',
      'voting -[RECORD_TRANSFER]-> voting',
      'voting -[CLOSE_VOTE]-> counted',
      'counted -[POST_RESULTS]-> decided',
      'decided -[TICK]-> decided',
      'decided -[TICK]-> settled',
    ]) {
      expect(c.transitions).toContain(t);
    }
  });
});
