import {
  bilingual,
  ChannelSchema,
  defineCatalog,
  type EventOf,
  InstantSchema,
  ProxySchema,
  VotingSystemSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import { electionEntries } from '../election/catalog.js';
import { chooseOfficersEntry } from '../seating/catalog.js';
import { IdSchema } from '../shared/bounds.js';
import { TICK_DEFINITION } from '../shared/tick.js';
import {
  byElectionAllowedRule,
  changeFilingPending,
  handoverPendingRule,
  removalBallot,
  removalClose,
  removalGround,
  sittingMember,
} from './rules.js';

const id = IdSchema;

/** The grounds that end membership by themselves (SH 31 ¶2: 自然终止). */
export const AUTOMATIC_GROUNDS = ['no-longer-owner', 'resigned'] as const;
/** The grounds the assembly decides on: termination (三) or removal, 罢免 (四)–(六). */
export const ASSEMBLY_GROUNDS = [
  'unable-to-serve',
  'refuses-to-convene',
  'absent',
  'breaks-undertaking',
] as const;

/**
 * The membership machine's events (TERM-5..7), and the shared election's for a by-election run
 * by the committee: the only definition of each.
 */
export const membershipEvents = defineCatalog({
  MEMBERSHIP_ENDS: {
    payload: { memberId: id, ground: z.enum(AUTOMATIC_GROUNDS) },
    roles: ['committee', 'street-office'],
    title: bilingual('委员资格自然终止', 'Membership ends by itself'),
    description: bilingual(
      '不再是业主或书面辞职的，委员资格自情形发生之日起自然终止',
      'No longer an owner, or resigned in writing: membership ends from that day',
    ),
    rules: [sittingMember],
    actions: ['clock', 'endMembership', 'announce'],
    cite: ['SH-31-2', 'SH-30'],
  },
  PROPOSE_REMOVAL: {
    payload: { memberId: id, ground: z.enum(ASSEMBLY_GROUNDS), closesAt: InstantSchema },
    roles: ['committee', 'street-office'],
    title: bilingual('提请业主大会终止或罢免', 'Put termination or removal to the assembly'),
    description: bilingual(
      '无法履职的终止资格，拒不召集会议、缺席一半以上、违反承诺的罢免',
      'Unable to serve: termination; refusing to convene, absent from half or more, breaking the undertaking: removal',
    ),
    rules: [removalGround],
    actions: ['clock', 'openRemovalVote'],
    cite: ['SH-31-2'],
  },
  REMOVAL_BALLOT: {
    payload: {
      ballotId: id,
      unitId: id,
      castBy: id,
      channel: ChannelSchema,
      /** The e-voting system an electronic ballot came through (BJ 35 ¶3). */
      system: VotingSystemSchema.optional(),
      proxy: ProxySchema.optional(),
      choice: z.enum(['agree', 'disagree', 'abstain']),
    },
    roles: ['owner', 'committee'],
    title: bilingual('就罢免投票', 'Vote on the motion'),
    description: bilingual('业主就罢免事项表决', 'An owner votes on the motion'),
    rules: [removalBallot],
    actions: ['clock', 'castRemovalBallot'],
    cite: ['CC-278-1-4'],
  },
  CLOSE_REMOVAL_VOTE: {
    roles: ['committee', 'street-office'],
    title: bilingual('结束罢免表决', 'Close the vote on the motion'),
    description: bilingual('计票：双过半数通过', 'Counted: passes by the double majority'),
    rules: [removalClose],
    actions: ['clock', 'closeRemovalVote', 'announce'],
    cite: ['SH-31-2', 'CC-278-2-ordinary'],
  },
  MEMBER_HANDS_OVER: {
    payload: { memberId: id },
    roles: ['committee'],
    title: bilingual('离任委员移交', 'A departing member hands over'),
    description: bilingual(
      '不再担任委员的，在配置规定的期限内将保管的物品移交业主委员会',
      "Within the profile's period, to the committee",
    ),
    rules: [handoverPendingRule],
    actions: ['clock', 'recordHandover'],
    cite: ['SH-30'],
  },
  START_BY_ELECTION: {
    roles: ['committee'],
    title: bilingual('启动补选', 'Start a by-election'),
    description: bilingual(
      '委员人数不足但超过半数的，业主大会可以补选',
      'Seats vacant with more than half filled: the assembly may by-elect',
    ),
    rules: [byElectionAllowedRule],
    actions: ['clock', 'startByElection'],
    cite: ['SH-32-1'],
  },
  DECIDE_EARLY_RE_ELECTION: {
    payload: { reason: z.enum(['unlawful-decisions', 'cannot-function']) },
    roles: ['street-office'],
    title: bilingual('决定提前换届', 'Decide early re-election'),
    description: bilingual(
      '决定严重违法或无法正常运作的，街镇召开业主大会启动提前换届',
      'Seriously unlawful decisions, or the committee cannot function: the street office convenes the assembly',
    ),
    actions: ['clock', 'decideEarlyReElection'],
    cite: ['SH-32-2', 'SH-32-3'],
  },
  FILE_CHANGE: {
    roles: ['committee'],
    title: bilingual('办理变更备案', 'File the membership change'),
    description: bilingual(
      '委员发生变更的，业主委员会应当在配置规定的期限内向街镇办理变更备案手续',
      "When members change, the committee files the change with the street office within the profile's period",
    ),
    rules: [changeFilingPending],
    actions: ['clock', 'fileChange'],
    cite: ['SH-33'],
  },
  RECORD_MEETING: {
    payload: { attended: z.array(id) },
    roles: ['committee'],
    title: bilingual('记录业主委员会会议', 'Record a committee meeting'),
    description: bilingual(
      '记录会议及出席委员，用于缺席和连续六个月未开展工作的认定',
      'Records the meeting and who attended: for the absence ground and six months without activity',
    ),
    actions: ['clock', 'recordMeeting'],
    cite: ['SH-26-1'],
  },
  /** The same event as after an election: here when an office falls vacant (SH-36 (七)). */
  CHOOSE_OFFICERS: chooseOfficersEntry,
  TICK: TICK_DEFINITION,
  ...electionEntries('committee'),
});

/** The events the membership machine takes (from its catalog). */
export type MembershipEvent = EventOf<typeof membershipEvents>;
