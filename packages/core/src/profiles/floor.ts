import type { Period } from '../calendar/index.js';
import { describePeriod } from '../calendar/index.js';
import type { CitationId } from '../citations/index.js';
import { CITATIONS, formatCitation } from '../citations/index.js';
import type { Bar } from '../fraction.js';
import { atLeast, formatBar, isAtLeastAsStrict, moreThan } from '../fraction.js';
import type { Bilingual } from '../i18n.js';
import type { Profile } from './schema.js';

/** One way a profile falls below the law: the field, its value, the floor and the article. */
export interface FloorViolation {
  /** Dotted path of the offending field, e.g. `voting.quorum.area`. */
  readonly field: string;
  readonly value: Bilingual;
  readonly floor: Bilingual;
  /** `floor`: the value must be at least as demanding; `ceiling`: at most (owners' rights). */
  readonly kind: 'floor' | 'ceiling';
  readonly citation: CitationId;
  readonly messages: Bilingual;
}

/**
 * Thrown by `defineProfile` when a profile goes below a national floor (Civil Code, PMR,
 * SPC). `messages` names the field, the value, the floor and the article in both locales;
 * `violations` lists every breach found, the first of which is the message.
 */
export class ProfileFloorError extends Error {
  override readonly name = 'ProfileFloorError';
  readonly field: string;
  readonly citation: CitationId;
  readonly messages: Bilingual;
  readonly violations: readonly FloorViolation[];

  constructor(violations: readonly [FloorViolation, ...FloorViolation[]]) {
    const [first] = violations;
    const more = violations.length > 1 ? ` (+${violations.length - 1} more)` : '';
    super(`${first.messages.en}${more}\n${first.messages['zh-CN']}`);
    this.field = first.field;
    this.citation = first.citation;
    this.messages = first.messages;
    this.violations = violations;
  }
}

function message(
  field: string,
  value: Bilingual,
  floor: Bilingual,
  kind: FloorViolation['kind'],
  citation: CitationId,
): FloorViolation {
  const c = CITATIONS[citation];
  const zhArt = formatCitation(c, 'zh-CN');
  const enArt = formatCitation(c, 'en');
  const messages: Bilingual =
    kind === 'floor'
      ? {
          'zh-CN': `配置项 ${field} 的取值“${value['zh-CN']}”低于${zhArt}规定的下限“${floor['zh-CN']}”。`,
          en: `profile field ${field} is "${value.en}", below the floor "${floor.en}" set by ${enArt}.`,
        }
      : {
          'zh-CN': `配置项 ${field} 的取值“${value['zh-CN']}”严于${zhArt}规定的上限“${floor['zh-CN']}”，限制了业主的法定权利。`,
          en: `profile field ${field} is "${value.en}", stricter than the ceiling "${floor.en}" set by ${enArt}, which would curtail owners' statutory right.`,
        };
  return { field, value, floor, kind, citation, messages };
}

