// The matter machine owns its rules: xstate's own API refuses what `dispatch` refuses, and a
// host's provided rule guard changes `dispatch`'s verdict (principle 8).
import { catalogCoverage, dispatch, ROLES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { LEVEL_RULES, matterEvents, matterMachine } from '../../src/index.js';
import { day, input, start } from '../support.js';

describe('the matter machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expect(catalogCoverage(matterMachine, matterEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('takes no transition on actor.send from a role the catalog forbids (JA 二(一)4)', () => {
    const { actor } = start();
    const { convener, required } = LEVEL_RULES.complex;
    for (const role of ROLES.filter((r) => !matterEvents.events.HOLD_MEETING.roles.includes(r))) {
      const before = actor.getSnapshot();
      const event = {
        type: 'HOLD_MEETING',
        at: day(1),
        by: { id: `${role}-1`, role },
        participants: [...required],
        minutes: '纪要',
      } as const;
      expect(before.can(event as never)).toBe(false);
      actor.send(event as never);
      expect(actor.getSnapshot()).toBe(before);
    }
    expect(convener).toBe('committee-chair');
  });

  it("follows a host's provided rule guard through dispatch", () => {
    // A host whose street office lets a meeting go ahead without the full participant list.
    const relaxed = matterMachine.provide({ guards: { 'required-participants': () => true } });
    const actor = createActor(relaxed, { input: input() }).start();
    const meeting = {
      type: 'HOLD_MEETING',
      at: day(1),
      by: { id: 'chair-1', role: 'committee-chair' },
      participants: [],
      minutes: '纪要',
    };
    expect(dispatch(actor, meeting).ok).toBe(true);
    const shipped = start();
    const refused = dispatch(shipped.actor, meeting);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('required-participants');
  });
});
