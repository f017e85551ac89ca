// The multi-item ballot: each item counted on its own answers, majority and electorate.
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。
// 决定前款第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。
// 决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
import { DEFAULT_PROFILE } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  castSheet,
  closeItemVotes,
  itemMajority,
  itemResults,
  openItemVotes,
  type SheetIssue,
  tallySheets,
} from '../../src/index.js';
import { CLOSES, equalUnits, item, OPENS, rollOf, sheet, type TestUnit } from '../support.js';

const count = (units: readonly TestUnit[], items: ReturnType<typeof item>[], sheets: unknown[]) =>
  tallySheets({
    items,
    roll: rollOf(units),
    profile: DEFAULT_PROFILE,
    sheets,
    opensAt: OPENS,
    closesAt: CLOSES,
  });

const resultOf = (t: ReturnType<typeof count>, id: string) => {
  const found = t.results.find((r) => r.item.id === id);
  if (found === undefined) throw new Error(`no item ${id}`);
  return found.result;
};

describe('each item its own majority (CC 278 ¶2)', () => {
  it('gives the special majority to raising the fund, rebuilding and changing use only', () => {
    expect(itemMajority({ kind: 'raise-maintenance-fund' })).toBe('special');
    expect(itemMajority({ kind: 'rebuild-alter' })).toBe('special');
    expect(itemMajority({ kind: 'change-use-common-parts' })).toBe('special');
    expect(itemMajority({ kind: 'use-maintenance-fund' })).toBe('ordinary');
    expect(itemMajority({ kind: 'management-statute' })).toBe('ordinary');
  });
});

describe('quorum per item: "三分之二以上 … 参与表决" on that item’s answers', () => {
  // Six owners of 100.00 m². Items A and B; four answer both, u5 answers A only.
  const units = equalUnits(6);
  const both = ['u1', 'u2', 'u3', 'u4'].map((u) => sheet(u, { A: 'agree', B: 'agree' }));
  const items = [item('A', 'other-major'), item('B', 'other-major')];

  it('counts an owner who left B blank in A only: A 5/6, B 4/6 — exactly 2/3 is enough', () => {
    const t = count(units, items, [...both, sheet('u5', { A: 'agree' })]);
    expect(t.accepted).toBe(5);
    expect(resultOf(t, 'A').participation).toEqual({ headcount: 5, area: 50_000 });
    expect(resultOf(t, 'B').participation).toEqual({ headcount: 4, area: 40_000 });
    expect(resultOf(t, 'B').quorumMet).toBe(true);
    expect(resultOf(t, 'B').passed).toBe(true);
  });

  it('fails B one person short of 2/3 (3/6) while A, answered by four, stands', () => {
    const t = count(units, items, [...both.slice(0, 3), sheet('u4', { A: 'agree' })]);
    expect(resultOf(t, 'A').quorumMet).toBe(true);
    expect(resultOf(t, 'B').participation.headcount).toBe(3);
    expect(resultOf(t, 'B').quorumMet).toBe(false);
    expect(resultOf(t, 'B').passed).toBe(false);
  });

  it('fails on area 0.01 m² short of 2/3 with the headcount at exactly 2/3', () => {
    // 100.00 + 99.99 + 100.01 = 300.00 m²; u1 and u2 take part: 199.99 < 200.00.
    const short = [
      { id: 'u1', area: 10_000 },
      { id: 'u2', area: 9_999 },
      { id: 'u3', area: 10_001 },
    ];
    const t = count(
      short,
      [item('A', 'other-major')],
      [sheet('u1', { A: 'agree' }), sheet('u2', { A: 'agree' })],
    );
    const r = resultOf(t, 'A');
    expect(r.checks[0]).toMatchObject({ id: 'quorum-headcount', part: 2, whole: 3, passed: true });
    expect(r.checks[1]).toMatchObject({
      id: 'quorum-area',
      part: 19_999,
      whole: 30_000,
      passed: false,
    });
    // With u3 (100.01) instead of u2 the area is 200.01 ≥ 200.00.
    const t2 = count(
      short,
      [item('A', 'other-major')],
      [sheet('u1', { A: 'agree' }), sheet('u3', { A: 'agree' })],
    );
    expect(resultOf(t2, 'A').checks[1].passed).toBe(true);
  });
});

