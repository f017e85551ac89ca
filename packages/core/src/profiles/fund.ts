import { z } from 'zod';
import type { Bar } from '../fraction.js';
import { BarSchema } from '../fraction.js';
import type { Cited, OptionalCitedPeriod } from './cited.js';
import { CitedSwitchSchema, cited, OptionalCitedPeriodSchema } from './cited.js';

/**
 * The emergencies of SH 73 ¶2 that open the emergency route to the fund: pumps and tanks out of
 * use; a lift stopped by an inspection body's rectification notice; fire alarm, sprinkler or
 * hydrant systems with a fire department's notice; façade or attached parts in danger of
 * falling, certified; roof or wall leaks seriously affecting use, certified.
 */
export const FUND_EMERGENCY_KINDS = [
  'water-pump-or-tank',
  'lift-stopped',
  'fire-system',
  'facade-danger',
  'roof-or-wall-leak',
] as const;

/** Zod schema of {@link FundEmergencyKind}. */
export const FundEmergencyKindSchema = z.enum(FUND_EMERGENCY_KINDS);

/** One of {@link FUND_EMERGENCY_KINDS}. */
export type FundEmergencyKind = z.infer<typeof FundEmergencyKindSchema>;

/**
 * The special maintenance fund (专项维修资金; RULES FUND-1..7): its ordinary and emergency use
 * and its re-raising. Amounts are the host's, in fen; shares of the first collection are bars.
 */
export interface Fund {
  /** Each use goes through a project price review and a review of its procedure (SH 67 ¶1). */
  priceAndProcedureReview: Cited<boolean>;
  /**
   * Between the developer's written report and the assembly's formation, the residents'
   * committee organises the consultation of the owners concerned (SH 71 ¶2).
   */
  consultationBeforeAssembly: Cited<boolean>;
  /**
   * The firm (or a self-managing body) must take immediate measures when the building's safety
   * is in danger, before any plan (SH 73 ¶1 "应当立即采取应急防范措施"). Absent from a profile
   * recorded before the setting existed: read as off.
   */
  immediateMeasures?: Cited<boolean> | undefined;
  /** The emergencies that open the emergency route; empty when the texts list none. */
  emergencyKinds: Cited<FundEmergencyKind[]>;
  /** The committee's review of an emergency repair plan (SH 73 ¶3: 七日内). */
  emergencyReview: OptionalCitedPeriod;
  /**
   * The district housing department may repair in the committee's stead when the review lapsed
   * and safety or normal use is affected (SH 73 ¶3 代为维修).
   */
  substituteRepair: Cited<boolean>;
  /**
   * A balance meeting this share of the first collection is sufficient; below it the fund is
   * re-raised (SH 65 ¶1, BJ 83 ¶1: 不足百分之三十 — 30% itself is not below). `null`: no text
   * sets a share.
   */
  sufficientBalance: Cited<Bar | null>;
  /** The assembly's period to decide the re-raising, from the shortfall (SH 65 ¶3: 九十日). */
  reRaiseDecision: OptionalCitedPeriod;
  /** The owners' period to pay, from the payment notice (SH 65 ¶3: 九十日). */
  restoreWithin: OptionalCitedPeriod;
  /** The share of the first collection the balance is restored to (SH 65 ¶3: 百分之五十). */
  restoreTo: Cited<Bar | null>;
  /**
   * While the balance is below {@link Fund.sufficientBalance}, this share of each public revenue
   * goes first to the fund (BJ 74 ¶2: 百分之五十以上 — exactly 50% suffices). `null`: no text ties
   * public revenue to a shortfall; absent (a profile recorded before the setting existed) reads
   * the same.
   */
  publicRevenueToFund?: Cited<Bar | null> | undefined;
}

/**
 * {@link FundSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const fundExact = z.strictObject({
  priceAndProcedureReview: CitedSwitchSchema,
  consultationBeforeAssembly: CitedSwitchSchema,
  immediateMeasures: CitedSwitchSchema.optional(),
  emergencyKinds: cited(z.array(FundEmergencyKindSchema)),
  emergencyReview: OptionalCitedPeriodSchema,
  substituteRepair: CitedSwitchSchema,
  sufficientBalance: cited(BarSchema.nullable()),
  reRaiseDecision: OptionalCitedPeriodSchema,
  restoreWithin: OptionalCitedPeriodSchema,
  restoreTo: cited(BarSchema.nullable()),
  publicRevenueToFund: cited(BarSchema.nullable()).optional(),
});

/** Zod schema of {@link Fund}. */
export const FundSchema: z.ZodType<Fund, Fund> = fundExact;
