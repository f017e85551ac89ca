import { machineStatePaths, pathCoverage } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type AgendaItem, assemblyEvents, assemblyMachine } from '../../src/index.js';
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
    // The filing of a changed rules, and its completion, need a rules item that passes: taken
    // under rules below.
    const underRules = ['FILE_RULES_CHANGE', 'COMPLETE_RULES_FILING'];
    expect([...taken].sort()).toEqual(
      [...assemblyEvents.types].filter((t) => !underRules.includes(t)).sort(),
    );
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

// A meeting started under rules of procedure (e-voting adopted, SPC 9's co-owner reading) with an
// item amending them to version 2: every path from the call to the count keeps the votes on the
// rules held at the start, and the count that passes the item emits the decided version.
describe('paths under rules of procedure', { timeout: 60_000 }, () => {
  const amend: AgendaItem = {
    id: 'rop',
    kind: 'rules-of-procedure',
    title: '修改议事规则',
    proposed: { version: 2, text: { reference: 'rop-v2' }, settings: { electronicVoting: false } },
  };
  const rules = {
    version: 1,
    settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true },
  };
  const at = (h: number) => `2026-04-${String(17 + h).padStart(2, '0')}T10:00:00+08:00`;
  const events = [
    ev('REPORT_TO_PARTY_ORGANISATION', 'committee', BEFORE),
    ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', BEFORE, {
      meetingAt: OPENS_AT,
      place: '会所',
      agenda: 'a',
    }),
    ev('CALL_ASSEMBLY', 'committee', CALL_AT, { ...window, items: [amend] }),
    ev('OPEN_VOTE', 'committee', OPENS_AT),
    ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'].map((u, i) =>
      ev('CAST_BALLOT', 'system', at(i), {
        sheet: sheetOf(u, { rop: 'agree' }, at(i), { channel: 'electronic' }),
      }),
    ),
    ev('CLOSE_VOTE', 'committee', CLOSES_AT),
    // The committee files the change (SH 33: 三十日内); the street office completes it (SH 34).
    ev('FILE_RULES_CHANGE', 'committee', '2026-05-06T10:00:00+08:00', { reference: 'f' }),
    ev('COMPLETE_RULES_FILING', 'street-office', '2026-05-20T10:00:00+08:00', { reference: 'c' }),
  ];

  it('reach the count on the rules held at the start, and emit the version decided', () => {
    const c = pathCoverage(assemblyMachine, {
      input: meetingInput({ rules }),
      events,
      serializeState: ((s: {
        value: unknown;
        context: {
          now: string;
          preCall: { partyReport: unknown; writtenNotice: unknown };
          call: unknown;
          ballots: { sheets: unknown[] } | null;
          rulesFiling: { completion: unknown } | null;
        };
      }) =>
        JSON.stringify([
          s.value,
          s.context.now,
          s.context.rulesFiling !== null,
          (s.context.rulesFiling?.completion ?? null) !== null,
          s.context.preCall.partyReport !== null,
          s.context.preCall.writtenNotice !== null,
          s.context.call !== null,
          s.context.ballots?.sheets.length ?? 0,
        ])) as never,
      limit: 20_000,
    });
    expect(c.transitions).toEqual(
      expect.arrayContaining([
        'preparing -[CALL_ASSEMBLY]-> noticed',
        'noticed -[OPEN_VOTE]-> voting',
        'voting -[CAST_BALLOT]-> voting',
        'voting -[CLOSE_VOTE]-> counted',
        'counted -[FILE_RULES_CHANGE]-> counted',
        'counted -[COMPLETE_RULES_FILING]-> counted',
      ]),
    );
    // The longest path: seven electronic sheets counted (adopted by the rules held), and the
    // amendment, which takes e-voting away, decided for later meetings only.
    const actor = createActor(assemblyMachine, { input: meetingInput({ rules }) });
    const decided: unknown[] = [];
    actor.on('rules-decided', (e) => decided.push(e.version));
    actor.start();
    for (const e of events) actor.send(e);
    const context = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('counted');
    expect(context.electronicAdopted).toBe(true);
    expect(context.ballots?.votes.rop?.ownerMerge).toBe('shared-co-owners');
    expect(context.decision?.outcomes.map((o) => [o.agree.headcount, o.passed])).toEqual([
      [7, true],
    ]);
    expect(decided).toMatchObject([
      { document: 'rules-of-procedure', version: 2, settings: { electronicVoting: false } },
    ]);
    expect(context.rulesFiling).toMatchObject({
      items: ['rop'],
      late: false,
      filer: 'committee',
      completion: { at: '2026-05-20T10:00:00+08:00', late: false, copiedToDistrict: true },
    });
  });
});
