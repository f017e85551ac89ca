// The meetings machine owns its rules (principle 8): its transitions are guarded by its catalog,
// xstate's own API refuses what the catalog forbids, a host's provided rule changes what
// `dispatch` says, and an input meant for another procedure does not start it.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { meetingsEvents } from '../src/meetings/catalog.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { CommitteeInputError } from '../src/shared/input.js';
import {
  ev,
  FORMATION_INPUT,
  MEETINGS_INPUT,
  MEETINGS_WITH_OFFICERS,
  startMeetings,
  where,
} from './support/fixtures.js';
import { checkForbiddenRoles, expectFullCoverage } from './support/owned.js';

const D = (s: string) => `${s}+08:00`;
const chair = 'committee-chair';
type Actor = ReturnType<typeof startMeetings>;

function send(actor: Actor, e: Record<string, unknown>) {
  const r = dispatch(actor, e);
  if (!r.ok) throw new Error(JSON.stringify(r.rejection));
}

/** Actors in each state of the machine. */
function states() {
  const fresh = startMeetings();
  const overdue = startMeetings();
  send(overdue, ev('TICK', 'system', D('2026-05-03T00:00:00')));
  const called = startMeetings();
  send(called, ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), { kind: 'regular' }));
  const inSession = startMeetings();
  send(inSession, ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), { kind: 'regular' }));
  send(
    inSession,
    ev('HOLD_MEETING', chair, D('2026-03-06T19:00:00'), { attended: ['o1', 'o2', 'o3'] }),
  );
  send(
    inSession,
    ev('DECIDE', chair, D('2026-03-06T20:00:00'), {
      decisionId: 'd1',
      consenting: ['o1', 'o2', 'o3'],
    }),
  );
  // SH 26 ¶4: a proposal owed, the officers refusing, the owners' request.
  const proposed = startMeetings(MEETINGS_WITH_OFFICERS);
  send(
    proposed,
    ev('PROPOSE_INTERIM_MEETING', 'committee', D('2026-03-03T09:00:00'), {
      proposers: ['o3', 'o4'],
    }),
  );
  const refused = startMeetings(MEETINGS_WITH_OFFICERS);
  send(refused, ev('TICK', 'system', D('2026-05-03T00:00:00')));
  for (const officerId of ['o1', 'o2']) {
    send(
      refused,
      ev('REFUSE_TO_CONVENE', 'street-office', D('2026-05-04T09:00:00'), {
        officerId,
        how: 'failed',
      }),
    );
  }
  const requested = startMeetings(MEETINGS_WITH_OFFICERS);
  send(requested, ev('TICK', 'system', D('2026-05-03T00:00:00')));
  for (const officerId of ['o1', 'o2']) {
    send(
      requested,
      ev('REFUSE_TO_CONVENE', chair, D('2026-05-04T09:00:00'), { officerId, how: 'refused' }),
    );
  }
  send(
    requested,
    ev('REQUEST_CONVENER', 'owner', D('2026-05-05T09:00:00'), { reference: 'r-1' }, 'o8'),
  );
  expect([fresh, overdue, called, inSession, proposed, refused, requested].map(where)).toEqual([
    'between.onTime',
    'between.overdue',
    'called',
    'inSession',
    'between.onTime',
    'between.overdue',
    'between.overdue',
  ]);
  return [
    { name: 'fresh', actor: fresh },
    { name: 'overdue', actor: overdue },
    { name: 'called', actor: called },
    { name: 'inSession', actor: inSession },
    { name: 'proposed', actor: proposed },
    { name: 'refused', actor: refused },
    { name: 'requested', actor: requested },
  ];
}

const PAYLOADS: Readonly<Record<string, Record<string, unknown>>> = {
  CALL_MEETING: { kind: 'regular', proposers: [] },
  HOLD_MEETING: { attended: ['o1', 'o2', 'o3'], proxies: [] },
  DECIDE: { decisionId: 'd9', consenting: ['o1', 'o2', 'o3'] },
  CLOSE_MEETING: {},
  POST_DECISION: { decisionId: 'd1' },
  PROPOSE_INTERIM_MEETING: { proposers: ['o3', 'o4'] },
  REFUSE_TO_CONVENE: { officerId: 'o1', how: 'refused' },
  REQUEST_CONVENER: { reference: 'request-1' },
  DESIGNATE_CONVENER: { memberId: 'o3' },
  NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE: { agenda: 'a' },
  KEEP_SEAL: { seal: 'assembly-seal', memberId: 'o1' },
  APPOINT_SECRETARY: { personId: 'worker-1' },
  HOLD_RECEPTION_DAY: {},
  ATTEND_THREE_PARTY_MEETING: {},
  TICK: {},
};

describe('the meetings machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expectFullCoverage(meetingsMachine, meetingsEvents);
  });

  it('refuses every role the catalog does not permit on actor.send and snapshot.can', {
    timeout: 60_000,
  }, () => {
    checkForbiddenRoles({
      catalog: meetingsEvents,
      states: states(),
      payload: (type) => PAYLOADS[type] ?? {},
    });
  });

  it("follows a host's provided rule guard through dispatch (SH 26 ¶2 quorum)", () => {
    const held = (machine = meetingsMachine, attended = ['o1', 'o2']) => {
      const actor = createActor(machine, { input: MEETINGS_INPUT }).start();
      send(actor, ev('CALL_MEETING', chair, D('2026-03-05T09:00:00'), { kind: 'regular' }));
      return dispatch(actor, ev('HOLD_MEETING', chair, D('2026-03-06T19:00:00'), { attended }));
    };
    // Shipped: two of five is no quorum.
    const shipped = held();
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('quorum');
    // Relaxed by the host: taken.
    const relaxed = meetingsMachine.provide({ guards: { quorum: () => true } });
    expect(held(relaxed).ok).toBe(true);
    // Stricter: even four of five is refused, with the rule's id and articles.
    const strict = meetingsMachine.provide({ guards: { quorum: () => false } });
    const refused = held(strict, ['o1', 'o2', 'o3', 'o4']);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    // A host's own guard gives no verdict: the rule's articles the profile in force follows are
    // named (core's ruleCitesUnder, the rule book's list for shanghai), not BJ 45 ¶2 beside them.
    expect(refused.rejection.rule).toEqual({
      id: 'quorum',
      citations: ['SH-26-2', 'SH-26-2-no-proxy'],
    });
  });

  it('refuses to start from an input meant for another procedure, with a code', () => {
    const actor = createActor(meetingsMachine, { input: FORMATION_INPUT as never });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = actor.getSnapshot().error;
    expect(error).toBeInstanceOf(CommitteeInputError);
    expect((error as CommitteeInputError).code).toBe('wrong-procedure');
    expect((error as CommitteeInputError).messages.en).toContain('"formation" procedure');
    // A meetings input with a field only another procedure has is refused too.
    const mixed = createActor(meetingsMachine, {
      input: { ...MEETINGS_INPUT, seats: 5 } as never,
    });
    mixed.subscribe({ error: () => {} });
    mixed.start();
    expect((mixed.getSnapshot().error as CommitteeInputError).code).toBe('wrong-procedure');
    expect((mixed.getSnapshot().error as CommitteeInputError).fields).toEqual(['seats']);
    // A malformed one is invalid.
    const broken = createActor(meetingsMachine, {
      input: { ...MEETINGS_INPUT, members: [] } as never,
    });
    broken.subscribe({ error: () => {} });
    broken.start();
    expect((broken.getSnapshot().error as CommitteeInputError).code).toBe('invalid-input');
  });
});