describe('approval: "过半数" excludes half, "四分之三以上" includes three quarters', () => {
  const units = equalUnits(4);
  const answers = (agree: number, kind: ReturnType<typeof item>['kind']) =>
    count(
      units,
      [item('X', kind)],
      units.map((u, i) => sheet(u.id, { X: i < agree ? 'agree' : 'disagree' })),
    );

  it('ordinary: 2 of 4 fails, 3 of 4 passes', () => {
    expect(resultOf(answers(2, 'other-major'), 'X').passed).toBe(false);
    expect(resultOf(answers(3, 'other-major'), 'X').passed).toBe(true);
  });

  it('special: 3 of 4 passes (exactly 3/4), 2 of 4 fails', () => {
    expect(resultOf(answers(3, 'raise-maintenance-fund'), 'X').passed).toBe(true);
    expect(resultOf(answers(2, 'raise-maintenance-fund'), 'X').passed).toBe(false);
  });

  it('special: 0.01 m² below 3/4 of the area fails though 3 of 4 heads agree', () => {
    // Agree 300.00 of 400.01 m²: 300.00 × 4 = 1200.00 < 400.01 × 3 = 1200.03.
    const uneven = [...equalUnits(3), { id: 'u4', area: 10_001 }];
    const t = count(
      uneven,
      [item('X', 'raise-maintenance-fund')],
      uneven.map((u, i) => sheet(u.id, { X: i < 3 ? 'agree' : 'disagree' })),
    );
    const r = resultOf(t, 'X');
    expect(r.checks[2]).toMatchObject({
      id: 'approval-headcount',
      part: 3,
      whole: 4,
      passed: true,
    });
    expect(r.checks[3]).toMatchObject({
      id: 'approval-area',
      part: 30_000,
      whole: 40_001,
      passed: false,
    });
    expect(r.passed).toBe(false);
  });
});

describe('a part’s item decided by that part’s owners only (SH 69)', () => {
  // SH 69: "物业部分共用部分的维修、更新和改造，应当由部分共用的业主决定，由部分共用部分专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决"
  const units: TestUnit[] = [
    { id: 'a1', area: 10_000, building: '1', parts: ['B1'] },
    { id: 'a2', area: 10_000, building: '1', parts: ['B1'] },
    { id: 'a3', area: 10_000, building: '1', parts: ['B1'] },
    { id: 'b1', area: 10_000, building: '2' },
    { id: 'b2', area: 10_000, building: '2' },
    { id: 'b3', area: 10_000, building: '2' },
  ];
  const items = [item('whole', 'other-major'), item('lift', 'use-maintenance-fund', 'B1')];

  it('counts the part item against the part: 2 of its 3 owners take part, 2/3', () => {
    const t = count(units, items, [
      sheet('a1', { whole: 'agree', lift: 'agree' }),
      sheet('a2', { whole: 'agree', lift: 'disagree' }),
      sheet('b1', { whole: 'agree' }),
      sheet('b2', { whole: 'agree' }),
    ]);
    const lift = resultOf(t, 'lift');
    expect(lift.electorate).toMatchObject({ part: 'B1', headcount: 3, area: 30_000 });
    expect(lift.quorumMet).toBe(true);
    // 1 of 2 agree: not more than half.
    expect(lift.passed).toBe(false);
    expect(resultOf(t, 'whole').electorate).toMatchObject({ headcount: 6, area: 60_000 });
    expect(resultOf(t, 'whole').passed).toBe(true);
  });

  it('refuses the whole sheet of an owner outside the part who answers its item', () => {
    const t = count(units, items, [sheet('b1', { whole: 'agree', lift: 'agree' })]);
    expect(t.accepted).toBe(0);
    const issue = t.refused[0] as SheetIssue;
    expect(issue).toMatchObject({ code: 'item-refused', item: 'lift', unitId: 'b1' });
    expect(issue.ballot?.code).toBe('unit-excluded');
    expect(issue.message['zh-CN']).toMatch(/^议题lift：/);
    expect(issue.message.en).toMatch(/^Item lift: /);
    expect(resultOf(t, 'whole').participation.headcount).toBe(0);
  });
});

