// Election items on the assembly ballot: candidates and seats, each candidate counted by the
// double majority on the item's own participation, the seats filled by core's allocation.
// CC 278 ¶1: "下列事项由业主共同决定：……（三）选举业主委员会或者更换业主委员会成员".
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。
// ……决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// SH 20 ¶1: "业主委员会由业主大会会议选举产生"; SH 18 ¶2: "应当经参与表决专有部分面积过半数的业主且参与表决
// 人数过半数的业主同意".
import { DEFAULT_PROFILE } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  type AgendaItem,
  type BallotSheet,
  castSheet,
  ElectionItemError,
  electionItemIssues,
  openItemVotes,
  type SheetAnswer,
  tallySheets,
} from '../../src/index.js';
import { CLOSES, DURING, equalUnits, item, OPENS, rollOf, type TestUnit } from '../support.js';

const candidates = (...ids: string[]) => ids.map((id) => ({ id, name: `候选人${id}` }));

/** An election item `E` of `seats` seats among candidates a, b, c. */
const election = (seats = 2, ids = ['a', 'b', 'c']): AgendaItem => ({
  id: 'E',
  kind: 'elect-committee',
  title: '补选业主委员会委员',
  election: { seats, candidates: candidates(...ids) },
});

const answerSheet = (unitId: string, answers: Record<string, SheetAnswer>): BallotSheet => ({
  id: `s-${unitId}`,
  unitId,
  castBy: `o-${unitId}`,
  channel: 'paper',
  at: DURING,
  answers,
});

const count = (units: readonly TestUnit[], items: AgendaItem[], sheets: unknown[]) =>
  tallySheets({
    items,
    roll: rollOf(units),
    profile: DEFAULT_PROFILE,
    sheets,
    opensAt: OPENS,
    closesAt: CLOSES,
  });

const electionOf = (t: ReturnType<typeof count>) => {
  const found = t.results.find((r) => r.item.id === 'E')?.election;
  if (found === undefined) throw new Error('no election count');
  return found;
};

const candidate = (t: ReturnType<typeof count>, id: string) => {
  const found = electionOf(t).candidates.find((c) => c.candidateId === id);
  if (found === undefined) throw new Error(`no candidate ${id}`);
  return found.result;
};

describe('a candidate passes "参与表决专有部分面积过半数" of the item: half is not more than half', () => {
  // Three owners all answer E; a is chosen by u1 and u2 (2 of 3 persons: more than half).
  const areas = (u2: number, u3: number): TestUnit[] => [
    { id: 'u1', area: 5_000 },
    { id: 'u2', area: u2 },
    { id: 'u3', area: u3 },
  ];
  const sheets = [
    answerSheet('u1', { E: { approve: ['a'] } }),
    answerSheet('u2', { E: { approve: ['a'] } }),
    answerSheet('u3', { E: { approve: ['b'] } }),
  ];

  it('fails a at exactly half the participating area: 100.00 of 200.00 m²', () => {
    const t = count(areas(5_000, 10_000), [election(1)], sheets);
    const a = candidate(t, 'a');
    expect(a.participation).toEqual({ headcount: 3, area: 20_000 });
    expect(a.counts.agree).toEqual({ headcount: 2, area: 10_000 });
    expect(a.checks[3]).toMatchObject({ id: 'approval-area', part: 10_000, whole: 20_000 });
    expect(a.checks[3].passed).toBe(false);
    expect(a.passed).toBe(false);
    expect(electionOf(t).elected).toEqual([]);
  });

  it('passes a with 0.01 m² more: 100.01 of 200.00 m²', () => {
    const t = count(areas(5_001, 9_999), [election(1)], sheets);
    expect(candidate(t, 'a').checks[3]).toMatchObject({ part: 10_001, whole: 20_000 });
    expect(candidate(t, 'a').passed).toBe(true);
    expect(electionOf(t).elected).toEqual(['a']);
  });

  it('fails a 0.01 m² short of half: 99.99 of 200.00 m²', () => {
    const t = count(areas(4_999, 10_001), [election(1)], sheets);
    expect(candidate(t, 'a').passed).toBe(false);
  });
});

