import { type Bar, describePeriod, formatBar } from '@jiayuan/core';
import type { EligibilityGround } from '../shared/context.js';
import { documentNames } from './documents.js';
import type { CommitteeLeaderSeat, CommitteeMessageTemplates } from './types.js';

const list = (ids: readonly string[]): string => ids.join('、');
// Documents by their Chinese names, never their codes.
const docs = (codes: readonly string[]): string => list(documentNames(codes, 'zh-CN'));
const bar = (share: Bar): string => formatBar(share, 'zh-CN');

/** The small-complex exception, by area (0.01 m²) or by households. */
function smallComplex(small: {
  readonly size: number;
  readonly measure: 'area' | 'households';
  readonly atMost: number;
  readonly actual: number | null;
}): string {
  if (small.measure === 'area') {
    const here = small.actual === null ? '' : `（本小区${small.actual / 100}平方米）`;
    return `建筑面积在${small.atMost / 100}平方米以下的可为${small.size}人${here}`;
  }
  const here = small.actual === null ? '' : `（本小区${small.actual}户）`;
  return `${small.atMost}户以下的可为${small.size}人${here}`;
}

/** 业主委员会委员候选人的消极条件（SH 20 ¶2、BJ 39 ¶3）。 */
const GROUND: Readonly<Record<EligibilityGround, string>> = {
  familyEmployedByFirm: '本人、配偶或直系亲属在物业服务企业任职',
  structuralDamage: '损坏房屋主体和承重结构',
  illegalConstruction: '违法搭建',
  facadeDamage: '破坏房屋外貌',
  unauthorisedChangeOfUse: '擅自改变物业使用性质',
  illegalLetting: '违法出租房屋',
  notExecutingDecisions: '不执行业主大会、业主委员会决定',
  feeArrears: '欠交物业服务费或专项维修资金',
  dishonestDebtor: '被列为失信被执行人',
  residenceRequirement: '不符合居住要求',
};

const GROUP_LEADER: Readonly<Record<CommitteeLeaderSeat, string>> = {
  street: '街道办事处或乡镇人民政府代表',
  'residents-committee': '居民委员会代表',
};

const STAND_IN_CHAIR: Readonly<Record<CommitteeLeaderSeat, string>> = {
  street: '街镇代表',
  'residents-committee': '居民委员会（村民委员会）代表',
};

