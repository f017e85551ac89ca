import type { Profile } from '../profiles/index.js';
import type { Channel } from '../schemas/ballot.js';
import { type MatterKind, majorityOf } from '../schemas/matter.js';
import type { TallyOptions, VotingWindow } from './ballot-check.js';
import type { VotingRule } from './voting-rule.js';

/**
 * The voting rule a profile sets for a matter kind: its quorum, the ordinary or special
 * majority CC 278 ¶2 assigns to the kind, and its revote policy.
 */
export function votingRuleFor(profile: Profile, kind: MatterKind): VotingRule {
  const v = profile.voting;
  const majority = majorityOf(kind);
  const approval = majority === 'special' ? v.special : v.ordinary;
  return {
    majority,
    quorum: { headcount: v.quorum.headcount.value, area: v.quorum.area.value },
    approval: { headcount: approval.headcount.value, area: approval.area.value },
    revote: v.revote.value,
  };
}

/** What the host knows about this vote beyond the profile. */
export interface VoteSettings {
  readonly window?: VotingWindow;
  /**
   * Whether the owners' assembly has adopted electronic voting. Where the profile requires
   * adoption (RULES VOTE-14, Shanghai), electronic ballots are refused until it has.
   */
  readonly electronicAdopted?: boolean;
}

/** Tally options from a profile: the channels it accepts, and the voting window. */
export function tallyOptionsFor(profile: Profile, settings: VoteSettings = {}): TallyOptions {
  const needsAdoption = profile.voting.electronicChannelNeedsAdoption.value;
  const channels: Channel[] = profile.voting.channels.value.filter(
    (c) => c !== 'electronic' || !needsAdoption || settings.electronicAdopted === true,
  );
  // A profile persisted before the switch existed has none: any system.
  const citySystemOnly = profile.voting.electronicChannelCitySystemOnly?.value === true;
  return {
    channels,
    ...(citySystemOnly ? { citySystemOnly } : {}),
    ...(settings.window === undefined ? {} : { window: settings.window }),
  };
}
