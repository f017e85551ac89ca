import type { Profile, Roll } from '@jiayuan/core';
import { fail, type Verdict } from './verdict.js';

/** Whether the complex is small enough for the profile's small committee (FORM-8). */
export function isSmallComplex(profile: Profile, floorArea: number, roll: Roll | null): boolean {
  const small = profile.formation.smallCommittee.value;
  if (small === null) return false;
  if (small.measure === 'area') return floorArea <= small.atMost;
  if (roll === null) return false;
  const households = roll.units.filter((u) => u.kind === 'residential').length;
  return households <= small.atMost;
}

/**
 * Whether `seats` is a lawful committee size (SH 20 ¶1, FORM-8): odd and at least 5, or the
 * small size (3) where the complex's floor area is 10,000 m² or less (inclusive, CC 1259;
 * areas in 0.01 m², so 1,000,000).
 */
export function checkCommitteeSize(
  profile: Profile,
  floorArea: number,
  roll: Roll | null,
  seats: number,
): Verdict {
  const small = profile.formation.smallCommittee.value;
  if (small !== null && seats === small.size && isSmallComplex(profile, floorArea, roll)) {
    return true;
  }
  const size = profile.formation.committeeSize.value;
  if (size === null) return seats >= 1 ? true : fail('seats-at-least-one');
  const ok =
    seats >= size.min && (size.max === null || seats <= size.max) && (!size.odd || seats % 2 === 1);
  if (ok) return true;
  return fail(
    'committee-size-unlawful',
    {
      min: size.min,
      odd: size.odd,
      seats,
      small: small === null ? null : { size: small.size, atMost: small.atMost, floorArea },
    },
    { seats, floorArea },
  );
}