/** The committee's refusal texts in Simplified Chinese, the language of the rules. */
export const zhCN: CommitteeMessageTemplates = {
  'group-member-repeated': () => '小组成员不得重复',
  'group-size-even': ({ size }) => `小组人数应当为单数，现为${size}人。`,
  'group-owner-share-short': ({ share, owners, size }) =>
    `业主代表人数所占比例应当${bar(share)}，现为${owners}/${size}。`,
  'group-leader-wrong': ({ leader }) => `小组须有一名组长，由${GROUP_LEADER[leader]}担任。`,
  'group-developer-count': ({ required, actual }) =>
    `筹备组应有建设单位代表${required}名，现为${actual}名。`,
  'group-street-count': ({ min, max, actual }) =>
    `筹备组应有街镇代表${min}至${max}名，现为${actual}名。`,
  'group-residents-committee-count': ({ each, total, actual }) =>
    `居民委员会代表应为1至${total}名（每个居民委员会可以有${each}名），现为${actual}名。`,
  'group-owner-rep-ineligible': ({ memberId, grounds }) =>
    `业主代表${memberId}不符合业主委员会委员候选人的条件：${list(grounds.map((g) => GROUND[g]))}。`,
  'group-empty': () => '小组不能为空',
  'reelection-group-has-developer': () => '换届改选小组不含建设单位代表。',
  'reelection-group-needs-street': () => '换届改选小组须有街镇代表。',

  'seats-at-least-one': () => '委员人数至少为1人',
  'committee-size-unlawful': ({ min, odd, seats, small }) =>
    `业主委员会由${min}人以上${odd ? '单数' : ''}组成${
      small === null ? '' : `；${smallComplex(small)}`
    }，不能为${seats}人。`,

  'delivery-exceeds-total': () => '已交付面积不能大于总面积。',
  'owners-may-not-act-directly': () => '本规则不允许业主直接履行业主大会、业主委员会职责。',
  'direct-action-needs-agreement': ({ owners }) =>
    `业主共${owners}人，须经全体业主书面一致同意方可决定不成立业主大会。`,
  'direct-action-not-unanimous': ({ signatories, owners }) =>
    `${owners}名业主中仅${signatories}人签字同意，须经全体业主一致同意。`,
  'signatories-exceed-owners': ({ signatories, owners }) =>
    `签字人数${signatories}人多于业主人数${owners}人，记录不一致。`,
  'report-lacks-documents': ({ missing }) => `书面报告缺少资料：${docs(missing)}。`,
  'report-not-in-profile': ({ profile }) =>
    `配置「${profile}」所依据的文本未规定建设单位书面报告；建设单位可以申请成立业主大会。`,
  'roll-first': () => '须先确认并公示业主名册。',
  'drafts-missing': ({ missing }) => `尚缺：${docs(missing)}。`,
  'officers-repeated': () => '主任、副主任须为不同委员。',
  'officers-not-members': ({ outsiders }) =>
    `主任、副主任须从委员中推选：${list(outsiders)} 不是委员。`,
  'filing-lacks-documents': ({ missing }) => `备案缺少文件：${docs(missing)}。`,
  'term-out-of-bounds': ({ termEndsOn, elected, earliest, latest }) =>
    earliest === null
      ? `${elected} 选举产生的业主委员会，任期最迟于 ${latest} 届满，不能定为 ${termEndsOn}。`
      : `${elected} 选举产生的业主委员会，任期应于 ${earliest} 至 ${latest} 之间届满，不能定为 ${termEndsOn}。`,
  'facilitator-not-provided': () => '本规则未规定第三方专业社会组织参与。',
  'party-does-not-lead-formation': () => '本规则未规定由居民区党组织领导业主委员会组建、换届。',
  'owner-application-not-provided': () => '本规则未规定由业主或建设单位申请成立业主大会。',
  'application-names-no-applicants': () =>
    '业主申请须列明申请人：人数、业主总人数及其专有部分面积。',
  'applicants-exceed-owners': ({ owners, ofOwners }) =>
    `申请人${owners}人，而业主只有${ofOwners}人：记录不一致。`,
  'applicant-area-exceeds-total': ({ area, totalArea }) =>
    `申请人专有部分${area / 100}平方米，大于建筑物总面积${totalArea / 100}平方米：记录不一致。`,
  'applicants-below-share': ({ headcount, areaShare, owners, ofOwners, area, totalArea }) =>
    `申请人须达业主人数的${bar(headcount)}或专有部分占建筑物总面积的${bar(areaShare)}；现为${owners}/${ofOwners}人、${area / 100}/${totalArea / 100}平方米。`,
  'no-leader-step': () => '本规则由街镇直接组建筹备组，无须先指定组长。',
  'leader-already-appointed': () => '筹备组组长已经指定。',
  'leader-not-appointed': () => '街镇应先审核申请并指定筹备组组长，由组长召开首次筹备组会议。',
  'residents-committee-may-not-nominate': () => '本规则未规定居民委员会推荐候选人。',
  'party-may-not-nominate': () => '本规则未规定由党组织推荐候选人。',
  'trainees-not-group-members': ({ outsiders }) =>
    `参加培训的须为筹备组成员：${list(outsiders)} 不是成员。`,
  'group-not-trained': () => '街镇应当在筹备组开展筹备工作前组织成员培训，尚无培训记录。',
  'objected-member-not-in-group': ({ memberId }) => `${memberId} 不是筹备组成员。`,
  'no-open-member-objection': ({ objectionId }) => `没有待处理的异议 ${objectionId}。`,
  'dismissed-objection-replaces-no-one': () => '异议不成立时不替换成员。',
  'replacement-already-in-group': ({ memberId }) => `${memberId} 已是筹备组成员。`,
  'stand-in-not-provided': () => '本规则未规定由街镇组建临时代行机构。',

  'group-not-formed': () => '尚未组建小组。',
  'procedure-run-by-other-group': ({ kind }) =>
    `本程序由${kind === 'preparatory' ? '筹备组' : '换届改选小组'}办理。`,
  'nomination-before-roll': () => '业主名册尚未确认，不能提名候选人。',
  'candidate-not-owner': ({ candidateId }) =>
    `${candidateId} 不是本物业管理区域的业主，不能成为候选人。`,
  'candidate-already-nominated': () => '该候选人已被提名。',
  'unknown-candidate': ({ candidateId }) => `没有候选人 ${candidateId}。`,
  'undertaking-by-candidate-only': () => '承诺书须由候选人本人签署。',
  'candidate-barred': ({ candidateId, grounds, added }) =>
    `候选人${candidateId}经审查不符合条件，不能书面承诺符合条件：${list([
      ...grounds.map((g) => GROUND[g]),
      ...added.map((text) => `“${text}”（业主大会议事规则增加）`),
    ])}。`,
  'assembly-grounds-not-allowed': () =>
    '本规则不允许业主大会增加不得担任委员的情形，请仅按规则所列情形审查。',
  'assembly-grounds-before-assembly': () =>
    '首次选举时业主大会尚未成立，尚无议事规则增加的不得担任委员情形。',
  'too-few-candidates': ({ standing, open }) =>
    `符合条件并已签署承诺书的候选人${standing}名，少于应选名额${open}名。`,
  'notice-too-short': ({ days, postedOn, meetingOn }) =>
    `会议须在公告${days}日后召开：${postedOn} 公告，最早 ${meetingOn} 不够。`,
  'first-meeting-too-late': ({ lastDay, period }) =>
    `首次业主大会会议须在 ${lastDay} 前召开（筹备组成立之日起${period['zh-CN']}内）。`,
  'no-open-objection': () => '没有待答复的该项异议。',
  'meeting-not-called': () => '会议尚未公告。',
  'voting-before-meeting-day': ({ meetingOn }) => `会议定于 ${meetingOn} 召开，此前不能开始表决。`,
  'objections-unanswered': ({ unanswered }) => `尚有${unanswered}项异议未答复。`,
  'voting-not-open': () => '表决尚未开始。',
  'not-on-ballot': ({ unknown }) => `选票上没有候选人：${list(unknown)}。`,
  'candidate-named-twice': () => '同一候选人不能重复或既赞成又反对。',

  'voting-closes-before-opening': () => '表决截止时间须晚于开始时间。',
  'own-ballot-only': () => '业主只能投自己的票。',
  'ballot-empty': () => '选票为空。',
  'ballot-refused': ({ code, reason }) => `选票无效（${code}）：${reason['zh-CN']}。`,
  'counting-before-close': ({ closesAt }) => `表决于 ${closesAt} 截止，此前不能结束计票。`,

  'handover-not-overdue': () => '移交期限未届满或已移交，无需督促。',
  'records-already-handed-over': () => '档案资料和印章已移交。',
  'filing-not-completed': () => '新一届业主委员会备案完成后，房管机构方移交。',
  'audit-scope-incomplete': ({ missing }) =>
    `换届财务审计须覆盖专项维修资金、公共收益收支和业主委员会工作经费，尚缺：${docs(missing)}。`,
  'assembly-frozen': () =>
    '自换届改选小组产生至新一届业主委员会选举产生期间，业主委员会不得组织召开业主大会会议对该事项作出决定。',

  'not-sitting-member': ({ memberId }) => `${memberId} 不是现任委员。`,
  'no-absence-ground': () => '本规则未设缺席罢免情形。',
  'absence-below-share': ({ absent, held, share }) =>
    `一年内缺席${absent}次，会议共${held}次，未达${bar(share)}。`,
  'no-removal-vote': () => '没有待表决的罢免事项。',
  'no-handover-pending': ({ memberId }) => `${memberId} 没有待移交的物品。`,
  'handover-not-in-profile': ({ profile }) =>
    `配置「${profile}」所依据的文本未规定不再担任委员者的移交期限。`,
  'by-election-not-allowed': () => '委员人数不足但超过半数的，方可补选。',
  'no-change-filing-pending': () => '没有待办理的变更备案。',

  'not-members': ({ outsiders }) => `${list(outsiders)} 不是委员。`,
  'interim-proposers-short': ({ share, proposers, members }) =>
    `临时会议须经${bar(share)}委员提议，现为${proposers}/${members}。`,
  'proxies-not-allowed': () => '委员不得委托他人出席业主委员会会议。',
  'quorum-short': ({ share, present, members }) =>
    `会议应有全体委员${bar(share)}出席，现为${present}/${members}。`,
  'meeting-not-in-session': () => '会议未召开。',
  'secretary-not-in-profile': ({ profile }) => `配置「${profile}」所依据的文本未规定业委会秘书。`,
  'secretary-is-member': ({ personId }) =>
    `${personId}是业主委员会委员；业委会秘书不是业主委员会成员。`,
  'seals-held-together': ({ memberId, seal }) =>
    `${memberId}已保管${seal}；各枚印章应由不同的业主委员会委员分别保管。`,
  'agenda-not-noticed': ({ period, lastDay }) =>
    `业主委员会应当在会议召开${describePeriod(period)['zh-CN']}前将会议议题告知居民委员会；须于${lastDay}或之前告知，方可于此时召开。`,
  'decision-already-recorded': () => '该决定已记录。',
  'no-decision-to-post': () => '没有待公告的该项决定。',
  'interim-already-proposed': () => '已有委员提议召开临时会议，尚待召开。',
  'officers-not-recorded': () => '未记录业主委员会主任、副主任（应在流程输入中写明）。',
  'not-an-officer': ({ memberId }) => `${memberId} 不是业主委员会主任或副主任。`,
  'no-meeting-owed': () =>
    '尚无应当召开的会议：既无三分之一以上委员提议的临时会议，定期会议也未逾期。',
  'refusal-already-recorded': ({ memberId }) => `${memberId} 不召集会议的情况已记录。`,
  'officers-have-not-refused': ({ pending }) =>
    `主任、副主任尚未均不召集：${list(pending)} 未记录。`,
  'no-owners-request': () => '业主尚未向街镇提出书面要求。',
  'designation-not-in-profile': ({ profile }) =>
    `配置「${profile}」所依据的文本未规定由街镇指定其他委员召集和主持。`,
  'convener-is-officer': ({ memberId }) =>
    `${memberId} 为主任或副主任，街镇应指定其他委员召集和主持。`,

  'stand-in-member-repeated': ({ duplicates }) => `成员不得重复：${list(duplicates)}。`,
  'stand-in-chair-count': ({ chairs }) => `须有且只有一名主任（牵头人），现为${chairs}名。`,
  'governance-led-by-street': () => '物业治理委员会由街镇牵头组建，须由街镇代表牵头。',
  'governance-needs-owner': () => '物业治理委员会组织业主开展协商议事，须有业主代表。',
  'management-size-unlawful': ({ min, odd, size }) =>
    `物业管理委员会由${min}人以上${odd ? '单数' : ''}组成，不能为${size}人。`,
  'management-owner-share-short': ({ share, owners, size }) =>
    `业主代表应当${bar(share)}，现为${owners}/${size}。`,
  'management-chair-wrong': ({ chair }) => `物业管理委员会主任由${STAND_IN_CHAIR[chair]}担任。`,
  'stand-in-term-ended': ({ termEndsAt }) => `任期已于 ${termEndsAt} 届满，须由街镇重新组建。`,
  'stand-in-filing-lacks-documents': ({ missing }) => `备案材料不全，缺少：${docs(missing)}。`,
  'deliberation-already-recorded': () => '该协商议事已记录。',
  'matter-already-recorded': () => '该事项已记录。',
  'governance-takes-no-decisions': () =>
    '物业治理委员会不以委员签字作出决定：由其组织业主协商议事，事项由业主共同决定。',
  'matter-already-decided': () => '该事项已作出决定。',
  'stand-in-attendance-not-given': () => '须列明作出决定的会议的出席委员，以核对会议人数。',
  'stand-in-quorum-short': ({
    members,
    present,
    size,
    ownerReps,
    ownerRepsPresent,
    ownerRepsTotal,
  }) =>
    `会议应当有${bar(members)}委员且${bar(ownerReps)}业主代表委员参加；现为${present}/${size}人、业主代表${ownerRepsPresent}/${ownerRepsTotal}人。`,
  'no-decided-matter-to-post': () => '没有待公示的该项决定。',
  'profile-names-no-stand-in': ({ profileId }) =>
    `规则“${profileId}”未规定临时机构（term.standIn 为 none），不能组建物业治理委员会或物业管理委员会；由街镇组织召开业主大会会议。`,
  're-election-needs-assembly': () => '换届以业主大会已成立为前提，assemblyFormed 不能为 false。',
  'input-for-another-procedure': ({ expected, named, fields }) =>
    named !== null && named !== expected
      ? `该输入属于“${named}”流程，不能启动“${expected}”流程。`
      : `该输入含有其他流程的字段（${list(fields)}），不能启动“${expected}”流程。`,
  'input-names-unknown-procedure': ({ expected }) =>
    `该输入的 procedure 不是“${expected}”，不能启动“${expected}”流程。`,
  'input-invalid': ({ procedure, issues }) =>
    `“${procedure}”流程的输入不合法：${issues['zh-CN']}。`,
};
