// The formation machine owns its rules (principle 8), the shared election's, the group's and the
// seating's included: its transitions are guarded by its catalog, xstate's own API refuses what
// the catalog forbids in every state of a whole formation, a host's provided rule changes what
// `dispatch` says, and another procedure's input does not start it.

import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { formationEvents } from '../src/formation/catalog.js';
import { formationMachine } from '../src/formation/machine.js';
import { CommitteeInputError } from '../src/shared/input.js';
import { BEIJING_FORMATION_INPUT, beijingRunUpTo } from './support/beijing-run.js';
import { ev, FORMATION_INPUT, GROUP, RE_ELECTION_INPUT, where } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';
import { checkForbiddenRoles, expectFullCoverage, type Sampled } from './support/owned.js';
import { samplePayload } from './support/payloads.js';

const D = (s: string) => `${s}+08:00`;

function drive(events: readonly Record<string, unknown>[], machine = formationMachine) {
  const actor = createActor(machine, { input: FORMATION_INPUT }).start();
  for (const e of events) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${JSON.stringify(r.rejection.message.en)}`);
  }
  return actor;
}

/** The run's prefix up to and including its first event of `type`. */
function upTo(type: string, nth = 1): Record<string, unknown>[] {
  const run = formationRun();
  let seen = 0;
  const index = run.findIndex((e) => e.type === type && ++seen === nth);
  if (index < 0) throw new Error(`no ${type} in the run`);
  return run.slice(0, index + 1);
}

/** Every state of a whole dated formation, and the side states its deadlines and remedies open. */
function states(): Sampled[] {
  const run = formationRun();
  const sampled: Sampled[] = run.map((_, i) => ({
    name: `after step ${i}`,
    actor: drive(run.slice(0, i)),
  }));
  const grouped = upTo('FORM_GROUP');
  const overdue = [...upTo('CONFIRM_ROLL'), ev('TICK', 'system', D('2026-08-05T09:00:00'))];
  const extra: [string, Record<string, unknown>[]][] = [
    [
      'objection to a member',
      [
        ...grouped,
        ev(
          'OBJECT_TO_MEMBER',
          'owner',
          D('2026-05-07T09:00:00'),
          { memberId: 'g-o1', text: '异议' },
          'o9',
        ),
      ],
    ],
    [
      'group formation overdue',
      [...upTo('OWNERS_REQUEST'), ev('TICK', 'system', D('2026-08-01T09:00:00'))],
    ],
    ['first meeting overdue', overdue],
    [
      'stand-in',
      [
        ...overdue,
        ev('RECORD_STAND_IN', 'street-office', D('2026-08-06T09:00:00'), { reference: 'si-1' }),
      ],
    ],
    ['voting closing', [...upTo('CAST_BALLOT', 8), ev('TICK', 'system', D('2026-07-05T16:59:30'))]],
  ];
  for (const [name, events] of extra) sampled.push({ name, actor: drive(events) });
  // Beijing's own steps: the owners' application (BJ 30) and the leader's appointment (BJ 31).
  for (const type of ['RECORD_DELIVERY', 'APPLY_TO_FORM', 'APPOINT_GROUP_LEADER']) {
    const actor = createActor(formationMachine, { input: BEIJING_FORMATION_INPUT }).start();
    for (const e of beijingRunUpTo(type)) dispatch(actor, e);
    sampled.push({ name: `beijing after ${type}`, actor });
  }
  const filing = upTo('FILE');
  sampled.push({
    name: 'filing overdue',
    actor: drive([...filing.slice(0, -1), ev('TICK', 'system', D('2026-09-01T09:00:00'))]),
  });
  expect(new Set(sampled.map(({ actor }) => where(actor)))).toContain(
    'convening.work.assembly.voting,firstMeeting.held',
  );
  return sampled;
}

describe('the formation machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expectFullCoverage(formationMachine, formationEvents);
  });

  it('refuses every role the catalog does not permit on actor.send and snapshot.can', {
    timeout: 180_000,
  }, () => {
    checkForbiddenRoles({
      catalog: formationEvents,
      states: states(),
      payload: samplePayload,
      numRuns: 500,
    });
  });

  it("follows a host's provided rule guard through dispatch (SH 15 ¶5 training first)", () => {
    const untrained = upTo('POST_ROSTER');
    const confirm = ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-20T09:00:00'), {
      roll: (upTo('CONFIRM_ROLL').at(-1) as { roll: unknown }).roll,
    });
    // Shipped: the group must be trained before it confirms the roll.
    const shipped = dispatch(drive(untrained), confirm);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('trained-first');
    // A host that waives the training: taken.
    const relaxed = formationMachine.provide({ guards: { 'trained-first': () => true } });
    const actor = drive(untrained, relaxed);
    expect(dispatch(actor, confirm).ok).toBe(true);
    expect(where(actor)).toBe('convening.work.preparing.drafts,firstMeeting.onTime');
    // A host stricter than the rule refuses even a trained group, naming the rule.
    const strict = formationMachine.provide({ guards: { 'trained-first': () => false } });
    const trained = drive(upTo('TRAIN_GROUP'), strict);
    const refused = dispatch(trained, confirm);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule).toEqual({ id: 'trained-first', citations: ['SH-15-5'] });
  });

  it("follows a host's provided election rule (SH 20 ¶2: candidates are owners)", () => {
    const drafted = upTo('ADOPT_DRAFTS');
    const stranger = ev('NOMINATE', 'residential-party-organisation', D('2026-06-02T09:00:00'), {
      candidateId: 'not-an-owner',
    });
    const shipped = dispatch(drive(drafted), stranger);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('candidate-is-owner');
    const relaxed = formationMachine.provide({ guards: { 'candidate-is-owner': () => true } });
    const actor = drive(drafted, relaxed);
    expect(dispatch(actor, stranger).ok).toBe(true);
    expect(actor.getSnapshot().context.candidates.map((c) => c.id)).toEqual(['not-an-owner']);
  });

  it('refuses to start from an input meant for another procedure, with a code', () => {
    const actor = createActor(formationMachine, { input: RE_ELECTION_INPUT as never });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = actor.getSnapshot().error as CommitteeInputError;
    expect(error).toBeInstanceOf(CommitteeInputError);
    expect(error.code).toBe('wrong-procedure');
    expect(error.procedure).toBe('formation');
    expect(error.messages.en).toContain('"re-election" procedure');
    expect(GROUP.length).toBe(7);
  });
});
