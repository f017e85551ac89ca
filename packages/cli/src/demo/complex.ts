import type { RollInput } from '@jiayuan/core';

/** A small deterministic PRNG (mulberry32): the same seed gives the same complex. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A generated complex: its roll, the voters' ids per unit, and counts for the timeline. */
export interface DemoComplex {
  readonly roll: RollInput;
  /** The id that casts each unit's ballot (an owner, a co-owner, or the developer). */
  readonly casterOf: ReadonlyMap<string, string>;
  readonly stats: {
    readonly buildings: number;
    readonly units: number;
    readonly owners: number;
    readonly developerStock: number;
    readonly multiUnitOwners: number;
    readonly coOwned: number;
    /** Total exclusive area in 0.01 m². */
    readonly area: number;
  };
}

// Buildings 1–8: 18 floors × 6 flats; 9–12: 14 floors × 6 flats — 1,200 units in all.
const LAYOUT: readonly { readonly floors: number }[] = [
  ...Array.from({ length: 8 }, () => ({ floors: 18 })),
  ...Array.from({ length: 4 }, () => ({ floors: 14 })),
];
// Flat types by position on the floor, in 0.01 m² (decimal areas from the register).
const FLAT_AREA = [8_937, 11_862, 14_315, 14_315, 11_862, 8_937];

/**
 * Generates a Shanghai complex of 1,200 flats in 12 buildings: about 3% developer stock (unsold
 * or sold but not delivered, one person together, SPC 9), owners of two or three flats, co-owned
 * flats (two owners, either may vote), and areas to 0.01 m² from the register, the survey or the
 * contract (SPC 8). Deterministic from `seed`.
 */
export function generateComplex(complexId: string, seed: number): DemoComplex {
  const rnd = randomFrom(seed);
  const owners: RollInput['owners'] = [{ id: 'developer', kind: 'developer' }];
  const units: RollInput['units'][number][] = [];
  const casterOf = new Map<string, string>();
  let nextOwner = 1;
  let developerStock = 0;
  let coOwned = 0;
  let area = 0;
  // A buyer of several flats keeps buying for a few flats in a row of the same building.
  let buyer: { id: string; left: number } | null = null;
  const multi = new Set<string>();
  for (const [bi, b] of LAYOUT.entries()) {
    const building = `${bi + 1}号楼`;
    for (let floor = 1; floor <= b.floors; floor++) {
      for (let flat = 1; flat <= 6; flat++) {
        const id = `${bi + 1}-${floor}${String(flat).padStart(2, '0')}`;
        const centi = (FLAT_AREA[flat - 1] ?? 9_000) + Math.floor(rnd() * 180) - 90;
        area += centi;
        const source = rnd();
        const areas =
          source < 0.9
            ? { register: centi }
            : source < 0.97
              ? { survey: centi }
              : { contract: centi };
        const number = `${floor}${String(flat).padStart(2, '0')}`;
        const stock = rnd();
        if (stock < 0.03) {
          developerStock++;
          units.push({
            id,
            building,
            number,
            parts: [building],
            status: stock < 0.02 ? 'unsold' : 'sold-undelivered',
            owners: [],
            areas,
          });
          casterOf.set(id, 'developer');
          continue;
        }
        let unitOwners: string[];
        if (buyer !== null && buyer.left > 0) {
          buyer.left--;
          multi.add(buyer.id);
          unitOwners = [buyer.id];
        } else {
          const first = `o${nextOwner++}`;
          owners.push({ id: first });
          unitOwners = [first];
          if (rnd() < 0.3) {
            const second = `o${nextOwner++}`;
            owners.push({ id: second });
            unitOwners.push(second);
            coOwned++;
          }
          buyer = rnd() < 0.04 ? { id: first, left: rnd() < 0.25 ? 2 : 1 } : null;
        }
        // Each building is a part of its own: its lift and stairs are shared by its owners (SH 69).
        units.push({
          id,
          building,
          number,
          parts: [building],
          status: 'delivered',
          owners: unitOwners,
          areas,
        });
        // Either co-owner may cast the flat's one ballot.
        casterOf.set(id, unitOwners[Math.floor(rnd() * unitOwners.length)] ?? unitOwners[0] ?? '');
      }
    }
  }
  return {
    roll: { complexId, name: '静安·家园小区', owners, units },
    casterOf,
    stats: {
      buildings: LAYOUT.length,
      units: units.length,
      owners: owners.length - 1,
      developerStock,
      multiUnitOwners: multi.size,
      coOwned,
      area,
    },
  };
}
