import type { Profile, Roll } from '@jiayuan/core';
import { citing, fail, type Verdict } from './verdict.js';

/** The complex's measure for the small committee: its floor area, or its households (`null` before the roll). */
function measured(
  measure: 'area' | 'households',
  floorArea: number,
  roll: Roll | null,
): number | null {
  if (measure === 'area') return floorArea;
  if (roll === null) return null;
  return roll.units.filter((u) => u.kind === 'residential').length;
}

/** Whether the complex is small enough for the profile's small committee (FORM-8). */
export function isSmallComplex(profile: Profile, floorArea: number, roll: Roll | null): boolean {
  const small = profile.formation.smallCommittee.value;
  if (small === null) return false;
  const actual = measured(small.measure, floorArea, roll);
  return actual !== null && actual <= small.atMost;
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
  const refusal = fail(
    'committee-size-unlawful',
    {
      min: size.min,
      odd: size.odd,
      seats,
      small:
        small === null
          ? null
          : {
              size: small.size,
              measure: small.measure,
              atMost: small.atMost,
              actual: measured(small.measure, floorArea, roll),
            },
    },
    { seats, floorArea },
  );
  // The profile's own articles: SH 20 ¶1 in Shanghai, BJ 39 ¶1 in Beijing.
  const { committeeSize, smallCommittee } = profile.formation;
  return citing(refusal, [...new Set([...committeeSize.cite, ...smallCommittee.cite])]);
}
