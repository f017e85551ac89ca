// SPC 9: "业主人数可以按照专有部分的数量计算，一个专有部分按一人计算。但建设单位尚未出售和虽已出售但尚未
// 交付的部分，以及同一买受人拥有一个以上专有部分的，按一人计算。" The same buyer (同一买受人) is the same set of
// owners of record; units that merely share a co-owner are merged only where a rules of procedure
// says so (the profile's `voting.mergeUnitsSharingCoOwners`).
import {
  buildElectorate,
  CIVIL_CODE_RULES,
  explainTally,
  formatTally,
  openVote,
  shanghai,
  tally,
  voteElectorate,
} from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ballot, rollOf } from '../support/rolls.js';

const CHAIN = [
  { id: 'u1', area: 100, owners: ['a', 'b'] },
  { id: 'u2', area: 200, owners: ['b', 'c'] },
  { id: 'u3', area: 300, owners: ['c', 'd'] },
];

describe('the same buyer is the same set of owners of record (SPC 9)', () => {
  it('does not merge a and d through {a,b}, {b,c}, {c,d}', () => {
    const e = buildElectorate(rollOf(CHAIN));
    expect(e.headcount).toBe(3);
    expect(e.voters.map((v) => v.key)).toEqual(['a+b', 'b+c', 'c+d']);
    expect(e.mergedPersons).toBe(0);
  });

  it('counts units with the same owners once, whatever the order they are listed in', () => {
    const e = buildElectorate(
      rollOf([
        { id: 'u1', area: 100, owners: ['a', 'b'] },
        { id: 'u2', area: 200, owners: ['b', 'a'] },
        { id: 'u3', area: 300, owners: ['b'] },
      ]),
    );
    expect(e.headcount).toBe(2);
    expect(e.voters.map((v) => [v.key, v.unitIds, v.area])).toEqual([
      ['a+b', ['u1', 'u2'], 300],
      ['b', ['u3'], 300],
    ]);
  });

  it('merges units sharing co-owners only when the rules of procedure say so', () => {
    const e = buildElectorate(rollOf(CHAIN), { ownerMerge: 'shared-co-owners' });
    expect(e.headcount).toBe(1);
    expect(e.voters[0]!.key).toBe('a+b+c+d');
    expect(e.ownerSets).toBe(3);
    expect(e.mergedPersons).toBe(2);
  });

  it('one owner set either side: {a,b}+{a,b} is one person, {a,b}+{a} two', () => {
    const same = rollOf([
      { id: 'u1', area: 100, owners: ['a', 'b'] },
      { id: 'u2', area: 100, owners: ['a', 'b'] },
    ]);
    const apart = rollOf([
      { id: 'u1', area: 100, owners: ['a', 'b'] },
      { id: 'u2', area: 100, owners: ['a'] },
    ]);
    expect(buildElectorate(same).headcount).toBe(1);
    expect(buildElectorate(apart).headcount).toBe(2);
    expect(buildElectorate(apart, { ownerMerge: 'shared-co-owners' }).headcount).toBe(1);
  });

  it('refuses an unknown merge rule with a clear error', () => {
    expect(() => buildElectorate(rollOf(CHAIN), { ownerMerge: 'chain' as never })).toThrow(
      /ownerMerge "chain"/,
    );
  });
});

describe('the profile switch (voting.mergeUnitsSharingCoOwners)', () => {
  const roll = rollOf(CHAIN);
  const matter = { id: 'm1', kind: 'other-major' as const, title: 't' };
  const open = (profile: typeof shanghai) =>
    openVote({
      id: 'v',
      matter,
      roll,
      profile,
      openedAt: '2026-05-01T09:00:00+08:00',
      closesAt: '2026-05-08T09:00:00+08:00',
    });

  it('is off in every shipped profile, citing SPC 9', () => {
    expect(shanghai.voting.mergeUnitsSharingCoOwners).toMatchObject({
      value: false,
      cite: ['SPC-9'],
    });
    expect(voteElectorate(open(shanghai)).headcount).toBe(3);
    expect('ownerMerge' in open(shanghai)).toBe(false);
  });

  it('when on, the vote merges and its explanation says how many persons', () => {
    const on = {
      ...shanghai,
      voting: {
        ...shanghai.voting,
        mergeUnitsSharingCoOwners: { value: true, cite: ['SPC-9' as const] },
      },
    };
    const vote = open(on);
    expect(vote.ownerMerge).toBe('shared-co-owners');
    const e = voteElectorate(vote);
    expect(e.headcount).toBe(1);
    const r = tally(e, [ballot('u1', 'a', 'agree')], CIVIL_CODE_RULES.ordinary);
    expect(r.electorate.coOwnerMerge).toEqual({ ownerSets: 3, merged: 2 });
    expect(formatTally(r, 'zh-CN')).toContain('3 组业主计为 1 人，合并 2 人');
    expect(formatTally(r, 'en')).toContain('3 owner sets count as 1 person: 2 merged');
    expect(explainTally(r).lines.en.join('\n')).toContain('2 merged');
  });

  it('says nothing of merging under the default', () => {
    const r = tally(buildElectorate(roll), [], CIVIL_CODE_RULES.ordinary);
    expect('coOwnerMerge' in r.electorate).toBe(false);
    expect(formatTally(r, 'en')).not.toContain('merged');
  });
});

describe('headcount under the default (property)', { timeout: 30_000 }, () => {
  const owner = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  const unit = fc.record({
    owners: fc.uniqueArray(owner, { minLength: 1, maxLength: 3 }),
    status: fc.constantFrom('delivered', 'delivered', 'delivered', 'unsold'),
  });

  it('equals the number of distinct owner sets, plus one for the developer’s stock', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), (units) => {
        const roll = rollOf(
          units.map((u, i) => ({
            id: `u${i}`,
            area: 100,
            status: u.status as 'delivered' | 'unsold',
            owners: u.status === 'unsold' ? [] : u.owners,
          })),
        );
        const delivered = units.filter((u) => u.status === 'delivered');
        const sets = new Set(delivered.map((u) => [...u.owners].sort().join('+')));
        const stock = delivered.length < units.length ? 1 : 0;
        const e = buildElectorate(roll);
        expect(e.headcount).toBe(sets.size + stock);
        expect(e.ownerSets).toBe(sets.size);
        // Merging by shared co-owners never counts more persons than the default.
        const merged = buildElectorate(roll, { ownerMerge: 'shared-co-owners' });
        expect(merged.headcount).toBe(e.headcount - merged.mergedPersons);
        expect(merged.headcount).toBeLessThanOrEqual(e.headcount);
      }),
      { numRuns: 300 },
    );
  });
});