describe('a candidate passes "参与表决人数过半数" of the item: one person either side of half', () => {
  // Four owners answer E; u1 holds 200.00 m², so a's area is more than half throughout.
  const units: TestUnit[] = [
    { id: 'u1', area: 20_000 },
    { id: 'u2', area: 10_000 },
    { id: 'u3', area: 10_000 },
    { id: 'u4', area: 10_000 },
  ];
  const choosing = (n: number) =>
    units.map((u, i) => answerSheet(u.id, { E: { approve: i < n ? ['a'] : ['b'] } }));

  it('fails a chosen by 2 of 4 persons (exactly half) though by 300.00 of 500.00 m²', () => {
    const a = candidate(count(units, [election(1)], choosing(2)), 'a');
    expect(a.checks[2]).toMatchObject({ id: 'approval-headcount', part: 2, whole: 4 });
    expect(a.checks[3].passed).toBe(true);
    expect(a.passed).toBe(false);
  });

  it('passes a chosen by 3 of 4, and fails a chosen by 1 of 4', () => {
    expect(candidate(count(units, [election(1)], choosing(3)), 'a').passed).toBe(true);
    expect(candidate(count(units, [election(1)], choosing(1)), 'a').passed).toBe(false);
  });
});

describe('each candidate on the item’s own participation (per-item quorum)', () => {
  // Six owners of 100.00 m²; items M (a matter) and E. u5 and u6 answer M only.
  const units = equalUnits(6);

  it('counts E on the four who answered it: a chosen by 3 of 4 passes; M counts six', () => {
    const sheets = [
      answerSheet('u1', { M: 'agree', E: { approve: ['a', 'b'] } }),
      answerSheet('u2', { M: 'agree', E: { approve: ['a'] } }),
      answerSheet('u3', { M: 'agree', E: { approve: ['a', 'c'], oppose: ['b'] } }),
      answerSheet('u4', { M: 'agree', E: 'abstain' }),
      answerSheet('u5', { M: 'agree' }),
      answerSheet('u6', { M: 'disagree' }),
    ];
    const t = count(units, [item('M', 'other-major'), election(2)], sheets);
    expect(t.results.find((r) => r.item.id === 'M')?.result.participation.headcount).toBe(6);
    const e = t.results.find((r) => r.item.id === 'E')!;
    // 4 of 6 took part in E: exactly 2/3, "三分之二以上" includes the bound.
    expect(e.result.participation).toEqual({ headcount: 4, area: 40_000 });
    expect(e.result.quorumMet).toBe(true);
    const a = candidate(t, 'a');
    expect(a.counts).toMatchObject({
      agree: { headcount: 3 },
      abstain: { headcount: 1 },
      disagree: { headcount: 0 },
    });
    expect(a.passed).toBe(true);
    // b: u1 agrees, u3 opposes, u2 and u4 abstain — 1 of 4.
    expect(candidate(t, 'b').counts.disagree.headcount).toBe(1);
    expect(candidate(t, 'b').passed).toBe(false);
    expect(electionOf(t).elected).toEqual(['a']);
  });

  it('elects no one when fewer than 2/3 answer E (3 of 6), though all choose a', () => {
    const sheets = ['u1', 'u2', 'u3'].map((u) => answerSheet(u, { E: { approve: ['a'] } }));
    const t = count(units, [election(1)], sheets);
    expect(t.results[0]!.result.quorumMet).toBe(false);
    expect(candidate(t, 'a').passed).toBe(false);
    expect(electionOf(t).elected).toEqual([]);
  });
});

describe('seats filled by core’s allocation: agreeing area, then headcount; a tie for the last seat stays open', () => {
  const chose = (u: string, ...ids: string[]) => answerSheet(u, { E: { approve: ids } });
  // Seven owners; two seats. a is chosen by six; b (u1–u3, u7) and c (u4–u7) by four each.
  const sheets = [
    chose('u1', 'a', 'b'),
    chose('u2', 'a', 'b'),
    chose('u3', 'a', 'b'),
    chose('u4', 'a', 'c'),
    chose('u5', 'a', 'c'),
    chose('u6', 'a', 'c'),
    chose('u7', 'b', 'c'),
  ];

  it('leaves the second seat open when b and c tie on area and headcount (no lot is drawn)', () => {
    const t = count(equalUnits(7), [election(2)], sheets);
    // b and c: 4 of 7 persons, 400.00 of 700.00 m² each — both pass, tied for the last seat.
    expect(candidate(t, 'b').passed).toBe(true);
    expect(candidate(t, 'c').passed).toBe(true);
    expect(electionOf(t).elected).toEqual(['a']);
    expect(t.results[0]!.election?.seats).toBe(2);
  });

  it('seats b when its choosers hold 0.01 m² more: 400.01 against 400.00 m²', () => {
    const units: TestUnit[] = [{ id: 'u1', area: 10_001 }, ...equalUnits(7).slice(1)];
    expect(electionOf(count(units, [election(2)], sheets)).elected).toEqual(['a', 'b']);
  });

  it('seats c on equal area when one person more chose c: 5 against 4 persons, 500.00 m² each', () => {
    // u1 holds 200.00 m². b: u1–u4 (4 persons, 500.00); c: u3–u7 (5 persons, 500.00).
    const units: TestUnit[] = [{ id: 'u1', area: 20_000 }, ...equalUnits(7).slice(1)];
    const t = count(
      units,
      [election(2)],
      [
        chose('u1', 'a', 'b'),
        chose('u2', 'a', 'b'),
        chose('u3', 'b', 'c'),
        chose('u4', 'b', 'c'),
        chose('u5', 'a', 'c'),
        chose('u6', 'a', 'c'),
        chose('u7', 'a', 'c'),
      ],
    );
    expect(candidate(t, 'b').counts.agree).toEqual({ headcount: 4, area: 50_000 });
    expect(candidate(t, 'c').counts.agree).toEqual({ headcount: 5, area: 50_000 });
    expect(electionOf(t).elected).toEqual(['a', 'c']);
  });
});

