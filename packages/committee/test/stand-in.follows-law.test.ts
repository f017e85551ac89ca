// A stand-in body (TERM-9) that follows Shanghai's law as it changes (core's profile histories):
// each act is judged by the edition in force on its own Shanghai day.
//
// SH-36 (十八), dated 2026-03-23: "业主委员会无法按时组建换届的，由街镇牵头组建物业治理委员会，发挥临时过渡和救济补位
// 等功能…" Before it the Shanghai editions name no stand-in body.
// SH-6, final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { StandInInputError } from '../src/stand-in/input.js';
import { standInMachine } from '../src/stand-in/machine.js';
import { SH_MEMBERS, standInProperty } from '../src/testing/stand-in.js';
import { ev, SH_INPUT, where } from './support/stand-in-fixtures.js';

const START = '2026-06-29T09:00:00+08:00';
const LAST_SECOND_OF_SH6 = '2026-06-30T23:59:59+08:00';
const FIRST_SECOND_AFTER = '2026-07-01T00:00:00+08:00';
const FOLLOWING = { ...SH_INPUT, startAt: START, profile: { follows: 'shanghai' as const } };

function following(input = FOLLOWING) {
  return createActor(standInMachine, { input }).start();
}

function send(actor: ReturnType<typeof following>, event: Record<string, unknown>) {
  const result = dispatch(actor, event);
  if (!result.ok) throw new Error(JSON.stringify(result.rejection));
}

const form = (at: string) => ev('FORM_STAND_IN', 'street-office', at, { members: SH_MEMBERS });
const deliberate = (at: string, deliberationId = 'd-1') =>
  ev('HOLD_DELIBERATION', 'street-office', at, { deliberationId, topic: 'parking' });

/** Errors an actor stops with at its start. */
function startErrors(startAt: string): unknown[] {
  const errors: unknown[] = [];
  const actor = createActor(standInMachine, { input: { ...FOLLOWING, startAt } });
  actor.subscribe({ error: (e) => errors.push(e) });
  actor.start();
  return errors;
}

describe('a stand-in that follows the law as it changes', () => {
  it("holds its start day's edition and keeps it through SH-6's last second", () => {
    const actor = following();
    expect(actor.getSnapshot().context.law).toEqual({
      follows: 'shanghai',
      edition: 'shanghai@2026-06-04',
    });
    send(actor, form(LAST_SECOND_OF_SH6));
    const { context } = actor.getSnapshot();
    expect(where(actor)).toBe('sitting.acting');
    expect(context.law?.edition).toBe('shanghai@2026-06-04');
    expect(context.profile.laws).toContain('SH-6');
  });

  it('takes the edition without SH-6 for an act at 00:00:00 of 07-01', () => {
    const actor = following();
    send(actor, form(LAST_SECOND_OF_SH6));
    send(actor, deliberate(FIRST_SECOND_AFTER));
    const { context } = actor.getSnapshot();
    expect(context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
    expect(context.profile.laws).not.toContain('SH-6');
    expect(context.profile.term.standIn.value.kind).toBe('governance-committee');
  });

  it('leaves the held edition alone when an act after the change is refused', () => {
    const actor = following();
    send(actor, form(LAST_SECOND_OF_SH6));
    send(actor, deliberate(LAST_SECOND_OF_SH6));
    const before = actor.getPersistedSnapshot();
    // The same deliberation twice is refused (newDeliberation); nothing moves, the edition included.
    expect(dispatch(actor, deliberate(FIRST_SECOND_AFTER)).ok).toBe(false);
    expect(actor.getPersistedSnapshot()).toEqual(before);
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
  });

  it('carries the followed law through persistence and goes on switching after a restore', () => {
    const actor = following();
    send(actor, form(LAST_SECOND_OF_SH6));
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    expect(stored.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-06-04' });
    const restored = createActor(standInMachine, { snapshot: stored, input: SH_INPUT }).start();
    send(restored, deliberate(FIRST_SECOND_AFTER));
    expect(restored.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
  });

  it('keeps a fixed profile fixed, with no law in the context', () => {
    const actor = following({ ...FOLLOWING, profile: SH_INPUT.profile as never });
    send(actor, form(LAST_SECOND_OF_SH6));
    send(actor, deliberate(FIRST_SECOND_AFTER));
    expect(actor.getSnapshot().context.law).toBeUndefined();
    expect(actor.getSnapshot().context.profile).toEqual(SH_INPUT.profile);
  });

  it('starts from 00:00:00 of 2026-03-23, when SH-36 brought the 物业治理委员会, and not a second earlier', () => {
    expect(startErrors('2026-03-23T00:00:00+08:00')).toEqual([]);
    const [early] = startErrors('2026-03-22T23:59:59+08:00');
    expect(early).toBeInstanceOf(StandInInputError);
    expect(early).toMatchObject({ code: 'no-stand-in-body' });
  });

  it('refuses a start before the history with a coded input error naming the profile', () => {
    const [error] = startErrors('2022-10-21T23:59:59+08:00');
    expect(error).toBeInstanceOf(StandInInputError);
    expect(error).toMatchObject({ code: 'invalid-input', fields: ['profile'] });
    expect((error as StandInInputError).messages['zh-CN']).not.toBe('');
    expect((error as StandInInputError).messages.en).not.toBe('');
  });
});

describe('a stand-in that follows the law, fuzzed across 06-04 and 07-01', () => {
  it('keeps the stand-in invariants and the dispatch contract while the editions change', {
    timeout: 120_000,
  }, () => {
    const input = { ...FOLLOWING, startAt: '2026-05-20T09:00:00+08:00' };
    const stats = standInProperty({ input, numRuns: 50, seed: 17 });
    expect(stats.runs).toBe(50);
  });
});