describe('coded refusals, never a crash', () => {
  const units = equalUnits(3);
  const items = [item('A', 'other-major')];

  it.each([
    ['not an object', 42, 'malformed-sheet'],
    ['no answers', { ...sheet('u1', { A: 'agree' }), answers: {} }, 'malformed-sheet'],
    ['an unknown choice', sheet('u1', { A: 'yes' as never }), 'malformed-sheet'],
    ['an item not on the agenda (BJ 35 ¶4)', sheet('u1', { Z: 'agree' }), 'unknown-item'],
    [
      'an owner who does not hold the unit',
      sheet('u1', { A: 'agree' }, { castBy: 'o-u2' }),
      'item-refused',
    ],
    ['a unit not on the roll', sheet('u9', { A: 'agree' }), 'item-refused'],
    [
      'a sheet at the close (the window ends there)',
      sheet('u1', { A: 'agree' }, { at: CLOSES }),
      'item-refused',
    ],
    [
      'a sheet one millisecond before the opening',
      sheet('u1', { A: 'agree' }, { at: '2026-04-20T08:59:59.999+08:00' }),
      'item-refused',
    ],
  ])('refuses %s', (_name, input, code) => {
    const t = count(units, items, [input]);
    expect(t.accepted).toBe(0);
    expect(t.refused.map((r) => r.code)).toEqual([code]);
    expect(t.refused[0]?.message['zh-CN']).not.toBe('');
    expect(t.refused[0]?.message.en).not.toBe('');
  });

  it('accepts a sheet at the opening and one millisecond before the close', () => {
    const t = count(units, items, [
      sheet('u1', { A: 'agree' }, { at: OPENS }),
      sheet('u2', { A: 'agree' }, { at: '2026-04-30T16:59:59.999+08:00' }),
    ]);
    expect(t.accepted).toBe(2);
  });

  it('refuses a second sheet with the same id', () => {
    const s = sheet('u1', { A: 'agree' });
    const t = count(units, items, [s, { ...s, unitId: 'u2', castBy: 'o-u2' }]);
    expect(t.refused.map((r) => r.code)).toEqual(['duplicate-sheet']);
  });
});

describe('a later sheet of the same person (last-wins, per item)', () => {
  it('replaces the answers it gives and keeps the ones it leaves blank', () => {
    const units = equalUnits(3);
    let votes = openItemVotes({
      meetingId: 'm',
      items: [item('A', 'other-major'), item('B', 'other-major')],
      roll: rollOf(units),
      profile: DEFAULT_PROFILE,
      openedAt: OPENS,
      closesAt: CLOSES,
    });
    votes = castSheet(votes, sheet('u1', { A: 'agree', B: 'agree' })).votes;
    const later = sheet('u1', { A: 'disagree' }, { at: '2026-04-22T10:00:00+08:00' });
    const cast = castSheet(votes, later);
    expect(cast.ok).toBe(true);
    const [a, b] = itemResults(closeItemVotes(cast.votes, CLOSES));
    expect(a?.result.counts.disagree.headcount).toBe(1);
    expect(a?.result.counts.agree.headcount).toBe(0);
    expect(a?.result.ballots.superseded).toBe(1);
    expect(b?.result.counts.agree.headcount).toBe(1);
  });
});
