import { bilingual, defineCatalog, type EventOf } from '@jiayuan/core';
import { z } from 'zod';
import { IdSchema, TextSchema } from '../shared/bounds.js';
import { TICK_DEFINITION } from '../shared/tick.js';
import { agendaNoticed } from './agenda-notice.js';
import { SEALS, sealKeeper, secretaryChosen } from './custody.js';
import {
  convenerMember,
  decisionPostingPending,
  decisionSigners,
  designationGrounds,
  interimProposal,
  interimProposers,
  meetingOwedRule,
  officersRefused,
  quorum,
} from './rules.js';

const id = IdSchema;
const MEETERS = ['committee-chair', 'committee'] as const;

/**
 * The committee meetings machine's events (CMTG-1..2): the only definition of each — payload,
 * who may send it, the rules that are its guards, the named actions it applies.
 */
export const meetingsEvents = defineCatalog({
  CALL_MEETING: {
    payload: {
      kind: z.enum(['regular', 'interim']),
      /** Members proposing an interim meeting (at least one third, SH 26 ¶1). */
      proposers: z.array(id).default([]),
    },
    roles: MEETERS,
    title: bilingual('召集业主委员会会议', 'Call a committee meeting'),
    description: bilingual(
      '主任召集定期会议；三分之一以上委员提议的，召开临时会议',
      'The chair calls regular meetings; a third or more of the members may have an interim one called',
    ),
    rules: [interimProposers],
    actions: ['clock', 'callMeeting'],
    cite: ['SH-26-1'],
  },
  HOLD_MEETING: {
    payload: { attended: z.array(id), proxies: z.array(id).default([]) },
    roles: MEETERS,
    title: bilingual('举行会议', 'Hold the meeting'),
    description: bilingual(
      '全体委员过半数出席，不得委托出席',
      'More than half of all members present in person; no proxies',
    ),
    rules: [quorum, agendaNoticed],
    actions: ['clock', 'holdMeeting'],
    cite: ['SH-26-2'],
  },
  DECIDE: {
    payload: { decisionId: id, consenting: z.array(id).max(100) },
    roles: MEETERS,
    title: bilingual('作出决定', 'Take a decision'),
    description: bilingual('经全体委员过半数签字同意', 'Signed by more than half of all members'),
    rules: [decisionSigners],
    actions: ['clock', 'recordDecision'],
    cite: ['SH-26-3'],
  },
  CLOSE_MEETING: {
    roles: MEETERS,
    title: bilingual('散会', 'Close the meeting'),
    description: bilingual('会议结束', 'The meeting closes'),
    actions: ['clock', 'closeMeeting'],
  },
  POST_DECISION: {
    payload: { decisionId: id },
    roles: ['committee'],
    title: bilingual('公告决定', 'Post a decision'),
    description: bilingual('在配置规定的期限内公告', "Posted within the profile's period"),
    rules: [decisionPostingPending],
    actions: ['clock', 'postDecision', 'announce'],
    cite: ['SH-26-3-posting', 'SH-27'],
  },
  PROPOSE_INTERIM_MEETING: {
    payload: { proposers: z.array(id).min(1) },
    roles: ['committee'],
    title: bilingual('提议召开临时会议', 'Propose an interim meeting'),
    description: bilingual(
      '三分之一以上委员提议的，应当及时召开临时会议',
      'A third or more of the members propose it; it is to be held promptly',
    ),
    rules: [interimProposal],
    actions: ['clock', 'proposeInterimMeeting'],
    cite: ['SH-26-1-interim'],
  },
  REFUSE_TO_CONVENE: {
    payload: { officerId: id, how: z.enum(['refused', 'failed']) },
    roles: ['committee-chair', 'street-office'],
    title: bilingual('记录不召集会议', 'Record a refusal to convene'),
    description: bilingual(
      '主任或副主任拒绝召集或未召集应当召开的会议',
      'The chair or a vice-chair refuses, or fails, to convene a meeting owed',
    ),
    rules: [meetingOwedRule],
    actions: ['clock', 'recordRefusal'],
    cite: ['SH-26-4'],
  },
  REQUEST_CONVENER: {
    payload: { reference: IdSchema },
    roles: ['owner'],
    title: bilingual('业主书面要求指定召集人', 'Owners ask for a convener'),
    description: bilingual(
      '主任、副主任不召集的，业主向街镇提出书面要求',
      'When the chair and vice-chairs do not convene, owners ask the street office in writing',
    ),
    rules: [officersRefused],
    actions: ['clock', 'recordConvenerRequest'],
    cite: ['SH-26-4'],
  },
  DESIGNATE_CONVENER: {
    payload: { memberId: id },
    roles: ['street-office'],
    title: bilingual('指定委员召集', 'Designate a convener'),
    description: bilingual(
      '主任、副主任无正当理由不召集的，街镇应业主书面要求指定一名其他委员召集和主持',
      'When the chair and vice-chairs do not convene, the street office, on the owners’ written request, names another member',
    ),
    rules: [designationGrounds, convenerMember],
    actions: ['clock', 'designateConvener'],
    cite: ['SH-26-4'],
  },
  NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE: {
    payload: { agenda: TextSchema },
    roles: MEETERS,
    title: bilingual('告知居民委员会会议议题', "Tell the residents' committee the agenda"),
    description: bilingual(
      '业主委员会在会议召开前将会议议题告知居民委员会，听取意见和建议',
      "The committee tells the residents' committee the agenda before the meeting and hears its views",
    ),
    actions: ['clock', 'noteAgendaNotice'],
    cite: ['BJ-45-3'],
  },
  KEEP_SEAL: {
    payload: { seal: z.enum(SEALS), memberId: IdSchema },
    roles: MEETERS,
    title: bilingual('确定印章保管人', 'Name a seal’s keeper'),
    description: bilingual(
      '业主大会印章、业主委员会印章、业主大会财务专用章由不同的委员分别保管',
      'The assembly’s seal, the committee’s seal and the finance seal are kept by different members',
    ),
    rules: [sealKeeper],
    actions: ['clock', 'noteSealKeeper'],
    cite: ['SH-36-7', 'BJ-43-4'],
  },
  APPOINT_SECRETARY: {
    payload: { personId: IdSchema },
    roles: ['residential-party-organisation', 'residents-committee'],
    title: bilingual('选派业委会秘书', 'Choose the committee’s secretary'),
    description: bilingual(
      '居民区“两委”选派业委会秘书，秘书不是业主委员会成员',
      'The residential “two committees” choose a secretary, who is not a committee member',
    ),
    rules: [secretaryChosen],
    actions: ['clock', 'noteSecretary'],
    cite: ['SH-36-6', 'SH-84-1'],
  },
  HOLD_RECEPTION_DAY: {
    roles: MEETERS,
    title: bilingual('安排业主接待日', 'Hold a reception day'),
    description: bilingual(
      '业主委员会每月至少安排一次业主接待日',
      'The committee receives owners at least once a month',
    ),
    actions: ['clock', 'dutyDone'],
    cite: ['SH-36-16'],
  },
  ATTEND_THREE_PARTY_MEETING: {
    roles: MEETERS,
    title: bilingual('参加月度联席会议', 'Attend the three-party meeting'),
    description: bilingual(
      '业主委员会参加居（村）党组织牵头的居委会、业委会、物业服务企业月度联席会议',
      "The committee attends the monthly meeting with the residents' committee and the firm, led by the party organisation",
    ),
    actions: ['clock', 'dutyDone'],
    cite: ['SH-36-16-joint'],
  },
  TICK: TICK_DEFINITION,
});

/** The events the committee meetings machine takes (from its catalog). */
export type MeetingsEvent = EventOf<typeof meetingsEvents>;
