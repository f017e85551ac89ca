// The coverage context keeps the profile's party section, not the profile; it declares so
// (`COVERAGE_KEEPS`), and its rules read the party section of the act's own day even on the first
// act of a new edition, before the clock has moved the section held (issue 17).
//
// 《中国共产党支部工作条例（试行）》第五条, as the citation registry keys it (PARTY-BRANCH-5):
// "联合党支部覆盖单位一般不超过5个". No text held under docs/law/ changes that number, so the Shanghai
// history is replaced here by one whose edition of 2026-05-01 (inside shanghai@2026-03-23) lowers
// `party.jointBranchMaxUnits` to 4 and cites it to the same article: a joint branch of five units
// is accepted at 23:59:59 of 04-30 and refused at 00:00:00 of 05-01, where four are accepted.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { coverageEvents, coverageMachine } from '../../src/index.js';
import { census, input } from '../support.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../../core/test/support/extra-edition.js');
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-03-23',
    from: '2026-05-01',
    change: (held) => ({
      party: { ...held.party, jointBranchMaxUnits: { value: 4, cite: ['PARTY-BRANCH-5'] } },
    }),
    summary: { 'zh-CN': '测试：联合党支部至多4个单位', en: 'Test: a joint branch of 4 units' },
  });
});

const LAST_SECOND = '2026-04-30T23:59:59+08:00';
const FIRST_SECOND = '2026-05-01T00:00:00+08:00';
const FIVE = ['u1', 'u2', 'u3', 'u4', 'u5'];
const FOUR = ['u1', 'u2', 'u3', 'u4'];
const HIGHER = { id: 'h-1', role: 'higher-party-organisation' } as const;

// One full member: too few for a branch of its own, so a joint branch is the form.
function following() {
  return createActor(coverageMachine, {
    input: input({
      startedAt: '2026-04-20T09:00:00+08:00',
      profile: { follows: 'shanghai' },
      ...census(1),
    }),
  }).start();
}

const join = (at: string, units: readonly string[]) => ({
  type: 'JOIN_JOINT_BRANCH',
  at,
  by: HIGHER,
  jointBranchId: 'j',
  units: [...units],
});

describe("coverage rules read the party section of the act's day", () => {
  it('declares that it keeps the party section', () => {
    expect(Object.keys(coverageEvents.keeps ?? {})).toEqual(['party']);
  });

  it('accepts five units at 23:59:59 of 04-30, under the edition held', () => {
    const actor = following();
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-03-23');
    expect(actor.getSnapshot().can(join(LAST_SECOND, FIVE) as never)).toBe(true);
    const r = dispatch(actor, join(LAST_SECOND, FIVE));
    expect(r.ok).toBe(true);
    expect(actor.getSnapshot().context.party.jointBranchMaxUnits.value).toBe(5);
  });

  it("refuses five units at 00:00:00 of 05-01 by that day's limit, though the process holds 5", () => {
    const actor = following();
    expect(actor.getSnapshot().context.party.jointBranchMaxUnits.value).toBe(5);
    expect(actor.getSnapshot().can(join(FIRST_SECOND, FIVE) as never)).toBe(false);
    const r = dispatch(actor, join(FIRST_SECOND, FIVE));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.rule?.id).toBe('joint-branch-max-units');
    expect(r.rejection.details).toMatchObject({ units: 5, max: 4 });
    // Refused, the held edition stays.
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-03-23');
    // Plain actor.send is refused by the same guards.
    actor.send(join(FIRST_SECOND, FIVE) as never);
    expect(actor.getSnapshot().context.form).toBeNull();
  });

  it('accepts exactly four units at 00:00:00 of 05-01 and then holds the new section', () => {
    const actor = following();
    const r = dispatch(actor, join(FIRST_SECOND, FOUR));
    expect(r.ok).toBe(true);
    const { context } = actor.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2026-05-01');
    expect(context.party.jointBranchMaxUnits.value).toBe(4);
    expect(context.form).toBe('joint-branch');
    // The firm's own party-building record is not the profile's firm section.
    expect(context.firm).toEqual({
      alliance: null,
      dualTraining: { membersIntoCoreStaff: 0, coreStaffIntoMembers: 0 },
      articles: null,
    });
    expect(Object.hasOwn(context, 'profile')).toBe(false);
  });
});
