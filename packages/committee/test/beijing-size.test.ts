// BJ 39 ¶1: "业主委员会由五人以上单数组成…户数一百户以下的住宅小区，业主委员会可以由三人组成" —
// the small committee by households, and a refusal built from Beijing's numbers and articles.
import { dispatch, type RollInput } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { BEIJING_FORMATION_INPUT, beijingRunUpTo } from './support/beijing-run.js';
import { ev, startFormation } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;

/** A roll of `n` households, one owner and one 100 m² flat each. */
function households(n: number): RollInput {
  return {
    complexId: 'c1',
    owners: Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}` })),
    units: Array.from({ length: n }, (_, i) => ({
      id: `u${i + 1}`,
      building: '1号楼',
      status: 'delivered' as const,
      owners: [`o${i + 1}`],
      areas: { register: 10_000 },
    })),
  };
}

/** The Beijing run to the drafts, with a roll of `n` households, then three seats. */
function threeSeats(n: number) {
  const actor = startFormation(BEIJING_FORMATION_INPUT);
  const steps = beijingRunUpTo('CONFIRM_ROLL').slice(0, -1);
  for (const e of steps) dispatch(actor, e);
  const roll = ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-25T09:00:00'), {
    roll: households(n),
  });
  expect(dispatch(actor, roll).ok).toBe(true);
  return dispatch(
    actor,
    ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-06-01T09:00:00'), {
      drafts: [
        'management-statute',
        'rules-of-procedure',
        'voting-rules',
        'nomination-method',
        'election-method',
      ],
      seats: 3,
    }),
  );
}

describe('BJ 39 ¶1: three members where there are 100 households or fewer', () => {
  it('100 households (一百户以下 includes 100): three seats are lawful', () => {
    expect(threeSeats(100).ok).toBe(true);
  });

  it('101 households: refused in Beijing’s words, citing BJ 39, not SH 20', () => {
    const r = threeSeats(101);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.message.en).toBe(
      'The committee has 5 or more, an odd number of, members; 3 where there are at most 100 households (this complex: 101); 3 is not allowed.',
    );
    expect(r.rejection.message['zh-CN']).toBe(
      '业主委员会由5人以上单数组成；100户以下的可为3人（本小区101户），不能为3人。',
    );
    expect(r.rejection.rule?.citations).toEqual(['BJ-39-1', 'BJ-39-1-small']);
  });
});
