import {
  authoritiesNotifiedRule,
  type Bilingual,
  bilingual,
  defineRule,
  describePeriod,
  epochMillisOf,
  formatBar,
  isOverdue,
  type Period,
  partyReportRule,
  type RuleVerdict,
} from '@jiayuan/core';
import { type AgendaItem, freezeMatterOf, isMajorMatter } from '../ballot/agenda.js';
import { checkSheetOnce } from '../ballot/item-votes.js';
import { en, text, zhCN } from '../locales/index.js';
import { profileRule } from '../shared/under-profile.js';
import type { AssemblyContext } from './context.js';
import { CALL_ORDER } from './deadline-ids.js';
import { firstOpeningDay, noticeMet } from './notice.js';
import {
  agendaPartsText,
  ballotSenderText,
  callerMayCallText,
  OWN_CITES,
  orderedOnceText,
} from './profile-texts.js';
import { proposalShare } from './proposal.js';

type Snap = { readonly context: AssemblyContext };
type Sent = { readonly at: string; readonly by: { readonly id: string; readonly role: string } };

const fail = (message: Bilingual, details?: Record<string, unknown>): RuleVerdict =>
  details === undefined ? { ok: false, message } : { ok: false, message, details };

const ms = epochMillisOf;

/**
 * VOTE-11: the committee calls the assembly; the street office may call it only once the
 * committee let the period of its order run out (SH 25 ¶3 "逾期不召开的，…街道办事处可以应业主要求
 * 组织召开"; BJ 36 "逾期仍未召集的，由…街道办事处、乡镇人民政府组织召集").
 */
export const callerMayCall = profileRule({
  id: 'caller-may-call',
  citations: OWN_CITES['caller-may-call'],
  check({ context }: Snap, event: Sent) {
    if (event.by.role === 'committee') return true;
    const order = context.deadlines[CALL_ORDER];
    const defaulted =
      order !== undefined &&
      (order.status === 'missed' || (order.status === 'pending' && isOverdue(order.due, event.at)));
    return defaulted
      ? true
      : fail(callerMayCallText(context.profile, event.by.role), { order: order?.status ?? null });
  },
});

/**
 * VOTE-11: an interim meeting is called on the proposal of the profile's share of the owners
 * (SH 25 ¶1 "经百分之二十以上业主提议"; PMR 13); a regular one needs none.
 */
export const interimProposers = profileRule({
  id: 'interim-proposers',
  citations: ['SH-25', 'PMR-13'],
  check({ context }: Snap) {
    if (context.kind === 'regular') return true;
    const share = proposalShare(context.roll, context.proposal?.units ?? [], context.profile);
    if (share.met) return true;
    const have = `${share.headcount}/${share.ofHeadcount}`;
    return fail(
      bilingual(
        zhCN.rules.interimProposers(have, formatBar(share.bar, 'zh-CN')),
        en.rules.interimProposers(have, formatBar(share.bar, 'en')),
      ),
      { headcount: share.headcount, of: share.ofHeadcount, area: share.area, ofArea: share.ofArea },
    );
  },
});

/** Owners propose an interim meeting only. */
export const interimOnly = profileRule({
  id: 'interim-only',
  citations: ['SH-25'],
  check({ context }: Snap) {
    return context.kind === 'interim' ? true : fail(text((l) => l.rules.interimOnly));
  },
});

/** An owner signs the proposal for units they hold; every unit is on the roll. */
export const proposalUnits = profileRule({
  id: 'proposal-units',
  citations: ['SH-25', 'SPC-9'],
  check({ context }: Snap, event: Sent & { readonly units: readonly string[] }) {
    const byId = new Map(context.roll.units.map((u) => [u.id, u]));
    const bad = event.units.filter((id) => {
      const unit = byId.get(id);
      if (unit === undefined) return true;
      return event.by.role === 'owner' && !unit.owners.includes(event.by.id);
    });
    return bad.length === 0
      ? true
      : fail(
          bilingual(
            zhCN.rules.proposalUnits(bad.join('、')),
            en.rules.proposalUnits(bad.join(', ')),
          ),
          { units: bad },
        );
  },
});

