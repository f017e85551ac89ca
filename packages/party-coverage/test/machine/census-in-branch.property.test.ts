// A census that keeps the unit's branch is assessed on the branch's own transition, which goes to
// the committee or the secretary directly instead of re-entering `assess`. Checked here against
// the machine without those transitions (every census re-enters `assess`, as before): the same
// dispatch results, state values, persisted snapshots and emitted events after every event of
// random streams, under the Shanghai profile, a host profile with other party numbers, and a
// process that follows the law across an edition that changes them.
//
// 《中国共产党支部工作条例（试行）》第六章, as the citation registry keys it (PARTY-BRANCH-CH6):
// "有正式党员7人以上的党支部，设立党支部委员会". No text held under docs/law/ changes that number, so
// the Shanghai history is replaced here by one whose edition of 2026-05-01 (inside
// shanghai@2026-03-23) lowers `party.branchCommitteeFrom` to 6 and cites it to the same article:
// a branch of six full members has a secretary on 04-30 and a committee on the first census of
// 05-01, judged by the party section of that day before the clock holds it.
import { type DispatchResult, defineProfile, dispatch, shanghai, withCatalog } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import {
  type CoverageEmitted,
  type CoverageInput,
  coverageEvents,
  coverageMachine,
  coverageSetup,
} from '../../src/index.js';
import { coveragePayloadsArbitrary } from '../../src/testing/index.js';
import { census, input } from '../support.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../../core/test/support/extra-edition.js');
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-03-23',
    from: '2026-05-01',
    change: (held) => ({
      party: { ...held.party, branchCommitteeFrom: { value: 6, cite: ['PARTY-BRANCH-CH6'] } },
    }),
    summary: { 'zh-CN': '测试：正式党员6人设支部委员会', en: 'Test: a branch committee from 6' },
  });
});

/** The coverage machine as it was: no census transitions on `branch`, so `open`'s takes them. */
function reenteringMachine(): AnyStateMachine {
  const config = coverageMachine.config as never as {
    states: { open: { states: { branch: { on: Record<string, unknown> } } } };
  };
  const { open } = config.states;
  const { branch } = open.states;
  const { CENSUS_UPDATED: _, ...on } = branch.on;
  const states = { ...open.states, branch: { ...branch, on } };
  const machine: unknown = coverageSetup.createMachine({
    ...config,
    states: { ...config.states, open: { ...open, states } },
  } as never);
  return withCatalog(machine as AnyStateMachine, coverageEvents);
}

const REENTERING = reenteringMachine();
const PAYLOADS = coveragePayloadsArbitrary('u1');
type EventType = keyof typeof PAYLOADS;

// Census updates most of the time, around the thresholds; the events that make or end a branch,
// re-elect it, review it and move its clock for the rest.
const TYPES: ReadonlyArray<{ weight: number; arbitrary: fc.Arbitrary<EventType> }> = [
  { weight: 8, arbitrary: fc.constant('CENSUS_UPDATED') },
  ...(
    [
      'APPROVE_BRANCH',
      'JOIN_JOINT_BRANCH',
      'FORM_WORK_GROUP',
      'ASSIGN_INSTRUCTOR',
      'BRANCH_RE_ELECTED',
      'REVIEW',
      'TICK',
    ] as const
  ).map((type) => ({ weight: 1, arbitrary: fc.constant<EventType>(type) })),
];

/** One step: an event type, its payload, the days it comes after the last, and who sends it. */
const step = fc.oneof(...TYPES).chain((type) =>
  fc.record({
    type: fc.constant(type),
    payload: PAYLOADS[type] as fc.Arbitrary<Record<string, unknown>>,
    // Now and then a day back, which the clock refuses.
    days: fc.integer({ min: -1, max: 4 }),
    role: fc.constantFrom(...coverageEvents.events[type].roles),
  }),
);

function started(machine: AnyStateMachine, start: CoverageInput) {
  const actor = createActor(machine, { input: start });
  const emitted: CoverageEmitted[] = [];
  actor.on('*', (e: CoverageEmitted) => emitted.push(e));
  actor.start();
  return { actor, emitted };
}

