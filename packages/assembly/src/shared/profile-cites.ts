import type { Profile } from '@jiayuan/core';

/** The articles a rule applies under a profile. */
export type CitesOf = (profile: Profile) => readonly string[];

const interimShare: CitesOf = (p) => p.voting.interimAssemblyProposers.share.cite;
const meetingNotice: CitesOf = (p) => p.voting.meetingNotice.cite;

/**
 * For each rule, the articles it applies under a profile whose texts leave out some of the
 * rule's own (SH under `beijing`): the profile's entry for the rule's setting, or, where no
 * setting holds it, the articles of each text that say the same. A refusal cites those of them
 * the profile follows beside the rule's own it follows (see `citesUnder`); a rule absent here
 * cites only its own, and where that leaves nothing its text says the profile's texts are silent.
 */
export const PROFILE_CITES: Readonly<Record<string, CitesOf>> = {
  // The meeting: the owners' proposal (BJ 35 ¶2, PMR 13).
  'interim-only': interimShare,
  'interim-proposers': (p) => [
    ...interimShare(p),
    ...p.voting.interimAssemblyProposers.measure.cite,
  ],
  'proposal-units': interimShare,
  // The meeting: notice and window (BJ 35 ¶4, PMR 14).
  'assembly-notice': meetingNotice,
  'voting-window': meetingNotice,
  'voting-opens': meetingNotice,
  'close-after-window': meetingNotice,
  // The meeting: the street office's order and call (BJ 36), a proxy's sheet (PMR 12 ¶2). No
  // setting holds them; BJ 36 and PMR 12 ¶2 stand where the profile follows their texts.
  'order-once': () => ['BJ-36'],
  'caller-may-call': () => ['BJ-36'],
  'ballot-sender': () => ['PMR-12-2'],
  // The sheet: the profile's channels (BJ 35 ¶3), its notice (BJ 35 ¶4), the noticed agenda only
  // (BJ 35 ¶5 "不得就已公示议题以外的事项进行表决").
  'sheet-valid': (p) => [...p.voting.channels.cite, ...p.voting.meetingNotice.cite, 'BJ-35-5'],
  // The fund: the committee puts the plan to the assembly (BJ 34 ¶2), else the profile's entry
  // for a route before the assembly; the assembly decides using and raising the fund (BJ 34 ¶1
  // (五)); the re-raise article is the profile's entry for the assembly's period (BJ 83).
  'consultation-route': (p) => ['BJ-34-2', ...(p.fund?.consultationBeforeAssembly.cite ?? [])],
  'decision-matches': () => ['BJ-34-1-5'],
  'raising-decision': (p) => ['BJ-34-1-5', ...(p.fund?.reRaiseDecision.cite ?? [])],
};
