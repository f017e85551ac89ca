import { bilingual, defineEvents } from '@jiayuan/core';
import { TickSchema } from '../formation/events.js';
import { contextRule } from '../shared/rule.js';
import {
  CallMeetingSchema,
  CloseMeetingSchema,
  DecideSchema,
  DesignateConvenerSchema,
  HoldMeetingSchema,
  PostDecisionSchema,
} from './events.js';
import { checkCall, checkConvener, checkDecision, checkQuorum, postingPending } from './rules.js';

/** The committee meetings machine's event catalog (CMTG-1..2). */
export const meetingsEvents = defineEvents({
  CALL_MEETING: {
    schema: CallMeetingSchema,
    roles: ['committee-chair', 'committee'],
    title: bilingual('召集业主委员会会议', 'Call a committee meeting'),
    description: bilingual(
      '主任召集定期会议；三分之一以上委员提议的，召开临时会议',
      'The chair calls regular meetings; a third or more of the members may have an interim one called',
    ),
    rules: [
      contextRule(
        'interim-proposers',
        ['SH-26-1', 'SH-26-1-interim'],
        bilingual('临时会议提议人数', 'Interim meeting proposers'),
        checkCall,
      ),
    ],
  },
  HOLD_MEETING: {
    schema: HoldMeetingSchema,
    roles: ['committee-chair', 'committee'],
    title: bilingual('举行会议', 'Hold the meeting'),
    description: bilingual(
      '全体委员过半数出席，不得委托出席',
      'More than half of all members present in person; no proxies',
    ),
    rules: [
      contextRule(
        'quorum',
        ['SH-26-2', 'SH-26-2-no-proxy'],
        bilingual('出席人数过半数，无委托', 'Quorate, no proxies'),
        checkQuorum,
      ),
    ],
  },
  DECIDE: {
    schema: DecideSchema,
    roles: ['committee-chair', 'committee'],
    title: bilingual('作出决定', 'Take a decision'),
    description: bilingual('经全体委员过半数签字同意', 'Signed by more than half of all members'),
    rules: [
      contextRule(
        'decision-signers',
        ['SH-26-3'],
        bilingual('签字人为委员，决定未重复', 'Signers are members; a new decision'),
        checkDecision,
      ),
    ],
  },
  CLOSE_MEETING: {
    schema: CloseMeetingSchema,
    roles: ['committee-chair', 'committee'],
    title: bilingual('散会', 'Close the meeting'),
    description: bilingual('会议结束', 'The meeting closes'),
  },
  POST_DECISION: {
    schema: PostDecisionSchema,
    roles: ['committee'],
    title: bilingual('公告决定', 'Post a decision'),
    description: bilingual('作出决定之日起三日内公告', 'Posted within 3 days'),
    rules: [
      contextRule(
        'posting-pending',
        ['SH-26-3-posting'],
        bilingual('有待公告的决定', 'A decision waits to be posted'),
        postingPending,
      ),
    ],
  },
  DESIGNATE_CONVENER: {
    schema: DesignateConvenerSchema,
    roles: ['street-office'],
    title: bilingual('指定委员召集', 'Designate a convener'),
    description: bilingual(
      '主任、副主任拒不召集的，街镇应业主书面要求指定一名其他委员召集和主持',
      'When the chair and vice-chairs refuse, the street office, on owners’ written request, names another member',
    ),
    rules: [
      contextRule(
        'convener-member',
        ['SH-26-4'],
        bilingual('被指定者为委员', 'A sitting member'),
        checkConvener,
      ),
    ],
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
});
