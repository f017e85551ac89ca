import { bilingual, type Rule } from '@jiayuan/core';
import type { z } from 'zod';
import * as E from './events.js';
import * as R from './rules.js';

/** Catalog entries every machine shares: the clock, the freeze and the vote. */
export const commonSpecs = {
  TICK: {
    schema: E.TickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期期限',
      'The clock moves the process time and marks missed deadlines',
    ),
  },
  'FREEZE.START': {
    schema: E.FreezeStartSchema,
    roles: ['street-office', 'system'],
    title: bilingual('换届冻结开始', 'Re-election freeze starts'),
    description: bilingual(
      '换届改选小组产生，业主委员会不得召开业主大会决定选聘、解聘物业',
      'A re-election group is formed: no hire or dismissal decision until the new election',
    ),
  },
  'FREEZE.END': {
    schema: E.FreezeEndSchema,
    roles: ['street-office', 'system'],
    title: bilingual('换届冻结结束', 'Re-election freeze ends'),
    description: bilingual('新一届业主委员会选举产生', 'The new committee is elected'),
  },
  OPEN_VOTE: {
    schema: E.OpenVoteSchema,
    roles: ['committee', 'street-office'],
    title: bilingual('开始表决', 'Open voting'),
    description: bilingual(
      '按通知开始表决，冻结业主名册和表决规则',
      'Voting opens as noticed; the roll and the rule freeze',
    ),
    rules: [R.freezeRule<typeof E.OpenVoteSchema>(), R.votingOpensRule],
  },
  CAST_BALLOT: {
    schema: E.CastBallotSchema,
    roles: ['owner', 'committee', 'system'],
    title: bilingual('投票', 'Cast a ballot'),
    description: bilingual(
      '业主（或持书面委托书的代理人）以书面、现场、上门或电子方式投票',
      'An owner (or a proxy with written authorisation) votes on paper, on site, door to door or electronically',
    ),
    rules: [R.ballotSenderRule, R.ballotValidRule],
  },
  CLOSE_VOTE: {
    schema: E.CloseVoteSchema,
    roles: ['committee', 'street-office'],
    title: bilingual('结束表决并计票', 'Close and count'),
    description: bilingual(
      '表决期届满后计票并公布结果',
      'Count after the window and post the result',
    ),
    rules: [R.freezeRule<typeof E.CloseVoteSchema>(), R.closeAfterWindowRule],
  },
} as const;

/** The catalog entry of CALL_ASSEMBLY with extra rules for one machine. */
export function callAssemblySpec(
  extra: readonly Rule<z.output<typeof E.CallAssemblySchema>, R.FirmSnapshotLike>[] = [],
) {
  return {
    schema: E.CallAssemblySchema,
    roles: ['committee', 'street-office'] as const,
    title: bilingual('召集业主大会', "Call the owners' assembly"),
    description: bilingual(
      '业主委员会（或街镇应业主要求）通知全体业主并书面告知房管机构、居委会',
      'The committee (or the street office on owners’ request) notifies all owners and informs the housing office and residents’ committee',
    ),
    rules: [
      R.freezeRule<typeof E.CallAssemblySchema>(),
      R.oneVoteAtATimeRule,
      R.votingWindowRule,
      R.assemblyNoticeRule,
      ...extra,
    ],
  };
}

/** The hand-over and temporary-firm entries shared by dismissal and contract term. */
export const exitSpecs = {
  HAND_OVER_ITEM: {
    schema: E.HandOverItemSchema,
    roles: ['property-firm', 'committee'],
    title: bilingual('移交一项', 'Hand over one item'),
    description: bilingual(
      '物业服务企业移交第五十条所列的一项，业主委员会出具收据',
      'The firm hands over one SH 50 item against the committee’s receipt',
    ),
    rules: [R.handoverItemPendingRule],
  },
  COMPLETE_HANDOVER: {
    schema: E.CompleteHandoverSchema,
    roles: ['committee'],
    title: bilingual('确认移交完成', 'Confirm the hand-over'),
    description: bilingual('全部项目移交后确认完成', 'Confirm once every item is handed over'),
    rules: [R.handoverCompleteRule],
  },
  REQUEST_TEMPORARY_FIRM: {
    schema: E.RequestTemporaryFirmSchema,
    roles: ['committee', 'residents-committee'],
    title: bilingual('申请临时物业', 'Request a temporary firm'),
    description: bilingual(
      '报街镇从预选库选定临时物业',
      'Ask the street office for a temporary firm from the district pool',
    ),
    rules: [R.temporaryRequesterRule],
  },
  APPOINT_TEMPORARY_FIRM: {
    schema: E.AppointTemporaryFirmSchema,
    roles: ['street-office'],
    title: bilingual('选定临时物业', 'Appoint a temporary firm'),
    description: bilingual(
      '街镇在预选库中选定临时物业，服务不超过六个月',
      'The street office picks a temporary firm from the pool, for at most 6 months',
    ),
  },
  SUCCESSOR_TAKES_OVER: {
    schema: E.SuccessorTakesOverSchema,
    roles: ['committee'],
    title: bilingual('新物业接管', 'Successor takes over'),
    description: bilingual('业主选聘的新物业服务企业接管', 'The firm the owners hired takes over'),
  },
} as const;