/** The street office orders the call once, with a period that ends after the order (BJ 36). */
export const orderOnce = profileRule({
  id: 'order-once',
  citations: OWN_CITES['order-once'],
  check({ context }: Snap) {
    return context.callOrder === null ? true : fail(orderedOnceText(context.profile));
  },
});

/**
 * VOTE-15: before calling the assembly on a major matter (SH-36 (十六): the rules of procedure
 * and statute, the fund, the firm, common facilities) the committee reports to the residential
 * party organisation, where the profile asks it; core's rule, shared with the property-firm
 * machines, holding a call to it when one of its items is a major matter.
 */
export const partyReport = partyReportRule(
  (event: Sent & { readonly items: readonly AgendaItem[] }) => event.items.some(isMajorMatter),
);

/**
 * SH 25 ¶2: the committee tells the housing office and the residents' committee the time,
 * place and agenda in writing before it calls the meeting, where the profile's
 * `voting.noticeToAuthorities` says so; core's rule, shared with the property-firm machines. The
 * meeting required it before the switch existed: a profile without the switch still does.
 */
export const authoritiesNotified = authoritiesNotifiedRule({ withoutSetting: true });

/** VOTE-11: owners are told the profile's notice period ahead (PMR 14, SH 16 ¶2). */
export const assemblyNotice = profileRule({
  id: 'assembly-notice',
  citations: ['PMR-14', 'SH-16-2'],
  check({ context }: Snap, event: Sent & { readonly opensAt: string }) {
    const period: Period = context.profile.voting.meetingNotice.period;
    if (noticeMet(event.at, event.opensAt, period)) return true;
    const first = firstOpeningDay(event.at, period);
    const words = describePeriod(period);
    return fail(
      bilingual(
        zhCN.rules.assemblyNotice(first, words['zh-CN']),
        en.rules.assemblyNotice(first, words.en),
      ),
      { firstOpeningDay: first, period },
    );
  },
});

/** The voting window ends after it opens. */
export const votingWindow = profileRule({
  id: 'voting-window',
  citations: ['SH-18-1'],
  check(_s: Snap, event: { readonly opensAt: string; readonly closesAt: string }) {
    return ms(event.closesAt) > ms(event.opensAt) ? true : fail(text((l) => l.rules.votingWindow));
  },
});

/**
 * A part's item needs units of that part on the roll (SH 69); where the profile's texts are
 * silent on a part's decisions (BJ, national) the refusal cites nothing and says so.
 */
export const agendaParts = profileRule({
  id: 'agenda-parts',
  citations: OWN_CITES['agenda-parts'],
  check({ context }: Snap, event: { readonly items: readonly AgendaItem[] }) {
    const parts = new Set(context.roll.units.flatMap((u) => u.parts));
    const missing = [
      ...new Set(
        event.items.flatMap((i) => (i.part !== undefined && !parts.has(i.part) ? [i.part] : [])),
      ),
    ];
    return missing.length === 0
      ? true
      : fail(agendaPartsText(context.profile, missing.join(', ')), { parts: missing });
  },
});

/** Voting opens no earlier than the notice said. */
export const votingOpens = profileRule({
  id: 'voting-opens',
  citations: ['PMR-14', 'SH-25'],
  check({ context }: Snap, event: Sent) {
    const call = context.call;
    if (call === null || ms(event.at) >= ms(call.opensAt)) return true;
    return fail(text((l) => l.rules.votingOpens(call.opensAt)));
  },
});

