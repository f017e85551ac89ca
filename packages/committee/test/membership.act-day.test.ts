// The membership's own transition conditions judge an act by the profile of its own day, as its
// catalog's rules do: `inactive` counts the months without activity by the edition of the tick's
// day (issue 17).
//
// SH 32 ¶2 (二): "业主委员会连续六个月未开展工作的" — the committee is re-elected early. No Shanghai text
// changes the six months, so the history is replaced here by one whose edition of 2026-08-01
// (after shanghai@2026-07-01) counts four. The committee last acted on 2026-03-10: four months
// have run by then, six have not. A tick at 23:59:59 of 07-31 leaves it sitting; one at 00:00:00
// of 08-01 starts the early re-election.
import { dispatch, type Profile, type ProfileHistory } from '@jiayuan/core';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { membershipMachine } from '../src/index.js';
import { ev, MEMBERSHIP_INPUT, where } from './support/fixtures.js';

// Hoisted above the imports: it names its dates itself.
vi.mock('../../core/src/profiles/history/shanghai.js', async () => {
  type Module = typeof import('../../core/src/profiles/history/shanghai.js');
  const actual = await vi.importActual<Module>('../../core/src/profiles/history/shanghai.js');
  const { defineProfile } = await vi.importActual<
    typeof import('../../core/src/profiles/define.js')
  >('../../core/src/profiles/define.js');
  const editions = actual.SHANGHAI_HISTORY.editions;
  const at = editions.findIndex((e) => e.from === '2026-07-01');
  const held = editions[at];
  if (held === undefined) throw new Error('no shanghai@2026-07-01 edition');
  const changed = structuredClone(held.profile) as { -readonly [K in keyof Profile]: Profile[K] };
  const term = {
    ...changed.term,
    earlyReElection: {
      ...changed.term.earlyReElection,
      inactivity: { period: { months: 4 }, cite: ['SH-32-2-inactive'] },
    },
  };
  const history: ProfileHistory = {
    id: 'shanghai',
    editions: [
      ...editions.slice(0, at),
      { ...held, until: '2026-07-31' },
      {
        ...held,
        id: 'shanghai@2026-08-01',
        from: '2026-08-01',
        summary: { 'zh-CN': '测试：连续四个月未开展工作', en: 'Test: four months inactive' },
        profile: defineProfile({ ...changed, term } as never),
      },
      ...editions.slice(at + 1),
    ],
  };
  return { ...actual, SHANGHAI_HISTORY: history };
});

const D = (s: string) => `${s}+08:00`;

function lastActedOn0310() {
  const actor = createActor(membershipMachine, {
    input: { ...MEMBERSHIP_INPUT, profile: { follows: 'shanghai' } },
  }).start();
  const r = dispatch(
    actor,
    ev('RECORD_MEETING', 'committee', D('2026-03-10T19:00:00'), { attended: ['o1'] }),
  );
  expect(r.ok).toBe(true);
  expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2023-12-28');
  return actor;
}

describe("the membership's own conditions read the profile of the act's day", () => {
  it('a tick at 23:59:59 of 07-31 counts six months: the committee sits', () => {
    const actor = lastActedOn0310();
    expect(dispatch(actor, ev('TICK', 'system', D('2026-07-31T23:59:59'))).ok).toBe(true);
    expect(where(actor)).toBe('sitting');
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
  });

  it('a tick at 00:00:00 of 08-01 counts four: the early re-election starts', () => {
    const actor = lastActedOn0310();
    expect(dispatch(actor, ev('TICK', 'system', D('2026-08-01T00:00:00'))).ok).toBe(true);
    expect(where(actor)).toBe('earlyReElection');
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-08-01');
  });
});
