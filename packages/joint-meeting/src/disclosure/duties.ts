import {
  type Bilingual,
  bilingual,
  type CitationId,
  type Disclosure,
  type Period,
  type ReportingPeriod,
} from '@jiayuan/core';

/** How the complex pays its firm (SH 48): commission (酬金制) or lump sum (包干制). */
export type FeeModel = 'commission' | 'lump-sum';

/** The kinds of disclosure obligation of RULES DISC-1..7, one per posting the texts require. */
export const DUTY_IDS = [
  'service-and-fees',
  'annual-accounts',
  'lump-sum-report',
  'maintenance-fund',
  'public-revenue',
  'committee-decisions',
  'annual-audit',
  'term-end-audit',
  'firm-records',
  'committee-fee-payments',
] as const;

/** One of {@link DUTY_IDS}. */
export type DutyId = (typeof DUTY_IDS)[number];

/** Who posts: the firm, the owners' committee, or either (SH 66 names both). */
export type Publisher = 'firm' | 'committee' | 'either';

/**
 * When a duty falls due:
 * - `standing`: due from the start with no period in the texts (posted once, kept current; never
 *   overdue by the clock);
 * - `every`: again within `period` of the last posting (or of the start);
 * - `calendar`: once in each calendar period of `months` (3: quarters 1–3, 4–6, 7–9, 10–12 月;
 *   6: halves 1–6, 7–12 月), due by 24:00 of the period's last day (SH 66 ¶2 每季度, 每半年);
 * - `yearly-by`: by a calendar date each year;
 * - `on-trigger`: opened by an event (a planned fee increase, a new committee), due within
 *   `period` of it, or before the increase takes effect when `period` is null.
 */
export type Schedule =
  | { readonly kind: 'standing' }
  | { readonly kind: 'every'; readonly period: Period }
  | { readonly kind: 'calendar'; readonly months: number }
  | { readonly kind: 'yearly-by'; readonly month: number; readonly day: number }
  | { readonly kind: 'on-trigger'; readonly period: Period | null };

/** One duty as it applies to a complex: plain JSON, kept in the machine's context. */
export interface DutyPlan {
  readonly duty: DutyId;
  /** The RULES row. */
  readonly disc: `DISC-${1 | 2 | 3 | 4 | 5 | 6 | 7}`;
  readonly title: Bilingual;
  readonly publisher: Publisher;
  readonly schedule: Schedule;
  readonly cite: readonly CitationId[];
  /** How long the posting must stay up (SH 67: audit results 30 days), or null. */
  readonly postFor: Period | null;
}

const periodic = (entry: { readonly period: Period | null }): Schedule =>
  entry.period === null ? { kind: 'standing' } : { kind: 'every', period: entry.period };

/** A posting duty by the kind of period the profile names: calendar periods, else rolling. */
function reporting(entry: ReportingPeriod): Schedule {
  const p = entry.period;
  const months = p === null ? null : 'months' in p ? p.months : 'years' in p ? p.years * 12 : null;
  // The profile schema admits a calendar kind only for a period that divides the year.
  return entry.periodKind === 'calendar' && months !== null && 12 % months === 0
    ? { kind: 'calendar', months }
    : periodic(entry);
}

/** Facts of the complex beyond its fee model that decide which duties bind it. */
export interface DutyFacts {
  /**
   * The assembly or committee manages the common funds itself (BJ 84 ¶2–3); a duty the profile
   * marks `onlySelfManaged` binds only then, and the committee posts. Default false.
   */
  readonly fundsSelfManaged?: boolean | undefined;
}

/** A fund-accounts duty's publisher, or null when it does not bind this complex (BJ 84 ¶3). */
function fundsPublisher(entry: ReportingPeriod, facts: DutyFacts): Publisher | null {
  if (entry.onlySelfManaged !== true) return 'either';
  return facts.fundsSelfManaged === true ? 'committee' : null;
}

/**
 * The duties of a complex under a profile's `disclosure` section and a fee model. A duty the
 * profile switches off, that belongs to the other fee model, or that binds only self-managed
 * funds in a complex that does not manage them (BJ 84 ¶3), is left out.
 */
