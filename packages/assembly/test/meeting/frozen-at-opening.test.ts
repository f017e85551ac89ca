// A vote keeps the bars, the roll and the channels it opened with while the law it follows
// changes during the window (issue 17, "Done when"). No text held under docs/law/ changes a bar, so
// the Shanghai history is replaced here by one with an extra edition on 2026-04-20, inside the
// voting window (04-16 09:00 to 04-26 17:00), that raises voting.quorum to 3/4, accepts paper
// ballots only and asks twenty days' notice of a meeting (PMR 14's fifteen are a floor). The meeting follows that history: its context.profile switches on the first
// event of 04-20 or later; the open vote does not.
//
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主
// 参与表决。" — "以上" includes the bar: 2 of 3 owners, and 200.00 of 300.00 m², are enough.
// Channels and roll are the ones announced with the call (PMR 14, SH 16 ¶2: the owners are told the
// meeting's form fifteen days before it), so a later edition cannot take a channel away mid-vote.
import { atLeast, dispatch } from '@jiayuan/core';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { type AgendaItem, assemblyMachine } from '../../src/index.js';
import { rollOf } from '../support.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../../core/test/support/extra-edition.js');
  const quorum = { value: { fraction: { num: 3, den: 4 }, mode: 'at-least' }, cite: ['CC-278-2'] };
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-03-23',
    from: '2026-04-20',
    change: (held) => ({
      voting: {
        ...held.voting,
        quorum: { headcount: quorum, area: quorum },
        channels: { value: ['paper'], cite: ['SH-18-1'] },
        meetingNotice: { period: { days: 20 }, cite: ['PMR-14'] },
      } as typeof held.voting,
    }),
    summary: { 'zh-CN': '测试：表决门槛提高至四分之三', en: 'Test: the quorum raised to 3/4' },
  });
});

// Three owners: 100.00, 99.99 and 100.01 m² (300.00 m² in all), so two of them are exactly at
// the headcount bar and 0.01 m² either side of the area bar.
const ROLL = rollOf([
  { id: 'u1', area: 10_000 },
  { id: 'u2', area: 9_999 },
  { id: 'u3', area: 10_001 },
]);
const ITEM: AgendaItem = { id: 'statute', kind: 'management-statute', title: '修改管理规约' };
const OPENS_AT = '2026-04-16T09:00:00+08:00';
const CLOSES_AT = '2026-04-26T17:00:00+08:00';

function meeting() {
  const actor = createActor(assemblyMachine, {
    input: {
      meetingId: 'm-frozen',
      kind: 'regular',
      roll: ROLL,
      startedAt: '2026-03-24T09:00:00+08:00',
      profile: { follows: 'shanghai' },
    },
  }).start();
  const send = (type: string, role: string, at: string, payload: Record<string, unknown> = {}) => {
    const r = dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
    if (!r.ok) throw new Error(`${type} refused: ${r.rejection.code} ${r.rejection.message.en}`);
  };
  send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
  send('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', '2026-03-31T10:00:00+08:00', {
    meetingAt: OPENS_AT,
    place: '会所',
    agenda: '修改管理规约',
  });
  send('CALL_ASSEMBLY', 'committee', '2026-04-01T10:00:00+08:00', {
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    place: '会所',
    form: 'written-consultation',
    items: [ITEM],
  });
  send('OPEN_VOTE', 'committee', OPENS_AT);
  const context = () => actor.getSnapshot().context;
  const vote = () => {
    const found = context().ballots?.votes[ITEM.id];
    if (found === undefined) throw new Error('no vote');
    return found;
  };
  const cast = (unit: string, at: string, channel: string) =>
    send('CAST_BALLOT', 'owner', at, {
      by: { id: `o-${unit}`, role: 'owner' },
      sheet: {
        id: `s-${unit}`,
        unitId: unit,
        castBy: `o-${unit}`,
        channel,
        at,
        answers: { [ITEM.id]: 'agree' },
      },
    });
  return { send, cast, context, vote };
}

const TWO_THIRDS = atLeast(2, 3);
const THREE_QUARTERS = atLeast(3, 4);

