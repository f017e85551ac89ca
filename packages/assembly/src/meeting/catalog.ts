import {
  bilingual,
  defineCatalog,
  type EventOf,
  InstantSchema,
  PeriodSchema,
  preCallEntries,
} from '@jiayuan/core';
import { z } from 'zod';
import { AgendaSchema } from '../ballot/agenda.js';
import { BallotSheetSchema } from '../ballot/sheet.js';
import { TransferSchema } from '../ballot/transfer.js';
import { challengeAwaitsRuling, challengeWithinWindow } from './challenge.js';
import { MeetingFormSchema } from './context.js';
import { electionItems } from './election-rules.js';
import {
  agendaParts,
  assemblyNotice,
  authoritiesNotified,
  ballotSender,
  callerMayCall,
  closeAfterWindow,
  freezeAtCount,
  freezeRule,
  interimOnly,
  interimProposers,
  orderOnce,
  partyReport,
  proposalUnits,
  sheetValid,
  votingOpens,
  votingWindow,
} from './rules.js';
import {
  rulesChangeToFile,
  rulesFiledOnce,
  rulesFiler,
  rulesFilingInProfile,
} from './rules-filing.js';
import { rulesFilingCompletedOnce, rulesFilingToComplete } from './rules-filing-completion.js';
import { transferFromRegister, transferRegistered, transferUnit } from './transfer-rules.js';

const id = z.string().min(1).max(200);
const text = z.string().min(1).max(4000);

/**
 * The assembly meeting's events: each entry is the only definition of its event — payload, who
 * may send it, its rules (guards of the machine), the named actions it applies and its articles.
 * REPORT_TO_PARTY_ORGANISATION and NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE are core's
 * pre-call fragment, as in the property-firm machines (VOTE-15).
 */
