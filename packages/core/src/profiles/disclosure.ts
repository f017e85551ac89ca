import { z } from 'zod';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/** Disclosure duties (RULES DISC-1..7). */
export const DisclosureSchema = z.strictObject({
  /** The firm posts service items, standards and fees in the complex. */
  firmPostsServiceAndFees: CitedSwitchSchema,
  /**
   * Which firms report last year's (audited) accounts and this year's budget every year: all
   * firms (BJ 70), only those on the commission model (SH 48), or none.
   */
  annualAccountsAndBudget: cited(z.enum(['all-firms', 'commission-model', 'none'])),
  /** Under the lump-sum model, audited accounts or an assessment before any fee increase. */
  lumpSumReportBeforeIncrease: CitedSwitchSchema,
  maintenanceFundEvery: OptionalCitedPeriodSchema,
  publicRevenueEvery: OptionalCitedPeriodSchema,
  /** How long audit results stay posted. */
  auditPosting: OptionalCitedPeriodSchema,
  /** The annual audit of last year is done by this date each year. */
  annualAuditDueBy: cited(
    z
      .strictObject({
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
      })
      .nullable(),
  ),
  /** The term-end audit is done within this period of the new election. */
  termEndAuditWithin: OptionalCitedPeriodSchema,
  /** The committee posts decisions, firm selection, contracts and answers owners' enquiries. */
  committeeDisclosesDecisions: CitedSwitchSchema,
  /** The firm periodically posts records of common-part operations and maintenance. */
  firmPostsRecords: CitedSwitchSchema,
  /** Members' own fee payments are posted this often. */
  committeeFeePaymentEvery: OptionalCitedPeriodSchema,
});

/** See {@link DisclosureSchema}. */
export type Disclosure = z.infer<typeof DisclosureSchema>;