describe('election items refused, coded and bilingual', () => {
  it('refuses 0 seats, more seats than candidates and a candidate listed twice', () => {
    const issues = electionItemIssues([
      { ...election(0), id: 'E0' },
      { ...election(4), id: 'E4' },
      { ...election(3), id: 'E3' },
      { ...election(), id: 'Ed', election: { seats: 1, candidates: candidates('a', 'b', 'a') } },
    ]);
    expect(issues.map((i) => [i.code, i.item, i.candidate])).toEqual([
      ['election-no-seats', 'E0', undefined],
      ['election-seats-exceed-candidates', 'E4', undefined],
      ['election-duplicate-candidate', 'Ed', 'a'],
    ]);
    expect(issues[1]!.message).toEqual({
      'zh-CN': '选举议题E4应选4名，候选人只有3名：当选人数不得多于候选人数。',
      en: 'Election item E4 has 4 seats but only 3 candidates: no more can be elected than stand.',
    });
  });

  it('does not open the votes of an unsound election item', () => {
    const open = () =>
      openItemVotes({
        meetingId: 'm',
        items: [election(0)],
        roll: rollOf(equalUnits(3)),
        profile: DEFAULT_PROFILE,
        openedAt: OPENS,
        closesAt: CLOSES,
      });
    expect(open).toThrow(ElectionItemError);
    expect(open).toThrow('fills no seat');
  });

  it('refuses a sheet choosing more than the seats, an unknown candidate, a name twice, or the wrong kind of answer', () => {
    const votes = openItemVotes({
      meetingId: 'm',
      items: [item('M', 'other-major'), election(2)],
      roll: rollOf(equalUnits(3)),
      profile: DEFAULT_PROFILE,
      openedAt: OPENS,
      closesAt: CLOSES,
    });
    const refused = (answers: Record<string, SheetAnswer>) => {
      const r = castSheet(votes, answerSheet('u1', answers));
      return r.ok ? 'ok' : [r.issue.code, r.issue.item, r.issue.candidate ?? null];
    };
    expect(refused({ E: { approve: ['a', 'b', 'c'] } })).toEqual([
      'too-many-candidates',
      'E',
      null,
    ]);
    expect(refused({ E: { approve: ['a', 'b'] } })).toBe('ok');
    expect(refused({ E: { approve: ['a', 'z'] } })).toEqual(['unknown-candidate', 'E', 'z']);
    expect(refused({ E: { approve: ['a'], oppose: ['a'] } })).toEqual([
      'candidate-twice',
      'E',
      'a',
    ]);
    expect(refused({ E: 'agree' })).toEqual(['answer-mismatch', 'E', null]);
    expect(refused({ M: { approve: [] } })).toEqual(['answer-mismatch', 'M', null]);
    const r = castSheet(votes, answerSheet('u1', { E: { approve: ['a', 'b', 'c'] } }));
    expect(r.ok ? null : r.issue.message).toEqual({
      'zh-CN': '议题E：表决票选了3名候选人，应选2名，至多选2名。',
      en: 'Item E: the sheet chooses 3 candidates for 2 seats; at most 2 may be chosen.',
    });
    // A refused sheet counts whole or not at all: its answer to M is not counted either.
    const whole = castSheet(votes, answerSheet('u1', { M: 'agree', E: { approve: ['z'] } }));
    expect(whole.votes.votes.M?.ballots).toHaveLength(0);
  });
});
