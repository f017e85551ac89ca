// A dismissal that follows Shanghai's law as it changes (core's profile history): each act is
// judged by the edition in force on its own Shanghai day.
//
// SH-6, final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。" From 2026-07-01 the report to
// the party organisation before a major matter rests on SH-36 (十六) alone: "业主委员会在…物业服务企业
// 选聘解聘…等重大事项启动业主大会决策前，应当主动向居（村）党组织报告。"
import { dispatch, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dismissalMachine, FirmInputError } from '../src/index.js';
import { authoritiesNotice, baseInput, ev, partyReport, refuse, send } from './support.js';

const START = '2026-06-29T09:00:00+08:00';
const LAST_SECOND_OF_SH6 = '2026-06-30T23:59:59+08:00';
const FIRST_SECOND_AFTER = '2026-07-01T00:00:00+08:00';

function following() {
  return createActor(dismissalMachine, {
    input: baseInput({ startedAt: START, profile: { follows: 'shanghai' } }),
  }).start();
}

describe('a dismissal that follows the law as it changes', () => {
  it("starts with the edition of its start day and keeps it through SH-6's last second", () => {
    const actor = following();
    expect(actor.getSnapshot().context.law).toEqual({
      follows: 'shanghai',
      edition: 'shanghai@2026-06-04',
    });
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', LAST_SECOND_OF_SH6));
    const { context } = actor.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2026-06-04');
    expect(context.profile.party.reportBeforeMajorMatters.cite).toEqual([
      'SH-36-16-report',
      'SH-6-10',
    ]);
  });

  it('takes the edition without SH-6 for an act at 00:00:00 of 07-01', () => {
    const actor = following();
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', LAST_SECOND_OF_SH6));
    send(actor, partyReport(FIRST_SECOND_AFTER));
    send(actor, authoritiesNotice(FIRST_SECOND_AFTER));
    const { context } = actor.getSnapshot();
    expect(context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
    expect(context.profile.party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report']);
    expect(context.profile.laws).not.toContain('SH-6');
    expect(context.preCall.partyReport).toEqual({ at: FIRST_SECOND_AFTER, by: 'committee-1' });
  });

  it('leaves the held edition alone when an act after the change is refused', () => {
    const actor = following();
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', LAST_SECOND_OF_SH6));
    const before = actor.getPersistedSnapshot();
    expect(dispatch(actor, partyReport(FIRST_SECOND_AFTER, 'owner')).ok).toBe(false);
    expect(actor.getPersistedSnapshot()).toEqual(before);
  });

  it('carries the followed law through persistence and goes on switching after a restore', () => {
    const actor = following();
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', LAST_SECOND_OF_SH6));
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(dismissalMachine, {
      snapshot: stored,
      input: baseInput(),
    }).start();
    send(restored, partyReport(FIRST_SECOND_AFTER));
    send(restored, authoritiesNotice(FIRST_SECOND_AFTER));
    expect(restored.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
  });

  it("cites the report rule's text of the act's day: SH-6 (十) in 2025, SH-36 (十六) after SH-6", () => {
    // SH-6 (十): "业主委员会应当事先书面通知居民委员会或者村民委员会、居民区党组织和街镇房管机构"
    const call = (at: string) =>
      ev('CALL_ASSEMBLY', 'committee', at, {
        opensAt: '2026-09-01T09:00:00+08:00',
        closesAt: '2026-09-08T18:00:00+08:00',
      });
    const in2025 = createActor(dismissalMachine, {
      input: baseInput({
        startedAt: '2025-05-06T09:00:00+08:00',
        profile: { follows: 'shanghai' },
      }),
    }).start();
    send(in2025, ev('PROPOSE_DISMISSAL', 'committee', '2025-05-06T10:00:00+08:00'));
    const early = refuse(in2025, {
      ...call('2025-05-07T10:00:00+08:00'),
      opensAt: '2025-06-01T09:00:00+08:00',
      closesAt: '2025-06-08T18:00:00+08:00',
    });
    expect(early.rule?.id).toBe('party-report');
    expect(early.rule?.citations).toContain('SH-6-10');
    expect(early.rule?.citations).not.toContain('SH-36-16-report');

    const after = following();
    send(after, ev('PROPOSE_DISMISSAL', 'committee', LAST_SECOND_OF_SH6));
    const late = refuse(after, call(FIRST_SECOND_AFTER));
    expect(late.rule?.id).toBe('party-report');
    expect(late.rule?.citations).toEqual(['SH-36-16-report']);
  });

  it('keeps a fixed profile as it was given, whatever the day', () => {
    const actor = createActor(dismissalMachine, {
      input: baseInput({ startedAt: START, profile: shanghai }),
    }).start();
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', LAST_SECOND_OF_SH6));
    send(actor, partyReport(FIRST_SECOND_AFTER));
    send(actor, authoritiesNotice(FIRST_SECOND_AFTER));
    const { context } = actor.getSnapshot();
    expect(context.law).toBeUndefined();
    expect(context.profile).toEqual(shanghai);
  });

  it('refuses a start before the history with a coded input error naming the profile', () => {
    const errors: unknown[] = [];
    const early = createActor(dismissalMachine, {
      input: baseInput({ startedAt: '2024-03-28T23:59:59+08:00', profile: { follows: 'beijing' } }),
    });
    early.subscribe({ error: (e) => errors.push(e) });
    early.start();
    expect(errors[0]).toBeInstanceOf(FirmInputError);
    expect(errors[0]).toMatchObject({ code: 'invalid-input', fields: ['profile'] });
    expect(String((errors[0] as Error).message)).toMatch(/2024-03-29/);
    const onTime = createActor(dismissalMachine, {
      input: baseInput({ startedAt: '2024-03-29T00:00:00+08:00', profile: { follows: 'beijing' } }),
    }).start();
    expect(onTime.getSnapshot().context.law?.edition).toBe('beijing@2024-03-29');
  });
});
