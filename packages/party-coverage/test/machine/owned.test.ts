// The coverage machine owns its rules (principle 8): every external transition is guarded by its
// event guard, so xstate's own API refuses what `dispatch` refuses, a host's provided rule guard
// changes `dispatch`'s verdict, and an accepted event runs its actions once.
import { CITATIONS, catalogCoverage, dispatch } from '@jiayuan/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { type CoverageEmitted, coverageEvents, coverageMachine } from '../../src/index.js';
import { census, day, input } from '../support.js';

const HIGHER = 'higher-party-organisation';
const by = (role: string) => ({ id: `${role}-1`, role });

const started: { stop(): unknown }[] = [];
afterEach(() => {
  for (const actor of started.splice(0)) actor.stop();
});

function run(machine: AnyStateMachine, overrides: Parameters<typeof input>[0] = {}) {
  const actor = createActor(machine, { input: input(overrides) });
  const emitted: CoverageEmitted[] = [];
  actor.on('*', (e: CoverageEmitted) => emitted.push(e));
  started.push(actor.start());
  return { actor, emitted };
}

const sixUnits = {
  type: 'JOIN_JOINT_BRANCH',
  at: day(1),
  by: by(HIGHER),
  jointBranchId: 'j',
  units: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'],
};

describe('the coverage machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expect(catalogCoverage(coverageMachine, coverageEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('cites only registered articles in its catalog', () => {
    for (const type of coverageEvents.types) {
      const spec = coverageEvents.events[type as keyof typeof coverageEvents.events];
      const ids = [...(spec.cite ?? []), ...(spec.rules ?? []).flatMap((r) => r.citations)];
      for (const id of ids) expect(Object.keys(CITATIONS)).toContain(id);
    }
  });

  it('refuses a broken rule on plain actor.send and snapshot.can, as dispatch does', () => {
    const { actor } = run(coverageMachine, census(1));
    const before = actor.getSnapshot();
    expect(before.can(sixUnits as never)).toBe(false);
    actor.send(sixUnits as never);
    expect(actor.getSnapshot()).toBe(before);
    const refused = dispatch(actor, sixUnits);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('joint-branch-max-units');
  });

  it('refuses an event dated before the process clock on plain actor.send', () => {
    const { actor } = run(coverageMachine);
    actor.send({ type: 'TICK', at: day(3), by: by('system') });
    const before = actor.getSnapshot();
    const early = { type: 'TICK', at: day(2), by: by('system') } as const;
    expect(before.can(early)).toBe(false);
    actor.send(early);
    expect(actor.getSnapshot()).toBe(before);
  });

  it("follows a host's relaxed rule guard: the event is taken (PARTY-BRANCH-5 一般不超过)", () => {
    // A district that lets a joint branch cover six units in a sparse area.
    const relaxed = coverageMachine.provide({ guards: { 'joint-branch-max-units': () => true } });
    const { actor } = run(relaxed, census(1));
    expect(actor.getSnapshot().can(sixUnits as never)).toBe(true);
    const result = dispatch(actor, sixUnits);
    expect(result.ok).toBe(true);
    expect(actor.getSnapshot().context.jointBranch?.units).toHaveLength(6);
  });

  it("follows a host's stricter rule guard: refused with that rule, its articles and its requirement", () => {
    // A street that has no party-building instructors of its own.
    const strict = coverageMachine.provide({ guards: { 'instructor-allowed': () => false } });
    const event = {
      type: 'ASSIGN_INSTRUCTOR',
      at: day(1),
      by: by('street-party-committee'),
      instructorId: 'i',
    };
    const shipped = run(coverageMachine);
    expect(dispatch(shipped.actor, event).ok).toBe(true);
    const { actor } = run(strict);
    const before = actor.getSnapshot();
    const result = dispatch(actor, event);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('rule-violated');
    expect(result.rejection.rule).toEqual({
      id: 'instructor-allowed',
      citations: ['PARTY-INSTRUCTOR'],
    });
    // The catalog's rule would have let it through, so its requirement is the reason given.
    expect(result.rejection.message.en).toContain('the profile has instructor coverage');
    expect(actor.getSnapshot()).toBe(before);
  });

  it("follows a host's role guard", () => {
    const open = coverageMachine.provide({ guards: { permitted: () => true } });
    const { actor } = run(open, census(3));
    const fromCommittee = {
      type: 'APPROVE_BRANCH',
      at: day(1),
      by: by('committee'),
      branchId: 'b',
    };
    expect(dispatch(run(coverageMachine, census(3)).actor, fromCommittee).ok).toBe(false);
    expect(dispatch(actor, fromCommittee).ok).toBe(true);
  });

  it('runs the actions of an accepted event once and none of a refused one', () => {
    const { actor, emitted } = run(coverageMachine, census(3));
    emitted.length = 0;
    const approve = { type: 'APPROVE_BRANCH', at: day(1), by: by(HIGHER), branchId: 'b' };
    expect(dispatch(actor, approve).ok).toBe(true);
    expect(emitted.filter((e) => e.type === 'form-changed')).toHaveLength(1);
    expect(actor.getSnapshot().context.history).toHaveLength(1);
    expect(dispatch(actor, { ...approve, at: day(2) }).ok).toBe(false);
    expect(emitted.filter((e) => e.type === 'form-changed')).toHaveLength(1);
    expect(actor.getSnapshot().context.history).toHaveLength(1);
    expect(actor.getSnapshot().context.now).toBe(day(1));
  });
});
