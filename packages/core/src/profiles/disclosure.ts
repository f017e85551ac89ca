import { z } from 'zod';
import type { Period } from '../calendar/index.js';
import { PeriodSchema } from '../calendar/index.js';
import { CitationIdSchema } from '../citations/index.js';
import type { Cited, OptionalCitedPeriod } from './cited.js';
import { BilingualSchema, CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/**
 * How a posting period runs: `calendar` periods of the year, each posting due by 24:00 of its
 * period's last day (每季度: 1–3, 4–6, 7–9, 10–12 月; 每半年: 1–6, 7–12 月); `rolling`: again
 * within the period of the last posting.
 */
export type PeriodKind = 'calendar' | 'rolling';

/**
 * A posting period with the kind of period it is: `{ period: { months: 3 }, periodKind:
 * 'calendar', cite: ['SH-66'] }` is 每季度. A calendar period divides the year: 1, 2, 3, 4, 6 or
 * 12 months, or 1 year. Without `periodKind` the period is rolling.
 */
export interface ReportingPeriod extends OptionalCitedPeriod {
  /** Calendar periods of the year, or rolling from the last posting (the default). */
  periodKind?: PeriodKind | undefined;
  /**
   * The duty binds only an assembly or committee that manages the funds itself, which then
   * posts (BJ 84 ¶3 "业主大会或者业主委员会自行管理共有资金的，应当每季度公布一次自行管理账目").
   */
  onlySelfManaged?: boolean | undefined;
}

/** Months in one period of `p` when it divides the calendar year, else null. */
export function calendarMonths(p: Period): number | null {
  const months = 'months' in p ? p.months : 'years' in p ? p.years * 12 : null;
  return months !== null && months <= 12 && 12 % months === 0 ? months : null;
}

/**
 * Which firms report last year's (audited) accounts and this year's budget every year: all
 * firms (BJ 70), only those on the commission model (SH 48), or none.
 */
export type AnnualAccountsScope = 'all-firms' | 'commission-model' | 'none';

/** A day of the year, e.g. `{ month: 6, day: 30 }`. */
export interface DayOfYear {
  /** Month, 1–12. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
}

/** Disclosure duties (RULES DISC-1..7). */
export interface Disclosure {
  /** The firm posts service items, standards and fees in the complex. */
  firmPostsServiceAndFees: Cited<boolean>;
  /** Which firms report last year's accounts and this year's budget every year. */
  annualAccountsAndBudget: Cited<AnnualAccountsScope>;
  /** Under the lump-sum model, audited accounts or an assessment before any fee increase. */
  lumpSumReportBeforeIncrease: Cited<boolean>;
  /** The use of the special maintenance fund is posted this often. */
  maintenanceFundEvery: ReportingPeriod;
  /** Revenue from common parts (公共收益) is posted this often. */
  publicRevenueEvery: ReportingPeriod;
  /** How long audit results stay posted. */
  auditPosting: OptionalCitedPeriod;
  /** The annual audit of last year is done by this date each year; `null` when no text sets one. */
  annualAuditDueBy: Cited<DayOfYear | null>;
  /** The term-end audit is done within this period of the new election. */
  termEndAuditWithin: OptionalCitedPeriod;
  /** The committee posts decisions, firm selection, contracts and answers owners' enquiries. */
  committeeDisclosesDecisions: Cited<boolean>;
  /** The firm periodically posts records of common-part operations and maintenance. */
  firmPostsRecords: Cited<boolean>;
  /**
   * How often the firm posts those records (SH 47 ¶2 "应当定期予以公示"); absent or without a
   * period, one posting kept current.
   */
  firmRecordsEvery?: ReportingPeriod | undefined;
  /** Members' own fee payments are posted this often. */
  committeeFeePaymentEvery: OptionalCitedPeriod;
}

/**
 * {@link ReportingPeriodSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const reportingPeriodExact = z
  .strictObject({
    period: PeriodSchema.nullable(),
    cite: z.array(CitationIdSchema),
    note: BilingualSchema.optional(),
    periodKind: z.enum(['calendar', 'rolling']).optional(),
    onlySelfManaged: z.boolean().optional(),
  })
  .refine((e) => e.cite.length > 0 || e.note !== undefined, {
    error: 'an entry without a citation needs a note saying where its value comes from',
    path: ['cite'],
  })
  .refine(
    (e) => e.periodKind !== 'calendar' || e.period === null || calendarMonths(e.period) !== null,
    {
      error: 'a calendar period divides the year: 1, 2, 3, 4, 6 or 12 months, or 1 year',
      path: ['period'],
    },
  );

/** Zod schema of a {@link ReportingPeriod}. */
export const ReportingPeriodSchema: z.ZodType<ReportingPeriod, ReportingPeriod> =
  reportingPeriodExact;

/**
 * {@link DisclosureSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const disclosureExact = z.strictObject({
  firmPostsServiceAndFees: CitedSwitchSchema,
  annualAccountsAndBudget: cited(z.enum(['all-firms', 'commission-model', 'none'])),
  lumpSumReportBeforeIncrease: CitedSwitchSchema,
  maintenanceFundEvery: ReportingPeriodSchema,
  publicRevenueEvery: ReportingPeriodSchema,
  auditPosting: OptionalCitedPeriodSchema,
  annualAuditDueBy: cited(
    z
      .strictObject({
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
      })
      .nullable(),
  ),
  termEndAuditWithin: OptionalCitedPeriodSchema,
  committeeDisclosesDecisions: CitedSwitchSchema,
  firmPostsRecords: CitedSwitchSchema,
  firmRecordsEvery: ReportingPeriodSchema.optional(),
  committeeFeePaymentEvery: OptionalCitedPeriodSchema,
});

/** Zod schema of {@link Disclosure}. */
export const DisclosureSchema: z.ZodType<Disclosure, Disclosure> = disclosureExact;
