// The fund machines own their rules: every transition is guarded by its event guard, actor.send
// refuses what dispatch refuses, and a host's provided rule guard changes dispatch's verdict.
import { catalogCoverage, dispatch, ROLES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  fundEmergencyEvents,
  fundEmergencyMachine,
  fundReRaiseEvents,
  fundReRaiseMachine,
  fundUseEvents,
  fundUseMachine,
} from '../../src/index.js';

const AT = '2026-05-06T10:00:00+08:00';
const emergencyInput = {
  repairId: 'r1',
  complexId: 'c1',
  startedAt: '2026-05-06T08:00:00+08:00',
  assemblyFormed: true,
};
const report = (role: string) => ({
  type: 'REPORT_EMERGENCY',
  at: AT,
  by: { id: `${role}-1`, role },
  kind: 'lift-stopped',
  plan: 'p',
  estimateFen: 1,
  evidence: 'e',
});

describe('the fund machines own their rules', () => {
  it.each([
    ['fundUse', fundUseMachine, fundUseEvents],
    ['fundEmergency', fundEmergencyMachine, fundEmergencyEvents],
    ['fundReRaise', fundReRaiseMachine, fundReRaiseEvents],
  ] as const)('%s: every transition guarded, every action applied', (_, machine, catalog) => {
    expect(catalogCoverage(machine as never, catalog as never)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('takes no transition on actor.send from a role the catalog forbids', () => {
    const actor = createActor(fundEmergencyMachine, { input: emergencyInput }).start();
    for (const role of ROLES.filter((r) => r !== 'property-firm')) {
      const before = actor.getSnapshot();
      expect(before.can(report(role) as never)).toBe(false);
      actor.send(report(role) as never);
      expect(actor.getSnapshot()).toBe(before);
    }
  });

  it("follows a host's provided rule guard through dispatch", () => {
    const actor = createActor(
      fundEmergencyMachine.provide({ guards: { 'listed-emergency': () => false } }),
      { input: emergencyInput },
    ).start();
    const r = dispatch(actor, report('property-firm'));
    expect(!r.ok && r.rejection.rule?.id).toBe('listed-emergency');
    const plain = createActor(fundEmergencyMachine, { input: emergencyInput }).start();
    expect(dispatch(plain, report('property-firm')).ok).toBe(true);
  });
});
