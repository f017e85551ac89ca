import {
  type Bilingual,
  bilingual,
  CITATIONS,
  type CitationId,
  formatCitation,
  type Period,
  type Profile,
} from '@jiayuan/core';
import type { HandoverItem } from './handover.js';
import { HANDOVER_ITEM_INFO } from './handover.js';
import { periodText } from './notice.js';

/** What each rule of this package requires, in both languages (shown when a rule refuses). */
export const RULE_TEXT = {
  freeze: bilingual(
    '换届改选期间，业主委员会不得组织召开业主大会会议对选聘、解聘物业服务企业作出决定',
    'During re-election the committee may not call an assembly to decide on hiring or dismissing the firm',
  ),
  'assembly-notice': bilingual(
    '召开业主大会会议，应当于会议召开前法定天数通知全体业主',
    'Owners must be notified of an assembly meeting the statutory number of days before it',
  ),
  'voting-window': bilingual('表决截止时间须晚于开始时间', 'Voting must close after it opens'),
  'one-vote-at-a-time': bilingual(
    '同一事项已有正在进行的表决，不得另行发起',
    'A vote on this matter is already under way; a second one may not be called',
  ),
  'before-the-call': bilingual(
    '向居（村）党组织报告、书面告知房管机构和居民委员会，须在召集业主大会之前；本次业主大会已经召集',
    'The report to the party organisation and the written notice to the housing office and residents’ committee come before the assembly is called; this one already is',
  ),
  'plan-first': bilingual(
    '选聘前须拟订选聘方案并经业主大会表决通过、公告',
    'Before selecting, the selection plan must be drafted, approved by the assembly and posted',
  ),
  'voting-opens': bilingual(
    '表决须在通知的开始时间之后进行',
    'Voting may open only at the time given in the notice',
  ),
  'ballot-valid': bilingual(
    '选票须来自表决开始时冻结的业主名册中的业主，在表决期内，以允许的方式投出',
    'A ballot must come from an owner on the roll frozen when voting opened, within the window, by an allowed channel',
  ),
  'ballot-sender': bilingual(
    '业主只能为自己投票；代理人须持书面委托书',
    'An owner casts only their own ballot; a proxy needs written authorisation',
  ),
  'close-after-window': bilingual(
    '表决期届满后方可计票',
    'Votes are counted only after the voting window ends',
  ),
  'interim-share': bilingual(
    '经百分之二十以上业主提议，方可要求召开业主大会临时会议',
    'An interim assembly needs the proposal of at least 20% of owners',
  ),
  'withdraw-own': bilingual(
    '业主提议召开的临时会议，业主委员会应当组织召开，不得撤回',
    'The committee must call an interim assembly the owners proposed; it cannot withdraw it',
  ),
  'dismissal-notice': bilingual(
    '决定解聘的，应当提前六十日书面通知物业服务人（合同另有约定的除外）',
    'Dismissal needs 60 days’ written notice to the firm unless the contract sets another period',
  ),
  'handover-complete': bilingual(
    '物业服务企业应当移交第五十条所列全部资料和财物',
    'The firm must hand over every item listed in SH 50',
  ),
  'handover-open': bilingual(
    '移交尚未开始：依本配置，移交期限自合同终止之日起算（如上海第五十条），或自物业服务人接到解聘通知之日起算（北京第七十六条第一款）',
    'The hand-over has not begun: under this profile it counts from the contract’s end (as SH 50) or from the firm’s receipt of the dismissal notice (as BJ 76 ¶1)',
  ),
  'handover-item-pending': bilingual(
    '该项已移交或不适用',
    'This item is already handed over or does not apply',
  ),
  'temporary-requester': bilingual(
    '临时物业由业主委员会报街镇；未成立业主委员会的，经百分之二十以上业主提请，由居委会报街镇',
    'The committee asks the 街镇 for a temporary firm; with no committee, the residents’ committee does on the request of at least 20% of owners',
  ),
  'acting-party': bilingual(
    '业主选聘由业主委员会实施；前期物业由建设单位招标选聘',
    'The committee runs the owners’ selection; the developer runs the early-stage tender',
  ),
  'platform-bid': bilingual(
    '采取招投标方式的，应当通过本市统一的物业管理监管与服务信息平台进行招标',
    'A tender must run on the city’s property management platform',
  ),
  'bid-once': bilingual('同一企业只记录一次投标', 'One bid per firm'),
  'chosen-among-bids': bilingual(
    '只能从投标企业中选定',
    'The firm chosen must be one of the bidders',
  ),
  'early-stage-bidders': bilingual(
    '前期物业投标人少于三个的，须经区房屋行政管理部门批准方可协议选聘',
    'An early-stage appointment with fewer than three bidders needs the district housing bureau’s approval',
  ),
  'approval-when-few-bidders': bilingual(
    '仅前期物业投标人不足时需要区房管部门批准',
    'Approval is needed only for an early-stage appointment with too few bidders',
  ),
  'contract-dates': bilingual('合同期限须晚于开始时间', 'The contract must end after it starts'),
  'non-renewal-notice': bilingual(
    '物业服务企业不再续聘的，应当在合同期限届满前九十日书面通知（合同另有约定的除外）',
    'A firm not renewing must give written notice 90 days before expiry unless the contract sets another period',
  ),
  'renew-before-expiry': bilingual(
    '续聘决定和续订合同须在合同期限届满前作出',
    'The renewal decision and the new contract must come before the term expires',
  ),
  'replace-before-expiry': bilingual(
    '另聘物业服务企业的决定及其书面通知须在合同期限届满前作出；届满时未作出续聘或者另聘决定的，原合同转为不定期',
    'The decision to hire another firm, and its written notice, must come before the term expires; with no decision by then the contract runs on for an indefinite term',
  ),
  'another-firm': bilingual(
    '另聘须选聘原物业服务企业以外的企业；选聘原企业的，按续聘办理',
    'Hiring another firm means a firm other than the one in place; choosing the same firm is a renewal',
  ),
  'indefinite-notice': bilingual(
    '解除不定期物业服务合同，应当提前六十日书面通知对方',
    'Ending an indefinite-term contract needs 60 days’ written notice to the other side',
  ),
} as const satisfies Record<string, Bilingual>;