export const assemblyEvents = defineCatalog({
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期期限',
      'The clock moves the process time and marks missed deadlines',
    ),
    actions: ['clock', 'markMissed'],
  },
  'FREEZE.START': {
    roles: ['street-office', 'system'],
    title: bilingual('换届冻结开始', 'Re-election freeze starts'),
    description: bilingual(
      '换届改选小组产生，业主委员会不得召开业主大会会议对冻结事项作出决定',
      'A re-election group is formed: the committee calls no assembly on the frozen matters until the new election',
    ),
    actions: ['clock', 'freezeOn'],
    cite: ['SH-28-4'],
  },
  'FREEZE.END': {
    roles: ['street-office', 'system'],
    title: bilingual('换届冻结结束', 'Re-election freeze ends'),
    description: bilingual('新一届业主委员会选举产生', 'The new committee is elected'),
    actions: ['clock', 'freezeOff'],
    cite: ['SH-28-4'],
  },
  PROPOSE_INTERIM: {
    payload: { units: z.array(id).min(1).max(20_000) },
    roles: ['owner', 'committee'],
    title: bilingual('提议召开临时会议', 'Propose an interim meeting'),
    description: bilingual(
      '业主提议召开业主大会临时会议（业主本人签署，或由业主委员会登记已收到的书面提议）',
      'Owners propose an interim meeting (each for their own units, or the committee records written proposals received)',
    ),
    rules: [interimOnly, proposalUnits],
    actions: ['clock', 'recordProposal'],
    cite: ['SH-25', 'PMR-13'],
  },
  ORDER_CALL: {
    payload: { period: PeriodSchema },
    roles: ['street-office'],
    title: bilingual('督促限期召开', 'Order the call within a period'),
    description: bilingual(
      '业主委员会不依法组织召开业主大会会议的，街道办事处督促其限期召开',
      'When the committee does not call the meeting as the law requires, the street office orders it to within a period',
    ),
    rules: [orderOnce, interimProposers],
    actions: ['clock', 'orderCall'],
    cite: ['SH-25-3'],
  },
  // Before the call (VOTE-15): its states keep them before the call, so no rule of its own.
  ...preCallEntries([]),
  CALL_ASSEMBLY: {
    payload: {
      opensAt: InstantSchema,
      closesAt: InstantSchema,
      place: id,
      form: MeetingFormSchema,
      items: AgendaSchema.max(50),
    },
    roles: ['committee', 'street-office'],
    title: bilingual('召集业主大会会议', "Call the owners' assembly"),
    description: bilingual(
      '通知全体业主会议的议题、各议题材料、形式和表决时间',
      'All owners are told the agenda, each item’s documents, the form and the voting window',
    ),
    rules: [
      callerMayCall,
      freezeRule,
      interimProposers,
      votingWindow,
      assemblyNotice,
      agendaParts,
      electionItems,
      authoritiesNotified,
      partyReport,
    ],
    actions: ['clock', 'callAssembly'],
    cite: ['SH-25', 'SH-25-2', 'SH-25-3', 'PMR-14', 'SH-18-1', 'SH-28-4'],
  },
  OPEN_VOTE: {
    roles: ['committee', 'street-office'],
    title: bilingual('开始表决', 'Open voting'),
    description: bilingual(
      '按通知开始表决，冻结业主名册和各议题的表决规则',
      'Voting opens as noticed; the roll and each item’s rule freeze',
    ),
    rules: [votingOpens],
    actions: ['clock', 'openVotes'],
    // Under the rules of procedure in force: their way of deliberating and voting procedure.
    cite: ['CC-278-2', 'SH-19', 'PMR-18'],
  },
  CAST_BALLOT: {
    payload: { sheet: BallotSheetSchema },
    roles: ['owner', 'committee', 'system'],
    title: bilingual('投票', 'Cast a ballot sheet'),
    description: bilingual(
      '业主（或持书面委托书的代理人）对部分或全部议题表决',
      'An owner (or a proxy with written authorisation) answers some or all of the items',
    ),
    rules: [ballotSender, sheetValid],
    actions: ['clock', 'castSheet'],
    cite: ['CC-278-2', 'SH-18-3'],
  },
  RECORD_TRANSFER: {
    payload: TransferSchema.shape,
    roles: ['system', 'committee'],
    title: bilingual('登记房屋转让', 'Record a change of ownership'),
    description: bilingual(
      '业主转让房屋并办理转移登记：新业主自记载于不动产登记簿时成为业主，共同管理的权利一并转让；表决期间原业主登记前已投的票有效，否则由新业主表决',
      'An owner transfers a unit and the register records it: the new owner is owner from the registration, with the right of joint management; during voting the old owner’s ballot cast before it stands, otherwise the new owner votes',
    ),
    rules: [transferUnit, transferFromRegister, transferRegistered],
    actions: ['clock', 'recordTransfer'],
    cite: ['CC-209', 'CC-214', 'CC-273-2', 'SPC-1'],
  },
  CLOSE_VOTE: {
    roles: ['committee', 'street-office'],
    title: bilingual('结束表决并计票', 'Close and count'),
    description: bilingual(
      '表决期届满后逐项计票',
      'After the window each item is counted on its own answers',
    ),
    rules: [closeAfterWindow, freezeAtCount],
    actions: ['clock', 'count'],
    cite: ['CC-278-2', 'SH-18-1', 'SH-18-2', 'SH-28-4'],
  },
  POST_RESULTS: {
    payload: { evidence: text },
    roles: ['committee', 'street-office'],
    title: bilingual('公布表决结果', 'Post the results'),
    description: bilingual(
      '在物业管理区域内公布各议题的表决结果（列明房号和面积，不列姓名）',
      'Each item’s result is posted in the complex (voters by room number and area, no names)',
    ),
    actions: ['clock', 'postResults'],
    cite: ['SH-27', 'BJ-37-2'],
  },
  FILE_RULES_CHANGE: {
    payload: { reference: text },
    // The residents' committee sends it as chair of the stand-in (BJ 54 ¶2), where the profile
    // lets the stand-in file (BJ 50); `rulesFiler` reads the profile.
    roles: ['committee', 'residents-committee'],
    title: bilingual('办理议事规则、管理规约变更备案', 'File the change of the rules'),
    description: bilingual(
      '业主大会议事规则和管理规约发生变更的，业主委员会（北京：或者物业管理委员会）在配置规定的期限内向街道办事处、乡镇人民政府办理变更备案手续；逾期备案记为逾期',
      "When the assembly changes the rules of procedure or the management statute, the committee (under Beijing: or the stand-in property-management committee) files the change with the street office within the profile's period; a late filing is recorded as late",
    ),
    rules: [rulesChangeToFile, rulesFilingInProfile, rulesFiler, rulesFiledOnce],
    actions: ['clock', 'fileRulesChange'],
    cite: ['SH-33', 'BJ-50'],
  },
  COMPLETE_RULES_FILING: {
    payload: { reference: text },
    roles: ['street-office'],
    title: bilingual('完成议事规则、管理规约变更备案', 'Complete the filing of the rules change'),
    description: bilingual(
      '街道办事处、乡镇人民政府受理备案后在配置规定的期限内完成备案手续，并将备案资料抄送区房屋行政管理部门；逾期完成记为逾期',
      "The street office completes the filing within the profile's period of receiving it and copies the papers to the district housing department; a late completion is recorded as late",
    ),
    rules: [rulesFilingToComplete, rulesFilingCompletedOnce],
    actions: ['clock', 'completeRulesFiling'],
    cite: ['SH-34', 'BJ-50'],
  },
  CHALLENGE_DECISION: {
    payload: {
      challengeId: id,
      /** The items challenged; every item of the decision when left empty. */
      items: z.array(id).max(200).default([]),
      grounds: text,
    },
    roles: ['owner'],
    title: bilingual('请求人民法院撤销决定', 'Ask a court to revoke the decision'),
    description: bilingual(
      '受侵害的业主自决定作出之日起一年内请求人民法院撤销业主大会的决定',
      'An aggrieved owner asks a court, within a year of the decision, to revoke it',
    ),
    rules: [challengeWithinWindow],
    actions: ['clock', 'fileChallenge'],
    cite: ['CC-280-2', 'SPC-12'],
  },
  AUTHORITY_REVOKES_DECISION: {
    payload: { items: z.array(id).max(200).default([]), reference: text },
    roles: ['street-office', 'district-housing-bureau'],
    title: bilingual('撤销违法决定', 'Revoke an unlawful decision'),
    description: bilingual(
      '业主大会的决定违反法律、法规的，街道办事处或者房地产行政主管部门撤销其决定，并通告全体业主',
      'Where the decision breaks the law, the street office or the housing authority revokes it and tells all owners',
    ),
    actions: ['clock', 'authorityRevokes'],
    cite: ['PMR-19'],
  },
  RECORD_COURT_RULING: {
    payload: { challengeId: id, outcome: z.enum(['revoked', 'dismissed']), judgment: text },
    // The host records the court's judgment; the court is not a party that sends events.
    roles: ['system'],
    title: bilingual('登记法院裁判结果', 'Record the court’s ruling'),
    description: bilingual(
      '登记人民法院对撤销请求的裁判：撤销决定（或所涉议题）或驳回请求',
      'The court’s ruling on a challenge: the decision (or the items named) revoked, or the request dismissed',
    ),
    rules: [challengeAwaitsRuling],
    actions: ['clock', 'recordRuling'],
    cite: ['CC-280-2'],
  },
});

/** The events the assembly meeting takes (from {@link assemblyEvents}). */
export type AssemblyEvent = EventOf<typeof assemblyEvents>;
