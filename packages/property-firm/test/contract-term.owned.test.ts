// The contract-term machine owns its rules: xstate's own API refuses what `dispatch` refuses, a
// host's provided rule guard changes `dispatch`'s verdict, each accepted event's actions run
// once, and a start input of another procedure is refused with a code (docs/guides/machine-conventions.md).
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contractTermEvents, contractTermMachine, FirmInputError } from '../src/index.js';
import { itCoversItsCatalog, itRefusesForbiddenRoles } from './owned.js';
import { baseInput, ev, hiringInput, termInput } from './support.js';
import { walk } from './walks.js';

// The last day is 2026-12-31: notice served on 10-02 is 90 days before it, on 10-03 only 89.
const ENDS = '2026-12-31T16:00:00.000Z';
const LATE = '2026-10-03T10:00:00+08:00';

const start = (machine = contractTermMachine) =>
  createActor(machine, { input: termInput(ENDS) }).start();

describe('the contract-term machine owns its rules', () => {
  itCoversItsCatalog(contractTermMachine, contractTermEvents);

  describe('forbidden roles', { timeout: 60_000 }, () => {
    itRefusesForbiddenRoles(
      contractTermMachine,
      contractTermEvents,
      walk('contract term').snapshots,
    );
  });

  it("follows a host's provided rule guard through dispatch (CC 947 ¶2, CC 948 ¶2)", () => {
    const late = ev('NOTIFY_NON_RENEWAL', 'property-firm', LATE);
    const shipped = dispatch(start(), late);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('non-renewal-notice');
    const relaxed = contractTermMachine.provide({ guards: { 'non-renewal-notice': () => true } });
    const taken = dispatch(start(relaxed), late);
    expect(taken.ok && taken.snapshot.value).toBe('firmLeaving');
    // A stricter host: the indefinite term cannot be ended by notice at all.
    const strict = contractTermMachine.provide({ guards: { 'indefinite-notice': () => false } });
    const actor = start(strict);
    expect(dispatch(actor, ev('TICK', 'system', '2027-01-01T09:00:00+08:00')).ok).toBe(true);
    expect(actor.getSnapshot().value).toBe('holdover');
    const end = ev('END_INDEFINITE_TERM', 'committee', '2027-01-02T09:00:00+08:00', {
      effectiveAt: '2027-06-01T00:00:00+08:00',
    });
    const refused = dispatch(actor, end);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule).toEqual({
      id: 'indefinite-notice',
      citations: ['CC-948-2', 'SH-46-3'],
    });
  });

  // CC 948 ¶2: "当事人可以随时解除不定期物业服务合同，但是应当提前六十日书面通知对方". Served on 2027-01-02,
  // the sixty days are 01-03…03-03 (CC 201) and run out at 24:00 of 03-03 (CC 203).
  it('ends the indefinite term no earlier than 24:00 of the 60th day (CC 948 ¶2, CC 201–203)', () => {
    const held = () => {
      const actor = start();
      expect(dispatch(actor, ev('TICK', 'system', '2027-01-01T09:00:00+08:00')).ok).toBe(true);
      return actor;
    };
    const end = (effectiveAt: string) =>
      ev('END_INDEFINITE_TERM', 'committee', '2027-01-02T09:00:00+08:00', { effectiveAt });
    for (const at of [
      '2027-03-03T00:00:00+08:00',
      '2027-03-03T00:00:01+08:00',
      '2027-03-03T23:59:59+08:00',
    ]) {
      const r = dispatch(held(), end(at));
      expect(!r.ok && r.rejection.rule?.id, at).toBe('indefinite-notice');
    }
    expect(dispatch(held(), end('2027-03-04T00:00:00+08:00')).ok).toBe(true);
  });

  it('runs the actions of an accepted event once', () => {
    const actor = start();
    const emitted: unknown[] = [];
    actor.on('*', (e) => emitted.push(e));
    const notice = ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-10-02T10:00:00+08:00');
    expect(dispatch(actor, notice).ok).toBe(true);
    expect(actor.getSnapshot().context.notices).toEqual([
      {
        kind: 'non-renewal',
        by: 'property-firm',
        servedAt: '2026-10-02T10:00:00+08:00',
        effectiveAt: ENDS,
      },
    ]);
    expect(emitted).toEqual([]);
  });

  it('refuses a start input of another procedure with a code', () => {
    const errors: unknown[] = [];
    for (const input of [hiringInput({ earlyStageContractInForce: true }), baseInput()]) {
      const actor = createActor(contractTermMachine, { input: input as never });
      actor.subscribe({ error: (e) => errors.push(e) });
      actor.start();
    }
    expect(errors[0]).toBeInstanceOf(FirmInputError);
    expect(errors[0]).toMatchObject({
      code: 'wrong-procedure',
      procedure: 'contract-term',
      fields: ['earlyStageContractInForce'],
    });
    // A dismissal's input has no end of the fixed term.
    expect(errors[1]).toMatchObject({ code: 'invalid-input', fields: ['contract'] });
  });
});
