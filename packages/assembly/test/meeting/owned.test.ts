// The assembly meeting owns its rules: xstate's own API refuses what `dispatch` refuses, and a
// host's provided rule guard changes `dispatch`'s verdict.
import { catalogCoverage, dispatch, ROLES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assemblyEvents, assemblyMachine } from '../../src/index.js';
import { CALL_AT, CLOSES_AT, ITEMS, meetingInput, OPENS_AT, start } from './support.js';

const call = (role: string) => ({
  type: 'CALL_ASSEMBLY',
  at: CALL_AT,
  by: { id: `${role}-1`, role },
  opensAt: OPENS_AT,
  closesAt: CLOSES_AT,
  place: '会所',
  form: 'collective-discussion',
  items: ITEMS,
});

describe('the assembly meeting owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expect(catalogCoverage(assemblyMachine, assemblyEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('takes no transition on actor.send from a role the catalog forbids', () => {
    const { actor } = start();
    for (const role of ROLES.filter(
      (r) => !assemblyEvents.events.CALL_ASSEMBLY.roles.includes(r),
    )) {
      const before = actor.getSnapshot();
      const event = call(role);
      expect(before.can(event as never)).toBe(false);
      actor.send(event as never);
      expect(actor.getSnapshot()).toBe(before);
    }
  });

  it('refuses with actor.send what the rules refuse: a call without the report and notice', () => {
    const { actor } = start();
    const before = actor.getSnapshot();
    expect(before.can(call('committee') as never)).toBe(false);
    actor.send(call('committee') as never);
    expect(actor.getSnapshot()).toBe(before);
  });

  it("follows a host's provided rule guard through dispatch", () => {
    // A host whose profile of practice does not ask for the written notice first.
    const relaxed = assemblyMachine.provide({
      guards: { 'authorities-notified': () => true, 'party-report': () => true },
    });
    const actor = createActor(relaxed, { input: meetingInput() }).start();
    expect(dispatch(actor, call('committee')).ok).toBe(true);
    const refused = dispatch(start().actor, call('committee'));
    expect(!refused.ok && refused.rejection.rule?.id).toBe('authorities-notified');
  });
});
