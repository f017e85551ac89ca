import { bilingual, meetsBar } from '@jiayuan/core';
import { checkGroupOwnerReps } from '../group/rules.js';
import type { GroupMember } from '../shared/context.js';
import { checkPreparatoryGroup } from '../shared/group.js';
import { contextRule } from '../shared/rule.js';
import { periodElapsed } from '../shared/time.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import type { FormationContext } from './context.js';

/** The developer's report documents (SH 14 (一)–(五)). */
export const REPORT_DOCUMENTS = [
  'area-designation',
  'management-premises',
  'owner-register',
  'delivery-dates',
  'fund-register',
] as const;

type Delivery = FormationContext['delivery'];
type DeliveryFacts = {
  readonly deliveredArea: number;
  readonly totalArea: number;
  readonly firstDeliveryAt?: string | undefined;
};

/** Delivered area never exceeds the total. */
export function checkDelivery(_context: unknown, event: DeliveryFacts): Verdict {
  if (event.deliveredArea <= event.totalArea) return true;
  return fail('delivery-exceeds-total');
}

/** Delivery facts after an event, for the trigger check. */
export function deliveryAfter(
  context: Pick<FormationContext, 'delivery'>,
  event: DeliveryFacts,
): Delivery {
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
  context: Pick<FormationContext, 'profile' | 'holidays'>,
  delivery: Delivery,
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
export function fewOwnersMayAct(context: Pick<FormationContext, 'profile'>): Verdict {
  if (context.profile.formation.fewOwnersActDirectly.value) return true;
  return fail('owners-may-not-act-directly');
}

/** An OWNERS_ACT_DIRECTLY event as the rule reads it: the owners and their written agreement. */
export interface DirectAction {
  readonly owners: number;
  readonly agreement?: { readonly reference: string; readonly signatories: number } | undefined;
}

/**
 * One owner acts alone; several act only when all of them agree in writing (SH 13 ¶2: "只有一个
 * 业主的，或者业主人数较少且经全体业主一致同意"): the agreement is signed by as many owners as
 * there are. Whether the owners are few is the street office's finding — no text gives a number.
 */
export function checkOwnersAgree(_context: unknown, event: DirectAction): Verdict {
  const { owners, agreement } = event;
  if (agreement === undefined) {
    return owners === 1 ? true : fail('direct-action-needs-agreement', { owners }, { owners });
  }
  const { signatories } = agreement;
  if (signatories > owners) {
    return fail('signatories-exceed-owners', { signatories, owners }, { signatories, owners });
  }
  if (signatories < owners) {
    return fail('direct-action-not-unanimous', { signatories, owners }, { signatories, owners });
  }
  return true;
}

/**
 * The developer's report carries all five documents (SH 14 (一)–(五)). Where the profile sets no
 * developer's report (BJ 30: the developer may apply, with no duty to report; the national texts
 * are silent) the report is refused as absent from the text, citing nothing.
 */
export function checkReport(
  context: Pick<FormationContext, 'profile'>,
  event: { readonly documents: readonly string[] },
): Verdict {
  if (context.profile.formation.developerReport.period === null) {
    return citing(fail('report-not-in-profile', { profile: context.profile.id }), []);
  }
  const absent = REPORT_DOCUMENTS.filter((d) => !event.documents.includes(d));
  if (absent.length === 0) return true;
  return fail('report-lacks-documents', { missing: absent }, { missing: absent });
}

/** Training is given to members of the group (SH 15 ¶5). */
export function checkTraining(
  context: Pick<FormationContext, 'group'>,
  event: { readonly attendees: readonly string[] },
): Verdict {
  const members = new Set(context.group?.members.map((m) => m.id));
  const outsiders = event.attendees.filter((id) => !members.has(id));
  if (outsiders.length === 0) return true;
  return fail('trainees-not-group-members', { outsiders }, { outsiders });
}

/** An objection names a member of the group (SH 15 ¶4). */
export function checkMemberObjection(
  context: Pick<FormationContext, 'group'>,
  event: { readonly memberId: string },
): Verdict {
  if (context.group?.members.some((m) => m.id === event.memberId)) return true;
  return fail('objected-member-not-in-group', { memberId: event.memberId });
}

/** A SETTLE_MEMBER_OBJECTION event as the rules and effects read it. */
export interface Settlement {
  readonly objectionId: string;
  readonly outcome: 'upheld' | 'dismissed';
  readonly replacement?: GroupMember | undefined;
}

/** The group after a settlement: the member leaves if upheld, the replacement joins. */
export function membersAfterSettlement(
  context: Pick<FormationContext, 'group'>,
  event: Settlement,
): readonly GroupMember[] {
  const members = context.group?.members ?? [];
  const objection = context.group?.memberObjections.find((o) => o.id === event.objectionId);
  if (event.outcome === 'dismissed' || objection === undefined) return members;
  const kept = members.filter((m) => m.id !== objection.memberId);
  return event.replacement === undefined ? kept : [...kept, event.replacement];
}

/**
 * A settlement answers an open objection, and an upheld one leaves a lawfully composed group
 * (SH 15 ¶2, ¶4): the 街镇 replaces the member so the group stays odd, half owners, 街镇-led,
 * and an owner representative it names meets the candidates' bar (SH 15 ¶2 with SH 20 ¶2).
 */
export function checkSettlement(
  context: Pick<FormationContext, 'group' | 'profile'>,
  event: Settlement,
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
  const composition = checkPreparatoryGroup(context.profile, {
    members: membersAfterSettlement(context, event),
    residentsCommittees: context.group?.residentsCommittees ?? 1,
  });
  if (composition !== true || replacement === undefined) return composition;
  // The replacement is named as the others were: an owner representative meets the bar (SH 15 ¶2).
  return checkGroupOwnerReps('preparatory', context.profile, [replacement]);
}

/** SH 13: the delivered area is within the total. */
export const deliveryConsistent = contextRule(
  'delivery-consistent',
  ['SH-13'],
  bilingual('交付面积不大于总面积', 'Delivered area within the total'),
  checkDelivery,
);

/** SH 13 ¶2, PMR 10: one owner, or few all agreeing, may act directly where the profile allows it. */
export const fewOwnersAllowed = contextRule(
  'few-owners-allowed',
  ['SH-13-2-few-owners', 'PMR-10'],
  bilingual('规则允许业主直接履职', 'The profile allows it'),
  fewOwnersMayAct,
);

/** SH 13 ¶2, PMR 10: one owner, or every owner agreeing in writing. */
export const ownersAllAgree = contextRule(
  'owners-all-agree',
  ['SH-13-2-few-owners', 'PMR-10'],
  bilingual('只有一个业主，或全体业主书面一致同意', 'One owner, or all owners agreeing in writing'),
  checkOwnersAgree,
);

/** SH 14: the report has all five documents. */
export const reportDocuments = contextRule(
  'report-documents',
  ['SH-14'],
  bilingual('报告附全部五项资料', 'The report has all five documents'),
  checkReport,
);

/** SH 15 ¶5: those trained are the group's members. */
export const attendeesAreMembers = contextRule(
  'attendees-are-members',
  ['SH-15-5'],
  bilingual('参加培训的为筹备组成员', 'Attendees are group members'),
  checkTraining,
);

/** SH 15 ¶4: an objection names a member of the group. */
export const objectionNamesMember = contextRule(
  'objection-names-member',
  ['SH-15-4'],
  bilingual('异议针对筹备组成员', 'The objection names a member'),
  checkMemberObjection,
);

/** SH 15 ¶2, ¶4: a settlement answers an open objection and keeps the group lawful. */
export const settlementKeepsComposition = contextRule(
  'settlement-keeps-composition',
  ['SH-15-4', 'SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader', 'SH-20-2'],
  bilingual('处理待决异议，组成仍合法', 'An open objection; lawful composition after'),
  checkSettlement,
);
