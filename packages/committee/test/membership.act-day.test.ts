// The membership's own transition conditions judge an act by the profile of its own day, as its
// catalog's rules do: `inactive` counts the months without activity by the edition of the tick's
// day (issue 17).
//
// SH 32 ¶2 (二): "业主委员会连续六个月未开展工作的" — the committee is re-elected early. No Shanghai text
// changes the six months, so the history is replaced here by one whose edition of 2026-08-01
// (after shanghai@2026-07-01) counts four. The committee last acted on 2026-03-10: four months
// have run by then, six have not. A tick at 23:59:59 of 07-31 leaves it sitting; one at 00:00:00
// of 08-01 starts the early re-election.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { membershipMachine } from '../src/index.js';
import { ev, MEMBERSHIP_INPUT, where } from './support/fixtures.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../core/test/support/extra-edition.js');
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-07-01',
    from: '2026-08-01',
    change: (held) => ({
      term: {
        ...held.term,
        earlyReElection: {
          ...held.term.earlyReElection,
          inactivity: { period: { months: 4 }, cite: ['SH-32-2-inactive'] },
        },
      },
    }),
    summary: { 'zh-CN': '测试：连续四个月未开展工作', en: 'Test: four months inactive' },
  });
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
