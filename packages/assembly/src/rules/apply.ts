import type { Profile } from '@jiayuan/core';
import type { RulesSettings } from './versions.js';

/**
 * The profile a meeting's votes open under: `profile` with the switches the rules of procedure
 * in force set — their voting procedure (表决程序: SH 19, PMR 18), here SPC 9's co-owner reading
 * (VOTE-7). E-voting's adoption is not a profile value: see {@link electronicAdoptedUnder}.
 */
export function profileUnderRules(profile: Profile, settings: RulesSettings | undefined): Profile {
  const merge = settings?.mergeUnitsSharingCoOwners;
  if (merge === undefined) return profile;
  return {
    ...profile,
    voting: { ...profile.voting, mergeUnitsSharingCoOwners: { value: merge, cite: ['SPC-9'] } },
  };
}

/**
 * Whether the assembly has adopted electronic voting (VOTE-14), a way of deliberating its rules of
 * procedure settle (议事方式: SH 19, PMR 18): the rules in force say so, else the host's
 * `electronicAdopted`, else not.
 */
export function electronicAdoptedUnder(
  settings: RulesSettings | undefined,
  electronicAdopted: boolean | undefined,
): boolean {
  return settings?.electronicVoting ?? electronicAdopted ?? false;
}
