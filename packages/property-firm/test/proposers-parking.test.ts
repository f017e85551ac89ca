// Proposers are counted as persons of the electorate the profile reads (VOTE-16).
// SPC 2: "建筑区划内符合下列条件的房屋，以及车位、摊位等特定空间，应当认定为民法典第二编第六章所称的专有部分".
// SPC 9: "业主人数可以按照专有部分的数量计算，一个专有部分按一人计算。"
// SH 25 ¶1: "经百分之二十以上业主提议" (以上: exactly 20% is enough).
import { atLeast, defineProfile, type Profile, parseRoll, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { countProposers, proposersMeet } from '../src/index.js';

const excluding: Profile = defineProfile({
  ...shanghai,
  voting: { ...shanghai.voting, parking: { ...shanghai.voting.parking, value: 'exclude' } },
});

/** Four flats of o1…o4 and a registrable space of o5 of 0.01 m². */
const ROLL = parseRoll({
  complexId: 'c1',
  owners: ['o1', 'o2', 'o3', 'o4', 'o5'].map((id) => ({ id })),
  units: [
    ...['o1', 'o2', 'o3', 'o4'].map((o, i) => ({
      id: `f${i + 1}`,
      building: '1号楼',
      status: 'delivered' as const,
      owners: [o],
      areas: { register: 10000 },
    })),
    {
      id: 'p1',
      building: '车库',
      kind: 'parking' as const,
      registrable: true,
      status: 'delivered' as const,
      owners: ['o5'],
      areas: { register: 1 },
    },
  ],
});

const FIFTH = atLeast(1, 5);

describe('countProposers reads the profile’s parking reading', () => {
  it('literal (shanghai): the space’s owner is one of 5 persons; 1 of 5 is exactly 20%, enough', () => {
    const count = countProposers(ROLL, ['o5'], shanghai);
    expect(count).toMatchObject({ headcount: 1, totalHeadcount: 5, area: 1, totalArea: 40001 });
    expect(count.unknown).toEqual([]);
    expect(proposersMeet(count, FIFTH, 'headcount')).toBe(true);
  });

  it('exclude: the space is out, its owner not found; 0 of 4 persons', () => {
    const count = countProposers(ROLL, ['o5'], excluding);
    expect(count).toMatchObject({ headcount: 0, totalHeadcount: 4, totalArea: 40000 });
    expect(count.unknown).toEqual(['o5']);
    expect(proposersMeet(count, FIFTH, 'headcount')).toBe(false);
  });

  it('by area, the 0.01 m² space decides: 100.00 of 400.01 m² is short of 1/4, of 400.00 it is not', () => {
    // The space is o1's: o1's flat and space are one person (SPC 9), so the headcount is 4 either
    // way and o2 is exactly 1/4 of it.
    const roll = {
      ...ROLL,
      units: ROLL.units.map((u) => (u.id === 'p1' ? { ...u, owners: ['o1'] } : u)),
      owners: ROLL.owners.filter((o) => o.id !== 'o5'),
    };
    const quarter = atLeast(1, 4);
    const literal = countProposers(roll, ['o2'], shanghai);
    expect(literal).toMatchObject({
      headcount: 1,
      totalHeadcount: 4,
      area: 10000,
      totalArea: 40001,
    });
    expect(proposersMeet(literal, quarter, 'headcount')).toBe(true);
    expect(proposersMeet(literal, quarter, 'headcount-and-area')).toBe(false);
    const excluded = countProposers(roll, ['o2'], excluding);
    expect(excluded).toMatchObject({ headcount: 1, totalHeadcount: 4, totalArea: 40000 });
    expect(proposersMeet(excluded, quarter, 'headcount-and-area')).toBe(true);
  });
});
