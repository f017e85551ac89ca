import {
  bilingual,
  ChannelSchema,
  type EventOf,
  InstantSchema,
  type OwnedCatalog,
  ProxySchema,
  VotingSystemSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import { IdSchema, TextSchema } from '../shared/bounds.js';
import { EligibilityGroundSchema } from '../shared/context.js';
import { AssemblyGroundsSchema } from './assembly-grounds.js';
import {
  assemblyGroundsAllowed,
  candidateIsOwner,
  candidateNotBarredRule,
  enoughCandidatesRule,
  knownCandidateRule,
  meetingReady,
  nominatorAllowed,
  noticePeriodRule,
  openObjectionRule,
  ownUndertakingRule,
  validBallot,
  votingClosed,
} from './rules.js';

/** Who runs an election: the preparatory group, the re-election group, or the committee (by-election). */
export type GroupRole = 'preparatory-group' | 're-election-group' | 'committee';

const id = IdSchema;

/**
 * The shared election's catalog entries, for the group that runs it: spread them into the
 * catalog of each machine that embeds the election (formation, re-election, membership's
 * by-election), so each event is defined once. The residential party organisation recommends
 * candidates (FORM-13); the joint review is the street party committee's.
 */
export function electionEntries<const TGroup extends GroupRole>(group: TGroup) {
  return {
    NOMINATE: {
      payload: { candidateId: id },
      roles: ['owner', 'residential-party-organisation', 'residents-committee', group],
      title: bilingual('提名候选人', 'Nominate a candidate'),
      description: bilingual(
        '业主自荐或推荐、居民区党组织从储备库推荐、小组征集候选人',
        'An owner nominates themselves or another owner; the party organisation recommends from its pool; the group gathers candidates',
      ),
      rules: [nominatorAllowed, candidateIsOwner],
      actions: ['nominate'],
      cite: ['SH-21-1'],
    },
    VET_CANDIDATE: {
      payload: {
        candidateId: id,
        grounds: z.array(EligibilityGroundSchema),
        assemblyGrounds: AssemblyGroundsSchema.optional(),
      },
      roles: [group],
      title: bilingual('审查候选人资格', 'Vet a candidate'),
      description: bilingual(
        '小组记录查实的不得担任委员情形；规则未启用的情形只记录不取消资格；业主大会议事规则增加的情形（规则允许时）一律取消资格',
        "The group records the grounds found; grounds the profile has off are recorded only; grounds the assembly's rules of procedure add (where the profile allows them) always bar",
      ),
      rules: [knownCandidateRule, assemblyGroundsAllowed],
      actions: ['vetCandidate'],
      cite: ['SH-20-2', 'SH-20-2-more'],
    },
    SIGN_UNDERTAKING: {
      payload: { candidateId: id },
      roles: ['owner', group],
      title: bilingual('签署履职承诺书', 'Sign the undertaking'),
      description: bilingual('候选人书面承诺符合条件并履职', 'The candidate signs the undertaking'),
      rules: [knownCandidateRule, ownUndertakingRule, candidateNotBarredRule],
      actions: ['signUndertaking'],
      cite: ['SH-20-3'],
    },
    REPORT_CANDIDATES: {
      roles: [group],
      title: bilingual('报送候选人名单', 'Report the candidate list'),
      description: bilingual(
        '小组将候选人名单报送街镇及街镇党（工）委',
        'The group reports the list to the street office and its party committee',
      ),
      rules: [enoughCandidatesRule],
      actions: ['reportCandidates'],
      cite: ['SH-21-1', 'SH-36-4-report'],
    },
    JOINT_REVIEW: {
      payload: {
        struck: z.array(z.strictObject({ candidateId: id, reason: TextSchema })),
      },
      roles: ['street-party-committee'],
      title: bilingual('候选人联审结果', 'Joint review result'),
      description: bilingual(
        '街镇党（工）委牵头联审，列明不宜担任的候选人及理由',
        'The street party committee coordinates the joint review and strikes candidates with reasons',
      ),
      actions: ['jointReview'],
      cite: ['SH-36-4-report', 'SH-6-8'],
    },
    POST_NOTICE: {
      payload: { meetingAt: InstantSchema },
      roles: [group],
      title: bilingual('公告会议及候选人', 'Post the meeting notice'),
      description: bilingual(
        '会议召开十五日前公告会议事项和候选人名单',
        'The meeting and the candidates are posted at least 15 days ahead',
      ),
      rules: [noticePeriodRule],
      actions: ['postNotice', 'announce'],
      cite: ['SH-16-2'],
    },
    OBJECT: {
      payload: { text: TextSchema },
      roles: ['owner'],
      title: bilingual('提出异议', 'Object'),
      description: bilingual('业主对公告内容提出异议', 'An owner objects to what was posted'),
      actions: ['recordObjection'],
      cite: ['SH-16-2'],
    },
    ANSWER_OBJECTION: {
      payload: { objectionId: id, answer: TextSchema },
      roles: [group],
      title: bilingual('答复异议', 'Answer an objection'),
      description: bilingual('小组记录并答复异议', 'The group records and answers an objection'),
      rules: [openObjectionRule],
      actions: ['answerObjection'],
      cite: ['SH-16-2'],
    },
    OPEN_ELECTION: {
      payload: { closesAt: InstantSchema },
      roles: [group],
      title: bilingual('开始表决', 'Open voting'),
      description: bilingual(
        '会议当日开始表决，名册和表决规则冻结',
        'Voting opens at the meeting; the roll and the rule freeze',
      ),
      rules: [meetingReady],
      actions: ['openElection'],
      cite: ['CC-278-2', 'SH-18-1'],
    },
    CAST_BALLOT: {
      payload: {
        ballotId: id,
        unitId: id,
        castBy: id,
        channel: ChannelSchema,
        /** The e-voting system an electronic ballot came through (BJ 35 ¶3). */
        system: VotingSystemSchema.optional(),
        proxy: ProxySchema.optional(),
        approve: z.array(id),
        oppose: z.array(id).default([]),
      },
      roles: ['owner', group],
      title: bilingual('投票', 'Cast a ballot'),
      description: bilingual(
        '业主对候选人逐一表示赞成、反对；未表示的为弃权；赞成超过应选名额的为废票',
        'An owner approves or opposes candidates; unmarked is abstention; approving more than the seats spoils the ballot',
      ),
      rules: [validBallot],
      actions: ['castBallot'],
      cite: ['CC-278-2', 'SH-18-1'],
    },
    CLOSE_ELECTION: {
      roles: [group],
      title: bilingual('结束表决并计票', 'Close and count'),
      description: bilingual(
        '逐一按双过半计票，按赞成面积、人数依次当选；不足额的另行选举',
        'Each candidate is tallied by the double majority; seats go by agreeing area then headcount; unfilled seats go to a further round',
      ),
      rules: [votingClosed],
      actions: ['closeElection'],
      cite: ['CC-278-2-ordinary', 'SH-18-2'],
    },
  } as const;
}

/** The events of the shared election (the same in every machine that embeds it). */
export type ElectionEvent = EventOf<OwnedCatalog<ReturnType<typeof electionEntries<GroupRole>>>>;
