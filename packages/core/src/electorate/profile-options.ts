import type { Profile } from '../profiles/schema.js';
import type { ParkingRule } from '../schemas/roll.js';
import type { OwnerMerge } from './electorate.js';

/** How a profile reads a roll into an electorate. */
export interface ProfileElectorateOptions {
  /** The profile's `voting.parking` (RULES VOTE-16; SPC 2, 8, 9). */
  readonly parking: ParkingRule;
  /** `shared-co-owners` where the profile's `voting.mergeUnitsSharingCoOwners` is on (VOTE-7). */
  readonly ownerMerge: OwnerMerge;
}

/**
 * The electorate options a profile prescribes: whether parking spaces count as exclusive parts
 * (`voting.parking`, VOTE-16: SPC 2 makes a registrable space an exclusive part, SPC 8 counts its
 * area, SPC 9 counts it as one person) and which units count as one buyer (VOTE-7). A vote
 * takes both from the profile, never from the roll's own `parking` field.
 */
export function electorateOptionsFor(profile: Profile): ProfileElectorateOptions {
  return {
    parking: profile.voting.parking.value,
    // A profile persisted before the switch existed has none: the default applies.
    ownerMerge:
      profile.voting.mergeUnitsSharingCoOwners?.value === true ? 'shared-co-owners' : 'same-owners',
  };
}
