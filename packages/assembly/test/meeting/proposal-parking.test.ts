// The share of owners proposing an interim meeting counts persons and areas as a vote does under
// the profile, parking spaces included or not as its voting.parking reads them (VOTE-16).
// SH 25 ¶1: "经百分之二十以上业主提议，业主委员会应当组织召开业主大会临时会议" (以上: 20% is enough).
// SPC 2: "车位、摊位等特定空间，应当认定为…专有部分"; SPC 9: "一个专有部分按一人计算".
import { defineProfile, type Profile, parseRoll, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { proposalShare } from '../../src/index.js';

const excluding: Profile = defineProfile({
  ...shanghai,
  voting: { ...shanghai.voting, parking: { ...shanghai.voting.parking, value: 'exclude' } },
});

/** Four flats of o1…o4 (100.00 m² each) and o5's registrable space of 0.01 m². */
const ROLL = parseRoll({
  complexId: 'c1',
  owners: ['o1', 'o2', 'o3', 'o4', 'o5'].map((id) => ({ id })),
  units: [
    ...[1, 2, 3, 4].map((n) => ({
      id: `f${n}`,
      building: '1号楼',
      status: 'delivered' as const,
      owners: [`o${n}`],
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

describe('proposalShare reads the profile’s parking reading', () => {
  it('literal (shanghai): the space’s owner alone is 1 of 5 persons, exactly 20%: met', () => {
    const share = proposalShare(ROLL, ['p1'], shanghai);
    expect(share).toMatchObject({ headcount: 1, ofHeadcount: 5, area: 1, ofArea: 40001 });
    expect(share.met).toBe(true);
  });

  it('exclude: the space proposes nobody (0 of 4, not met); one flat is 1 of 4 persons (25%), met', () => {
    expect(proposalShare(ROLL, ['p1'], excluding)).toMatchObject({
      headcount: 0,
      ofHeadcount: 4,
      ofArea: 40000,
      met: false,
    });
    expect(proposalShare(ROLL, ['f1'], excluding)).toMatchObject({ headcount: 1, met: true });
  });
});
