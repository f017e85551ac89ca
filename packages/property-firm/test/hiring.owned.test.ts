// The hiring machine owns its rules: xstate's own API refuses what `dispatch` refuses, a host's
// provided rule guard changes `dispatch`'s verdict, and a start input of another procedure is
// refused with a code (docs/guides/machine-conventions.md).
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { FirmInputError, hiringEvents, hiringMachine } from '../src/index.js';
import { samplePlan } from '../src/testing/plan.js';
import { itCoversItsCatalog, itRefusesForbiddenRoles } from './owned.js';
import { authoritiesNotice, baseInput, ev, hiringInput, partyReport } from './support.js';
import { walk } from './walks.js';

const AT = '2026-03-05T10:00:00+08:00';

function earlyStage(machine = hiringMachine, bidders = 2) {
  const actor = createActor(machine, { input: hiringInput({ stage: 'early-stage' }) }).start();
  for (let i = 1; i <= bidders; i++) {
    const bid = { firmId: `firm-${i}`, platformRef: `SH-${i}` };
    expect(dispatch(actor, ev('RECORD_BID', 'developer', AT, { bid })).ok).toBe(true);
  }
  return actor;
}

describe('the hiring machine owns its rules', () => {
  itCoversItsCatalog(hiringMachine, hiringEvents);

  describe('forbidden roles', { timeout: 60_000 }, () => {
    itRefusesForbiddenRoles(hiringMachine, hiringEvents, walk('hiring').snapshots);
  });

  it("follows a host's provided rule guard through dispatch (PMR 24 ¶2)", () => {
    // A host that lets the developer appoint with two bidders and no approval.
    const relaxed = hiringMachine.provide({ guards: { 'early-stage-bidders': () => true } });
    const choose = ev('CHOOSE_FIRM', 'developer', AT, { firmId: 'firm-1' });
    const taken = dispatch(earlyStage(relaxed), choose);
    expect(taken.ok && taken.snapshot.value).toBe('contracting');
    const shipped = dispatch(earlyStage(), choose);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('early-stage-bidders');
    // A stricter host: no choice at all. Refused with that rule, though the catalog's passes.
    const strict = hiringMachine.provide({ guards: { 'chosen-among-bids': () => false } });
    const refused = dispatch(earlyStage(strict, 3), choose);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule).toEqual({ id: 'chosen-among-bids', citations: ['SH-40'] });
  });

  it('runs the actions of an accepted event once', () => {
    const actor = createActor(hiringMachine, { input: hiringInput() }).start();
    const emitted: { type: string; about?: string }[] = [];
    actor.on('*', (e) => emitted.push(e));
    const plan = samplePlan('tender');
    expect(dispatch(actor, ev('DRAFT_PLAN', 'committee', AT, { plan })).ok).toBe(true);
    expect(dispatch(actor, partyReport(AT)).ok).toBe(true);
    expect(dispatch(actor, authoritiesNotice(AT)).ok).toBe(true);
    const call = ev('CALL_ASSEMBLY', 'committee', AT, {
      opensAt: '2026-03-21T09:00:00+08:00',
      closesAt: '2026-03-28T18:00:00+08:00',
    });
    expect(dispatch(actor, call).ok).toBe(true);
    // Posted once and notified once (PMR 14), not twice.
    expect(emitted.map((e) => [e.type, e.about])).toEqual([
      ['post', 'assembly:selection-plan'],
      ['notify', 'assembly:selection-plan'],
    ]);
  });

  it('refuses a start input of another procedure with a code, and starts on its own', () => {
    const errors: unknown[] = [];
    const wrong = createActor(hiringMachine, { input: baseInput() as never });
    wrong.subscribe({ error: (e) => errors.push(e) });
    wrong.start();
    expect(wrong.getSnapshot().status).toBe('error');
    expect(errors[0]).toBeInstanceOf(FirmInputError);
    expect(errors[0]).toMatchObject({ code: 'wrong-procedure', fields: ['firm'] });
    const named = createActor(hiringMachine, {
      input: { ...hiringInput(), procedure: 'dismissal' } as never,
    });
    named.subscribe({ error: (e) => errors.push(e) });
    named.start();
    expect(errors[1]).toMatchObject({ code: 'wrong-procedure', fields: ['procedure'] });
    expect((errors[1] as FirmInputError).messages.en).toBe(
      'this input is for the dismissal procedure, not hiring',
    );
    const own = createActor(hiringMachine, {
      input: hiringInput({ procedure: 'hiring' }),
    }).start();
    expect(own.getSnapshot().value).toEqual({ plan: 'drafting' });
  });
});
