import {
  type AnyRule,
  BallotSchema,
  bilingual,
  type EventDefinitions,
  type EventOf,
  IdSchema,
  InstantSchema,
  type OwnedCatalog,
  preCallEntries,
} from '@jiayuan/core';
import {
  assemblyNoticeRule,
  authoritiesNotifiedRule,
  ballotSenderRule,
  ballotValidRule,
  beforeTheCallRule,
  closeAfterWindowRule,
  freezeRule,
  oneVoteAtATimeRule,
  partyReportRule,
  votingOpensRule,
  votingWindowRule,
} from './rules.js';

const id = IdSchema;

/**
 * The catalog entries every machine of this package has: the clock, the re-election freeze, the
 * committee's report and written notice before the call (core's `preCallEntries`, VOTE-15) and
 * the owners' vote (CALL_ASSEMBLY, which each machine completes with its own rules, is
 * {@link callAssemblyEvent}). Each machine spreads them into its own `defineCatalog`.
 */
export const commonEvents = {
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
      '换届改选小组产生，业主委员会不得召开业主大会决定选聘、解聘物业',
      'A re-election group is formed: no hire or dismissal decision until the new election',
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
  ...preCallEntries([beforeTheCallRule]),
  OPEN_VOTE: {
    payload: { voteId: id },
    roles: ['committee', 'street-office'],
    title: bilingual('开始表决', 'Open voting'),
    description: bilingual(
      '按通知开始表决，冻结业主名册和表决规则',
      'Voting opens as noticed; the roll and the rule freeze',
    ),
    rules: [freezeRule, votingOpensRule],
    actions: ['clock', 'openVote'],
    cite: ['CC-278-2', 'SH-28-4'],
  },
  CAST_BALLOT: {
    payload: { ballot: BallotSchema },
    roles: ['owner', 'committee', 'system'],
    title: bilingual('投票', 'Cast a ballot'),
    description: bilingual(
      '业主（或持书面委托书的代理人）以书面、现场、上门或电子方式投票',
      'An owner (or a proxy with written authorisation) votes on paper, on site, door to door or electronically',
    ),
    rules: [ballotSenderRule, ballotValidRule],
    actions: ['clock', 'castBallot'],
    cite: ['CC-278-2', 'SH-18-3'],
  },
  CLOSE_VOTE: {
    roles: ['committee', 'street-office'],
    title: bilingual('结束表决并计票', 'Close and count'),
    description: bilingual(
      '表决期届满后计票并公布结果',
      'Count after the window and post the result',
    ),
    rules: [freezeRule, closeAfterWindowRule],
    actions: ['clock', 'closeVote'],
    cite: ['CC-278-2', 'SH-18-2'],
  },
} as const satisfies EventDefinitions;

/**
 * The catalog entry of CALL_ASSEMBLY: the freeze, one vote at a time, a real window and the
 * notice period, the machine's own `extra` rules (`[]` for none), then the report to the party
 * organisation and the written notice to the authorities (core's pre-call rules, VOTE-15).
 */
export function callAssemblyEvent<const TExtra extends readonly AnyRule[]>(extra: TExtra) {
  return {
    payload: { opensAt: InstantSchema, closesAt: InstantSchema },
    roles: ['committee', 'street-office'],
    title: bilingual('召集业主大会', "Call the owners' assembly"),
    description: bilingual(
      '业主委员会（或街镇应业主要求）通知全体业主并书面告知房管机构、居委会',
      'The committee (or the street office on owners’ request) notifies all owners and informs the housing office and residents’ committee',
    ),
    rules: [
      freezeRule,
      oneVoteAtATimeRule,
      votingWindowRule,
      assemblyNoticeRule,
      ...extra,
      partyReportRule,
      authoritiesNotifiedRule,
    ],
    actions: ['clock', 'callAssembly'],
    cite: ['PMR-14', 'SH-25', 'SH-25-2', 'SH-28-4', 'SH-36-16-report'],
  } as const satisfies EventDefinitions[string];
}

/** The events {@link commonEvents} and {@link callAssemblyEvent} define, as every machine parses them. */
export type CommonEvent = EventOf<
  OwnedCatalog<
    typeof commonEvents & { readonly CALL_ASSEMBLY: ReturnType<typeof callAssemblyEvent> }
  >
>;
