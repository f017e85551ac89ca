// Party coverage that follows Shanghai's law as it changes (core's profile histories): the
// party section of the edition in force on each act's own Shanghai day.
//
// SH-6, final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。" From 2026-07-01 the report to
// the party organisation before a major matter rests on SH-36 (十六) alone: "业主委员会在…物业服务企业
// 选聘解聘…等重大事项启动业主大会决策前，应当主动向居（村）党组织报告。"
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CoverageInputError, coverageMachine } from '../../src/index.js';
import { coverageProperty } from '../../src/testing/index.js';
import { census, input } from '../support.js';

const START = '2026-06-29T09:00:00+08:00';
const LAST_SECOND_OF_SH6 = '2026-06-30T23:59:59+08:00';
const FIRST_SECOND_AFTER = '2026-07-01T00:00:00+08:00';
const FOLLOWING = input({ startedAt: START, profile: { follows: 'shanghai' } });

function following() {
  return createActor(coverageMachine, { input: FOLLOWING }).start();
}

const update = (at: string, full: number, probationary = 0, headcount = 20) => ({
  type: 'CENSUS_UPDATED',
  at,
  by: { id: 'c', role: 'committee' },
  ...census(full, probationary, headcount),
});

function send(actor: ReturnType<typeof following>, event: Record<string, unknown>) {
  const result = dispatch(actor, event);
  if (!result.ok) throw new Error(result.rejection.message.en);
}

describe('party coverage that follows the law as it changes', () => {
  it("holds its start day's edition and keeps it through SH-6's last second", () => {
    const actor = following();
    expect(actor.getSnapshot().context.law).toEqual({
      follows: 'shanghai',
      edition: 'shanghai@2026-06-04',
    });
    send(actor, update(LAST_SECOND_OF_SH6, 2));
    const { context } = actor.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2026-06-04');
    expect(context.party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report', 'SH-6-10']);
    expect(context.profileId).toBe('shanghai');
  });

  it('takes the edition without SH-6 for an act at 00:00:00 of 07-01', () => {
    const actor = following();
    send(actor, update(LAST_SECOND_OF_SH6, 2));
    send(actor, update(FIRST_SECOND_AFTER, 3));
    const { context } = actor.getSnapshot();
    expect(context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
    expect(context.party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report']);
    expect(context.census.full).toBe(3);
  });

  it('leaves the held edition alone when an act after the change is refused', () => {
    const actor = following();
    send(actor, update(LAST_SECOND_OF_SH6, 2));
    const before = actor.getPersistedSnapshot();
    // 15 full and 6 probationary members exceed a headcount of 20: refused.
    expect(dispatch(actor, update(FIRST_SECOND_AFTER, 15, 6)).ok).toBe(false);
    expect(actor.getPersistedSnapshot()).toEqual(before);
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
  });

  it('carries the followed law through persistence and goes on switching after a restore', () => {
    const actor = following();
    send(actor, update(LAST_SECOND_OF_SH6, 2));
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    expect(stored.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-06-04' });
    const restored = createActor(coverageMachine, { snapshot: stored, input: input() }).start();
    send(restored, update(FIRST_SECOND_AFTER, 3));
    expect(restored.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
    expect(restored.getSnapshot().context.party.reportBeforeMajorMatters.cite).toEqual([
      'SH-36-16-report',
    ]);
  });

  it('keeps a fixed profile fixed, with no law in the context', () => {
    const actor = createActor(coverageMachine, { input: input({ startedAt: START }) }).start();
    const { party } = actor.getSnapshot().context;
    send(actor, update(FIRST_SECOND_AFTER, 3));
    expect(actor.getSnapshot().context.law).toBeUndefined();
    expect(Object.hasOwn(actor.getSnapshot().context, 'law')).toBe(false);
    expect(actor.getSnapshot().context.party).toBe(party);
  });

  it('refuses a start before the history with a coded input error naming the profile', () => {
    const errors: unknown[] = [];
    const early = createActor(coverageMachine, {
      input: { ...FOLLOWING, startedAt: '2022-10-21T23:59:59+08:00' },
    });
    early.subscribe({ error: (e) => errors.push(e) });
    early.start();
    expect(errors[0]).toBeInstanceOf(CoverageInputError);
    expect(errors[0]).toMatchObject({ code: 'invalid-coverage-input' });
    expect((errors[0] as CoverageInputError).issues.map((i) => i.path)).toEqual(['profile']);
    // The first day of the history starts.
    const first = createActor(coverageMachine, {
      input: { ...FOLLOWING, startedAt: '2022-10-22T00:00:00+08:00' },
    }).start();
    expect(first.getSnapshot().context.law?.edition).toBe('shanghai@2022-10-22');
  });
});

describe('coverage that follows the law, fuzzed across the 2026 editions', () => {
  it('keeps the coverage invariants and the dispatch contract while the editions change', {
    timeout: 120_000,
  }, () => {
    const started = input({
      startedAt: '2026-02-20T09:00:00+08:00',
      profile: { follows: 'shanghai' },
    });
    const stats = coverageProperty({ input: started, numRuns: 50, seed: 17 });
    expect(stats.runs).toBe(50);
  });
});
