import { bilingual, defineEvents } from '@jiayuan/core';
import { electionSpecs } from '../election/catalog.js';
import { TickSchema } from '../formation/events.js';
import { contextRule } from '../shared/rule.js';
import { changeFilingOutstanding } from './change-filing.js';
import {
  CloseRemovalVoteSchema,
  DecideEarlyReElectionSchema,
  FileChangeSchema,
  MemberHandsOverSchema,
  MembershipEndsSchema,
  ProposeRemovalSchema,
  RecordMeetingSchema,
  RemovalBallotSchema,
  StartByElectionSchema,
} from './events.js';
import {
  byElectionAllowed,
  checkRemovalBallot,
  checkRemovalClose,
  checkRemovalMotion,
  handoverPending,
  isMember,
} from './rules.js';

/** The membership machine's event catalog (TERM-5..7). */
export const membershipEvents = defineEvents({
  MEMBERSHIP_ENDS: {
    schema: MembershipEndsSchema,
    roles: ['committee', 'street-office'],
    title: bilingual('委员资格自然终止', 'Membership ends by itself'),
    description: bilingual(
      '不再是业主或书面辞职的，委员资格自情形发生之日起自然终止',
      'No longer an owner, or resigned in writing: membership ends from that day',
    ),
    rules: [
      contextRule(
        'sitting-member',
        ['SH-31-1', 'SH-31-2'],
        bilingual('须为现任委员', 'A sitting member'),
        isMember,
      ),
    ],
  },
  PROPOSE_REMOVAL: {
    schema: ProposeRemovalSchema,
    roles: ['committee', 'street-office'],
    title: bilingual('提请业主大会终止或罢免', 'Put termination or removal to the assembly'),
    description: bilingual(
      '无法履职的终止资格，拒不召集会议、缺席一半以上、违反承诺的罢免',
      'Unable to serve: termination; refusing to convene, absent from half or more, breaking the undertaking: removal',
    ),
    rules: [
      contextRule(
        'removal-ground',
        ['SH-31-1', 'SH-31-2'],
        bilingual('现任委员且情形成立', 'A sitting member, and the ground holds'),
        checkRemovalMotion,
      ),
    ],
  },
  REMOVAL_BALLOT: {
    schema: RemovalBallotSchema,
    roles: ['owner', 'committee'],
    title: bilingual('就罢免投票', 'Vote on the motion'),
    description: bilingual('业主就罢免事项表决', 'An owner votes on the motion'),
    rules: [
      contextRule(
        'removal-ballot',
        ['CC-278-1-4', 'CC-278-2-ordinary'],
        bilingual('选票有效', 'A valid ballot'),
        checkRemovalBallot,
      ),
    ],
  },
  CLOSE_REMOVAL_VOTE: {
    schema: CloseRemovalVoteSchema,
    roles: ['committee', 'street-office'],
    title: bilingual('结束罢免表决', 'Close the vote on the motion'),
    description: bilingual('计票：双过半数通过', 'Counted: passes by the double majority'),
    rules: [
      contextRule(
        'removal-close',
        ['CC-278-2-ordinary'],
        bilingual('表决已到截止时间', 'Voting has reached its close'),
        checkRemovalClose,
      ),
    ],
  },
  MEMBER_HANDS_OVER: {
    schema: MemberHandsOverSchema,
    roles: ['committee'],
    title: bilingual('离任委员移交', 'A departing member hands over'),
    description: bilingual(
      '不再担任委员的，十日内将保管的物品移交业主委员会',
      'Within 10 days, to the committee',
    ),
    rules: [
      contextRule(
        'handover-pending',
        ['SH-30'],
        bilingual('有待移交的物品', 'A hand-over is pending'),
        handoverPending,
      ),
    ],
  },
  START_BY_ELECTION: {
    schema: StartByElectionSchema,
    roles: ['committee'],
    title: bilingual('启动补选', 'Start a by-election'),
    description: bilingual(
      '委员人数不足但超过半数的，业主大会可以补选',
      'Seats vacant with more than half filled: the assembly may by-elect',
    ),
    rules: [
      contextRule(
        'by-election-allowed',
        ['SH-32-1'],
        bilingual('人数不足但超过半数', 'Vacancies, more than half filled'),
        (context) => byElectionAllowed(context),
      ),
    ],
  },
  DECIDE_EARLY_RE_ELECTION: {
    schema: DecideEarlyReElectionSchema,
    roles: ['street-office'],
    title: bilingual('决定提前换届', 'Decide early re-election'),
    description: bilingual(
      '决定严重违法或无法正常运作的，街镇召开业主大会启动提前换届',
      'Seriously unlawful decisions, or the committee cannot function: the street office convenes the assembly',
    ),
  },
  FILE_CHANGE: {
    schema: FileChangeSchema,
    roles: ['committee'],
    title: bilingual('办理变更备案', 'File the membership change'),
    description: bilingual(
      '委员发生变更的，业主委员会应当在三十日内向街镇办理变更备案手续',
      'When members change, the committee files the change with the street office within 30 days',
    ),
    rules: [
      contextRule(
        'change-filing-pending',
        ['SH-33'],
        bilingual('有待办理的变更备案', 'A membership change is waiting to be filed'),
        changeFilingOutstanding,
      ),
    ],
  },
  RECORD_MEETING: {
    schema: RecordMeetingSchema,
    roles: ['committee'],
    title: bilingual('记录业主委员会会议', 'Record a committee meeting'),
    description: bilingual(
      '记录会议及出席委员，用于缺席和连续六个月未开展工作的认定',
      'Records the meeting and who attended: for the absence ground and six months without activity',
    ),
  },
  TICK: {
    schema: TickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期',
      'The clock moves; overdue deadlines are marked',
    ),
  },
  ...electionSpecs('committee'),
});
