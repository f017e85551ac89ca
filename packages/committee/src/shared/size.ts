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
  if (size === null) return seats >= 1 ? true : fail('委员人数至少为1人', 'at least one seat');
  const ok =
    seats >= size.min && (size.max === null || seats <= size.max) && (!size.odd || seats % 2 === 1);
  if (ok) return true;
  const smallText =
    small === null
      ? ''
      : `；建筑面积在${small.atMost / 100}平方米以下的可为${small.size}人（本小区${floorArea / 100}平方米）`;
  const smallEn =
    small === null
      ? ''
      : `; ${small.size} where the floor area is at most ${small.atMost / 100} m² (this complex: ${floorArea / 100} m²)`;
  return fail(
    `业主委员会由${size.min}人以上${size.odd ? '单数' : ''}组成${smallText}，不能为${seats}人。`,
    `The committee has ${size.min} or more${size.odd ? ', an odd number of,' : ''} members${smallEn}; ${seats} is not allowed.`,
    { seats, floorArea },
  );
}
