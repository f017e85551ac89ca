import type { Roll, Unit } from './core.js';

/**
 * Who may cast a unit's ballot: the developer for its unsold and undelivered stock (SPC 9), the
 * owners of record otherwise.
 */
export function castersOf(roll: Roll, unit: Unit): readonly string[] {
  return unit.status === 'delivered' ? unit.owners : [roll.developerId];
}

/**
 * Whether a unit takes part in votes: parking spaces only when registrable and the roll counts
 * spaces literally (RULES VOTE-16).
 */
export function votes(roll: Roll, unit: Unit): boolean {
  if (unit.kind !== 'parking') return true;
  return roll.parking === 'literal' && unit.registrable === true;
}

/** The units a generated ballot may be cast for: those that vote and have someone to cast. */
export function ballotUnits(roll: Roll, includeNonVoting: boolean): Unit[] {
  return roll.units.filter(
    (u) => (includeNonVoting || votes(roll, u)) && castersOf(roll, u).length > 0,
  );
}
