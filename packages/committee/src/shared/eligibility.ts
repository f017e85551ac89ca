import type { CitationId, Profile } from '@jiayuan/core';
import type { EligibilityGround, GroupMember } from './context.js';
import { citing, fail, type Verdict } from './verdict.js';

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

/**
 * The owner representatives of a group meet the candidate eligibility of the committee (FORM-4):
 * SH 15 ¶2 and SH 28 ¶3 ("其中业主代表应当符合本规定第二十条第二款的规定"), BJ 31 ¶3 (参照适用
 * BJ 39). Each owner seat carries the grounds the street office found in naming it; a ground the
 * profile has on bars the seat, as it bars a candidate. A refusal names the first barred
 * representative and cites `groupCites` (the articles of the profile in force that set the bar
 * for the group) with the profile's own citations of the grounds that bar.
 */
export function checkOwnerRepresentatives(
  profile: Profile,
  members: readonly GroupMember[],
  groupCites: readonly CitationId[],
): Verdict {
  for (const member of members) {
    if (member.seat !== 'owner') continue;
    const grounds = disqualifyingGrounds(profile, member.grounds ?? []);
    if (grounds.length === 0) continue;
    const cites = new Set<string>(groupCites);
    for (const g of grounds) for (const c of profile.eligibility.grounds[g].cite) cites.add(c);
    const params = { memberId: member.id, grounds };
    return citing(fail('group-owner-rep-ineligible', params, params), [...cites]);
  }
  return true;
}
