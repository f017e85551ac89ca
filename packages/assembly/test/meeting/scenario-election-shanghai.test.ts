// A dated Shanghai assembly electing two substitute members among four candidates, 1,200 flats.
//
// CC 278 ¶1: "下列事项由业主共同决定：……（三）选举业主委员会或者更换业主委员会成员".
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。
// ……决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// SH 20 ¶1: "业主委员会由业主大会会议选举产生".
//
// The complex: buildings 1–12, each 25 floors × 4 flats (rooms 101–2504). Flats 1 and 2 of a
// floor are 90.00 m², flats 3 and 4 are 120.00 m²; one owner per flat. Per building: 50 × 90.00
// + 50 × 120.00 = 10,500.00 m²; the complex: 1,200 owners, 126,000.00 m².
//
// Items: `statute` (ordinary) and `substitutes` (an election: 2 seats; 张 c1, 李 c2, 王 c3, 赵 c4).
// Who answers what:
// - every flat of buildings 1–10 answers the statute, agreeing (1,000 persons, 105,000.00 m²);
// - every flat of buildings 1–9 answers the election (900 persons, 94,500.00 m²): building 10
//   answers the statute only, and is not counted in the election;
//   - 449 small flats choose c1 and c3; the small flat 9-101 chooses c4;
//   - 57 large flats (building 1's 50 and 7 of building 2) choose c2 and c3; the other 393 large flats
//     choose c1 and c2.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  type AgendaItem,
  type AssemblyEmitted,
  assemblyMachine,
  type SheetAnswer,
} from '../../src/index.js';
import { rollOf, type TestUnit } from '../support.js';

const SMALL = 9_000;
const LARGE = 12_000;

const flats: TestUnit[] = [];
for (let b = 1; b <= 12; b++) {
  for (let floor = 1; floor <= 25; floor++) {
    for (let k = 1; k <= 4; k++) {
      flats.push({ id: `${b}-${floor}0${k}`, area: k <= 2 ? SMALL : LARGE, building: String(b) });
    }
  }
}

const ITEMS: AgendaItem[] = [
  { id: 'statute', kind: 'management-statute', title: '修改管理规约' },
  {
    id: 'substitutes',
    kind: 'elect-committee',
    title: '补选业主委员会委员两名',
    election: {
      seats: 2,
      candidates: [
        { id: 'c1', name: '张' },
        { id: 'c2', name: '李' },
        { id: 'c3', name: '王' },
        { id: 'c4', name: '赵' },
      ],
    },
  },
];

// Building 1's 50 large flats and the first 7 of building 2.
const c2c3 = new Set(
  flats
    .filter((f) => f.area === LARGE)
    .slice(0, 57)
    .map((f) => f.id),
);

function answersOf(f: TestUnit): Record<string, SheetAnswer> {
  const b = Number(f.building);
  const a: Record<string, SheetAnswer> = { statute: 'agree' };
  if (b > 9) return a;
  if (f.id === '9-101') a.substitutes = { approve: ['c4'] };
  else if (f.area === SMALL) a.substitutes = { approve: ['c1', 'c3'] };
  else a.substitutes = { approve: c2c3.has(f.id) ? ['c2', 'c3'] : ['c1', 'c2'] };
  return a;
}

const at = (d: string) => `${d}+08:00`;
const by = (role: string) => ({ id: `${role}-1`, role });

/** Runs the meeting to the count; `extra` sheets are cast after the others. */
function run(extra: { unit: string; answers: Record<string, SheetAnswer> }[] = []) {
  const actor = createActor(assemblyMachine, {
    input: {
      meetingId: 'xh-2026-2',
      kind: 'regular',
      roll: rollOf(flats, 'xuhui-2'),
      startedAt: at('2026-05-01T09:00:00'),
    },
  }).start();
  const emitted: AssemblyEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  const send = (e: Record<string, unknown>) => dispatch(actor, e);
  expect(
    send({
      type: 'REPORT_TO_PARTY_ORGANISATION',
      at: at('2026-05-06T10:00:00'),
      by: by('committee'),
    }).ok,
  ).toBe(true);
  expect(
    send({
      type: 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      at: at('2026-05-07T10:00:00'),
      by: by('committee'),
      meetingAt: at('2026-05-23T09:00:00'),
      place: '小区会所',
      agenda: '修改管理规约；补选业主委员会委员',
    }).ok,
  ).toBe(true);
  // 15 days' notice (PMR 14): a call on 05-08 lets voting open on 05-23.
  expect(
    send({
      type: 'CALL_ASSEMBLY',
      at: at('2026-05-08T10:00:00'),
      by: by('committee'),
      opensAt: at('2026-05-23T09:00:00'),
      closesAt: at('2026-06-06T17:00:00'),
      place: '小区会所',
      form: 'written-consultation',
      items: ITEMS,
    }).ok,
  ).toBe(true);
  expect(send({ type: 'OPEN_VOTE', at: at('2026-05-23T09:00:00'), by: by('committee') }).ok).toBe(
    true,
  );
  const sheets = [
    ...flats
      .filter((f) => Number(f.building) <= 10)
      .map((f) => ({ unit: f.id, answers: answersOf(f) })),
    ...extra,
  ];
  sheets.forEach(({ unit, answers }, n) => {
    const cast = send({
      type: 'CAST_BALLOT',
      at: at('2026-05-30T18:00:00'),
      by: by('system'),
      sheet: {
        id: `sheet-${n}`,
        unitId: unit,
        castBy: `o-${unit}`,
        channel: 'paper',
        at: at('2026-05-30T10:00:00'),
        answers,
      },
    });
    expect(cast.ok).toBe(true);
  });
  expect(send({ type: 'CLOSE_VOTE', at: at('2026-06-06T17:00:00'), by: by('committee') }).ok).toBe(
    true,
  );
  const outcomes = actor.getSnapshot().context.decision?.outcomes ?? [];
  return { actor, emitted, send, outcome: outcomes.find((o) => o.itemId === 'substitutes') };
}

