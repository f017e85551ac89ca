// The fund machines and the assembly meeting may follow Shanghai's law as it changes (core's
// profile histories): the edition of each act's Shanghai day. SH-6, final clause:
// "本意见自2021年7月1日起施行，有效期至2026年6月30日。"

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assemblyMachine, FundInputError, fundEmergencyMachine } from '../../src/index.js';
import { rollOf } from '../support.js';
import { harness, verdict } from './support.js';

const report = {
  kind: 'lift-stopped',
  plan: '5号楼2号电梯更换曳引机',
  estimateFen: 23_800_000,
  evidence: '整改通知书（要求停运）',
};

describe('a fund process that follows the law', () => {
  const start = () =>
    harness(fundEmergencyMachine, {
      repairId: 'lift-5-2',
      complexId: 'c1',
      startedAt: '2026-06-30T08:00:00+08:00',
      assemblyFormed: true,
      profile: { follows: 'shanghai' },
    });

  it('keeps the June edition at 23:59:59 of 06-30 and takes July’s at 00:00:00 of 07-01', () => {
    const before = start();
    expect(
      verdict(
        before.send('REPORT_EMERGENCY', 'property-firm', '2026-06-30T23:59:59+08:00', report),
      ),
    ).toBe('ok');
    expect(before.actor.getSnapshot().context.law).toEqual({
      follows: 'shanghai',
      edition: 'shanghai@2026-06-04',
    });
    const after = start();
    expect(
      verdict(after.send('REPORT_EMERGENCY', 'property-firm', '2026-07-01T00:00:00+08:00', report)),
    ).toBe('ok');
    const { context } = after.actor.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2026-07-01');
    // The fund's rules are in every edition: the SH 73 review stays 7 days.
    expect(context.profile.fund?.emergencyReview).toEqual(
      before.actor.getSnapshot().context.profile.fund?.emergencyReview,
    );
  });

  it('refuses a start before the history with a coded input error', () => {
    const errors: unknown[] = [];
    const actor = createActor(fundEmergencyMachine, {
      input: {
        repairId: 'x',
        complexId: 'c1',
        startedAt: '2022-10-21T23:59:59+08:00',
        assemblyFormed: true,
        profile: { follows: 'shanghai' },
      },
    });
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(errors[0]).toBeInstanceOf(FundInputError);
    expect(errors[0]).toMatchObject({ code: 'invalid-input' });
  });
});

describe('an assembly meeting that follows the law', () => {
  it('starts with the edition of its day', () => {
    const roll = rollOf([{ id: 'u1', owners: ['o1'], area: 10_000 }]);
    const actor = createActor(assemblyMachine, {
      input: {
        meetingId: 'm1',
        kind: 'regular',
        roll,
        startedAt: '2026-03-22T23:59:59+08:00',
        profile: { follows: 'shanghai' },
      },
    }).start();
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2023-12-28');
  });
});
