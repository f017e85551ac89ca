import { type Bilingual, bilingual, daysBetween, defineRule, localDateOf } from '@jiayuan/core';
import { type DisclosureContext, openObligation, planOf } from './context.js';
import { type DutyPlan, PUBLISHER_ROLES } from './duties.js';
import { dutyEntry } from './entry.js';
import { silenceOf } from './silence.js';

type Snap = { readonly context: DisclosureContext };
type Sent = { readonly at: string; readonly by: { readonly role: string } };

/** A refusal with its reason in both languages (and details for the host). */
export const fail = (message: Bilingual, details?: Record<string, unknown>) =>
  details === undefined
    ? { ok: false as const, message }
    : { ok: false as const, message, details };

/**
 * A refusal's text about `plan`, followed, where the profile cites no article for it, by what its
 * texts say of it and the settings that decide (the audits under `beijing`).
 */
function aboutPlan(context: DisclosureContext, plan: DutyPlan | undefined, text: Bilingual) {
  const silence = plan === undefined ? null : silenceOf(context, plan);
  return silence === null
    ? text
    : bilingual(`${text['zh-CN']}${silence['zh-CN']}`, `${text.en} ${silence.en}`);
}

/**
 * A refusal about `plan` under a profile whose articles for it are not among this package's own
 * (BJ 70, CC 943 rather than SH 48) cites the profile's; a plan the profile cites to no article
 * (its texts are silent: the term-end audit under beijing) cites none rather than Shanghai's;
 * else the rule's own stand.
 */
export function withPlanCites<T extends { readonly ok: false }>(
  failure: T,
  plan: { readonly cite: readonly string[] } | undefined,
): T | (T & { readonly citations: readonly string[] }) {
  const own: readonly string[] = DISCLOSURE_CITATIONS;
  if (plan === undefined) return failure;
  if (plan.cite.length > 0 && plan.cite.every((c) => own.includes(c))) return failure;
  return { ...failure, citations: [...plan.cite] };
}

/** Every text behind DISC-1..7. */
export const DISCLOSURE_CITATIONS = [
  'SH-48',
  'JA-2-4-4',
  'SH-48-commission',
  'SH-48-lump-sum',
  'SH-66',
  'SH-27',
  'SH-67',
  'SH-6-11',
  'SH-6-11-term',
  'SH-47',
] as const;

/** The duty must apply to this complex (its fee model and the profile). */
export const dutyApplies = defineRule({
  id: 'duty-applies',
  citations: [...DISCLOSURE_CITATIONS],
  check({ context }: Snap, event: { readonly duty: string }) {
    return planOf(context, event.duty) !== undefined
      ? true
      : withPlanCites(
          fail(
            bilingual(
              `本小区（${context.feeModel === 'commission' ? '酬金制' : '包干制'}，${context.profileId}）不适用公开事项“${event.duty}”。`,
              `Duty "${event.duty}" does not apply to this complex (${context.feeModel}, ${context.profileId}).`,
            ),
            { duty: event.duty, feeModel: context.feeModel },
          ),
          dutyEntry(context, event.duty),
        );
  },
});

/**
 * Something must be due: an open obligation, or a standing duty (posted again when it changes).
 * A calendar period's obligation is due only from its first day: a second posting in one quarter
 * is not the next quarter's (SH 66 ¶2 每季度公布一次).
 */
