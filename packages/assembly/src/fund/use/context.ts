import { type FollowedLaw, type FollowLaw, type Profile, ProfileChoiceSchema } from '@jiayuan/core';
import { z } from 'zod';
import { fundOf, fundStart } from '../shared.js';

/**
 * Where the complex stands on SH 71: the assembly exists (`assembly`); the developer has made
 * its written report for forming it but it does not exist yet (`before-assembly`, ¶2); or the
 * report has not been made (`no-report`, ¶1: the fund is not used, the developer repairs).
 */
export const FundStageSchema = z.enum(['assembly', 'before-assembly', 'no-report']);
/** One of {@link FundStageSchema}. */
export type FundStage = z.infer<typeof FundStageSchema>;

/** What a host passes to start one ordinary use of the fund. */
export interface FundUseInput {
  readonly useId: string;
  readonly complexId: string;
  readonly startedAt: string;
  /** Default `assembly`. */
  readonly stage?: FundStage | undefined;
  /** A fixed profile, or `{ follows: 'shanghai' }` for each day's edition (see `../../law.ts`). */
  readonly profile?: Profile | FollowLaw | undefined;
}

/** Zod schema of {@link FundUseInput}. */
export const FundUseInputSchema: z.ZodType<FundUseInput> = z.strictObject({
  useId: z.string().min(1).max(200),
  complexId: z.string().min(1).max(200),
  startedAt: z.iso.datetime({ offset: true }),
  stage: FundStageSchema.optional(),
  profile: ProfileChoiceSchema.optional(),
});

/** The repair plan (维修方案): what is repaired, for whose part, at what estimate. */
export interface RepairPlan {
  readonly at: string;
  readonly by: string;
  readonly title: string;
  /** The part shared by some owners only (SH 69), or `null` for the whole complex. */
  readonly part: string | null;
  readonly estimateFen: number;
  readonly documents: string;
}

/** A review on record: the price review's report (工程审价) or the procedure review (SH 67 ¶1). */
export interface Review {
  readonly at: string;
  readonly by: string;
  /** The report's number (price review) or the review's evidence (procedure review). */
  readonly ref: string;
  /** The reviewed price, for a price review. */
  readonly reviewedFen: number | null;
}

/** The item put to the owners: an assembly item or, before the assembly, a consultation. */
export interface PutToOwners {
  readonly at: string;
  readonly by: string;
  readonly itemId: string;
  readonly route: 'assembly' | 'consultation';
}

/** The owners' decision as the meeting or the consultation reported it. */
export interface OwnersDecision {
  readonly at: string;
  readonly by: string;
  readonly meetingId: string;
  readonly itemId: string;
  readonly passed: boolean;
}

/** The costs drawn from the fund and posted. */
export interface PostedCosts {
  readonly at: string;
  readonly by: string;
  readonly costFen: number;
  readonly reportId: string;
  readonly evidence: string;
}

/** The machine's context: plain JSON. */
export interface FundUseContext {
  readonly now: string;
  readonly useId: string;
  readonly complexId: string;
  readonly stage: FundStage;
  /** The profile, copied at the start; it has a fund section (checked then). */
  readonly profile: Profile;
  /** The history the process follows and the edition it holds, when started with `{ follows }`. */
  readonly law?: FollowedLaw;
  readonly plan: RepairPlan | null;
  readonly priceReview: Review | null;
  readonly procedureReview: Review | null;
  readonly item: PutToOwners | null;
  readonly decision: OwnersDecision | null;
  readonly worksStartedAt: string | null;
  readonly costs: PostedCosts | null;
}

/**
 * The context a validated input starts with.
 *
 * @throws {FundInputError} `invalid-input`, or `no-fund-section` for a profile without one.
 */
export function initialFundUseContext(raw: FundUseInput): FundUseContext {
  const { input, profile, law } = fundStart(FundUseInputSchema, raw);
  fundOf(profile);
  return {
    now: input.startedAt,
    useId: input.useId,
    complexId: input.complexId,
    stage: input.stage ?? 'assembly',
    profile,
    ...(law === undefined ? {} : { law }),
    plan: null,
    priceReview: null,
    procedureReview: null,
    item: null,
    decision: null,
    worksStartedAt: null,
    costs: null,
  };
}
