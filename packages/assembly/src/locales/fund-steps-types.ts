import type { Bar } from '@jiayuan/core';

/**
 * The refusals of the fund's later steps in one locale: the immediate measures and the
 * committee's refusal of an emergency plan (SH 73), public revenue to a short fund (BJ 74 ¶2).
 */
export interface FundStepsLocale {
  /** The profile sets no duty of immediate measures (SH 73 ¶1 sets one in Shanghai). */
  readonly measuresDuty: string;
  /** The record of measures is full. */
  readonly measuresFull: (max: number) => string;
  /** A refusal after the committee's review period ended. */
  readonly reviewOpen: (due: string) => string;
  /** The committee has refused as many plans as a repair records. */
  readonly rejectionsFull: (max: number) => string;
  /** Less than the profile's share of the revenue goes to the short fund. */
  readonly revenueToFund: (share: Bar, toFundFen: number, revenueFen: number) => string;
  /** More goes to the fund than the revenue. */
  readonly allocationExceeds: (toFundFen: number, revenueFen: number) => string;
  /** The amounts are too large to compare exactly with the profile's share. */
  readonly revenueTooLarge: string;
}