export const dutyDue = defineRule({
  id: 'duty-due',
  citations: [...DISCLOSURE_CITATIONS],
  check({ context }: Snap, event: { readonly at: string; readonly duty: string }) {
    const plan = planOf(context, event.duty);
    if (plan === undefined || plan.schedule.kind === 'standing') return true;
    const open = openObligation(context, event.duty);
    const startsOn = open === undefined ? undefined : context.deadlines[open.id]?.due.startsOn;
    if (
      plan.schedule.kind === 'calendar' &&
      startsOn !== undefined &&
      localDateOf(event.at) < startsOn
    ) {
      return withPlanCites(
        fail(
          aboutPlan(
            context,
            plan,
            bilingual(
              `“${plan.title['zh-CN']}”本期已公开；下一期自 ${startsOn} 起。`,
              `"${plan.title.en}" is posted for this period; the next period starts on ${startsOn}.`,
            ),
          ),
          { duty: event.duty, startsOn, cite: plan.cite },
        ),
        plan,
      );
    }
    if (open !== undefined) return true;
    return withPlanCites(
      fail(
        aboutPlan(
          context,
          plan,
          bilingual(
            `公开事项“${plan.title['zh-CN']}”当前没有待公开的义务${plan.schedule.kind === 'on-trigger' ? '（尚未发生触发事件）' : '（本期已公开）'}。`,
            `Nothing of "${plan.title.en}" is due now${plan.schedule.kind === 'on-trigger' ? ' (not triggered)' : ' (this cycle is posted)'}.`,
          ),
        ),
        { duty: event.duty, cite: plan.cite },
      ),
      plan,
    );
  },
});

/** Only the party the text names posts (SH 48, 47: the firm; SH 27, 67: the committee; SH 66: both). */
export const publisherOfDuty = defineRule({
  id: 'publisher-of-duty',
  citations: [...DISCLOSURE_CITATIONS],
  check({ context }: Snap, event: Sent & { readonly duty: string }) {
    const plan = planOf(context, event.duty);
    if (plan === undefined) return true;
    const roles: readonly string[] = PUBLISHER_ROLES[plan.publisher];
    return roles.includes(event.by.role)
      ? true
      : withPlanCites(
          fail(
            aboutPlan(
              context,
              plan,
              bilingual(
                `“${plan.title['zh-CN']}”由${roles.join('或')}公开，不是${event.by.role}。`,
                `"${plan.title.en}" is posted by ${roles.join(' or ')}, not ${event.by.role}.`,
              ),
            ),
            { duty: event.duty, publisher: plan.publisher, cite: plan.cite },
          ),
          plan,
        );
  },
});

/** A posting is recorded only with a reference to its evidence (photo, notice number, URL). */
export const evidenceRequired = defineRule({
  id: 'evidence-required',
  citations: [...DISCLOSURE_CITATIONS],
  check(
    { context }: Snap,
    event: { readonly duty: string; readonly evidence?: string | undefined },
  ) {
    if ((event.evidence ?? '').trim().length > 0) return true;
    const plan = planOf(context, event.duty);
    return withPlanCites(
      fail(
        aboutPlan(
          context,
          plan,
          bilingual(
            '标记已公开须附公告凭证（照片、公告编号或链接），以证明已在物业管理区域内显著位置公告。',
            'A posting is recorded only with evidence (photo, notice number or link) that it was posted in a prominent place in the complex.',
          ),
        ),
        { duty: event.duty, cite: plan?.cite ?? [] },
      ),
      plan,
    );
  },
});

/** DISC-3 applies to the lump-sum model only (SH 48 ¶4). */
export const lumpSumModel = defineRule({
  id: 'lump-sum-model',
  citations: ['SH-48-lump-sum'],
  check({ context }: Snap) {
    return planOf(context, 'lump-sum-report') !== undefined
      ? true
      : withPlanCites(
          fail(
            bilingual(
              '调价前报告审计收支情况或第三方评估仅适用于包干制（且依本配置适用）。',
              'The report before a fee increase applies to the lump-sum model only (where the profile requires it).',
            ),
            { feeModel: context.feeModel },
          ),
          dutyEntry(context, 'lump-sum-report'),
        );
  },
});

/** The increase takes effect after the day it is announced, so the report can come first. */
export const increaseAhead = defineRule({
  id: 'increase-ahead',
  citations: ['SH-48-lump-sum'],
  check(_snapshot: Snap, event: Sent & { readonly effectiveOn: string }) {
    return daysBetween(localDateOf(event.at), event.effectiveOn) >= 1
      ? true
      : fail(
          bilingual(
            '调整收费标准前应先报告并公告，生效日须晚于登记之日。',
            'The report comes before the increase: its effective day must be after today.',
          ),
          { effectiveOn: event.effectiveOn },
        );
  },
});
