import {
  type Ballot,
  CHANNELS,
  CHOICES,
  parseRoll,
  type Roll,
  type RollInput,
} from '@jiayuan/core';
import fc from 'fast-check';

/** A unit as tests write it: `[id, owners, area, status?, building?]`. */
export type UnitSpec = {
  id: string;
  owners?: string[];
  area: number;
  status?: 'delivered' | 'unsold' | 'sold-undelivered';
  building?: string;
  parts?: string[];
};

/** Builds and validates a roll from short unit specs; owners are created as needed. */
export function rollOf(units: UnitSpec[], extra: Partial<RollInput> = {}): Roll {
  const owners = new Set<string>();
  for (const u of units) for (const o of u.owners ?? []) owners.add(o);
  return parseRoll({
    complexId: 'c1',
    owners: [...owners].map((id) => ({ id })),
    units: units.map((u) => ({
      id: u.id,
      building: u.building ?? '1号楼',
      status: u.status ?? 'delivered',
      owners: u.owners ?? [],
      areas: { register: u.area },
      parts: u.parts ?? [],
    })),
    ...extra,
  });
}

/** `n` delivered units owned by distinct owners `o1…on`, each of `area`. */
export function simpleRoll(n: number, area = 10000): Roll {
  return rollOf(
    Array.from({ length: n }, (_, i) => ({ id: `u${i + 1}`, owners: [`o${i + 1}`], area })),
  );
}

let seq = 0;
/** A valid ballot for a unit and owner. */
export function ballot(
  unitId: string,
  castBy: string,
  choice: Ballot['choice'],
  at = '2026-05-01T02:00:00Z',
  extra: Partial<Ballot> = {},
): Ballot {
  seq += 1;
  return { id: `b${seq}-${unitId}`, unitId, castBy, choice, channel: 'paper', at, ...extra };
}

/**
 * A small random roll with developer stock, multi-unit buyers and co-owners, and valid ballots
 * over it (with revotes), for property tests inside core.
 */
export const rollAndBallots = fc
  .record({
    units: fc.array(
      fc.record({
        owner: fc.integer({ min: 0, max: 40 }),
        coOwner: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 4 }),
        stock: fc.integer({ min: 0, max: 9 }),
        area: fc.integer({ min: 1, max: 30000 }),
        building: fc.integer({ min: 1, max: 4 }),
      }),
      { minLength: 1, maxLength: 60 },
    ),
    votes: fc.array(
      fc.record({
        unit: fc.nat(),
        choice: fc.constantFrom(...CHOICES),
        channel: fc.constantFrom(...CHANNELS),
        minute: fc.integer({ min: 0, max: 600 }),
      }),
      { maxLength: 120 },
    ),
  })
  .map(({ units, votes }) => {
    const specs: UnitSpec[] = units.map((u, i) => {
      const status = u.stock === 0 ? 'unsold' : u.stock === 1 ? 'sold-undelivered' : 'delivered';
      const owners = status !== 'delivered' ? [] : [`o${u.owner}`];
      if (status === 'delivered' && u.coOwner !== null && u.coOwner !== u.owner)
        owners.push(`o${u.coOwner}`);
      return { id: `u${i}`, owners, area: u.area, status, building: `${u.building}号楼` };
    });
    const roll = rollOf(specs);
    const ballots: Ballot[] = votes.map((v, i) => {
      const unit = roll.units[v.unit % roll.units.length]!;
      const castBy = unit.status === 'delivered' ? unit.owners[0]! : roll.developerId;
      const at = new Date(Date.UTC(2026, 4, 1, 0, v.minute)).toISOString();
      return { id: `b${i}`, unitId: unit.id, castBy, choice: v.choice, channel: v.channel, at };
    });
    return { roll, ballots };
  });
