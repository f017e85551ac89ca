// A joint-meeting matter that follows Shanghai's law as it changes (core's profile histories): the
// joint-meeting section of the edition in force on each act's own Shanghai day.
//
// SH-36 (十六), dated 2026-03-23: "主动参加居（村）党组织牵头的居（村）民委员会、业主委员会、物业服务企业
// 月度联席会议，沟通商议物业管理重大事项" Before it no text sets a monthly three-party meeting.
// SH-6, final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MatterInputError, matterMachine } from '../../src/index.js';
import { matterProperty } from '../../src/testing/index.js';
import { input, start } from '../support.js';

const follows = { follows: 'shanghai' } as const;

describe('a joint-meeting matter that follows the law as it changes', () => {
  it('takes SH-36 for a meeting at 00:00:00 of 2026-03-23, not at 23:59:59 of 03-22', () => {
    const h = start({ raisedAt: '2026-03-20T09:00:00+08:00', profile: follows });
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2023-12-28');
    expect(h.meet('2026-03-22T23:59:59+08:00').ok).toBe(true);
    let { context } = h.actor.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2023-12-28');
    expect(context.jointMeetings.threePartyMeetingEvery.period).toBeNull();
    expect(h.meet('2026-03-23T00:00:00+08:00').ok).toBe(true);
    ({ context } = h.actor.getSnapshot());
    expect(context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-03-23' });
    expect(context.jointMeetings.threePartyMeetingEvery).toMatchObject({
      period: { months: 1 },
      cite: ['SH-36-16-joint'],
    });
  });

  it("keeps SH-6's edition through 23:59:59 of 06-30 and drops it at 00:00:00 of 07-01", () => {
    const h = start({ raisedAt: '2026-06-29T09:00:00+08:00', profile: follows });
    expect(h.meet('2026-06-30T23:59:59+08:00').ok).toBe(true);
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
    expect(h.meet('2026-07-01T00:00:00+08:00').ok).toBe(true);
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
  });

  it('leaves the held edition alone when an act after the change is refused', () => {
    const h = start({ raisedAt: '2026-06-29T09:00:00+08:00', profile: follows });
    expect(h.meet('2026-06-30T23:59:59+08:00').ok).toBe(true);
    const before = h.actor.getPersistedSnapshot();
    // An owner does not convene the complex-level meeting: refused, nothing moves.
    const refused = h.send('HOLD_MEETING', 'owner', '2026-07-01T00:00:00+08:00', {
      participants: ['owner'],
      minutes: '纪要',
    });
    expect(refused.ok).toBe(false);
    expect(h.actor.getPersistedSnapshot()).toEqual(before);
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
  });

  it('carries the followed law through persistence and goes on switching after a restore', () => {
    const h = start({ raisedAt: '2026-06-29T09:00:00+08:00', profile: follows });
    expect(h.meet('2026-06-30T23:59:59+08:00').ok).toBe(true);
    const stored = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    expect(stored.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-06-04' });
    const restored = createActor(matterMachine, { snapshot: stored, input: input() }).start();
    const r = dispatch(restored, {
      type: 'REQUEST_MEDIATION',
      at: '2026-07-01T00:00:00+08:00',
      by: { id: 'o', role: 'owner' },
    });
    expect(r.ok).toBe(true);
    expect(restored.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
  });

  it('keeps a fixed profile fixed, with no law in the context', () => {
    const h = start({ raisedAt: '2026-03-20T09:00:00+08:00' });
    const { jointMeetings } = h.actor.getSnapshot().context;
    expect(h.meet('2026-07-01T00:00:00+08:00').ok).toBe(true);
    expect(Object.hasOwn(h.actor.getSnapshot().context, 'law')).toBe(false);
    expect(h.actor.getSnapshot().context.jointMeetings).toBe(jointMeetings);
  });

  it('refuses a start before the history with a coded, bilingual input error naming the profile', () => {
    const errors: unknown[] = [];
    const early = createActor(matterMachine, {
      input: input({ raisedAt: '2022-10-21T23:59:59+08:00', profile: follows }),
    });
    early.subscribe({ error: (e) => errors.push(e) });
    early.start();
    expect(errors[0]).toBeInstanceOf(MatterInputError);
    expect(errors[0]).toMatchObject({ code: 'invalid-input', fields: ['profile'] });
    expect((errors[0] as MatterInputError).messages['zh-CN']).toContain('联席会议事项的输入无效');
    const first = createActor(matterMachine, {
      input: input({ raisedAt: '2022-10-22T00:00:00+08:00', profile: follows }),
    }).start();
    expect(first.getSnapshot().context.law?.edition).toBe('shanghai@2022-10-22');
  });
});

describe('a matter that follows the law, fuzzed across the 2026 editions', () => {
  it('keeps the matter invariants and the dispatch contract through 03-23, 06-04 and 07-01', {
    timeout: 120_000,
  }, () => {
    const started = input({ raisedAt: '2026-03-10T09:00:00+08:00', profile: follows });
    const stats = matterProperty({ input: started, numRuns: 100, maxEvents: 25, seed: 17 });
    expect(stats.runs).toBe(100);
  });
});
