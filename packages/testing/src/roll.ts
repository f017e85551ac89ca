import fc from 'fast-check';
import type { Owner, ParkingRule, Roll, Unit, UnitAreas } from './core.js';
import { complexName, organisationName, personName, phoneNumber } from './names.js';
import { createRng, type Rng, SEED_RANGE } from './random.js';
import { checkInteger, checkShare } from './validate.js';

/** Options of {@link rollArbitrary}. Every share is a probability in [0, 1]. */
export interface RollArbitraryOptions {
  /** Fewest units (flats plus parking spaces) in a roll. Default 10. */
  readonly minUnits?: number;
  /** Most units in a roll. Default 300; tens of thousands are fine (generation is linear). */
  readonly maxUnits?: number;
  /**
   * Number of buildings (`1号楼`, `2号楼`, …), exact or as a range. Default: one building per
   * 40–120 flats. Never more buildings than flats.
   */
  readonly buildings?: number | { readonly min: number; readonly max: number };
  /**
   * Share of flats still held by the developer (status `unsold` or `sold-undelivered`, no owners
   * of record: they belong to `developerId` and count as one person, SPC 9). Default 0.1.
   */
  readonly developerStockShare?: number;
  /** Share of flat buyers who buy two or three flats (one person under SPC 9). Default 0.1. */
  readonly multiUnitBuyerShare?: number;
  /** Share of delivered units with two or three co-owners of record. Default 0.15. */
  readonly coOwnerShare?: number;
  /**
   * Share of units with no register area: only a surveyed area, only a contract area, or both
   * (SPC 8's fallbacks, RULES VOTE-6). Default 0.1.
   */
  readonly missingAreaSourceShare?: number;
  /**
   * Adds parking spaces (kind `parking`, building `地下车库`) as 15–35% of the units, about 60%
   * of them registrable; owned by flat owners, by parking-only buyers or by the developer.
   * Default false.
   */
  readonly parking?: boolean;
  /** Gives every unit its building as a part (SH 69; spaces: `地下车库`). Default false. */
  readonly parts?: boolean;
  /** The roll's `developerId`, also listed as an owner of kind `developer`. Default `developer`. */
  readonly developerId?: string;
  /** The roll's parking rule (RULES VOTE-16). Default `literal`. */
  readonly parkingRule?: ParkingRule;
}

interface ResolvedRollOptions {
  readonly minUnits: number;
  readonly maxUnits: number;
  readonly buildings: { readonly min: number; readonly max: number } | undefined;
  readonly developerStockShare: number;
  readonly multiUnitBuyerShare: number;
  readonly coOwnerShare: number;
  readonly missingAreaSourceShare: number;
  readonly parking: boolean;
  readonly parts: boolean;
  readonly developerId: string;
  readonly parkingRule: ParkingRule;
}

const MAX_UNITS = 1_000_000;
// Residential areas stay within 30–300 m²; parking spaces within 10–25 m² (0.01 m² units).
const FLAT_AREA = { min: 3_000, max: 30_000 } as const;
const SPACE_AREA = { min: 1_000, max: 2_500 } as const;
const GARAGE = '地下车库';

function resolveOptions(options: RollArbitraryOptions): ResolvedRollOptions {
  const minUnits = options.minUnits ?? 10;
  const maxUnits = options.maxUnits ?? Math.max(300, minUnits);
  checkInteger('minUnits', minUnits, 1, MAX_UNITS);
  checkInteger('maxUnits', maxUnits, minUnits, MAX_UNITS);
  let buildings: ResolvedRollOptions['buildings'];
  if (typeof options.buildings === 'number') {
    checkInteger('buildings', options.buildings, 1, MAX_UNITS);
    buildings = { min: options.buildings, max: options.buildings };
  } else if (options.buildings !== undefined) {
    checkInteger('buildings.min', options.buildings.min, 1, MAX_UNITS);
    checkInteger('buildings.max', options.buildings.max, options.buildings.min, MAX_UNITS);
    buildings = options.buildings;
  }
  const shares = {
    developerStockShare: options.developerStockShare ?? 0.1,
    multiUnitBuyerShare: options.multiUnitBuyerShare ?? 0.1,
    coOwnerShare: options.coOwnerShare ?? 0.15,
    missingAreaSourceShare: options.missingAreaSourceShare ?? 0.1,
  };
  for (const [name, value] of Object.entries(shares)) checkShare(name, value);
  const developerId = options.developerId ?? 'developer';
  // Generated owner ids are `owner-N` and `org-N`; a developer id of that shape could collide.
  if (developerId.length === 0 || /^(owner|org)-\d+$/.test(developerId)) {
    throw new RangeError(
      `developerId must be non-empty and not of the form owner-N or org-N, got "${developerId}"`,
    );
  }
  return {
    minUnits,
    maxUnits,
    buildings,
    ...shares,
    parking: options.parking ?? false,
    parts: options.parts ?? false,
    developerId,
    parkingRule: options.parkingRule ?? 'literal',
  };
}

