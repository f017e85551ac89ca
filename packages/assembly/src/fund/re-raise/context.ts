import {
  type DeadlineBook,
  type FollowedLaw,
  type FollowLaw,
  HolidayCalendarInputSchema,
  type HolidayCalendarSpec,
  type Profile,
  ProfileChoiceSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import { FenSchema, fundOf, fundStart } from '../shared.js';

/** What a host passes to follow one fund account's balance and its re-raising. */
export interface FundReRaiseInput {
  readonly fundId: string;
  readonly complexId: string;
  /** The first collection (首期筹集金额), in fen; positive. */
  readonly firstCollectionFen: number;
  readonly startedAt: string;
  /**
   * Whether the fund's management rules (专项维修资金管理规约) provide for re-raising: then the
   * default route of SH 65 ¶3 (the bank's payment notice) does not apply. Default false.
   */
  readonly rulesProvide?: boolean | undefined;
  /** The host's holidays (a period ending on a holiday runs to the next working day, CC 203). */
  readonly holidays?: HolidayCalendarSpec | undefined;
  /** A fixed profile, or `{ follows: 'shanghai' }` for each day's edition (see `../../law.ts`). */
  readonly profile?: Profile | FollowLaw | undefined;
}

/** Zod schema of {@link FundReRaiseInput}. */
export const FundReRaiseInputSchema: z.ZodType<FundReRaiseInput> = z.strictObject({
  fundId: z.string().min(1).max(200),
  complexId: z.string().min(1).max(200),
  firstCollectionFen: FenSchema.positive(),
  startedAt: z.iso.datetime({ offset: true }),
  rulesProvide: z.boolean().optional(),
  holidays: HolidayCalendarInputSchema.optional(),
  profile: ProfileChoiceSchema.optional(),
});

/** The last balance reported. */
export interface BalanceReport {
  readonly at: string;
  readonly balanceFen: number;
}

/** The assembly's decision on re-raising, as the meeting reported it. */
export interface ReRaiseDecision {
  readonly at: string;
  readonly meetingId: string;
  readonly itemId: string;
  readonly passed: boolean;
}

/** The committee's payment notice and its delivery to the owners. */
export interface PaymentNotice {
  readonly at: string;
  readonly by: string;
  readonly evidence: string;
  readonly deliveredAt: string | null;
}

/**
 * The last public revenue reported and how much of it went to the fund (BJ 74 ¶2), with whether
 * the last balance was short then.
 */
export interface RevenueAllocation {
  readonly at: string;
  readonly by: string;
  readonly revenueFen: number;
  readonly toFundFen: number;
  /** The last reported balance was below the sufficient share when the revenue came. */
  readonly whileShort: boolean;
}

/** The machine's context: plain JSON. */
export interface FundReRaiseContext {
  readonly now: string;
  readonly fundId: string;
  readonly complexId: string;
  readonly firstCollectionFen: number;
  readonly rulesProvide: boolean;
  /** The profile, copied at the start; it has a fund section (checked then). */
  readonly profile: Profile;
  /** The history the process follows and the edition it holds, when started with `{ follows }`. */
  readonly law?: FollowedLaw;
  /** The host's holiday calendar, as data. */
  readonly holidays?: HolidayCalendarSpec;
  readonly balance: BalanceReport | null;
  /** When the balance fell below the profile's share (the shortfall of SH 65 ¶1), while it lasts. */
  readonly shortfallSince: string | null;
  /** The assembly's decisions reported since the shortfall, latest last. */
  readonly decisions: readonly ReRaiseDecision[];
  readonly notice: PaymentNotice | null;
  /** The last public revenue allocated (BJ 74 ¶2), or none yet. */
  readonly revenue: RevenueAllocation | null;
  readonly deadlines: DeadlineBook;
}

/**
 * The context a validated input starts with.
 *
 * @throws {FundInputError} `invalid-input`, or `no-fund-section` for a profile without one.
 */
export function initialFundReRaiseContext(raw: FundReRaiseInput): FundReRaiseContext {
  const { input, profile, law } = fundStart(FundReRaiseInputSchema, raw);
  fundOf(profile);
  return {
    now: input.startedAt,
    fundId: input.fundId,
    complexId: input.complexId,
    firstCollectionFen: input.firstCollectionFen,
    rulesProvide: input.rulesProvide ?? false,
    profile,
    ...(law === undefined ? {} : { law }),
    ...(input.holidays === undefined ? {} : { holidays: input.holidays }),
    balance: null,
    shortfallSince: null,
    decisions: [],
    notice: null,
    revenue: null,
    deadlines: {},
  };
}
