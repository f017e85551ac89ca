// The dismissal machine owns its rules: xstate's own API refuses what `dispatch` refuses, a
// host's provided rule guard changes `dispatch`'s verdict, each accepted event's actions run
// once, and a start input of another procedure is refused with a code (docs/guides/machine-conventions.md).
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dismissalEvents, dismissalMachine, FirmInputError } from '../src/index.js';
import { itCoversItsCatalog, itRefusesForbiddenRoles } from './owned.js';
import { authoritiesNotice, ballot, baseInput, ev, hiringInput } from './support.js';
import { walk } from './walks.js';

const D = (day: number, hour = 10) => new Date(Date.UTC(2026, 2, 1 + day, hour - 8)).toISOString();

/** Proposed, voted and decided: the notice is next. */
function decided(machine = dismissalMachine) {
  const actor = createActor(machine, { input: baseInput() }).start();
  const steps = [
    ev('PROPOSE_DISMISSAL', 'committee', D(1)),
    ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D(1)),
    authoritiesNotice(D(1)),
    ev('CALL_ASSEMBLY', 'committee', D(1), { opensAt: D(16), closesAt: D(21) }),
    ev('OPEN_VOTE', 'committee', D(16), { voteId: 'v' }),
    ...[1, 2, 3, 4, 5].flatMap((n) =>
      [1, 2].map((b) =>
        ev('CAST_BALLOT', 'committee', D(17), { ballot: ballot(b, n, 'agree', D(17)) }),
      ),
    ),
    ev('CLOSE_VOTE', 'committee', D(22)),
  ];
  for (const step of steps) expect(dispatch(actor, step).ok).toBe(true);
  expect(actor.getSnapshot().value).toBe('decided');
  return actor;
}

describe('the dismissal machine owns its rules', () => {
  itCoversItsCatalog(dismissalMachine, dismissalEvents);

  describe('forbidden roles', { timeout: 60_000 }, () => {
    itRefusesForbiddenRoles(dismissalMachine, dismissalEvents, walk('dismissal').snapshots);
  });

  it("follows a host's provided rule guard through dispatch (CC 946 ¶1, SH 25)", () => {
    // 30 days' notice: refused as shipped, taken by a host whose contract law says otherwise.
    const short = ev('SERVE_DISMISSAL_NOTICE', 'committee', D(23), { effectiveAt: D(53) });
    const shipped = dispatch(decided(), short);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('dismissal-notice');
    const relaxed = dismissalMachine.provide({ guards: { 'dismissal-notice': () => true } });
    const taken = dispatch(decided(relaxed), short);
    expect(taken.ok && taken.snapshot.value).toBe('noticeRunning');
    // A stricter host: the committee may not withdraw even its own proposal.
    const strict = dismissalMachine.provide({ guards: { 'withdraw-own': () => false } });
    const actor = createActor(strict, { input: baseInput() }).start();
    expect(dispatch(actor, ev('PROPOSE_DISMISSAL', 'committee', D(1))).ok).toBe(true);
    const refused = dispatch(actor, ev('WITHDRAW_PROPOSAL', 'committee', D(2)));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule).toEqual({ id: 'withdraw-own', citations: ['SH-25'] });
  });

  it('runs the actions of an accepted event once', () => {
    const actor = decided();
    const emitted: { type: string; about?: string }[] = [];
    actor.on('*', (e) => emitted.push(e));
    const notice = ev('SERVE_DISMISSAL_NOTICE', 'committee', D(23), { effectiveAt: D(84) });
    expect(dispatch(actor, notice).ok).toBe(true);
    expect(emitted.map((e) => [e.type, e.about])).toEqual([['notify', 'dismissal']]);
    expect(actor.getSnapshot().context.notices).toHaveLength(1);
  });

  it('refuses a start input of another procedure with a code', () => {
    const errors: unknown[] = [];
    const wrong = createActor(dismissalMachine, {
      input: hiringInput({ stage: 'early-stage' }) as never,
    });
    wrong.subscribe({ error: (e) => errors.push(e) });
    wrong.start();
    expect(errors[0]).toBeInstanceOf(FirmInputError);
    expect(errors[0]).toMatchObject({ code: 'wrong-procedure', fields: ['stage'] });
    // Without a firm in place there is nothing to dismiss: refused, not started empty.
    const noFirm = createActor(dismissalMachine, { input: hiringInput() as never });
    noFirm.subscribe({ error: (e) => errors.push(e) });
    noFirm.start();
    expect(errors[1]).toMatchObject({ code: 'invalid-input', fields: ['firm'] });
  });
});