function clamp(value: number, range: { readonly min: number; readonly max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}

/** A flat's floor-plan area: most are 60–140 m², a few small or very large. */
function layoutArea(rng: Rng): number {
  const band = rng.weighted({ small: 2, medium: 6, large: 3, huge: 1 });
  switch (band) {
    case 'small':
      return rng.int(3_000, 6_000);
    case 'medium':
      return rng.int(6_000, 14_000);
    case 'large':
      return rng.int(14_000, 20_000);
    default:
      return rng.int(20_000, 30_000);
  }
}

/**
 * Areas by source. Registered units usually also carry surveyed and contract areas that differ
 * slightly, so a wrong order of priority (SPC 8) shows up in a tally.
 */
function areasFor(
  rng: Rng,
  base: number,
  range: { readonly min: number; readonly max: number },
  missingRegister: boolean,
): UnitAreas {
  // Surveys differ from the register by up to 1%, contracts by up to 3%.
  const near = (spread: number): number => {
    const d = Math.floor(base * spread);
    return clamp(base + rng.int(-d, d), range);
  };
  const survey = (): number => near(0.01);
  const contract = (): number => near(0.03);
  if (missingRegister) {
    const variant = rng.weighted({ surveyOnly: 4, contractOnly: 3, both: 3 });
    if (variant === 'surveyOnly') return { survey: survey() };
    if (variant === 'contractOnly') return { contract: contract() };
    return { survey: survey(), contract: contract() };
  }
  const areas: { register: number; survey?: number; contract?: number } = { register: base };
  if (rng.chance(0.6)) areas.survey = survey();
  if (rng.chance(0.7)) areas.contract = contract();
  return areas;
}

/** Builds one roll of `count` units from a seed; linear in `count`. */
function buildRoll(count: number, seed: number, o: ResolvedRollOptions): Roll {
  const rng = createRng(seed);
  const name = complexName(rng);
  const spaces = o.parking ? Math.min(count - 1, Math.floor(count * (0.15 + rng.next() * 0.2))) : 0;
  const flats = count - spaces;

  const owners: Owner[] = [
    { id: o.developerId, kind: 'developer', name: `上海${name}置业有限公司` },
  ];
  let personSeq = 0;
  let orgSeq = 0;
  const newPerson = (): string => {
    // A few buyers are companies; the rest are people, some with a phone on record.
    if (rng.chance(0.02)) {
      const id = `org-${++orgSeq}`;
      owners.push({ id, kind: 'organisation', name: organisationName(rng) });
      return id;
    }
    const id = `owner-${++personSeq}`;
    const owner: Owner = { id, kind: 'person', name: personName(rng) };
    if (rng.chance(0.5)) owner.phone = phoneNumber(rng);
    owners.push(owner);
    return id;
  };

  const units: Unit[] = [];
  const range = o.buildings ?? {
    min: Math.max(1, Math.round(flats / 120)),
    max: Math.max(1, Math.round(flats / 40)),
  };
  const buildingCount = Math.min(flats, rng.int(range.min, range.max));
  const perBuilding = Math.floor(flats / buildingCount);
  const extra = flats % buildingCount;
  for (let b = 1; b <= buildingCount; b++) {
    const size = perBuilding + (b <= extra ? 1 : 0);
    const building = `${b}号楼`;
    const entrances = Math.min(size, rng.int(1, 4));
    const perFloor = rng.int(2, 4);
    const perEntrance = Math.ceil(size / entrances);
    // One floor plan per entrance and position, repeated on every floor, as in a real block.
    const layouts = Array.from({ length: entrances }, () =>
      Array.from({ length: perFloor }, () => layoutArea(rng)),
    );
    for (let k = 0; k < size; k++) {
      const e = Math.floor(k / perEntrance);
      const j = k % perEntrance;
      const floor = Math.floor(j / perFloor) + 1;
      const pos = (j % perFloor) + 1;
      const number = `${floor}${String(pos).padStart(2, '0')}`;
      let base = layouts[e]?.[pos - 1] ?? FLAT_AREA.min;
      if (rng.chance(0.1)) base = clamp(base + rng.int(-50, 50), FLAT_AREA);
      const stock = rng.chance(o.developerStockShare);
      units.push({
        id: `${b}-${e + 1}-${number}`,
        building,
        entrance: `${e + 1}单元`,
        number,
        kind: 'residential',
        status: stock ? (rng.chance(0.5) ? 'unsold' : 'sold-undelivered') : 'delivered',
        owners: [],
        areas: areasFor(rng, base, FLAT_AREA, rng.chance(o.missingAreaSourceShare)),
        parts: o.parts ? [building] : [],
      });
    }
  }

  // Buyers take delivered flats in random order, so a multi-flat buyer's flats are scattered.
  const delivered = rng.shuffle(units.filter((u) => u.status === 'delivered'));
  const buyers: string[] = [];
  const spouses = new Map<string, string>();
  const coOwn = (unit: Unit, buyer: string): void => {
    if (!rng.chance(o.coOwnerShare)) return;
    // A buyer's spouse is the same person on each of their co-owned units.
    let spouse = spouses.get(buyer);
    if (spouse === undefined) {
      spouse = newPerson();
      spouses.set(buyer, spouse);
    }
    unit.owners.push(spouse);
    if (rng.chance(0.25)) unit.owners.push(newPerson());
  };
  for (let i = 0; i < delivered.length; ) {
    const buyer = newPerson();
    buyers.push(buyer);
    const take = rng.chance(o.multiUnitBuyerShare) ? (rng.chance(0.75) ? 2 : 3) : 1;
    for (const unit of delivered.slice(i, i + take)) {
      unit.owners.push(buyer);
      coOwn(unit, buyer);
    }
    i += take;
  }

  for (let s = 0; s < spaces; s++) {
    // 300 spaces per basement level: B1, B2, …
    const level = `B${Math.floor(s / 300) + 1}`;
    const number = `${level}-${String((s % 300) + 1).padStart(3, '0')}`;
    const registrable = rng.chance(0.6);
    const base = rng.int(SPACE_AREA.min, SPACE_AREA.max);
    const stock = rng.chance(0.25);
    const unit: Unit = {
      id: `P-${number}`,
      building: GARAGE,
      number,
      kind: 'parking',
      status: stock ? 'unsold' : 'delivered',
      owners: [],
      // A space held by right of use has no register entry, only what the contract says.
      areas: registrable
        ? areasFor(rng, base, SPACE_AREA, rng.chance(o.missingAreaSourceShare))
        : { contract: base },
      parts: o.parts ? [GARAGE] : [],
      registrable,
    };
    if (!stock) {
      const buyer = buyers.length > 0 && rng.chance(0.75) ? rng.pick(buyers) : newPerson();
      unit.owners.push(buyer);
    }
    units.push(unit);
  }

  return {
    complexId: `complex-${seed.toString(36)}`,
    name,
    developerId: o.developerId,
    owners,
    units,
    parking: o.parkingRule,
  };
}

/**
 * Realistic rolls of one residential complex (the 业主名册 of SH 16), already in parsed shape
 * (`RollSchema.parse` returns them unchanged): buildings `1号楼`…, entrances `1单元`…, room
 * numbers like `1203`; areas in 0.01 m² with register, survey and contract sources; developer
 * stock; buyers of several flats; co-owned flats; optionally parking spaces and parts.
 *
 * Guarantees: unit ids are unique; every owner id a unit names (and the `developerId`) is in
 * `owners`; every unit has at least one area. Each roll is expanded from a seed, so even
 * 20,000 units generate quickly; shrinking reduces the number of units.
 *
 * @throws RangeError when an option is out of range (shares outside [0, 1], min > max, …).
 */
export function rollArbitrary(options: RollArbitraryOptions = {}): fc.Arbitrary<Roll> {
  const resolved = resolveOptions(options);
  return fc
    .record({
      count: fc.integer({ min: resolved.minUnits, max: resolved.maxUnits }),
      seed: fc.integer(SEED_RANGE),
    })
    .map(({ count, seed }) => buildRoll(count, seed, resolved));
}
