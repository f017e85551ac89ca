import {
  beijing,
  castBallot,
  closeVote,
  defineProfile,
  national,
  openVote,
  type Profile,
  parseRoll,
  type Roll,
  shanghai,
  type VoteRecord,
  voteElectorate,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot } from '../support/rolls.js';

// SPC 2: "建筑区划内符合下列条件的房屋，以及车位、摊位等特定空间，应当认定为民法典第二编第六章所称的专有部分：
// …（三）能够登记成为特定业主所有权的客体。"
// SPC 8: "民法典第二百七十八条第二款和第二百八十三条规定的专有部分面积可以按照不动产登记簿记载的面积计算"
// SPC 9: "业主人数可以按照专有部分的数量计算，一个专有部分按一人计算。但…同一买受人拥有一个以上专有部分的，按一人计算。"

/** A profile like `base` whose rules of procedure leave parking spaces out of votes (VOTE-16). */
const excluding = (base: Profile): Profile =>
  defineProfile({
    ...base,
    id: base.id,
    voting: { ...base.voting, parking: { ...base.voting.parking, value: 'exclude' } },
  });

/**
 * Three flats of o1, o2 and o3, and one registrable space of o3 of `space` (0.01 m²); o3's flat
 * is `flat3`. The roll itself says `rollParking`, which a vote does not read.
 */
const roll = (flat3: number, space: number, rollParking: 'literal' | 'exclude'): Roll =>
  parseRoll({
    complexId: 'c1',
    owners: [{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }],
    parking: rollParking,
    units: [
      {
        id: 'f1',
        building: '1号楼',
        status: 'delivered',
        owners: ['o1'],
        areas: { register: 10000 },
      },
      {
        id: 'f2',
        building: '1号楼',
        status: 'delivered',
        owners: ['o2'],
        areas: { register: 5000 },
      },
      {
        id: 'f3',
        building: '1号楼',
        status: 'delivered',
        owners: ['o3'],
        areas: { register: flat3 },
      },
      {
        id: 'p1',
        building: '车库',
        kind: 'parking',
        registrable: true,
        status: 'delivered',
        owners: ['o3'],
        areas: { register: space },
      },
    ],
  });

/** o1 and o2 agree (150.00 m²), o3 disagrees with the flat and the space: all take part. */
function vote(profile: Profile, r: Roll): VoteRecord {
  let v = openVote({
    id: 'v1',
    matter: { id: 'm1', kind: 'hire-dismiss-firm', title: '续聘物业' },
    roll: r,
    profile,
    openedAt: '2026-05-01T00:00:00+08:00',
    closesAt: '2026-05-16T00:00:00+08:00',
  });
  for (const [u, o, c] of [
    ['f1', 'o1', 'agree'],
    ['f2', 'o2', 'agree'],
    ['f3', 'o3', 'disagree'],
    ['p1', 'o3', 'disagree'],
  ] as const) {
    v = castBallot(v, ballot(u, o, c, '2026-05-02T02:00:00Z')).vote;
  }
  return closeVote(v, '2026-05-16T00:00:00+08:00');
}

describe.each([
  ['shanghai', shanghai],
  ['beijing', beijing],
  ['national', national],
])('the parking reading of a vote comes from the profile (VOTE-16) under %s', (_, profile) => {
  it('literal (SPC 2, 8): the space is an exclusive part, its 0.01 m² counted', () => {
    // The roll says `exclude`: the profile's `literal` is the one the vote freezes.
    const v = vote(profile, roll(14999, 1, 'exclude'));
    expect(profile.voting.parking.value).toBe('literal');
    expect(v.roll.parking).toBe('literal');
    const e = voteElectorate(v);
    // SPC 9: o3's flat and space are one buyer, one person.
    expect([e.headcount, e.area]).toEqual([3, 10000 + 5000 + 14999 + 1]);
    expect(e.excluded).toEqual([]);
  });

  it('过半数 of area: exactly half with the space fails, 0.01 m² less passes, excluded it passes', () => {
    // Agree 150.00 m² of 300.00 m² taking part: half, not more than half (CC 278 ¶2 过半数).
    const atHalf = vote(profile, roll(14999, 1, 'literal')).result!;
    expect([atHalf.participation.area, atHalf.counts.agree.area]).toEqual([30000, 15000]);
    expect(atHalf.passed).toBe(false);
    // One 0.01 m² less on o3's side: 150.00 of 299.99, more than half.
    const below = vote(profile, roll(14998, 1, 'literal')).result!;
    expect(below.participation.area).toBe(29999);
    expect(below.passed).toBe(true);
    // The same roll as `atHalf` under a profile that leaves spaces out: 150.00 of 299.99.
    const out = vote(excluding(profile), roll(14999, 1, 'literal'));
    expect(out.roll.parking).toBe('exclude');
    expect(out.result!.electorate.parking).toBe('exclude');
    expect(out.result!.participation.area).toBe(29999);
    expect(out.result!.passed).toBe(true);
    expect(voteElectorate(out).excluded).toEqual([{ unitId: 'p1', reason: 'parking-excluded' }]);
  });

  it('exclude: the space is out of the electorate, and its ballot refused', () => {
    const v = vote(excluding(profile), roll(14999, 1, 'literal'));
    expect(v.refused.map((i) => i.unitId)).toEqual(['p1']);
    expect([v.result!.electorate.headcount, v.result!.electorate.area]).toEqual([3, 29999]);
  });

  it('a roll frozen under the same reading is kept as given', () => {
    const r = roll(14999, 1, 'literal');
    expect(vote(profile, r).roll).toBe(r);
  });
});