export function dutiesFor(d: Disclosure, feeModel: FeeModel, facts: DutyFacts = {}): DutyPlan[] {
  const plans: DutyPlan[] = [];
  if (d.firmPostsServiceAndFees.value) {
    plans.push({
      duty: 'service-and-fees',
      disc: 'DISC-1',
      title: bilingual(
        '服务事项、服务标准、收费项目、收费标准公告',
        'service items, standards and fees',
      ),
      publisher: 'firm',
      schedule: { kind: 'standing' },
      cite: d.firmPostsServiceAndFees.cite,
      postFor: null,
    });
  }
  const accounts = d.annualAccountsAndBudget.value;
  if (accounts === 'all-firms' || (accounts === 'commission-model' && feeModel === 'commission')) {
    plans.push({
      duty: 'annual-accounts',
      disc: 'DISC-2',
      title: bilingual('经审计的上一年度收支情况及本年度预算', 'audited accounts and budget'),
      publisher: 'firm',
      // 每年: the text sets the yearly rhythm, the profile says which firms it binds.
      schedule: { kind: 'every', period: { years: 1 } },
      cite: d.annualAccountsAndBudget.cite,
      postFor: null,
    });
  }
  if (feeModel === 'lump-sum' && d.lumpSumReportBeforeIncrease.value) {
    plans.push({
      duty: 'lump-sum-report',
      disc: 'DISC-3',
      title: bilingual(
        '调整收费标准前的审计收支情况或第三方评估',
        'audited accounts or assessment before a fee increase',
      ),
      publisher: 'firm',
      schedule: { kind: 'on-trigger', period: null },
      cite: d.lumpSumReportBeforeIncrease.cite,
      postFor: null,
    });
  }
  const fund = fundsPublisher(d.maintenanceFundEvery, facts);
  if (fund !== null) {
    plans.push({
      duty: 'maintenance-fund',
      disc: 'DISC-4',
      title: bilingual('专项维修资金收支情况', 'maintenance fund accounts'),
      publisher: fund,
      schedule: reporting(d.maintenanceFundEvery),
      cite: d.maintenanceFundEvery.cite,
      postFor: null,
    });
  }
  const revenue = fundsPublisher(d.publicRevenueEvery, facts);
  if (revenue !== null) {
    plans.push({
      duty: 'public-revenue',
      disc: 'DISC-4',
      title: bilingual('公共收益收支情况', 'public revenue accounts'),
      publisher: revenue,
      schedule: reporting(d.publicRevenueEvery),
      cite: d.publicRevenueEvery.cite,
      postFor: null,
    });
  }
  if (d.committeeDisclosesDecisions.value) {
    plans.push({
      duty: 'committee-decisions',
      disc: 'DISC-5',
      title: bilingual('业主大会、业主委员会决定及重大事项', 'decisions and major matters'),
      publisher: 'committee',
      schedule: { kind: 'standing' },
      cite: d.committeeDisclosesDecisions.cite,
      postFor: null,
    });
  }
  const dueBy = d.annualAuditDueBy.value;
  plans.push(
    {
      duty: 'annual-audit',
      disc: 'DISC-6',
      title: bilingual('年度财务审计结果', 'annual audit results'),
      publisher: 'committee',
      schedule: dueBy === null ? { kind: 'standing' } : { kind: 'yearly-by', ...dueBy },
      cite: [...new Set([...d.annualAuditDueBy.cite, ...d.auditPosting.cite])],
      postFor: d.auditPosting.period,
    },
    {
      duty: 'term-end-audit',
      disc: 'DISC-6',
      title: bilingual('换届财务审计结果', 'term-end audit results'),
      publisher: 'committee',
      schedule: { kind: 'on-trigger', period: d.termEndAuditWithin.period },
      cite: [...new Set([...d.termEndAuditWithin.cite, ...d.auditPosting.cite])],
      postFor: d.auditPosting.period,
    },
  );
  if (d.firmPostsRecords.value) {
    plans.push({
      duty: 'firm-records',
      disc: 'DISC-7',
      title: bilingual(
        '共有部分经营及设施设备运行维修养护记录',
        'operation and maintenance records',
      ),
      publisher: 'firm',
      // 定期 (SH 47 ¶2): as often as the profile says; one posting kept current without a period.
      schedule:
        d.firmRecordsEvery === undefined ? { kind: 'standing' } : reporting(d.firmRecordsEvery),
      cite: d.firmRecordsEvery?.cite ?? d.firmPostsRecords.cite,
      postFor: null,
    });
  }
  const feePayments = d.committeeFeePaymentEvery;
  if (feePayments.period !== null) {
    plans.push({
      duty: 'committee-fee-payments',
      disc: 'DISC-5',
      title: bilingual(
        '业主委员会委员、候补委员交纳物业费、停车费情况',
        'committee members’ and alternates’ payments of property and parking fees',
      ),
      publisher: 'committee',
      // BJ 44 ¶1 (八) 每半年公示: again within the period of the last posting.
      schedule: { kind: 'every', period: feePayments.period },
      cite: feePayments.cite,
      postFor: null,
    });
  }
  return plans;
}

/** The roles that may post for each {@link Publisher}. */
export const PUBLISHER_ROLES = {
  firm: ['property-firm'],
  committee: ['committee-chair', 'committee'],
  either: ['property-firm', 'committee-chair', 'committee'],
} as const satisfies Record<Publisher, readonly string[]>;
