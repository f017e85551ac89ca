// The disclosure calendar owns its rules: xstate's own API refuses what `dispatch` refuses, and a
// host's provided rule guard changes `dispatch`'s verdict (principle 8).
import { catalogCoverage, dispatch, ROLES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { disclosureEvents, disclosureMachine } from '../../src/index.js';
import { dInput, startCalendar } from './support.js';

describe('the disclosure calendar owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expect(catalogCoverage(disclosureMachine, disclosureEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('takes no transition on actor.send from a role the catalog forbids', () => {
    const { actor } = startCalendar();
    for (const type of disclosureEvents.types) {
      const spec = disclosureEvents.events[type as keyof typeof disclosureEvents.events];
      for (const role of ROLES.filter((r) => !spec.roles.includes(r))) {
        const before = actor.getSnapshot();
        const event = {
          type,
          at: '2026-04-01T10:00:00+08:00',
          by: { id: `${role}-1`, role },
          duty: 'service-and-fees',
          evidence: 'photo-1',
          effectiveOn: '2026-06-01',
          reason: 'x',
        };
        expect(before.can(event as never)).toBe(false);
        actor.send(event as never);
        expect(actor.getSnapshot()).toBe(before);
      }
    }
  });

  it("follows a host's provided rule guard through dispatch", () => {
    // SH 48: a posting is recorded only with evidence; a host that records it without.
    const posting = {
      type: 'PUBLISH',
      at: '2026-04-01T10:00:00+08:00',
      by: { id: 'firm-1', role: 'property-firm' },
      duty: 'service-and-fees',
    };
    const shipped = startCalendar();
    const refused = dispatch(shipped.actor, posting);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('evidence-required');
    const relaxed = disclosureMachine.provide({ guards: { 'evidence-required': () => true } });
    const actor = createActor(relaxed, { input: dInput() }).start();
    expect(dispatch(actor, posting).ok).toBe(true);
  });
});
