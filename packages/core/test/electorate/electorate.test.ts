import { buildElectorate, parseRoll, unitArea } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { rollOf } from '../support/rolls.js';

describe('unitArea (SPC 8)', () => {
  it('takes the register, else the survey, else the contract area', () => {
    expect(unitArea({ areas: { register: 1, survey: 2, contract: 3 } })).toEqual({
      area: 1,
      source: 'register',
    });
    expect(unitArea({ areas: { survey: 2, contract: 3 } })).toEqual({ area: 2, source: 'survey' });
    expect(unitArea({ areas: { contract: 3 } })).toEqual({ area: 3, source: 'contract' });
  });
});

describe('buildElectorate (SPC 9)', () => {
  it("counts the developer's unsold and undelivered units as one person", () => {
    const roll = rollOf([
      { id: 'u1', area: 100, status: 'unsold' },
      { id: 'u2', area: 200, status: 'unsold' },
      { id: 'u3', area: 300, status: 'sold-undelivered', owners: ['buyer'] },
      { id: 'u4', area: 400, owners: ['o1'] },
    ]);
    const e = buildElectorate(roll);
    expect(e.headcount).toBe(2);
    expect(e.area).toBe(1000);
    const dev = e.voters.find((v) => v.isDeveloper)!;
    expect(dev.area).toBe(600);
    expect(dev.unitIds).toEqual(['u1', 'u2', 'u3']);
    expect(dev.ownerIds).toEqual(['developer']);
  });

  it('counts a buyer of three units once, with their summed area', () => {
    const roll = rollOf([
      { id: 'u1', area: 100, owners: ['a'] },
      { id: 'u2', area: 200, owners: ['a'] },
      { id: 'u3', area: 300, owners: ['a'] },
      { id: 'u4', area: 400, owners: ['b'] },
    ]);
    const e = buildElectorate(roll);
    expect(e.headcount).toBe(2);
    expect(e.voters.find((v) => v.key === 'a')!.area).toBe(600);
  });

  it('counts co-owners of one unit as one person; a unit of one of them alone is another', () => {
    const roll = rollOf([
      { id: 'u1', area: 100, owners: ['a', 'b'] },
      { id: 'u2', area: 200, owners: ['b'] },
      { id: 'u3', area: 300, owners: ['c', 'd'] },
    ]);
    const e = buildElectorate(roll);
    expect(e.headcount).toBe(3);
    expect(e.voters.map((v) => v.key)).toEqual(['a+b', 'b', 'c+d']);
    expect(e.unitCasters[0]).toEqual(['a', 'b']);
    // Joined only where a rules of procedure merges units sharing co-owners (VOTE-7).
    const merged = buildElectorate(roll, { ownerMerge: 'shared-co-owners' });
    expect(merged.voters.map((v) => v.key)).toEqual(['a+b', 'c+d']);
  });

  it('treats a delivered unit still held by the developer as developer stock', () => {
    const roll = rollOf([
      { id: 'u1', area: 100, status: 'unsold' },
      { id: 'u2', area: 100, owners: ['developer'] },
    ]);
    expect(buildElectorate(roll).headcount).toBe(1);
  });

  it('restricts to one part of the complex (SH 69) and lists what it left out', () => {
    const roll = rollOf([
      { id: 'u1', area: 100, owners: ['a'], parts: ['1号楼'] },
      { id: 'u2', area: 200, owners: ['b'], parts: ['2号楼'] },
    ]);
    const e = buildElectorate(roll, { part: '1号楼' });
    expect(e.headcount).toBe(1);
    expect(e.area).toBe(100);
    expect(e.excluded).toEqual([{ unitId: 'u2', reason: 'outside-part' }]);
  });

  it('counts registrable parking spaces literally, and leaves out use-right spaces (VOTE-16)', () => {
    const input = {
      complexId: 'c1',
      owners: [{ id: 'a' }, { id: 'b' }],
      units: [
        {
          id: 'u1',
          building: '1号楼',
          status: 'delivered',
          owners: ['a'],
          areas: { register: 9000 },
        },
        {
          id: 'p1',
          building: '车库',
          kind: 'parking',
          registrable: true,
          status: 'delivered',
          owners: ['a'],
          areas: { register: 1200 },
        },
        {
          id: 'p2',
          building: '车库',
          kind: 'parking',
          registrable: true,
          status: 'delivered',
          owners: ['b'],
          areas: { register: 1200 },
        },
        {
          id: 'p3',
          building: '车库',
          kind: 'parking',
          registrable: false,
          status: 'delivered',
          owners: ['b'],
          areas: { contract: 1200 },
        },
      ],
    };
    const literal = buildElectorate(parseRoll(input));
    // a: flat + space = one person; b: one registrable space = one more person.
    expect(literal.headcount).toBe(2);
    expect(literal.area).toBe(9000 + 1200 + 1200);
    expect(literal.excluded).toEqual([{ unitId: 'p3', reason: 'parking-not-registrable' }]);
    const excluded = buildElectorate(parseRoll({ ...input, parking: 'exclude' }));
    expect(excluded.headcount).toBe(1);
    expect(excluded.area).toBe(9000);
  });
});
