import type { Area } from '../area.js';
import type { AreaSource, ParkingRule, Roll, Unit } from '../schemas/roll.js';
import { StringIndex } from '../string-index.js';
import { unitArea } from './unit-area.js';

/**
 * Which units count as one buyer (SPC 9 同一买受人) in the headcount:
 * - `same-owners` (the default): units with the same set of owners of record;
 * - `shared-co-owners`: also units that only share a co-owner, chained ({a,b}, {b,c}, {c,d} are
 *   one person), a reading a rules of procedure may adopt (profile
 *   `voting.mergeUnitsSharingCoOwners`).
 */
export type OwnerMerge = 'same-owners' | 'shared-co-owners';

/**
 * One person in the headcount (SPC 9): the developer's unsold and undelivered units together,
 * or the units held by one buyer (co-owners included), with their summed area.
 */
export interface Voter {
  /** Position in {@link Electorate.voters}. */
  readonly index: number;
  /** `developer` for the developer's stock, else the sorted owner ids joined by `+`. */
  readonly key: string;
  readonly isDeveloper: boolean;
  readonly ownerIds: readonly string[];
  readonly unitIds: readonly string[];
  readonly area: Area;
}

/** Why a unit of the roll does not vote in this electorate. */
export interface ExcludedUnit {
  readonly unitId: string;
  readonly reason: 'outside-part' | 'parking-excluded' | 'parking-not-registrable';
}

/**
 * The people and areas that vote on one question: the whole complex, or one part of it
 * (SH 69). Built once from a roll and frozen with the vote.
 */
export interface Electorate {
  readonly complexId: string;
  readonly part: string | undefined;
  readonly parking: ParkingRule;
  readonly voters: readonly Voter[];
  /** Total headcount: the number of voters. */
  readonly headcount: number;
  /** Total exclusive area in 0.01 m². */
  readonly area: Area;
  readonly excluded: readonly ExcludedUnit[];
  /** Which units count as one buyer. */
  readonly ownerMerge: OwnerMerge;
  /** Distinct sets of owners of record among the units outside the developer's stock. */
  readonly ownerSets: number;
  /** Persons fewer than {@link ownerSets} because units sharing co-owners were merged. */
  readonly mergedPersons: number;
  /** Unit id → position in the unit arrays below. */
  readonly unitIndex: StringIndex;
  readonly units: readonly Unit[];
  /** Per unit (same positions as `units`): its voter's index. */
  readonly unitVoter: Int32Array;
  /** Per unit: its voting area and where the area came from. */
  readonly unitAreas: readonly Area[];
  readonly unitAreaSources: readonly AreaSource[];
  /** Per unit: the ids allowed to cast its ballot (its owners, or the developer). */
  readonly unitCasters: readonly (readonly string[])[];
}

/** Options of {@link buildElectorate}. */
export interface ElectorateOptions {
  /** Restrict to the units of one part of the complex (SH 69, RULES VOTE-13). */
  readonly part?: string;
  /** Overrides the roll's parking rule (RULES VOTE-16). */
  readonly parking?: ParkingRule;
  /** Which units count as one buyer (RULES VOTE-7); `same-owners` unless given. */
  readonly ownerMerge?: OwnerMerge;
}

/**
 * Builds the electorate of a validated roll per SPC 8–9 (RULES VOTE-6, VOTE-7, VOTE-16).
 *
 * Headcount: each exclusive part counts as one person, except that all of the developer's unsold
 * and sold-but-undelivered units count as one, and units held by the same buyer count as one.
 * "The same buyer" is the same set of owners of record, in any order: {a,b} and {b,a} are one
 * person, {a,b} and {a} two. With `ownerMerge: 'shared-co-owners'` units that share any owner
 * are one person, chained through different co-owner sets; `mergedPersons` says how many
 * persons that took away.
 *
 * @throws RangeError naming an unknown `ownerMerge`.
 */
