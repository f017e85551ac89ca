// The stand-in machine owns its rules (principle 8): its transitions are guarded by its catalog,
// xstate's own API refuses what the catalog forbids, a host's provided rule changes what
// `dispatch` says, and a committee procedure's input does not start it.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, createActor } from 'xstate';
import { standInEvents } from '../src/stand-in/catalog.js';
import type { StandInContext } from '../src/stand-in/context.js';
import { type StandInInput, StandInInputError } from '../src/stand-in/input.js';
import { standInMachine } from '../src/stand-in/machine.js';
import { STAND_IN_FILING_DOCUMENTS } from '../src/stand-in/rules.js';
import { BJ_MEMBERS, lawfulMembers, SH_MEMBERS } from '../src/testing/stand-in.js';
import { FORMATION_INPUT } from './support/fixtures.js';
import { checkForbiddenRoles, expectFullCoverage } from './support/owned.js';
import { BJ_INPUT, ev, SH_INPUT, where } from './support/stand-in-fixtures.js';

const D = (s: string) => `${s}+08:00`;
const RC = 'residents-committee';

function drive(input: StandInInput, events: Record<string, unknown>[]) {
  const actor = createActor(standInMachine, { input }).start();
  for (const e of events) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${JSON.stringify(r.rejection.message.en)}`);
  }
  return actor;
}

const formed = [
  ev('FORM_STAND_IN', 'street-office', D('2026-03-03T09:00:00'), { members: BJ_MEMBERS }),
];
const filed = [
  ...formed,
  ev('FILE_STAND_IN', RC, D('2026-03-10T09:00:00'), { documents: [...STAND_IN_FILING_DOCUMENTS] }),
];
const acting = [
  ...filed,
  ev('COMPLETE_STAND_IN_FILING', 'street-office', D('2026-03-15T09:00:00')),
];
const decided = [
  ...acting,
  ev('DECIDE_MATTER', RC, D('2026-03-20T09:00:00'), {
    decisionId: 'd-1',
    consenting: BJ_MEMBERS.slice(0, 4).map((m) => m.id),
    present: BJ_MEMBERS.map((m) => m.id),
  }),
];

function expired() {
  const actor = drive(BJ_INPUT, formed);
  const ends = (actor.getSnapshot().context as StandInContext).termEndsAt ?? '';
  const after = new Date(Date.parse(ends) + 60_000).toISOString();
  return drive(BJ_INPUT, [...formed, ev('TICK', 'system', after)]);
}

function states() {
  const sampled = [
    { name: 'shanghai forming', actor: drive(SH_INPUT, []) },
    {
      name: 'shanghai acting',
      actor: drive(SH_INPUT, [
        ev('FORM_STAND_IN', 'street-office', D('2026-03-03T09:00:00'), { members: SH_MEMBERS }),
      ]),
    },
    { name: 'beijing forming', actor: drive(BJ_INPUT, []) },
    { name: 'beijing filing', actor: drive(BJ_INPUT, formed) },
    { name: 'beijing completion', actor: drive(BJ_INPUT, filed) },
    { name: 'beijing acting', actor: drive(BJ_INPUT, acting) },
    { name: 'beijing decided', actor: drive(BJ_INPUT, decided) },
    { name: 'beijing expired', actor: expired() },
  ];
  expect(sampled.map(({ actor }) => where(actor))).toEqual([
    'forming',
    'sitting.acting',
    'forming',
    'sitting.filing.onTime',
    'sitting.completion.onTime',
    'sitting.acting',
    'sitting.acting',
    'expired',
  ]);
  return sampled;
}

function payload(type: string, snapshot: AnyMachineSnapshot): Record<string, unknown> {
  const c = snapshot.context as StandInContext;
  switch (type) {
    case 'FORM_STAND_IN':
      return { members: lawfulMembers(c) };
    case 'FILE_STAND_IN':
      return { documents: [...STAND_IN_FILING_DOCUMENTS] };
    case 'HOLD_DELIBERATION':
      return { deliberationId: 'del-x', topic: '议题' };
    case 'COORDINATE_MATTER':
      return { matterId: 'm-x', matter: '事项' };
    case 'DECIDE_MATTER':
      return {
        decisionId: 'd-x',
        consenting: c.members.map((m) => m.id),
        present: c.members.map((m) => m.id),
      };
    case 'POST_STAND_IN_DECISION':
      return { decisionId: c.decisions.find((d) => d.postedAt === null)?.id ?? 'd-1' };
    case 'RECORD_PROGRESS':
      return { step: 'other' };
    case 'DISSOLVE_STAND_IN':
      return { reference: '备案-1' };
    default:
      return {};
  }
}

describe('the stand-in machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expectFullCoverage(standInMachine, standInEvents);
  });

  it('refuses every role the catalog does not permit on actor.send and snapshot.can', {
    timeout: 60_000,
  }, () => {
    checkForbiddenRoles({ catalog: standInEvents, states: states(), payload });
  });

  it("follows a host's provided rule guard through dispatch (BJ 54 composition)", () => {
    const five = BJ_MEMBERS.slice(0, 5);
    const form = ev('FORM_STAND_IN', 'street-office', D('2026-03-03T09:00:00'), { members: five });
    // Shipped: five is below Beijing's seven.
    const shipped = dispatch(drive(BJ_INPUT, []), form);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('management-composition');
    // A host that accepts a smaller body.
    const relaxed = standInMachine.provide({ guards: { 'management-composition': () => true } });
    const actor = createActor(relaxed, { input: BJ_INPUT }).start();
    expect(dispatch(actor, form).ok).toBe(true);
    expect(where(actor)).toBe('sitting.filing.onTime');
    // A host stricter than the rule: even the lawful seven are refused, with the rule's id.
    const strict = standInMachine.provide({ guards: { 'management-composition': () => false } });
    const refused = dispatch(createActor(strict, { input: BJ_INPUT }).start(), formed[0]);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule).toEqual({
      id: 'management-composition',
      citations: ['BJ-54-1', 'BJ-54-2'],
    });
  });

  it('refuses to start from a committee procedure’s input, with a code', () => {
    const actor = createActor(standInMachine, { input: FORMATION_INPUT as never });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = actor.getSnapshot().error as StandInInputError;
    expect(error).toBeInstanceOf(StandInInputError);
    expect(error.code).toBe('wrong-procedure');
    expect(error.fields).toEqual(expect.arrayContaining(['procedure', 'floorArea']));
    const broken = createActor(standInMachine, { input: { ...SH_INPUT, reason: 'whim' } as never });
    broken.subscribe({ error: () => {} });
    broken.start();
    expect((broken.getSnapshot().error as StandInInputError).code).toBe('invalid-input');
  });
});
