// A dated Shanghai assembly: 1,200 flats, four items on one ballot, each counted on its own.
//
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。
// 决定前款第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主
// 同意。决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// SH 69: "物业部分共用部分的维修、更新和改造，应当由部分共用的业主决定，由部分共用部分专有部分面积占比三分之二
// 以上的业主且人数占比三分之二以上的业主参与表决"
//
// The complex: buildings 1–12, each 25 floors × 4 flats (rooms 101–2504). Flats 1 and 2 of a
// floor are 90.00 m², flats 3 and 4 are 120.00 m²; one owner per flat. Per building: 50 × 90.00
// + 50 × 120.00 = 10,500.00 m²; the complex: 1,200 owners, 126,000.00 m².
// Quorum of the complex (2/3 以上): 800 persons and 84,000.00 m².
//
// Who answers what:
// - every flat of buildings 1–9 (900 flats, 94,500.00 m²) answers statute, budget and advert;
// - of building 3 (the part 'B3' of the lift item), the first 70 flats (floors 1–17, and 1801,
//   1802: 36 small + 34 large = 3,240.00 + 4,080.00 = 7,320.00 m²) also answer lift; the
//   other 30 leave it blank;
// - the owner of 10-101 (90.00 m²) answers statute and budget only;
// - the owner of 5-101 first hands in a sheet answering lift too: refused whole (outside B3),
//   then a sheet without it, accepted.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  type AgendaItem,
  type AssemblyEmitted,
  assemblyMachine,
  REVOCATION,
} from '../../src/index.js';
import { rollOf, type TestUnit } from '../support.js';

const SMALL = 9_000;
const LARGE = 12_000;

const flats: TestUnit[] = [];
for (let b = 1; b <= 12; b++) {
  for (let floor = 1; floor <= 25; floor++) {
    for (let k = 1; k <= 4; k++) {
      flats.push({
        id: `${b}-${floor}0${k}`,
        area: k <= 2 ? SMALL : LARGE,
        building: String(b),
        parts: b === 3 ? ['B3'] : [],
      });
    }
  }
}
const building = (b: number) => flats.filter((f) => f.building === String(b));

const ITEMS: AgendaItem[] = [
  { id: 'statute', kind: 'management-statute', title: '修改管理规约', documents: ['statute-2026'] },
  { id: 'budget', kind: 'other-major', major: true, title: '2026年度公共收益使用预算' },
  { id: 'lift', kind: 'use-maintenance-fund', part: 'B3', title: '3号楼电梯大修（维修资金）' },
  { id: 'advert', kind: 'change-use-common-parts', title: '利用外墙设置广告' },
];

// Large flats of buildings 1–4 (200) and the first 25 large flats of building 5 disagree on
// the advert: 225 persons, 225 × 120.00 = 27,000.00 m².
const advertAgainst = new Set(
  [
    ...[1, 2, 3, 4].flatMap((b) => building(b).filter((f) => f.area === LARGE)),
    ...building(5)
      .filter((f) => f.area === LARGE)
      .slice(0, 25),
  ].map((f) => f.id),
);

function answersOf(f: TestUnit): Record<string, string> {
  const b = Number(f.building);
  const a: Record<string, string> = {
    statute: b === 1 ? 'disagree' : 'agree',
    budget: b <= 5 ? 'agree' : 'disagree',
    advert: advertAgainst.has(f.id) ? 'disagree' : 'agree',
  };
  if (b === 3 && building(3).indexOf(f) < 70) a.lift = 'agree';
  return a;
}

const at = (d: string) => `${d}+08:00`;
const by = (role: string, id = `${role}-1`) => ({ id, role });

