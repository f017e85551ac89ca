import {
  type DeadlineBook,
  type FollowedLaw,
  type FollowLaw,
  type FundEmergencyKind,
  HolidayCalendarInputSchema,
  type HolidayCalendarSpec,
  type Profile,
  ProfileChoiceSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import { fundOf, fundStart } from '../shared.js';

/** What a host passes to start one emergency repair from the fund. */
export interface FundEmergencyInput {
  readonly repairId: string;
  readonly complexId: string;
  readonly startedAt: string;
  /**
   * Whether the assembly exists: after, the committee reviews the plan (SH 73 ¶3 (二)); before,
   * the housing office does (SH 73 ¶3 (一)).
   */
  readonly assemblyFormed: boolean;
  /** The host's holidays (a period ending on a holiday runs to the next working day, CC 203). */
  readonly holidays?: HolidayCalendarSpec | undefined;
  /** A fixed profile, or `{ follows: 'shanghai' }` for each day's edition (see `../../law.ts`). */
  readonly profile?: Profile | FollowLaw | undefined;
}

/** Zod schema of {@link FundEmergencyInput}. */
export const FundEmergencyInputSchema: z.ZodType<FundEmergencyInput> = z.strictObject({
  repairId: z.string().min(1).max(200),
  complexId: z.string().min(1).max(200),
  startedAt: z.iso.datetime({ offset: true }),
  assemblyFormed: z.boolean(),
  holidays: HolidayCalendarInputSchema.optional(),
  profile: ProfileChoiceSchema.optional(),
});

/** The firm's report of the emergency with its repair plan (SH 73 ¶2–3). */
export interface EmergencyReport {
  readonly at: string;
  readonly by: string;
  readonly kind: FundEmergencyKind;
  readonly plan: string;
  readonly estimateFen: number;
  /** The inspection body's notice, the fire department's notice or the certification. */
  readonly evidence: string;
}

/** Who approved the plan, and whether within the review period. */
export interface EmergencyApproval {
  readonly at: string;
  readonly by: string;
  readonly role: 'committee' | 'housing-office';
}

/** The district housing department's substitute repair (代为维修, SH 73 ¶3). */
export interface SubstituteRepair {
  readonly at: string;
  readonly by: string;
  /** What affects the building's normal use or residents' safety. */
  readonly finding: string;
}

/** The costs drawn from the fund. */
export interface DrawnCosts {
  readonly at: string;
  readonly by: string;
  readonly costFen: number;
  readonly reportId: string;
  /** The district housing department's withdrawal notice (支取通知), for a substitute repair. */
  readonly withdrawalNotice: string | null;
  /** The part whose owners bear the costs (SH 68 (二)), or `null` for all owners (SH 68 (三)). */
  readonly part: string | null;
}

/** The most entries of emergency measures a repair records. */
export const MAX_EMERGENCY_MEASURES = 50;

/** The most refusals of its plan a repair records. */
export const MAX_PLAN_REJECTIONS = 20;

/** Immediate measures the firm took against the danger (应急防范措施, SH 73 ¶1). */
export interface EmergencyMeasure {
  readonly at: string;
  readonly by: string;
  /** What was done: the area cordoned off, the lift locked out, the water shut off. */
  readonly measures: string;
  /** Photographs, the duty log, a notice posted. */
  readonly evidence: string;
}

/** The committee's refusal of a plan within its review (SH 73 ¶3), with the plan it refused. */
export interface PlanRejection {
  readonly at: string;
  readonly by: string;
  readonly reasons: string;
  readonly plan: string;
  readonly estimateFen: number;
}

/** The machine's context: plain JSON. */
export interface FundEmergencyContext {
  readonly now: string;
  readonly repairId: string;
  readonly complexId: string;
  readonly assemblyFormed: boolean;
  /** The profile, copied at the start; it has a fund section (checked then). */
  readonly profile: Profile;
  /** The history the process follows and the edition it holds, when started with `{ follows }`. */
  readonly law?: FollowedLaw;
  /** The host's holiday calendar, as data. */
  readonly holidays?: HolidayCalendarSpec;
  /** The immediate measures recorded, oldest first (at most {@link MAX_EMERGENCY_MEASURES}). */
  readonly measures: readonly EmergencyMeasure[];
  /** The firm's report; after a refusal, with the revised plan. */
  readonly report: EmergencyReport | null;
  /** The committee's refusals, oldest first (at most {@link MAX_PLAN_REJECTIONS}). */
  readonly rejections: readonly PlanRejection[];
  readonly approval: EmergencyApproval | null;
  readonly substitute: SubstituteRepair | null;
  readonly costs: DrawnCosts | null;
  readonly deadlines: DeadlineBook;
}

/**
 * The context a validated input starts with.
 *
 * @throws {FundInputError} `invalid-input`, or `no-fund-section` for a profile without one.
 */
export function initialFundEmergencyContext(raw: FundEmergencyInput): FundEmergencyContext {
  const { input, profile, law } = fundStart(FundEmergencyInputSchema, raw);
  fundOf(profile);
  return {
    now: input.startedAt,
    repairId: input.repairId,
    complexId: input.complexId,
    assemblyFormed: input.assemblyFormed,
    profile,
    ...(law === undefined ? {} : { law }),
    ...(input.holidays === undefined ? {} : { holidays: input.holidays }),
    measures: [],
    report: null,
    rejections: [],
    approval: null,
    substitute: null,
    costs: null,
    deadlines: {},
  };
}