/** A rule id of this package. */
export type FirmRuleId = keyof typeof RULE_TEXT;

/** "notice served at X takes effect at Y, but the period is P: earliest is Z". */
export function shortNotice(
  servedAt: string,
  effectiveAt: string,
  period: Period,
  earliest: string,
): Bilingual {
  const p = periodText(period);
  return bilingual(
    `${servedAt} 送达的通知须提前${p['zh-CN']}，最早于 ${earliest} 生效，不能定为 ${effectiveAt}。`,
    `Notice served at ${servedAt} needs ${p.en}: it takes effect at ${earliest} at the earliest, not ${effectiveAt}.`,
  );
}

/**
 * "the hand-over has not begun": when it starts under the profile in force, from the contract's
 * end (SH 50, CC 949), or from the firm's receipt of the owners' notice ending its service and
 * else from the contract's end (BJ 76 ¶1, where the profile counts from the notice and sets a
 * period), citing the profile's hand-over articles.
 */
export function handoverNotBegun(profile: Profile): Bilingual {
  const { cite, countsFrom, period } = profile.firm.handover;
  const fromNotice = countsFrom === 'notice-received' && period !== null;
  const zh = cite.map((id) => formatCitation(CITATIONS[id], 'zh-CN')).join('、');
  const en = cite.map((id) => formatCitation(CITATIONS[id], 'en')).join(', ');
  return bilingual(
    `移交尚未开始：依「${profile.name['zh-CN']}」配置，移交期限${fromNotice ? '自物业服务人接到业主解聘通知之日起算，未接到通知的自物业服务合同终止之日起算' : '自物业服务合同终止之日起算'}${zh === '' ? '' : `（${zh}）`}。`,
    `The hand-over has not begun: under the ${profile.name.en} profile it counts from ${fromNotice ? 'the firm’s receipt of the owners’ notice ending its service, or else from the contract’s end' : 'the contract’s end'}${en === '' ? '' : ` (${en})`}.`,
  );
}

/** "these hand-over items are still missing", citing the profile's hand-over articles. */
export function missingItems(
  items: readonly HandoverItem[],
  cite: readonly CitationId[] = ['SH-50'],
): Bilingual {
  const zh = cite.map((id) => formatCitation(CITATIONS[id], 'zh-CN')).join('、');
  const en = cite.map((id) => formatCitation(CITATIONS[id], 'en')).join(', ');
  return bilingual(
    `尚未移交：${items.map((i) => HANDOVER_ITEM_INFO[i].title['zh-CN']).join('、')}（${zh}）。`,
    `Still to hand over: ${items.map((i) => HANDOVER_ITEM_INFO[i].title.en).join('; ')} (${en}).`,
  );
}

/** "N of M owners proposed; the bar is B". */
export function shareShort(
  headcount: number,
  total: number,
  bar: string,
  unknown: readonly string[],
): Bilingual {
  const zhUnknown = unknown.length > 0 ? `；${unknown.length} 个提议人不在业主名册中` : '';
  const enUnknown =
    unknown.length > 0 ? `; ${unknown.length} proposers are not owners of record` : '';
  return bilingual(
    `提议业主 ${headcount}/${total} 人，未达到 ${bar}${zhUnknown}。`,
    `${headcount} of ${total} owners proposed, below ${bar}${enUnknown}.`,
  );
}