export function buildElectorate(roll: Roll, options: ElectorateOptions = {}): Electorate {
  const parking = options.parking ?? roll.parking;
  const ownerMerge = options.ownerMerge ?? 'same-owners';
  if (ownerMerge !== 'same-owners' && ownerMerge !== 'shared-co-owners') {
    throw new RangeError(
      `buildElectorate: unknown ownerMerge ${JSON.stringify(ownerMerge)}: expected "same-owners" or "shared-co-owners"`,
    );
  }
  const chain = ownerMerge === 'shared-co-owners';
  const units: Unit[] = [];
  const excluded: ExcludedUnit[] = [];
  for (const unit of roll.units) {
    if (options.part !== undefined && !unit.parts.includes(options.part)) {
      excluded.push({ unitId: unit.id, reason: 'outside-part' });
    } else if (unit.kind === 'parking' && parking === 'exclude') {
      excluded.push({ unitId: unit.id, reason: 'parking-excluded' });
    } else if (unit.kind === 'parking' && unit.registrable !== true) {
      excluded.push({ unitId: unit.id, reason: 'parking-not-registrable' });
    } else {
      units.push(unit);
    }
  }

  const n = units.length;
  const unitIndex = new StringIndex(n);
  const unitAreas: Area[] = new Array(n);
  const unitAreaSources: AreaSource[] = new Array(n);
  const unitCasters: (readonly string[])[] = new Array(n);
  const isStock = new Uint8Array(n);
  // Union-find over units: units with the same owner set (SPC 9), or with `chain` any shared
  // owner, are one person.
  const parent = new Int32Array(n);
  const firstUnitOfOwner = new Map<string, number>();
  // First unit of each owner set: one owner keyed by id, several by their sorted ids as JSON (kept
  // apart so that no id can pass for a set).
  const firstOfOwner = new Map<string, number>();
  const firstOfSet = new Map<string, number>();
  let ownerSets = 0;
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c]!;
      parent[c] = r;
      c = next;
    }
    return r;
  };

  for (let i = 0; i < n; i++) {
    const unit = units[i]!;
    parent[i] = i;
    unitIndex.add(unit.id);
    const { area, source } = unitArea(unit);
    unitAreas[i] = area;
    unitAreaSources[i] = source;
    const stock = unit.status !== 'delivered' || unit.owners.includes(roll.developerId);
    isStock[i] = stock ? 1 : 0;
    unitCasters[i] = stock ? [roll.developerId] : unit.owners;
    if (stock) continue;
    const owners = unit.owners;
    // A unit without owners of record is a person of its own.
    if (owners.length === 0) {
      ownerSets++;
      continue;
    }
    const single = owners.length === 1 || owners.every((o) => o === owners[0]);
    const byKey = single ? firstOfOwner : firstOfSet;
    const key = single ? owners[0]! : JSON.stringify([...new Set(owners)].sort());
    const same = byKey.get(key);
    if (same === undefined) {
      byKey.set(key, i);
      ownerSets++;
    } else {
      parent[i] = find(same);
    }
    if (!chain) continue;
    for (const ownerId of owners) {
      const first = firstUnitOfOwner.get(ownerId);
      if (first === undefined) firstUnitOfOwner.set(ownerId, i);
      else parent[find(i)] = find(first);
    }
  }

  const voters: Voter[] = [];
  const unitVoter = new Int32Array(n);
  // Voter index by union-find root (a unit position); -1 until the root's voter exists.
  const rootVoter = new Int32Array(n).fill(-1);
  const voterUnits: number[][] = [];
  let developerVoter = -1;
  for (let i = 0; i < n; i++) {
    let v: number;
    if (isStock[i] === 1) {
      if (developerVoter < 0) {
        developerVoter = voterUnits.length;
        voterUnits.push([]);
      }
      v = developerVoter;
    } else {
      const root = find(i);
      v = rootVoter[root]!;
      if (v < 0) {
        v = voterUnits.length;
        rootVoter[root] = v;
        voterUnits.push([]);
      }
    }
    unitVoter[i] = v;
    voterUnits[v]!.push(i);
  }

  let totalArea = 0;
  for (let v = 0; v < voterUnits.length; v++) {
    const members = voterUnits[v]!;
    const isDeveloper = v === developerVoter;
    let area = 0;
    for (const i of members) area += unitAreas[i]!;
    totalArea += area;
    const ownerIds = isDeveloper ? [roll.developerId] : ownersOf(members, units);
    voters.push({
      index: v,
      key: isDeveloper ? 'developer' : ownerIds.join('+'),
      isDeveloper,
      ownerIds,
      unitIds: members.map((i) => units[i]!.id),
      area,
    });
  }
  if (!Number.isSafeInteger(totalArea)) throw new RangeError('total area exceeds exact range');
  const persons = voters.length - (developerVoter < 0 ? 0 : 1);

  return {
    complexId: roll.complexId,
    part: options.part,
    parking,
    voters,
    headcount: voters.length,
    area: totalArea,
    excluded,
    ownerMerge,
    ownerSets,
    mergedPersons: ownerSets - persons,
    unitIndex,
    units,
    unitVoter,
    unitAreas,
    unitAreaSources,
    unitCasters,
  };
}

/** The sorted distinct owners of a voter's units; the common one-unit case allocates little. */
function ownersOf(members: readonly number[], units: readonly Unit[]): readonly string[] {
  if (members.length === 1) {
    const owners = units[members[0]!]!.owners;
    return owners.length === 1 ? owners : [...new Set(owners)].sort();
  }
  const owners = new Set<string>();
  for (const i of members) for (const o of units[i]!.owners) owners.add(o);
  return [...owners].sort();
}
