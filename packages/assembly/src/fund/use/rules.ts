import {
  bilingual,
  defineRule,
  type Majority,
  type MatterKind,
  majorityOf,
  ROLE_NAMES,
} from '@jiayuan/core';
import { en, zhCN } from '../../locales/index.js';
import { profileRule } from '../../shared/under-profile.js';
import { fail, fundOf, joinedReasons, ofProfile, type ReasonPiece, text } from '../shared.js';
import type { FundUseContext } from './context.js';

type Snap = { readonly context: FundUseContext };
type Sent = { readonly at: string; readonly by: { readonly id: string; readonly role: string } };

/**
 * FUND-2: until the developer has made its written report for forming the assembly, the fund
 * is not used and the developer repairs (SH 71 ¶1 "专项维修资金不得动用"). Applies where the
 * profile's texts have the SH 71 stages (`fund.consultationBeforeAssembly`).
 */
export const fundUsable = defineRule({
  id: 'fund-usable',
  citations: ['SH-71'],
  check({ context }: Snap) {
    if (context.stage !== 'no-report') return true;
    if (!fundOf(context.profile).consultationBeforeAssembly.value) return true;
    return fail(text((l) => l.fund.fundUsable));
  },
});

/**
 * FUND-2: before the assembly exists the property firm proposes the repair plan (SH 71 ¶2
 * "物业服务企业应当提出维修实施方案"); once it exists the firm or the committee may.
 */
export const planProposer = defineRule({
  id: 'plan-proposer',
  citations: ['SH-71-2'],
  check({ context }: Snap, event: Sent) {
    if (context.stage === 'assembly' || event.by.role === 'property-firm') return true;
    return fail(
      bilingual(zhCN.fund.planProposer(event.by.role), en.fund.planProposer(event.by.role)),
      { role: event.by.role },
    );
  },
});

/**
 * FUND-1: the use goes through a project price review and a review of its procedure before it
 * is put to the owners (SH 67 ¶1 "实行工程审价和使用程序审核"), where the profile says so.
 */
export const reviewsDone = defineRule({
  id: 'reviews-done',
  citations: ['SH-67-1'],
  check({ context }: Snap) {
    if (!fundOf(context.profile).priceAndProcedureReview.value) return true;
    const missing: [string, ReasonPiece][] = [];
    if (context.priceReview === null)
      missing.push(['price review', (l) => l.fund.parts.priceReview]);
    if (context.procedureReview === null)
      missing.push(['procedure review', (l) => l.fund.parts.procedureReview]);
    if (missing.length === 0) return true;
    return fail(
      joinedReasons(
        missing.map((m) => m[1]),
        (l, r) => l.fund.reviewsDone(r),
      ),
      { missing: missing.map((m) => m[0]) },
    );
  },
});

/**
 * FUND-1, FUND-2: who puts the plan to the owners and reports their decision — the committee,
 * through the assembly, once it exists (BJ 34 ¶2 "业主委员会应当就前款规定的决定事项向业主大会
 * 提出讨论方案"); before, the residents' committee, which organises the consultation of the owners
 * concerned (SH 71 ¶2 "由物业所在地的居民委员会…组织征询业主意见"), where the profile's texts give
 * that route. The system may report a result the host received. Under a profile without SH 71
 * the refusal cites that profile's articles (src/shared/profile-cites.ts).
 */
export const consultationRoute = profileRule({
  id: 'consultation-route',
  citations: ['CC-278-1', 'SH-71-2'],
  check({ context }: Snap, event: Sent) {
    const role = event.by.role;
    const route = (who: 'committee' | 'residents-committee') =>
      fail(
        bilingual(
          zhCN.fund.consultationRoute(ROLE_NAMES[who]['zh-CN']),
          en.fund.consultationRoute(ROLE_NAMES[who].en),
        ),
        { role, stage: context.stage },
      );
    if (context.stage === 'assembly') {
      return role === 'committee' || role === 'system' ? true : route('committee');
    }
    if (!fundOf(context.profile).consultationBeforeAssembly.value) {
      return fail(
        text((l) => l.fund.noRouteBeforeAssembly),
        { role, stage: context.stage },
      );
    }
    if (
      context.stage === 'before-assembly' &&
      (role === 'residents-committee' || role === 'system')
    )
      return true;
    return route('residents-committee');
  },
});

/** The article that gives a part's owners the decision on its repair (SH 69 ¶1). */
const PART_DECIDES = ['SH-69'] as const;

/**
 * FUND-1: the decision reported is the owners' decision on this plan's item — the item put to
 * them, a use of the fund (CC 278 ¶1 (五); BJ 34 ¶1 (五)) by its majority (CC 278 ¶2:
 * ordinary), decided by the plan's part's owners when the plan is a part's (SH 69 "应当由部分
 * 共用的业主决定"). Where the profile's texts do not give a part's owners the decision, the
 * decision is still held to the plan's part as proposed, and the refusal says the texts are
 * silent.
 */
export const decisionMatches = profileRule({
  id: 'decision-matches',
  citations: ['CC-278-1', 'CC-278-2-ordinary', 'SH-69'],
  check(
    { context }: Snap,
    event: Sent & {
      readonly itemId: string;
      readonly kind: MatterKind;
      readonly majority: Majority;
      readonly part: string | null;
    },
  ) {
    const wrong: ReasonPiece[] = [];
    if (event.itemId !== context.item?.itemId)
      wrong.push((l) => l.fund.parts.otherItem(event.itemId));
    if (event.kind !== 'use-maintenance-fund')
      wrong.push((l) => l.fund.parts.matterKind(event.kind));
    if (event.majority !== majorityOf('use-maintenance-fund'))
      wrong.push((l) => l.fund.parts.majority(event.majority));
    const part = context.plan?.part ?? null;
    if (event.part !== part) {
      const silent = ofProfile(context.profile, PART_DECIDES).length === 0;
      wrong.push((l) => {
        const piece = l.fund.parts.decidedBy(event.part, part);
        return silent ? l.fund.parts.partSilent(piece) : piece;
      });
    }
    if (wrong.length === 0) return true;
    return fail(
      joinedReasons(wrong, (l, r) => l.fund.decisionMatches(r)),
      { itemId: event.itemId, kind: event.kind, majority: event.majority, part: event.part },
    );
  },
});

/**
 * FUND-1, FUND-2: the costs are drawn on the price review report on record (SH 67 ¶1; SH 71 ¶3
 * "经…中介机构审价后，在专项维修资金中列支"), where the profile asks for the review.
 */
export const costsReviewed = defineRule({
  id: 'costs-reviewed',
  citations: ['SH-67-1', 'SH-71-3'],
  check({ context }: Snap, event: Sent & { readonly reportId: string }) {
    if (!fundOf(context.profile).priceAndProcedureReview.value) return true;
    return context.priceReview?.ref === event.reportId
      ? true
      : fail(
          text((l) => l.fund.costsReviewed),
          {
            reportId: event.reportId,
            onRecord: context.priceReview?.ref ?? null,
          },
        );
  },
});