describe('Shanghai, May–June 2026: four items on one ballot, 1,200 flats', {
  timeout: 120_000,
}, () => {
  it('counts each item on its own answers, electorate and majority', () => {
    const actor = createActor(assemblyMachine, {
      input: {
        meetingId: 'lj-2026-1',
        kind: 'regular',
        roll: rollOf(flats, 'lujiazui-1'),
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
        agenda: '修改管理规约；公共收益预算；3号楼电梯大修；外墙广告',
      }).ok,
    ).toBe(true);
    // PMR 14 / SH 16 ¶2: 15 days — a call on 05-08 lets voting open on 05-23.
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

    const cast = (f: TestUnit, answers: Record<string, string>, n: number) =>
      send({
        type: 'CAST_BALLOT',
        at: at('2026-05-30T18:00:00'),
        by: by('system'),
        sheet: {
          id: `sheet-${n}`,
          unitId: f.id,
          castBy: `o-${f.id}`,
          channel: 'paper',
          at: at('2026-05-30T10:00:00'),
          answers,
        },
      });
    const voters = flats.filter((f) => Number(f.building) <= 9);
    voters.forEach((f, n) => {
      if (f.id === '5-101') {
        const wrong = cast(f, { ...answersOf(f), lift: 'agree' }, 5_000);
        expect(!wrong.ok && wrong.rejection.details).toMatchObject({
          item: 'lift',
          ballot: 'unit-excluded',
        });
      }
      expect(cast(f, answersOf(f), n).ok).toBe(true);
    });
    expect(
      cast(flats.find((f) => f.id === '10-101')!, { statute: 'agree', budget: 'agree' }, 9_999).ok,
    ).toBe(true);

    expect(
      send({ type: 'CLOSE_VOTE', at: at('2026-06-06T17:00:00'), by: by('committee') }).ok,
    ).toBe(true);
    const outcomes = Object.fromEntries(
      (actor.getSnapshot().context.decision?.outcomes ?? []).map((o) => [o.itemId, o]),
    );

    // statute (ordinary, whole complex). Took part: 900 + 10-101 = 901 persons,
    // 94,500.00 + 90.00 = 94,590.00 m² (≥ 800 and ≥ 84,000.00: quorum met). Building 1
    // disagrees (100, 10,500.00 m²): agree 801 persons, 84,090.00 m². 801 × 2 = 1,602 > 901;
    // 8,409,000 × 2 = 16,818,000 > 9,459,000: passed.
    expect(outcomes.statute).toMatchObject({
      electorate: { headcount: 1_200, area: 12_600_000 },
      participation: { headcount: 901, area: 9_459_000 },
      agree: { headcount: 801, area: 8_409_000 },
      quorumMet: true,
      passed: true,
    });

    // budget (ordinary). Buildings 1–5 and 10-101 agree: 501 persons, 52,500.00 + 90.00 =
    // 52,590.00 m²; buildings 6–9 disagree. 501 × 2 = 1,002 > 901; 5,259,000 × 2 = 10,518,000
    // > 9,459,000: passed.
    expect(outcomes.budget).toMatchObject({
      participation: { headcount: 901, area: 9_459_000 },
      agree: { headcount: 501, area: 5_259_000 },
      passed: true,
    });

    // lift (ordinary, part B3 only, SH 69): electorate building 3, 100 persons, 10,500.00 m²
    // (2/3 以上: 66.67 persons → 67; 7,000.00 m²). Took part: 70 persons (70 × 3 = 210 ≥ 200),
    // 7,320.00 m² (732,000 × 3 = 2,196,000 ≥ 2,100,000); all 70 agree: passed.
    expect(outcomes.lift).toMatchObject({
      part: 'B3',
      electorate: { headcount: 100, area: 1_050_000 },
      participation: { headcount: 70, area: 732_000 },
      agree: { headcount: 70, area: 732_000 },
      quorumMet: true,
      passed: true,
    });

    // advert (special, CC 278 ¶1 (7)). 10-101 left it blank: took part 900 persons,
    // 94,500.00 m². Against: 225 large flats, 27,000.00 m²; agree 675 persons, 67,500.00 m².
    // Heads: 675 × 4 = 2,700 ≥ 900 × 3 = 2,700 — exactly 3/4, 以上 includes it: passed.
    // Area: 6,750,000 × 4 = 27,000,000 < 9,450,000 × 3 = 28,350,000: failed. The item fails.
    expect(outcomes.advert).toMatchObject({
      majority: 'special',
      participation: { headcount: 900, area: 9_450_000 },
      agree: { headcount: 675, area: 6_750_000 },
      quorumMet: true,
      passed: false,
    });
    const advertChecks = actor.getSnapshot().context.ballots?.votes.advert?.result?.checks;
    expect(advertChecks?.map((c) => [c.id, c.passed])).toEqual([
      ['quorum-headcount', true],
      ['quorum-area', true],
      ['approval-headcount', true],
      ['approval-area', false],
    ]);

    // Posted on 06-08 with rooms and areas, never owners.
    expect(
      send({
        type: 'POST_RESULTS',
        at: at('2026-06-08T09:00:00'),
        by: by('committee'),
        evidence: 'board-0608',
      }).ok,
    ).toBe(true);
    const posted = emitted.find((e) => e.type === 'post' && e.about === 'assembly-results');
    const lift =
      posted?.type === 'post' && posted.about === 'assembly-results'
        ? posted.results[2]
        : undefined;
    expect(lift?.voters).toHaveLength(70);
    expect(lift?.voters[0]).toEqual({ building: '3', room: '3-101', area: SMALL });
    expect(JSON.stringify(posted)).not.toMatch(/o-\d/);
    // SPC 12: one year from the decision of 2026-06-06, to 24:00 of 2027-06-06.
    expect(actor.getSnapshot().context.deadlines[REVOCATION]?.due.lastDay).toBe('2027-06-06');
  });
});
