import { z } from 'zod';
import type { Cited, OptionalCitedPeriod } from './cited.js';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

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
  maintenanceFundEvery: OptionalCitedPeriod;
  /** Revenue from common parts (公共收益) is posted this often. */
  publicRevenueEvery: OptionalCitedPeriod;
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
  /** Members' own fee payments are posted this often. */
  committeeFeePaymentEvery: OptionalCitedPeriod;
}

/**
 * {@link DisclosureSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const disclosureExact = z.strictObject({
  firmPostsServiceAndFees: CitedSwitchSchema,
  annualAccountsAndBudget: cited(z.enum(['all-firms', 'commission-model', 'none'])),
  lumpSumReportBeforeIncrease: CitedSwitchSchema,
  maintenanceFundEvery: OptionalCitedPeriodSchema,
  publicRevenueEvery: OptionalCitedPeriodSchema,
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
  committeeFeePaymentEvery: OptionalCitedPeriodSchema,
});

/** Zod schema of {@link Disclosure}. */
export const DisclosureSchema: z.ZodType<Disclosure, Disclosure> = disclosureExact;
