import { type Ballot, buildElectorate, CHOICES, type Roll } from '@jiayuan/core';
import { size } from '../../../scripts/bench.js';

/**
 * A large complex for benchmarks: `n` units in buildings of 200, one owner each except every
 * 50th owner who holds two units, and 2% developer stock. Deterministic, no randomness.
 */
export function largeRoll(n: number): Roll {
  const units: Roll['units'] = new Array(n);
  const owners: Roll['owners'] = [];
  for (let i = 0; i < n; i++) {
    const stock = i % 50 === 7;
    const ownerIndex = i % 50 === 8 ? i - 1 : i; // pairs of units shared by one buyer
    if (!stock && ownerIndex === i) owners.push({ id: `o${i}`, kind: 'person' });
    units[i] = {
      id: `u${i}`,
      building: `${Math.floor(i / 200) + 1}号楼`,
      kind: 'residential',
      status: stock ? 'unsold' : 'delivered',
      owners: stock ? [] : [`o${ownerIndex}`],
      areas: { register: 6000 + (i % 9000) },
      parts: [],
    };
  }
  // Owners referenced by a shared unit whose first unit was stock need to exist too.
  const known = new Set(owners.map((o) => o.id));
  for (const u of units)
    for (const o of u.owners)
      if (!known.has(o)) {
        known.add(o);
        owners.push({ id: o, kind: 'person' });
      }
  return { complexId: 'bench', developerId: 'developer', owners, units, parking: 'literal' };
}

/** One ballot per unit (so shared buyers revote), choices cycling, times ascending. */
export function ballotsFor(roll: Roll): Ballot[] {
  const base = Date.UTC(2026, 4, 1);
  return roll.units.map((u, i) => ({
    id: `b${i}`,
    unitId: u.id,
    castBy: u.status === 'delivered' ? u.owners[0]! : roll.developerId,
    choice: CHOICES[i % 7 === 0 ? 1 : i % 13 === 0 ? 2 : 0]!,
    channel: 'paper',
    at: new Date(base + i * 1000).toISOString(),
  }));
}

/** Units (and ballots) in the fixture: a million when timed, a thousand in smoke mode. */
export const UNITS = size(1_000_000, 1_000);
/** `UNITS` as the bench names print it: 1,000,000. */
export const UNITS_LABEL = UNITS.toLocaleString('en-US');
export const roll = largeRoll(UNITS);
export const electorate = buildElectorate(roll);
export const ballots = ballotsFor(roll);