const standing = (o: ReturnType<typeof run>['outcome']) =>
  Object.fromEntries((o?.election?.results ?? []).map((r) => [r.candidateId, r]));

describe('Shanghai, May–June 2026: two substitute members elected on the assembly ballot', {
  timeout: 120_000,
}, () => {
  it('counts each candidate on the election’s own 900 answers; the second seat stays open', () => {
    const { outcome, actor } = run();
    // Took part in the election: 900 persons, 94,500.00 m² (quorum 2/3 以上 of 1,200 and
    // 126,000.00 m²: 900 × 3 = 2,700 ≥ 2,400; 9,450,000 × 3 = 28,350,000 ≥ 25,200,000).
    // The statute counts 1,000 persons: building 10 answered it only.
    expect(outcome).toMatchObject({
      electorate: { headcount: 1_200, area: 12_600_000 },
      participation: { headcount: 900, area: 9_450_000 },
      quorumMet: true,
      passed: false,
    });
    expect(actor.getSnapshot().context.decision?.outcomes[0]?.participation.headcount).toBe(1_000);
    const r = standing(outcome);
    // c1: 449 small + 393 large = 842 persons, 40,410.00 + 47,160.00 = 87,570.00 m²;
    // 842 × 2 = 1,684 > 900 and 8,757,000 × 2 = 17,514,000 > 9,450,000: passed.
    expect(r.c1).toMatchObject({ passed: true, agreeHeadcount: 842, agreeArea: 8_757_000 });
    // c2: 57 + 393 = 450 large flats, 54,000.00 m². Area 10,800,000 > 9,450,000, but heads
    // 450 × 2 = 900 — exactly half, not 过半数: failed.
    expect(r.c2).toMatchObject({ passed: false, agreeHeadcount: 450, agreeArea: 5_400_000 });
    // c3: 449 small + 57 large = 506 persons, 40,410.00 + 6,840.00 = 47,250.00 m². Heads
    // 1,012 > 900, but area 4,725,000 × 2 = 9,450,000 — exactly half of 94,500.00 m²: failed.
    expect(r.c3).toMatchObject({ passed: false, agreeHeadcount: 506, agreeArea: 4_725_000 });
    // c4: 9-101 alone, 90.00 m²: failed.
    expect(r.c4).toMatchObject({ passed: false, agreeHeadcount: 1, agreeArea: 9_000 });
    // One seat filled; the other stays open for a further election.
    expect(outcome?.election?.elected).toEqual(['c1']);
  });

  it('seats c2 when one person more takes part and chooses c2: 451 of 901', () => {
    // 10-101 (small, 90.00 m²) hands in a second sheet answering the election only, choosing c2:
    // its statute answer stands. Took part: 901 persons, 94,590.00 m².
    // c2: 451 persons, 54,090.00 m²: 902 > 901 and 10,818,000 > 9,459,000: passed.
    // c3: 47,250.00 m² × 2 = 94,500.00 < 94,590.00: still failed. c1 ahead of c2 on area.
    const { outcome, emitted, send } = run([
      { unit: '10-101', answers: { substitutes: { approve: ['c2'] } } },
    ]);
    expect(outcome?.participation).toEqual({ headcount: 901, area: 9_459_000 });
    expect(standing(outcome).c2).toMatchObject({ passed: true, agreeHeadcount: 451 });
    expect(standing(outcome).c3?.passed).toBe(false);
    expect(outcome?.election?.elected).toEqual(['c1', 'c2']);
    expect(outcome?.passed).toBe(true);
    // Posted: the candidates by name with their seats; the voters by room and area only.
    expect(
      send({
        type: 'POST_RESULTS',
        at: at('2026-06-08T09:00:00'),
        by: by('committee'),
        evidence: 'board-0608',
      }).ok,
    ).toBe(true);
    const posted = emitted.find((e) => e.type === 'post' && e.about === 'assembly-results');
    const item =
      posted?.type === 'post' && posted.about === 'assembly-results'
        ? posted.results.find((p) => p.itemId === 'substitutes')
        : undefined;
    expect(item?.election?.candidates.map((c) => [c.name, c.elected])).toEqual([
      ['张', true],
      ['李', true],
      ['王', false],
      ['赵', false],
    ]);
    expect(item?.voters).toHaveLength(901);
    expect(item?.voters.at(-1)).toEqual({ building: '10', room: '10-101', area: SMALL });
    expect(JSON.stringify(posted)).not.toMatch(/o-\d/);
  });
});
