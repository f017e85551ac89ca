import { type Roll, RollSchema } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollArbitrary } from '../src/index.js';
import { areaSources, rollProblems } from './fixtures/checks.js';

const FLAT = { min: 3_000, max: 30_000 };

function samples(arb: fc.Arbitrary<Roll>, numRuns: number): Roll[] {
  return fc.sample(arb, { numRuns, seed: 20260301 });
}

describe('rollArbitrary', () => {
  it('generates rolls that parse unchanged and are referentially sound', () => {
    fc.assert(
      fc.property(rollArbitrary({ parking: true, parts: true }), (roll) => {
        expect(RollSchema.parse(roll)).toEqual(roll);
        expect(rollProblems(roll)).toEqual([]);
        expect(roll.units.length).toBeGreaterThanOrEqual(10);
        expect(roll.units.length).toBeLessThanOrEqual(300);
      }),
      { numRuns: 60 },
    );
  });

  it('respects unit counts, buildings and realistic areas', () => {
    fc.assert(
      fc.property(rollArbitrary({ minUnits: 40, maxUnits: 80, buildings: 3 }), (roll) => {
        expect(roll.units.length).toBeGreaterThanOrEqual(40);
        expect(roll.units.length).toBeLessThanOrEqual(80);
        const buildings = new Set(roll.units.map((u) => u.building));
        expect([...buildings].sort()).toEqual(['1号楼', '2号楼', '3号楼']);
        for (const u of roll.units) {
          expect(u.kind).toBe('residential');
          expect(u.parts).toEqual([]);
          expect(u.entrance).toMatch(/^\d+单元$/);
          expect(u.number).toMatch(/^\d+0\d$/);
          for (const source of areaSources(u)) {
            const area = u.areas[source as 'register'] as number;
            expect(area).toBeGreaterThanOrEqual(FLAT.min);
            expect(area).toBeLessThanOrEqual(FLAT.max);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('adds parking spaces and parts only when asked', () => {
    const rolls = samples(rollArbitrary({ parking: true, parts: true }), 30);
    const spaces = rolls.flatMap((r) => r.units.filter((u) => u.kind === 'parking'));
    expect(spaces.length).toBeGreaterThan(0);
    expect(new Set(spaces.map((s) => s.registrable))).toEqual(new Set([true, false]));
    for (const s of spaces) {
      expect(s.building).toBe('地下车库');
      expect(s.parts).toEqual(['地下车库']);
      // A space held by right of use has no register entry.
      if (s.registrable === false) expect(s.areas.register).toBeUndefined();
    }
    for (const u of rolls.flatMap((r) => r.units.filter((x) => x.kind !== 'parking'))) {
      expect(u.parts).toEqual([u.building]);
    }
    const plain = samples(rollArbitrary(), 30);
    expect(plain.flatMap((r) => r.units).some((u) => u.kind === 'parking')).toBe(false);
  });

  it('honours the shares over many units', () => {
    const shares = {
      developerStockShare: 0.2,
      multiUnitBuyerShare: 0.3,
      coOwnerShare: 0.25,
      missingAreaSourceShare: 0.4,
    };
    const rolls = samples(rollArbitrary({ minUnits: 500, maxUnits: 500, ...shares }), 20);
    const units = rolls.flatMap((r) => r.units);
    const stock = units.filter((u) => u.status !== 'delivered');
    const delivered = units.filter((u) => u.status === 'delivered');
    const noRegister = units.filter((u) => u.areas.register === undefined);
    const coOwned = delivered.filter((u) => u.owners.length >= 2);
    // Buyers are the first owner of record; co-owners added beside them are not buyers.
    const flatsPerBuyer = new Map<string, number>();
    for (const r of rolls) {
      for (const u of r.units) {
        const buyer = u.owners[0];
        if (buyer !== undefined) {
          const key = `${r.complexId}/${buyer}`;
          flatsPerBuyer.set(key, (flatsPerBuyer.get(key) ?? 0) + 1);
        }
      }
    }
    const multi = [...flatsPerBuyer.values()].filter((n) => n > 1).length / flatsPerBuyer.size;
    expect(stock.length / units.length).toBeCloseTo(shares.developerStockShare, 1);
    expect(noRegister.length / units.length).toBeCloseTo(shares.missingAreaSourceShare, 1);
    expect(coOwned.length / delivered.length).toBeCloseTo(shares.coOwnerShare, 1);
    expect(multi).toBeCloseTo(shares.multiUnitBuyerShare, 1);
    for (const u of coOwned) expect(u.owners.length).toBeLessThanOrEqual(3);
    for (const u of stock) expect(['unsold', 'sold-undelivered']).toContain(u.status);
    // Units without a register area carry only the fallbacks of SPC 8.
    const variants = new Set(noRegister.map((u) => areaSources(u).join('+')));
    expect(variants).toEqual(new Set(['survey', 'contract', 'survey+contract']));
  });

  it('produces none of a feature whose share is 0, and all of it at 1', () => {
    const none = samples(
      rollArbitrary({
        developerStockShare: 0,
        multiUnitBuyerShare: 0,
        coOwnerShare: 0,
        missingAreaSourceShare: 0,
      }),
      20,
    );
    for (const roll of none) {
      for (const u of roll.units) {
        expect(u.status).toBe('delivered');
        expect(u.owners).toHaveLength(1);
        expect(u.areas.register).toBeDefined();
      }
      const buyers = roll.units.map((u) => u.owners[0]);
      expect(new Set(buyers).size).toBe(buyers.length);
    }
    const all = samples(rollArbitrary({ developerStockShare: 1 }), 10);
    for (const roll of all) {
      expect(roll.units.every((u) => u.status !== 'delivered' && u.owners.length === 0)).toBe(true);
    }
  });

  it('uses the given developer id for the stock and lists it as a developer', () => {
    const [roll] = samples(rollArbitrary({ developerId: 'dev-42', developerStockShare: 0.5 }), 1);
    expect(roll?.developerId).toBe('dev-42');
    expect(roll?.owners.find((o) => o.id === 'dev-42')?.kind).toBe('developer');
  });

  it('is deterministic for a seed', () => {
    const arb = rollArbitrary({ parking: true });
    expect(fc.sample(arb, { numRuns: 3, seed: 7 })).toEqual(
      fc.sample(arb, { numRuns: 3, seed: 7 }),
    );
  });

  it('generates a 20,000-unit roll', () => {
    const [roll] = samples(rollArbitrary({ minUnits: 20_000, maxUnits: 20_000, parking: true }), 1);
    if (!roll) throw new Error('no sample');
    expect(roll.units).toHaveLength(20_000);
    expect(RollSchema.parse(roll)).toEqual(roll);
    expect(rollProblems(roll)).toEqual([]);
    expect(new Set(roll.units.map((u) => u.building)).size).toBeGreaterThan(100);
  });

  it('rejects options out of range with a message naming the option', () => {
    expect(() => rollArbitrary({ minUnits: 0 })).toThrow(/minUnits/);
    expect(() => rollArbitrary({ minUnits: 50, maxUnits: 10 })).toThrow(/maxUnits/);
    expect(() => rollArbitrary({ coOwnerShare: 1.5 })).toThrow(/coOwnerShare/);
    expect(() => rollArbitrary({ buildings: { min: 3, max: 2 } })).toThrow(/buildings\.max/);
    expect(() => rollArbitrary({ developerId: 'owner-1' })).toThrow(/developerId/);
  });
});
