import { meetsBar } from '@jiayuan/core';
import type { z } from 'zod';
import type { CommitteeContext } from '../shared/context.js';
import { checkPreparatoryGroup, checkReElectionGroup } from '../shared/group.js';
import { checkCommitteeSize } from '../shared/size.js';
import { periodElapsed } from '../shared/time.js';
import { fail, type Verdict } from '../shared/verdict.js';
import {
  type AdoptDraftsSchema,
  type ChooseOfficersSchema,
  type DeveloperReportSchema,
  DRAFTS,
  FILING_DOCUMENTS,
  type FileSchema,
  type FormGroupSchema,
  REPORT_DOCUMENTS,
  type RecordDeliverySchema,
} from './events.js';

/** Delivered area never exceeds the total. */
export function checkDelivery(
  _context: CommitteeContext,
  event: z.output<typeof RecordDeliverySchema>,
): Verdict {
  if (event.deliveredArea <= event.totalArea) return true;
  return fail('已交付面积不能大于总面积。', 'Delivered area cannot exceed the total area.');
}

/** Delivery facts after an event, for the trigger check. */
export function deliveryAfter(
  context: CommitteeContext,
  event: z.output<typeof RecordDeliverySchema>,
): CommitteeContext['delivery'] {
  return {
    deliveredArea: event.deliveredArea,
    totalArea: event.totalArea,
    firstDeliveryAt: event.firstDeliveryAt ?? context.delivery.firstDeliveryAt,
  };
}

/**
 * Whether the first assembly is due (SH 13 ¶2, FORM-1): sold-and-delivered area 50% or more
 * (以上, inclusive), or two full years since the first unit was delivered.
 */
export function triggerMet(
  context: CommitteeContext,
  delivery: CommitteeContext['delivery'],
  at: string,
): boolean {
  const trigger = context.profile.formation.trigger;
  const share = trigger.deliveredAreaShare.value;
  if (share !== null && meetsBar(delivery.deliveredArea, delivery.totalArea, share)) return true;
  return (
    delivery.firstDeliveryAt !== null &&
    periodElapsed(context, delivery.firstDeliveryAt, trigger.sinceFirstDelivery, at)
  );
}

/** The profile lets one owner, or few owners all agreeing, act directly (SH 13 ¶2). */
export function fewOwnersMayAct(context: CommitteeContext): Verdict {
  if (context.profile.formation.fewOwnersActDirectly.value) return true;
  return fail(
    '本规则不允许业主直接履行业主大会、业主委员会职责。',
    'This profile does not let owners act as assembly and committee themselves.',
  );
}

function missing<T extends string>(required: readonly T[], given: readonly T[]): T[] {
  return required.filter((d) => !given.includes(d));
}

/** The developer's report carries all five documents (SH 14 (一)–(五)). */
export function checkReport(
  _context: CommitteeContext,
  event: z.output<typeof DeveloperReportSchema>,
): Verdict {
  const absent = missing(REPORT_DOCUMENTS, event.documents);
  if (absent.length === 0) return true;
  return fail(
    `书面报告缺少资料：${absent.join('、')}。`,
    `The report lacks: ${absent.join(', ')}.`,
    { missing: absent },
  );
}

/** The group's make-up: preparatory (FORM-4) or re-election (TERM-2), by procedure. */
export function checkGroup(
  context: CommitteeContext,
  event: z.output<typeof FormGroupSchema>,
): Verdict {
  const proposal = { members: event.members, residentsCommittees: event.residentsCommittees };
  return context.procedure === 'formation'
    ? checkPreparatoryGroup(context.profile, proposal)
    : checkReElectionGroup(context.profile, proposal);
}

/** The roll is confirmed, every draft is ready, and the seats are a lawful size (FORM-5, FORM-8). */
export function checkDrafts(
  context: CommitteeContext,
  event: z.output<typeof AdoptDraftsSchema>,
): Verdict {
  if (context.roll === null) {
    return fail('须先确认并公示业主名册。', 'Confirm and post the roll first.');
  }
  const absent = context.procedure === 'formation' ? missing(DRAFTS, event.drafts) : [];
  if (absent.length > 0) {
    return fail(`尚缺：${absent.join('、')}。`, `Still missing: ${absent.join(', ')}.`, {
      missing: absent,
    });
  }
  return checkCommitteeSize(context.profile, context.complex.floorArea, context.roll, event.seats);
}

/** Officers are distinct elected members (SH 21 ¶2). */
export function checkOfficers(
  context: CommitteeContext,
  event: z.output<typeof ChooseOfficersSchema>,
): Verdict {
  const members = new Set(context.members.map((m) => m.id));
  const named = [event.chair, ...event.viceChairs];
  if (new Set(named).size !== named.length) {
    return fail('主任、副主任须为不同委员。', 'Chair and vice-chairs must be different members.');
  }
  const outsiders = named.filter((id) => !members.has(id));
  if (outsiders.length > 0) {
    return fail(
      `主任、副主任须从委员中推选：${outsiders.join('、')} 不是委员。`,
      `Officers are chosen among members: ${outsiders.join(', ')} is not a member.`,
    );
  }
  return true;
}

/** The filing carries all six documents (SH 23 (一)–(六)). */
export function checkFiling(
  _context: CommitteeContext,
  event: z.output<typeof FileSchema>,
): Verdict {
  const absent = missing(FILING_DOCUMENTS, event.documents);
  if (absent.length === 0) return true;
  return fail(`备案缺少文件：${absent.join('、')}。`, `The filing lacks: ${absent.join(', ')}.`, {
    missing: absent,
  });
}

/** A third-party organisation may assist only where the profile provides for it (JA 二(二)). */
export function facilitatorAllowed(context: CommitteeContext): Verdict {
  if (context.profile.formation.thirdPartyFacilitator.value) return true;
  return fail(
    '本规则未规定第三方专业社会组织参与。',
    'This profile does not provide for a third-party organisation.',
  );
}