describe('a vote frozen at opening while the quorum is raised during its window', () => {
  it('switches the process to the new edition and keeps the vote’s bars, roll and channels', () => {
    const m = meeting();
    expect(m.context().law?.edition).toBe('shanghai@2026-03-23');
    const opened = structuredClone(m.vote());
    expect(opened.rule.quorum).toEqual({ headcount: TWO_THIRDS, area: TWO_THIRDS });
    expect(opened.options.channels).toContain('door-to-door');

    m.cast('u1', '2026-04-19T23:59:59+08:00', 'paper');
    expect(m.context().law?.edition).toBe('shanghai@2026-03-23');
    // The first event of 04-20 takes the new edition …
    m.cast('u3', '2026-04-20T00:00:00+08:00', 'door-to-door');
    expect(m.context().law?.edition).toBe('shanghai@2026-04-20');
    expect(m.context().profile.voting.quorum.headcount.value).toEqual(THREE_QUARTERS);
    expect(m.context().profile.voting.channels.value).toEqual(['paper']);
    // … while the vote keeps what it opened with: a door-to-door ballot is still taken.
    const v = m.vote();
    expect(v.rule).toEqual(opened.rule);
    expect(v.options).toEqual(opened.options);
    expect(v.roll).toEqual(opened.roll);
    expect(v.ballots.map((b) => b.unitId)).toEqual(['u1', 'u3']);
    expect(v.refused).toEqual([]);

    m.send('CLOSE_VOTE', 'committee', CLOSES_AT);
    // u1 + u3: 2 of 3 owners (2·3 = 6 ≥ 2·3 = 6) and 200.01 of 300.00 m² (20001·3 = 60003 ≥
    // 30000·2 = 60000) took part: the opening bar 2/3 is met. The edition's 3/4 would not be
    // (2·4 = 8 < 3·3 = 9). Both agree: 2/2 > 1/2.
    const result = m.vote().result;
    expect(result?.checks.map((c) => [c.id, c.part, c.whole, c.bar, c.passed])).toEqual([
      ['quorum-headcount', 2, 3, TWO_THIRDS, true],
      ['quorum-area', 20_001, 30_000, TWO_THIRDS, true],
      ['approval-headcount', 2, 2, expect.anything(), true],
      ['approval-area', 20_001, 20_001, expect.anything(), true],
    ]);
    expect(m.context().decision?.outcomes[0]?.passed).toBe(true);
  });

  it('fails by the opening bar 0.01 m² below it, and passes with one owner more', () => {
    // u1 + u2: 2 of 3 owners (at the bar) but 199.99 of 300.00 m² (19999·3 = 59997 < 60000).
    const below = meeting();
    below.cast('u1', '2026-04-18T10:00:00+08:00', 'paper');
    below.cast('u2', '2026-04-21T10:00:00+08:00', 'door-to-door');
    expect(below.context().law?.edition).toBe('shanghai@2026-04-20');
    below.send('CLOSE_VOTE', 'committee', CLOSES_AT);
    const failed = below.vote().result;
    expect(failed?.checks[0]).toMatchObject({ part: 2, whole: 3, bar: TWO_THIRDS, passed: true });
    expect(failed?.checks[1]).toMatchObject({ part: 19_999, whole: 30_000, passed: false });
    expect(failed?.quorumMet).toBe(false);
    expect(below.context().decision?.outcomes[0]?.passed).toBe(false);

    // One owner fewer than the bar: u3 alone, 1 of 3 (3 < 6) and 100.01 m².
    const alone = meeting();
    alone.cast('u3', '2026-04-21T10:00:00+08:00', 'door-to-door');
    alone.send('CLOSE_VOTE', 'committee', CLOSES_AT);
    expect(alone.vote().result?.checks[0]).toMatchObject({ part: 1, whole: 3, passed: false });

    // All three: 3 of 3 and 300.00 m² — passes under either bar.
    const all = meeting();
    all.cast('u1', '2026-04-18T10:00:00+08:00', 'paper');
    all.cast('u2', '2026-04-21T10:00:00+08:00', 'door-to-door');
    all.cast('u3', '2026-04-21T11:00:00+08:00', 'paper');
    all.send('CLOSE_VOTE', 'committee', CLOSES_AT);
    expect(all.vote().result?.passed).toBe(true);
  });

  it('opens a vote after the edition with the raised bar and the paper channel only', () => {
    // A vote opened on 04-20 or later freezes the new edition's values: the same two owners
    // (200.01 m², 2 of 3) now fall short of 3/4 (2·4 = 8 < 9), and door-to-door is refused.
    const actor = createActor(assemblyMachine, {
      input: {
        meetingId: 'm-late',
        kind: 'regular',
        roll: ROLL,
        startedAt: '2026-04-02T09:00:00+08:00',
        profile: { follows: 'shanghai' },
      },
    }).start();
    const send = (type: string, role: string, at: string, payload: Record<string, unknown> = {}) =>
      dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
    const opens = '2026-04-21T09:00:00+08:00';
    const closes = '2026-04-28T17:00:00+08:00';
    send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-04-03T10:00:00+08:00');
    send(
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'committee',
      '2026-04-04T10:00:00+08:00',
      {
        meetingAt: opens,
        place: '会所',
        agenda: '修改管理规约',
      },
    );
    const called = send('CALL_ASSEMBLY', 'committee', '2026-04-05T10:00:00+08:00', {
      opensAt: opens,
      closesAt: closes,
      place: '会所',
      form: 'written-consultation',
      items: [ITEM],
    });
    expect(called.ok).toBe(true);
    expect(send('OPEN_VOTE', 'committee', opens).ok).toBe(true);
    const vote = () => actor.getSnapshot().context.ballots?.votes[ITEM.id];
    expect(vote()?.rule.quorum).toEqual({ headcount: THREE_QUARTERS, area: THREE_QUARTERS });
    expect(vote()?.options.channels).toEqual(['paper']);
    const sheet = (unit: string, channel: string, at: string) => ({
      by: { id: `o-${unit}`, role: 'owner' },
      sheet: {
        id: `s-${unit}`,
        unitId: unit,
        castBy: `o-${unit}`,
        channel,
        at,
        answers: { statute: 'agree' },
      },
    });
    const refused = send(
      'CAST_BALLOT',
      'owner',
      '2026-04-22T10:00:00+08:00',
      sheet('u2', 'door-to-door', '2026-04-22T10:00:00+08:00'),
    );
    expect(refused.ok).toBe(false);
    expect(refused.ok ? undefined : refused.rejection.details).toMatchObject({
      ballot: 'channel-not-allowed',
    });
    send(
      'CAST_BALLOT',
      'owner',
      '2026-04-22T10:00:00+08:00',
      sheet('u1', 'paper', '2026-04-22T10:00:00+08:00'),
    );
    send(
      'CAST_BALLOT',
      'owner',
      '2026-04-22T11:00:00+08:00',
      sheet('u3', 'paper', '2026-04-22T11:00:00+08:00'),
    );
    send('CLOSE_VOTE', 'committee', closes);
    const checks = vote()?.result?.checks;
    expect(checks?.[0]).toMatchObject({ part: 2, whole: 3, bar: THREE_QUARTERS, passed: false });
    expect(checks?.[1]).toMatchObject({ part: 20_001, whole: 30_000, passed: false });
  });

  it('judges a notice by the period of the day it is served, and keeps it once served', () => {
    // The same call, voting from 05-06 09:00: served at 23:59:59 of 04-19 it gives the fifteen days
    // then in force (04-20 … 05-04, opens on 05-06); served at 00:00:00 of 04-20, with the held
    // edition still 03-23's, it is judged by the 20 days of 04-20 and refused.
    const opens = '2026-05-06T09:00:00+08:00';
    const serve = (at: string) => {
      const actor = createActor(assemblyMachine, {
        input: {
          meetingId: 'm-notice',
          kind: 'regular',
          roll: ROLL,
          startedAt: '2026-04-02T09:00:00+08:00',
          profile: { follows: 'shanghai' },
        },
      }).start();
      const send = (type: string, role: string, when: string, payload = {}) =>
        dispatch(actor, { type, at: when, by: { id: `${role}-1`, role }, ...payload });
      send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-04-19T10:00:00+08:00');
      send(
        'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
        'committee',
        '2026-04-19T11:00:00+08:00',
        {
          meetingAt: opens,
          place: '会所',
          agenda: '修改管理规约',
        },
      );
      expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-03-23');
      const called = send('CALL_ASSEMBLY', 'committee', at, {
        opensAt: opens,
        closesAt: '2026-05-10T17:00:00+08:00',
        place: '会所',
        form: 'written-consultation',
        items: [ITEM],
      });
      return { actor, send, called };
    };
    const late = serve('2026-04-20T00:00:00+08:00');
    expect(late.called.ok ? 'ok' : late.called.rejection.rule?.id).toBe('assembly-notice');
    expect(late.called.ok ? undefined : late.called.rejection.details).toMatchObject({
      period: { days: 20 },
    });
    const inTime = serve('2026-04-19T23:59:59+08:00');
    expect(inTime.called.ok).toBe(true);
    // Served under fifteen days, the notice stands after the switch to the 20-day edition.
    expect(inTime.send('TICK', 'system', '2026-04-20T00:00:00+08:00').ok).toBe(true);
    expect(inTime.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-04-20');
    expect(inTime.send('OPEN_VOTE', 'committee', opens).ok).toBe(true);
  });
});