/** An owner sends only their own sheet, or one they hold written authorisation for (PMR 12 ¶2). */
export const ballotSender = profileRule({
  id: 'ballot-sender',
  citations: OWN_CITES['ballot-sender'],
  check(
    { context }: Snap,
    event: Sent & {
      readonly sheet: {
        readonly castBy: string;
        readonly proxy?: { readonly keyedBy: string } | undefined;
      };
    },
  ) {
    return event.by.role !== 'owner' ||
      event.by.id === event.sheet.castBy ||
      event.by.id === event.sheet.proxy?.keyedBy
      ? true
      : fail(ballotSenderText(context.profile));
  },
});

/**
 * VOTE-17: a sheet passes the frozen roll, each item's electorate (SH 69), the window and the
 * channels (CC 278 ¶2, SH 18, SPC 9), and answers only items on the noticed agenda. Under a
 * profile that does not follow SH its refusal cites the profile's channels and notice and the
 * noticed agenda only (BJ 35 ¶3, ¶4, ¶5 under `beijing`): the rule's `profileCites`.
 */
export const sheetValid = profileRule({
  id: 'sheet-valid',
  citations: OWN_CITES['sheet-valid'],
  check({ context }: Snap, event: { readonly sheet: unknown }) {
    if (context.ballots === null) return true;
    const verdict = checkSheetOnce(context.ballots, event.sheet);
    if (verdict.ok) return true;
    const details = {
      issue: verdict.issue.code,
      ...(verdict.issue.item === undefined ? {} : { item: verdict.issue.item }),
      ...(verdict.issue.ballot === undefined ? {} : { ballot: verdict.issue.ballot.code }),
    };
    return { ok: false, message: verdict.issue.message, details };
  },
});

/** Counting waits for the end of the window. */
export const closeAfterWindow = profileRule({
  id: 'close-after-window',
  citations: ['PMR-14', 'SH-18-1'],
  check({ context }: Snap, event: Sent) {
    const call = context.call;
    if (call === null || ms(event.at) >= ms(call.closesAt)) return true;
    return fail(text((l) => l.rules.closeAfterWindow(call.closesAt)));
  },
});

/** The items of `items` the freeze in force keeps from a committee's meeting (SH 28 ¶4). */
function frozenItems(context: AssemblyContext, items: readonly AgendaItem[]): string[] {
  if (!context.freeze.active) return [];
  const frozen = context.profile.term.freeze.value;
  return items
    .filter((i) => {
      const matter = freezeMatterOf(i);
      return matter !== null && frozen.includes(matter);
    })
    .map((i) => i.id);
}

/**
 * TERM-3: while a re-election group sits, the committee does not call the assembly to decide
 * the matters the profile's `term.freeze` names (SH 28 ¶4); an agenda without them goes ahead.
 * A street office calling the meeting is not the committee.
 */
export const freezeRule = defineRule({
  id: 'freeze',
  citations: ['SH-28-4'],
  check({ context }: Snap, event: Sent & { readonly items: readonly AgendaItem[] }) {
    if (event.by.role !== 'committee') return true;
    const ids = frozenItems(context, event.items);
    if (ids.length === 0) return true;
    return fail(bilingual(zhCN.rules.freeze(ids.join('、')), en.rules.freeze(ids.join(', '))), {
      items: ids,
    });
  },
});

/**
 * TERM-3: a meeting the committee called before the re-election group was formed is not counted
 * — its decision not made — on the frozen matters while the group sits (SH 28 ¶4 "作出决定");
 * the count waits for `FREEZE.END`. A meeting the street office called is not the committee's.
 */
export const freezeAtCount = defineRule({
  id: 'freeze-at-count',
  citations: ['SH-28-4'],
  check({ context }: Snap) {
    if (context.call === null || context.call.role !== 'committee') return true;
    const ids = frozenItems(context, context.call.items);
    if (ids.length === 0) return true;
    return fail(bilingual(zhCN.rules.freeze(ids.join('、')), en.rules.freeze(ids.join(', '))), {
      items: ids,
    });
  },
});
