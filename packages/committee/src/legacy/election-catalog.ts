import { bilingual } from '@jiayuan/core';
import type { GroupRole } from '../election/catalog.js';
import {
  checkBallot,
  checkClosing,
  checkNomination,
  checkNotice,
  checkOpening,
  enoughCandidates,
  knownCandidate,
  openObjection,
  ownUndertaking,
} from '../election/rules.js';
import type { CommitteeContext } from '../shared/context.js';
import { contextRule } from '../shared/rule.js';
import {
  AnswerObjectionSchema,
  CastBallotSchema,
  CloseElectionSchema,
  JointReviewSchema,
  NominateSchema,
  ObjectSchema,
  OpenElectionSchema,
  PostNoticeSchema,
  ReportCandidatesSchema,
  SignUndertakingSchema,
  VetCandidateSchema,
} from './election-events.js';

/**
 * The election's catalog entries for the group that runs it: schemas, the roles that may send
 * each event (the residential party organisation recommends candidates, FORM-13), and the rules
 * that say why an event is refused.
 */
export function electionSpecs(group: GroupRole) {
  return {
    NOMINATE: {
      schema: NominateSchema,
      roles: ['owner', 'residential-party-organisation', group] as const,
      title: bilingual('提名候选人', 'Nominate a candidate'),
      description: bilingual(
        '业主自荐或推荐、居民区党组织从储备库推荐、小组征集候选人',
        'An owner nominates themselves or another owner; the party organisation recommends from its pool; the group gathers candidates',
      ),
      rules: [
        contextRule(
          'candidate-is-owner',
          ['SH-20-2', 'SH-21-1', 'SH-36-4-pool'],
          bilingual('候选人须为本区域业主且未被提名', 'A candidate is an owner, nominated once'),
          checkNomination,
        ),
      ],
    },
    VET_CANDIDATE: {
      schema: VetCandidateSchema,
      roles: [group] as const,
      title: bilingual('审查候选人资格', 'Vet a candidate'),
      description: bilingual(
        '小组记录查实的不得担任委员情形；规则未启用的情形只记录不取消资格',
        'The group records the grounds found; grounds the profile has off are recorded only',
      ),
      rules: [
        contextRule(
          'known-candidate',
          ['SH-21-1'],
          bilingual('须为已提名的候选人', 'Must be a nominated candidate'),
          knownCandidate,
        ),
      ],
    },
    SIGN_UNDERTAKING: {
      schema: SignUndertakingSchema,
      roles: ['owner', group] as const,
      title: bilingual('签署履职承诺书', 'Sign the undertaking'),
      description: bilingual('候选人书面承诺符合条件并履职', 'The candidate signs the undertaking'),
      rules: [
        contextRule(
          'known-candidate',
          ['SH-21-1'],
          bilingual('须为已提名的候选人', 'Must be a nominated candidate'),
          knownCandidate,
        ),
        contextRule(
          'own-undertaking',
          ['SH-20-3'],
          bilingual('承诺书由候选人本人签署', 'Candidates sign their own undertaking'),
          ownUndertaking,
        ),
      ],
    },
    REPORT_CANDIDATES: {
      schema: ReportCandidatesSchema,
      roles: [group] as const,
      title: bilingual('报送候选人名单', 'Report the candidate list'),
      description: bilingual(
        '小组将候选人名单报送街镇及街镇党（工）委',
        'The group reports the list to the street office and its party committee',
      ),
      rules: [
        contextRule(
          'enough-candidates',
          ['SH-20-1', 'SH-21-1', 'SH-20-3'],
          bilingual(
            '符合条件的候选人不少于应选名额',
            'At least as many eligible candidates as seats',
          ),
          (context: CommitteeContext) => enoughCandidates(context),
        ),
      ],
    },
    JOINT_REVIEW: {
      schema: JointReviewSchema,
      roles: ['street-party-committee'] as const,
      title: bilingual('候选人联审结果', 'Joint review result'),
      description: bilingual(
        '街镇党（工）委牵头联审，列明不宜担任的候选人及理由',
        'The street party committee coordinates the joint review and strikes candidates with reasons',
      ),
    },
    POST_NOTICE: {
      schema: PostNoticeSchema,
      roles: [group] as const,
      title: bilingual('公告会议及候选人', 'Post the meeting notice'),
      description: bilingual(
        '会议召开十五日前公告会议事项和候选人名单',
        'The meeting and the candidates are posted at least 15 days ahead',
      ),
      rules: [
        contextRule(
          'notice-period',
          ['SH-16-2', 'PMR-14', 'SH-16-3'],
          bilingual(
            '会议十五日前公告；首次会议在九十日内',
            '15 days’ notice; first meeting within 90 days',
          ),
          checkNotice,
        ),
      ],
    },
    OBJECT: {
      schema: ObjectSchema,
      roles: ['owner'] as const,
      title: bilingual('提出异议', 'Object'),
      description: bilingual('业主对公告内容提出异议', 'An owner objects to what was posted'),
    },
    ANSWER_OBJECTION: {
      schema: AnswerObjectionSchema,
      roles: [group] as const,
      title: bilingual('答复异议', 'Answer an objection'),
      description: bilingual('小组记录并答复异议', 'The group records and answers an objection'),
      rules: [
        contextRule(
          'open-objection',
          ['SH-16-2'],
          bilingual('须为待答复的异议', 'Must be an unanswered objection'),
          openObjection,
        ),
      ],
    },
    OPEN_ELECTION: {
      schema: OpenElectionSchema,
      roles: [group] as const,
      title: bilingual('开始表决', 'Open voting'),
      description: bilingual(
        '会议当日开始表决，名册和表决规则冻结',
        'Voting opens at the meeting; the roll and the rule freeze',
      ),
      rules: [
        contextRule(
          'meeting-ready',
          ['SH-16-2', 'CC-278-2'],
          bilingual(
            '会议日已到且异议均已答复',
            'The meeting day has come and objections are answered',
          ),
          checkOpening,
        ),
      ],
    },
    CAST_BALLOT: {
      schema: CastBallotSchema,
      roles: ['owner', group] as const,
      title: bilingual('投票', 'Cast a ballot'),
      description: bilingual(
        '业主对候选人逐一表示赞成、反对；未表示的为弃权；赞成超过应选名额的为废票',
        'An owner approves or opposes candidates; unmarked is abstention; approving more than the seats spoils the ballot',
      ),
      rules: [
        contextRule(
          'valid-ballot',
          ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SPC-9'],
          bilingual('选票须有效', 'The ballot must be valid'),
          checkBallot,
        ),
      ],
    },
    CLOSE_ELECTION: {
      schema: CloseElectionSchema,
      roles: [group] as const,
      title: bilingual('结束表决并计票', 'Close and count'),
      description: bilingual(
        '逐一按双过半计票，按赞成面积、人数依次当选；不足额的另行选举',
        'Each candidate is tallied by the double majority; seats go by agreeing area then headcount; unfilled seats go to a further round',
      ),
      rules: [
        contextRule(
          'voting-closed',
          ['CC-278-2'],
          bilingual('表决期届满后计票', 'Count after voting closes'),
          checkClosing,
        ),
      ],
    },
  };
}