function barText(bar: Bar): Bilingual {
  return { 'zh-CN': formatBar(bar, 'zh-CN'), en: formatBar(bar, 'en') };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The fewest calendar days a period can span (CC 200–204): `{ months: 2 }` may be 59 days
 * (February–March of a common year), `{ workingDays: n }` at least `n`.
 */
export function minimumCalendarDays(p: Period): number {
  if ('days' in p) return p.days;
  if ('workingDays' in p) return p.workingDays;
  if ('years' in p) return p.years * 365;
  let fewest = Number.POSITIVE_INFINITY;
  for (let start = 0; start < 12; start++) {
    let total = 0;
    for (let i = 0; i < p.months; i++) total += MONTH_DAYS[(start + i) % 12] ?? 31;
    fewest = Math.min(fewest, total);
  }
  return fewest;
}

/** Bars of CC 278 ¶2 (RULES VOTE-2..4). */
const QUORUM = atLeast(2, 3);
const ORDINARY = moreThan(1, 2);
const SPECIAL = atLeast(3, 4);
/** PMR 13 ¶2: 20% of owners can always force an interim assembly. */
const INTERIM_PROPOSERS = atLeast(1, 5);

const BAR_FLOORS = [
  ['quorum', QUORUM, 'CC-278-2'],
  ['ordinary', ORDINARY, 'CC-278-2-ordinary'],
  ['special', SPECIAL, 'CC-278-2-special'],
] as const;

/**
 * Minimum notice periods national texts set. CC 946 and 947 add "unless the contract says
 * otherwise": that exception belongs to a contract (`firm.contractMaySetNotice`), not to a
 * regional profile, so a profile's default may not go below the statute.
 */
const PERIOD_FLOORS = [
  ['voting.meetingNotice', (p: Profile) => p.voting.meetingNotice.period, 15, 'PMR-14'],
  ['voting.revocationWindow', (p: Profile) => p.voting.revocationWindow.period, 365, 'SPC-12'],
  ['firm.dismissalNotice', (p: Profile) => p.firm.dismissalNotice.period, 60, 'CC-946'],
  ['firm.nonRenewalNotice', (p: Profile) => p.firm.nonRenewalNotice.period, 90, 'CC-947-2'],
  ['firm.indefiniteTermNotice', (p: Profile) => p.firm.indefiniteTermNotice.period, 60, 'CC-948-2'],
] as const;

function floorPeriod(days: number, citation: CitationId): Period {
  return citation === 'SPC-12' ? { years: days / 365 } : { days };
}

/**
 * Every way `profile` goes below the national floor: voting bars weaker than CC 278 ¶2,
 * an interim-meeting threshold stricter than PMR 13,
 * notice periods shorter than PMR 14 and CC 946–948, a revocation window shorter than SPC 12,
 * fewer early-stage bidders than PMR 24. Empty when the profile is lawful.
 */
export function checkProfileFloors(profile: Profile): FloorViolation[] {
  const out: FloorViolation[] = [];
  const v = profile.voting;
  for (const [section, floor, citation] of BAR_FLOORS) {
    for (const measure of ['headcount', 'area'] as const) {
      const bar = v[section][measure].value;
      if (!isAtLeastAsStrict(bar, floor)) {
        out.push(
          message(`voting.${section}.${measure}`, barText(bar), barText(floor), 'floor', citation),
        );
      }
    }
  }
  const share = v.interimAssemblyProposers.share.value;
  if (!isAtLeastAsStrict(INTERIM_PROPOSERS, share)) {
    out.push(
      message(
        'voting.interimAssemblyProposers.share',
        barText(share),
        barText(INTERIM_PROPOSERS),
        'ceiling',
        'PMR-13',
      ),
    );
  }
  for (const [field, get, days, citation] of PERIOD_FLOORS) {
    const period = get(profile);
    if (minimumCalendarDays(period) < days) {
      out.push(
        message(
          field,
          describePeriod(period),
          describePeriod(floorPeriod(days, citation)),
          'floor',
          citation,
        ),
      );
    }
  }
  const bidders = profile.firm.earlyStageMinBidders.value;
  if (bidders < 3) {
    out.push(
      message(
        'firm.earlyStageMinBidders',
        { 'zh-CN': `${bidders}个`, en: String(bidders) },
        { 'zh-CN': '3个', en: '3' },
        'floor',
        'PMR-24',
      ),
    );
  }
  return out;
}

/**
 * The breach of VOTE-10: counting non-voters with the majority (从多). CC 278 ¶2 takes the
 * majority of the owners taking part ("经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主
 * 同意"), so owners who did not vote can never be added to it; GUIDE-2009 26 ¶2 let the rules of
 * procedure count them with the majority, a rule gone since the Civil Code. The profile has no
 * switch for it (a value that can only be `false` is read by nothing): `defineProfile` refuses
 * input that still asks for it with this violation, and the schema's legacy step drops the
 * retired key when it holds `false`.
 */
export function nonVoterViolation(): FloorViolation {
  return message(
    'voting.countNonVotersWithMajority',
    { 'zh-CN': '计入（从多）', en: 'true (non-voters counted with the majority)' },
    { 'zh-CN': '不计入：多数以参与表决者计算', en: 'false: majorities are of participants' },
    'floor',
    'CC-278-2-ordinary',
  );
}
