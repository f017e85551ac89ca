import { meetsBar } from '@jiayuan/core';
import type { z } from 'zod';
import type { CommitteeContext, GroupMember } from '../shared/context.js';
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
  type ObjectToMemberSchema,
  REPORT_DOCUMENTS,
  type RecordDeliverySchema,
  type SettleMemberObjectionSchema,
  type TrainGroupSchema,
} from './events.js';

/** Delivered area never exceeds the total. */
export function checkDelivery(
  _context: CommitteeContext,
  event: z.output<typeof RecordDeliverySchema>,
): Verdict {
  if (event.deliveredArea <= event.totalArea) return true;
  return fail('delivery-exceeds-total');
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
  return fail('owners-may-not-act-directly');
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
  return fail('report-lacks-documents', { missing: absent }, { missing: absent });
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
    return fail('roll-first');
  }
  const absent = context.procedure === 'formation' ? missing(DRAFTS, event.drafts) : [];
  if (absent.length > 0) {
    return fail('drafts-missing', { missing: absent }, { missing: absent });
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
    return fail('officers-repeated');
  }
  const outsiders = named.filter((id) => !members.has(id));
  if (outsiders.length > 0) {
    return fail('officers-not-members', { outsiders });
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
  return fail('filing-lacks-documents', { missing: absent }, { missing: absent });
}

/** A third-party organisation may assist only where the profile provides for it (JA 二(二)). */
export function facilitatorAllowed(context: CommitteeContext): Verdict {
  if (context.profile.formation.thirdPartyFacilitator.value) return true;
  return fail('facilitator-not-provided');
}

/** Training is given to members of the group (SH 15 ¶5). */
export function checkTraining(
  context: CommitteeContext,
  event: z.output<typeof TrainGroupSchema>,
): Verdict {
  const members = new Set(context.group?.members.map((m) => m.id));
  const outsiders = event.attendees.filter((id) => !members.has(id));
  if (outsiders.length === 0) return true;
  return fail('trainees-not-group-members', { outsiders }, { outsiders });
}

/**
 * The preparatory group's work starts only after the 街镇 has trained it (SH 15 ¶5: 应当在筹备组
 * 开展筹备工作前…培训). Re-election groups have no such rule (SH 28).
 */
export function trainedFirst(context: CommitteeContext): Verdict {
  if (context.procedure !== 'formation' || (context.group?.trainings.length ?? 0) > 0) return true;
  return fail('group-not-trained');
}

/** An objection names a member of the group (SH 15 ¶4). */
export function checkMemberObjection(
  context: CommitteeContext,
  event: z.output<typeof ObjectToMemberSchema>,
): Verdict {
  if (context.group?.members.some((m) => m.id === event.memberId)) return true;
  return fail('objected-member-not-in-group', { memberId: event.memberId });
}

/** The group after a settlement: the member leaves if upheld, the replacement joins. */
export function membersAfterSettlement(
  context: CommitteeContext,
  event: z.output<typeof SettleMemberObjectionSchema>,
): readonly GroupMember[] {
  const members = context.group?.members ?? [];
  const objection = context.group?.memberObjections.find((o) => o.id === event.objectionId);
  if (event.outcome === 'dismissed' || objection === undefined) return members;
  const kept = members.filter((m) => m.id !== objection.memberId);
  return event.replacement === undefined ? kept : [...kept, event.replacement];
}

/**
 * A settlement answers an open objection, and an upheld one leaves a lawfully composed group
 * (SH 15 ¶2, ¶4): the 街镇 replaces the member so the group stays odd, half owners, 街镇-led.
 */
export function checkSettlement(
  context: CommitteeContext,
  event: z.output<typeof SettleMemberObjectionSchema>,
): Verdict {
  const objection = context.group?.memberObjections.find((o) => o.id === event.objectionId);
  if (objection === undefined || objection.settlement !== null) {
    return fail('no-open-member-objection', { objectionId: event.objectionId });
  }
  if (event.outcome === 'dismissed') {
    return event.replacement === undefined ? true : fail('dismissed-objection-replaces-no-one');
  }
  const replacement = event.replacement;
  if (
    replacement !== undefined &&
    replacement.id !== objection.memberId &&
    context.group?.members.some((m) => m.id === replacement.id)
  ) {
    return fail('replacement-already-in-group', { memberId: replacement.id });
  }
  return checkPreparatoryGroup(context.profile, {
    members: membersAfterSettlement(context, event),
    residentsCommittees: context.group?.residentsCommittees ?? 1,
  });
}

/** Whether the profile has a stand-in body for a committee not formed or re-elected in time. */
export function standInAvailable(context: CommitteeContext): Verdict {
  if (context.profile.term.standIn.value.kind !== 'none') return true;
  return fail('stand-in-not-provided');
}
