import {
  bilingual,
  defineRule,
  type FundEmergencyKind,
  isOverdue,
  ROLE_NAMES,
} from '@jiayuan/core';
import { en, zhCN } from '../../locales/index.js';
import { fail, fundOf, immediateMeasuresOf, ofProfile, text } from '../shared.js';
import {
  type FundEmergencyContext,
  MAX_EMERGENCY_MEASURES,
  MAX_PLAN_REJECTIONS,
} from './context.js';
import { EMERGENCY_REVIEW } from './deadline-ids.js';

type Snap = { readonly context: FundEmergencyContext };

const LISTED_EMERGENCY = ['SH-73-2', 'CC-281-2', 'BJ-88-2'] as const;
type Sent = { readonly at: string; readonly by: { readonly id: string; readonly role: string } };

/**
 * FUND-3: the emergency route is open for the emergencies the profile's texts list (SH 73 ¶2
 * (一)–(五)); a profile whose texts list none has no route (BJ 88 ¶2 refers to the city's own
 * rules; CC 281 ¶2 lists none).
 */
export const listedEmergency = defineRule({
  id: 'listed-emergency',
  citations: LISTED_EMERGENCY,
  check({ context }: Snap, event: Sent & { readonly kind: FundEmergencyKind }) {
    const kinds = fundOf(context.profile).emergencyKinds;
    if (kinds.value.includes(event.kind)) return true;
    // The refusal cites the articles of the profile in force, and the profile's own entry.
    const citations = [
      ...new Set([...ofProfile(context.profile, LISTED_EMERGENCY), ...kinds.cite]),
    ];
    return {
      ok: false,
      message: bilingual(
        zhCN.fund.listedEmergency(event.kind),
        en.fund.listedEmergency(event.kind),
      ),
      details: { kind: event.kind, listed: kinds.value, cite: kinds.cite },
      citations,
    };
  },
});

/**
 * FUND-4: who approves the plan — the committee once the assembly exists (SH 73 ¶3 (二)
 * "经业主委员会审核同意"), the housing office before (¶3 (一) "报房管机构审核同意").
 */
export const approver = defineRule({
  id: 'approver',
  citations: ['SH-73-3', 'SH-73-3-before-assembly'],
  check({ context }: Snap, event: Sent) {
    const want = context.assemblyFormed ? 'committee' : 'housing-office';
    if (event.by.role === want) return true;
    const name = ROLE_NAMES[want];
    return fail(bilingual(zhCN.fund.approver(name['zh-CN']), en.fund.approver(name.en)), {
      role: event.by.role,
      approver: want,
    });
  },
});

/**
 * FUND-5: the district housing department may repair in the committee's stead only once the
 * review period has run out without its approval (SH 73 ¶3 "未在七日内审核同意"). At the
 * period's end (24:00 of the last day) and after, not a second before.
 */
export const reviewLapsed = defineRule({
  id: 'review-lapsed',
  citations: ['SH-73-3'],
  check({ context }: Snap, event: Sent) {
    const review = context.deadlines[EMERGENCY_REVIEW];
    if (review !== undefined && context.approval === null) {
      if (
        review.status === 'missed' ||
        (review.status === 'pending' && isOverdue(review.due, event.at))
      )
        return true;
    }
    const due = review?.due.dueAt ?? '—';
    return fail(bilingual(zhCN.fund.reviewLapsed(due), en.fund.reviewLapsed(due)), {
      due: review?.due.dueAt ?? null,
      status: review?.status ?? null,
    });
  },
});

/** FUND-5: the profile's texts give the district housing department the substitute repair. */
export const substituteAllowed = defineRule({
  id: 'substitute-allowed',
  citations: ['SH-73-3-substitute'],
  check({ context }: Snap) {
    return fundOf(context.profile).substituteRepair.value
      ? true
      : fail(text((l) => l.fund.substituteAllowed));
  },
});

/**
 * FUND-4, FUND-5: the costs are drawn on the price review report; a substitute repair's also on
 * the district housing department's withdrawal notice (SH 73 ¶3 "凭审价报告和区房屋行政管理部门
 * 出具的支取通知").
 */
export const withdrawalNotice = defineRule({
  id: 'withdrawal-notice',
  citations: ['SH-73-3-substitute'],
  check({ context }: Snap, event: Sent & { readonly withdrawalNotice?: string | undefined }) {
    if (context.substitute === null || event.withdrawalNotice !== undefined) return true;
    return fail(text((l) => l.fund.withdrawalNotice));
  },
});

/**
 * The firm takes immediate measures when the building's safety is in danger, before any plan
 * and whatever the emergency (SH 73 ¶1 "发生危及房屋安全等紧急情况时，物业服务企业或者自行管理
 * 执行机构应当立即采取应急防范措施"), where the profile's texts set that duty; and a repair keeps
 * a bounded record of them.
 */
export const measuresDuty = defineRule({
  id: 'measures-duty',
  citations: ['SH-73-1'],
  check({ context }: Snap) {
    const duty = immediateMeasuresOf(context.profile);
    // No duty under the profile: the refusal cites the profile's entry (BJ 88 ¶2 under beijing).
    if (!duty.value)
      return {
        ok: false,
        message: text((l) => l.fund.measuresDuty),
        details: { cite: duty.cite },
        citations: duty.cite,
      };
    if (context.measures.length < MAX_EMERGENCY_MEASURES) return true;
    return fail(
      text((l) => l.fund.measuresFull(MAX_EMERGENCY_MEASURES)),
      { max: MAX_EMERGENCY_MEASURES },
    );
  },
});

/**
 * The committee's refusal of a plan is a review, so it comes within the review period (SH 73 ¶3
 * "七日内"): up to the last second before 24:00 of the last day, not at it. A repair keeps a
 * bounded record of refusals.
 */
export const reviewOpen = defineRule({
  id: 'review-open',
  citations: ['SH-73-3'],
  check({ context }: Snap, event: Sent) {
    const review = context.deadlines[EMERGENCY_REVIEW];
    if (context.rejections.length >= MAX_PLAN_REJECTIONS) {
      return fail(
        text((l) => l.fund.rejectionsFull(MAX_PLAN_REJECTIONS)),
        { max: MAX_PLAN_REJECTIONS },
      );
    }
    if (review !== undefined && review.status === 'pending' && !isOverdue(review.due, event.at))
      return true;
    const due = review?.due.dueAt ?? '—';
    return fail(
      text((l) => l.fund.reviewOpen(due)),
      { due: review?.due.dueAt ?? null, status: review?.status ?? null },
    );
  },
});
