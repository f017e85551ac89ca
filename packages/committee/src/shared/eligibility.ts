import type { Profile } from '@jiayuan/core';
import type { EligibilityGround } from './context.js';

/**
 * The grounds found that disqualify under the profile (FORM-9, SH 20 ¶2): each ground is a
 * switch, so a ground the profile has off (Shanghai: fee arrears, deleted in 2023) is recorded
 * but does not disqualify.
 */
export function disqualifyingGrounds(
  profile: Profile,
  found: readonly EligibilityGround[],
): EligibilityGround[] {
  return found.filter((g) => profile.eligibility.grounds[g].value);
}