// What a caller sees of one dispatch: the result without the snapshot (compared persisted).
function seen(result: DispatchResult) {
  return result.ok ? { ok: true } : { ok: false, rejection: result.rejection };
}

function checkStreams(start: CoverageInput, numRuns: number, seed: number): void {
  const t0 = Date.parse(start.startedAt);
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
      const now = started(coverageMachine, start);
      const was = started(REENTERING, start);
      let at = t0;
      const approve = { branchId: 'b' };
      const events = [
        { type: 'APPROVE_BRANCH', payload: approve, days: 1, role: 'higher-party-organisation' },
        ...steps,
      ];
      for (const { type, payload, days, role } of events) {
        at += days * 86_400_000;
        const event = { type, at: new Date(at).toISOString(), by: { id: `${role}-1`, role } };
        const sent = { ...event, ...payload };
        expect(seen(dispatch(now.actor, sent))).toEqual(seen(dispatch(was.actor, sent)));
        expect(now.actor.getSnapshot().value).toEqual(was.actor.getSnapshot().value);
        expect(now.actor.getPersistedSnapshot()).toEqual(was.actor.getPersistedSnapshot());
        expect(now.emitted).toEqual(was.emitted);
      }
    }),
    { numRuns, seed },
  );
}

const HOST = defineProfile({
  ...shanghai,
  id: 'host',
  party: {
    ...shanghai.party,
    branchMinFullMembers: { value: 2, cite: ['PARTY-CONST-30'] },
    branchCommitteeFrom: { value: 4, cite: ['PARTY-BRANCH-CH6'] },
    // Small enough for the random censuses to pass it (`branch-over-size`).
    branchMaxMembers: { value: 6, cite: ['PARTY-BRANCH-4'] },
  },
});

describe('a census that keeps the branch, without re-entering assess', { timeout: 60_000 }, () => {
  it('agrees with re-entering assess under the Shanghai profile', () => {
    checkStreams(input(census(3, 0, 12)), 150, 20260302);
  });

  it('agrees under a host profile (a branch from 2, a committee from 4, at most 6 members)', () => {
    checkStreams(input({ profile: HOST, ...census(2, 0, 12) }), 150, 11);
  });

  it('agrees for a process that follows the law across the edition of 2026-05-01', () => {
    const start = input({
      startedAt: '2026-04-25T09:00:00+08:00',
      profile: { follows: 'shanghai' },
      ...census(6, 0, 12),
    });
    checkStreams(start, 150, 5);
  });

  it("routes the first census of 05-01 by that day's party section", () => {
    const start = input({
      startedAt: '2026-04-25T09:00:00+08:00',
      profile: { follows: 'shanghai' },
      ...census(6, 0, 20),
    });
    const { actor } = started(coverageMachine, start);
    const send = (at: string, body: Record<string, unknown>) =>
      expect(dispatch(actor, { at, ...body }).ok).toBe(true);
    const HIGHER = { id: 'h-1', role: 'higher-party-organisation' };
    const COMMITTEE = { id: 'c-1', role: 'committee' };
    send('2026-04-26T09:00:00+08:00', { type: 'APPROVE_BRANCH', by: HIGHER, branchId: 'b' });
    send('2026-04-30T23:59:59+08:00', { type: 'CENSUS_UPDATED', by: COMMITTEE, ...census(6) });
    expect(actor.getSnapshot().value).toEqual({ open: { branch: 'secretary' } });
    expect(actor.getSnapshot().context.party.branchCommitteeFrom.value).toBe(7);
    send('2026-05-01T00:00:00+08:00', { type: 'CENSUS_UPDATED', by: COMMITTEE, ...census(6) });
    expect(actor.getSnapshot().value).toEqual({ open: { branch: 'committee' } });
    const { context } = actor.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2026-05-01');
    expect(context.need).toBe('branch-committee');
  });
});
