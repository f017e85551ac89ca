// The membership machine owns its rules (principle 8), the shared election's included: its
// transitions are guarded by its catalog, xstate's own API refuses what the catalog forbids, a
// host's provided rule changes what `dispatch` says, and another procedure's input does not
// start it.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { membershipEvents } from '../src/membership/catalog.js';
import { membershipMachine } from '../src/membership/machine.js';
import { CommitteeInputError, type MembershipInput } from '../src/shared/input.js';
import { ev, MEETINGS_INPUT, MEMBERSHIP_INPUT, where } from './support/fixtures.js';
import { checkForbiddenRoles, expectFullCoverage } from './support/owned.js';
import { samplePayload } from './support/payloads.js';

const D = (s: string) => `${s}+08:00`;
const NO_SUBSTITUTES: MembershipInput = { ...MEMBERSHIP_INPUT, substitutes: [] };

/** An actor of `machine` from `input` that took every event of `events`. */
function drive(events: Record<string, unknown>[], input = NO_SUBSTITUTES) {
  const actor = createActor(membershipMachine, { input }).start();
  for (const e of events) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${JSON.stringify(r.rejection.message.en)}`);
  }
  return actor;
}

const G = 'committee';
const vacant = [
  ev('MEMBERSHIP_ENDS', 'street-office', D('2026-04-01T09:00:00'), {
    memberId: 'o5',
    ground: 'no-longer-owner',
  }),
];
const nominating = [...vacant, ev('START_BY_ELECTION', G, D('2026-04-02T09:00:00'))];
const nominated = [
  ...nominating,
  ev('NOMINATE', 'owner', D('2026-04-03T09:00:00'), { candidateId: 'o8' }, 'o8'),
  ev('SIGN_UNDERTAKING', 'owner', D('2026-04-03T09:00:00'), { candidateId: 'o8' }, 'o8'),
  ev('VET_CANDIDATE', G, D('2026-04-04T09:00:00'), { candidateId: 'o8', grounds: [] }),
];
const reviewing = [...nominated, ev('REPORT_CANDIDATES', G, D('2026-04-05T09:00:00'))];
const listed = [
  ...reviewing,
  ev('JOINT_REVIEW', 'street-party-committee', D('2026-04-06T09:00:00'), { struck: [] }),
];
const called = [
  ...listed,
  ev('POST_NOTICE', G, D('2026-04-07T09:00:00'), { meetingAt: D('2026-04-25T09:00:00') }),
  ev('OBJECT', 'owner', D('2026-04-08T09:00:00'), { text: '异议' }, 'o9'),
];
const meetingDay = [
  ...called,
  ev('ANSWER_OBJECTION', G, D('2026-04-09T09:00:00'), {
    objectionId: 'objection-1',
    answer: '答复',
  }),
  ev('TICK', 'system', D('2026-04-25T09:00:00')),
];
/** Voting open until `closesAt` (a minute after opening: the next event may count). */
const voting = (closesAt: string) => [
  ...meetingDay,
  ev('OPEN_ELECTION', G, D('2026-04-25T09:00:00'), { closesAt: D(closesAt) }),
];
/** A removal vote open until `closesAt`. */
const removal = (closesAt: string) => [
  ev('PROPOSE_REMOVAL', G, D('2026-04-01T09:00:00'), {
    memberId: 'o3',
    ground: 'unable-to-serve',
    closesAt: D(closesAt),
  }),
];
const resigned = [
  ev('MEMBERSHIP_ENDS', G, D('2026-04-01T09:00:00'), { memberId: 'o2', ground: 'resigned' }),
];

function states() {
  const sampled = [
    { name: 'sitting', actor: drive([]) },
    { name: 'handover and filing due', actor: drive(resigned, MEMBERSHIP_INPUT) },
    { name: 'vacant', actor: drive(vacant) },
    { name: 'removal vote', actor: drive(removal('2026-04-01T18:00:00')) },
    { name: 'removal vote closing', actor: drive(removal('2026-04-01T09:01:00')) },
    { name: 'nominating', actor: drive(nominating) },
    { name: 'nominated', actor: drive(nominated) },
    { name: 'joint review', actor: drive(reviewing) },
    { name: 'listed', actor: drive(listed) },
    { name: 'called', actor: drive(called) },
    { name: 'meeting day', actor: drive(meetingDay) },
    { name: 'voting', actor: drive(voting('2026-04-25T17:00:00')) },
    { name: 'voting closing', actor: drive(voting('2026-04-25T09:01:00')) },
  ];
  expect(sampled.map(({ actor }) => where(actor))).toEqual([
    'sitting',
    'sitting',
    'vacant',
    'removalVote',
    'removalVote',
    'byElection.nominating',
    'byElection.nominating',
    'byElection.jointReview',
    'byElection.listed',
    'byElection.called',
    'byElection.called',
    'byElection.voting',
    'byElection.voting',
  ]);
  return sampled;
}

describe('the membership machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expectFullCoverage(membershipMachine, membershipEvents);
  });

  it('refuses every role the catalog does not permit on actor.send and snapshot.can', {
    timeout: 120_000,
  }, () => {
    checkForbiddenRoles({ catalog: membershipEvents, states: states(), payload: samplePayload });
  });

  it("follows a host's stricter rule guard through dispatch (SH 32 ¶1 by-election)", () => {
    // Vacant, more than half remaining: the shipped rule lets the assembly by-elect.
    const start = ev('START_BY_ELECTION', G, D('2026-04-02T09:00:00'));
    expect(dispatch(drive(vacant), start).ok).toBe(true);
    // A host that forbids by-elections: refused with the rule's id and article.
    const strict = membershipMachine.provide({ guards: { 'by-election-allowed': () => false } });
    const actor = createActor(strict, { input: NO_SUBSTITUTES }).start();
    expect(dispatch(actor, vacant[0]).ok).toBe(true);
    expect(where(actor)).toBe('vacant');
    const refused = dispatch(actor, start);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule).toEqual({ id: 'by-election-allowed', citations: ['SH-32-1'] });
  });

  it("follows a host's relaxed rule guard: a removal on a ground the shipped rule refuses", () => {
    const motion = ev('PROPOSE_REMOVAL', G, D('2026-04-01T09:00:00'), {
      memberId: 'o5',
      ground: 'absent',
      closesAt: D('2026-04-01T18:00:00'),
    });
    // No meetings recorded: absent from none of them is below one half (SH 31 (五)).
    const shipped = dispatch(drive([]), motion);
    expect(!shipped.ok && shipped.rejection.rule?.id).toBe('removal-ground');
    const relaxed = membershipMachine.provide({ guards: { 'removal-ground': () => true } });
    const actor = createActor(relaxed, { input: NO_SUBSTITUTES }).start();
    expect(dispatch(actor, motion).ok).toBe(true);
    expect(where(actor)).toBe('removalVote');
  });

  it('refuses to start from an input meant for another procedure, with a code', () => {
    const actor = createActor(membershipMachine, { input: MEETINGS_INPUT as never });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = actor.getSnapshot().error as CommitteeInputError;
    expect(error).toBeInstanceOf(CommitteeInputError);
    expect(error.code).toBe('wrong-procedure');
    expect(error.procedure).toBe('membership');
  });
});
