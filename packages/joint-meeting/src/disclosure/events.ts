import { bilingual, defineEvents, type EventOf, eventSchema, LocalDateSchema } from '@jiayuan/core';
import { z } from 'zod';
import { DUTY_IDS } from './duties.js';
import {
  dutyApplies,
  dutyDue,
  evidenceRequired,
  increaseAhead,
  lumpSumModel,
  publisherOfDuty,
} from './rules.js';

/**
 * A duty's posting is recorded. `evidence` is optional in the schema so that a posting without
 * it is refused by the `evidence-required` rule, with the reason, not as malformed input.
 */
export const PublishSchema = eventSchema('PUBLISH', {
  duty: z.enum(DUTY_IDS),
  evidence: z.string().max(1000).optional(),
});
/** A lump-sum firm plans a fee increase taking effect on `effectiveOn` (opens DISC-3). */
export const PlanFeeIncreaseSchema = eventSchema('PLAN_FEE_INCREASE', {
  effectiveOn: LocalDateSchema,
});
/** A new committee is elected: the term-end audit falls due (DISC-6). */
export const CommitteeElectedSchema = eventSchema('COMMITTEE_ELECTED');
/** The host stops the calendar (the complex's management changes hands). */
export const CloseCalendarSchema = eventSchema('CLOSE_CALENDAR', {
  reason: z.string().min(1).max(1000),
});
/** The clock moves; obligations past their due time become overdue. */
export const DisclosureTickSchema = eventSchema('TICK');

/** The disclosure calendar's events. */
export const disclosureEvents = defineEvents({
  PUBLISH: {
    schema: PublishSchema,
    roles: ['property-firm', 'committee-chair', 'committee'],
    title: bilingual('登记公开', 'Record a posting'),
    description: bilingual(
      '登记某项公开义务已在物业管理区域内公告，并附凭证',
      'Record that a duty was posted in the complex, with evidence',
    ),
    rules: [dutyApplies, dutyDue, publisherOfDuty, evidenceRequired],
  },
  PLAN_FEE_INCREASE: {
    schema: PlanFeeIncreaseSchema,
    roles: ['property-firm'],
    title: bilingual('拟调整收费标准', 'Plan a fee increase'),
    description: bilingual(
      '包干制物业服务企业拟调整物业服务收费标准',
      'A lump-sum firm plans to raise its fees',
    ),
    rules: [lumpSumModel, increaseAhead],
  },
  COMMITTEE_ELECTED: {
    schema: CommitteeElectedSchema,
    roles: ['street-office', 're-election-group', 'committee-chair'],
    title: bilingual('新一届业委会产生', 'New committee elected'),
    description: bilingual(
      '新一届业主委员会选举产生，换届财务审计开始计时',
      'A new committee is elected; the term-end audit falls due',
    ),
  },
  CLOSE_CALENDAR: {
    schema: CloseCalendarSchema,
    roles: ['street-office', 'housing-office'],
    title: bilingual('结束公开日历', 'Close the calendar'),
    description: bilingual('停止跟踪本小区的公开义务', 'Stop tracking the complex’s duties'),
  },
  TICK: {
    schema: DisclosureTickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
  },
});

/** The events the disclosure calendar takes. */
export type DisclosureEvent = EventOf<typeof disclosureEvents>;
