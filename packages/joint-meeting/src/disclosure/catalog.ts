import { bilingual, defineCatalog, type EventOf, LocalDateSchema } from '@jiayuan/core';
import { z } from 'zod';
import {
  drawingNotAhead,
  drawingOnce,
  drawingsListed,
  drawingsRoom,
  fundDutyBinds,
} from './drawing-rules.js';
import { FundDrawingFields, MAX_AWAITING_DRAWINGS } from './drawings.js';
import { DUTY_IDS } from './duties.js';
import { DISCLOSURE_KEEPS } from './law.js';
import {
  dutyApplies,
  dutyDue,
  evidenceRequired,
  increaseAhead,
  lumpSumModel,
  publisherOfDuty,
} from './rules.js';

/**
 * The disclosure calendar's events: each entry is the only definition of its event — payload,
 * who may send it, its rules (guards of the machine), the actions it applies and its articles. The
 * context keeps duties derived from the profile ({@link DISCLOSURE_KEEPS}), so the rules read
 * them as of the act's day.
 */
export const disclosureEvents = defineCatalog(
  {
    PUBLISH: {
      // `evidence` is optional in the schema so that a posting without it is refused by the
      // `evidence-required` rule, with the reason, not as malformed input.
      // `drawings`: the ids of the fund's drawings the posted accounts list (`maintenance-fund`
      // only; the `drawings-listed` rule wants every waiting one named).
      payload: {
        duty: z.enum(DUTY_IDS),
        evidence: z.string().max(1000).optional(),
        drawings: z.array(FundDrawingFields.drawingId).max(MAX_AWAITING_DRAWINGS).optional(),
      },
      roles: ['property-firm', 'committee-chair', 'committee'],
      title: bilingual('登记公开', 'Record a posting'),
      description: bilingual(
        '登记某项公开义务已在物业管理区域内公告，并附凭证',
        'Record that a duty was posted in the complex, with evidence',
      ),
      rules: [dutyApplies, dutyDue, publisherOfDuty, evidenceRequired, drawingsListed],
      actions: ['clock', 'publish'],
      cite: ['SH-48', 'SH-66', 'SH-27', 'SH-67', 'SH-47'],
    },
    RECORD_FUND_DRAWING: {
      // Sent by the host's coordinator when a fund process draws its costs (SH 67 ¶1, SH 73 ¶3).
      payload: FundDrawingFields,
      roles: ['system'],
      title: bilingual('登记专项维修资金列支', 'Record a drawing from the fund'),
      description: bilingual(
        '专项维修资金的一笔列支待下一次公布收支情况时列明',
        'A drawing from the maintenance fund waits to be listed on the next posting of its accounts',
      ),
      rules: [fundDutyBinds, drawingOnce, drawingNotAhead, drawingsRoom],
      actions: ['clock', 'recordDrawing'],
      cite: ['SH-66'],
    },
    PLAN_FEE_INCREASE: {
      // The increase takes effect on `effectiveOn`; it opens DISC-3.
      payload: { effectiveOn: LocalDateSchema },
      roles: ['property-firm'],
      title: bilingual('拟调整收费标准', 'Plan a fee increase'),
      description: bilingual(
        '包干制物业服务企业拟调整物业服务收费标准',
        'A lump-sum firm plans to raise its fees',
      ),
      rules: [lumpSumModel, increaseAhead],
      actions: ['clock', 'planIncrease'],
      cite: ['SH-48-lump-sum'],
    },
    COMMITTEE_ELECTED: {
      roles: ['street-office', 're-election-group', 'committee-chair'],
      title: bilingual('新一届业委会产生', 'New committee elected'),
      description: bilingual(
        '新一届业主委员会选举产生，换届财务审计开始计时',
        'A new committee is elected; the term-end audit falls due',
      ),
      actions: ['clock', 'committeeElected'],
      cite: ['SH-67', 'SH-6-11-term'],
    },
    CLOSE_CALENDAR: {
      // The host stops the calendar when the complex's management changes hands.
      payload: { reason: z.string().min(1).max(1000) },
      roles: ['street-office', 'housing-office'],
      title: bilingual('结束公开日历', 'Close the calendar'),
      description: bilingual('停止跟踪本小区的公开义务', 'Stop tracking the complex’s duties'),
      actions: ['clock', 'close'],
    },
    TICK: {
      roles: ['system'],
      title: bilingual('时间推进', 'Clock tick'),
      description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
      actions: ['clock', 'markOverdue'],
    },
  },
  { keeps: DISCLOSURE_KEEPS },
);

/** The events the disclosure calendar takes. */
export type DisclosureEvent = EventOf<typeof disclosureEvents>;
