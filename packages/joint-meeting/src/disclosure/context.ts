import {
  bilingual,
  type CitationId,
  DEFAULT_PROFILE,
  type DeadlineBook,
  type FollowedLaw,
  type FollowLaw,
  holdProfile,
  IdSchema,
  issueSummary,
  type JointLevel,
  type Profile,
  ProfileChoiceSchema,
  ProfileDateError,
  StartInputError,
} from '@jiayuan/core';
import { z } from 'zod';
import { levelsOf } from '../matter/levels.js';
import type { FundDrawing } from './drawings.js';
import { type DutyFacts, type DutyId, type DutyPlan, dutiesFor, type FeeModel } from './duties.js';

/** What a host passes to start a complex's disclosure calendar. */
export interface DisclosureInput {
  readonly complexId: string;
  readonly feeModel: FeeModel;
  /** When the calendar starts: periods run from here. */
  readonly startAt: string;
  /** The assembly or committee manages the common funds itself (BJ 84 ¶3); default false. */
  readonly fundsSelfManaged?: boolean | undefined;
  /**
   * Default core's `DEFAULT_PROFILE`. `{ follows: 'shanghai' }` holds the edition of that
   * profile's history in force on each event's day instead, the duties derived again on a change.
   */
  readonly profile?: Profile | FollowLaw | undefined;
}

/** Zod schema of {@link DisclosureInput} (annotated: the profile type is too large to print). */
export const DisclosureInputSchema: z.ZodType<DisclosureInput> = z.strictObject({
  complexId: IdSchema,
  feeModel: z.enum(['commission', 'lump-sum']),
  startAt: z.iso.datetime({ offset: true }),
  fundsSelfManaged: z.boolean().optional(),
  profile: ProfileChoiceSchema.optional(),
});

/** Where one obligation stands. A late posting is `published` with `late: true`. */
export type ObligationStatus = 'due' | 'published' | 'overdue';

/** One obligation: a duty's posting for one cycle. */
export interface Obligation {
  /** `<duty>#<cycle>`; also the id of its deadline in `deadlines`. */
  readonly id: string;
  readonly duty: DutyId;
  readonly cycle: number;
  readonly openedAt: string;
  /** End of the period (24:00 Asia/Shanghai), or null for a duty without one. */
  readonly dueAt: string | null;
  readonly status: ObligationStatus;
  readonly overdueAt: string | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
  /** The host's reference to the posting (photo, notice number, URL). */
  readonly evidence: string | null;
  readonly late: boolean;
  /** The posting must stay up until then (SH 67), or null. */
  readonly postedUntil: string | null;
  readonly cite: readonly CitationId[];
  /**
   * The fund's drawings the posted accounts list (SH 66 ¶2 收支情况): on a published
   * `maintenance-fund` obligation (from snapshot version 6), the drawings that were waiting when
   * it was posted; absent on every other obligation.
   */
  readonly drawings?: readonly FundDrawing[];
}

/** The machine's context: plain JSON. */
export interface DisclosureContext {
  readonly now: string;
  readonly complexId: string;
  readonly feeModel: FeeModel;
  readonly profileId: string;
  readonly plans: readonly DutyPlan[];
  readonly obligations: readonly Obligation[];
  readonly deadlines: DeadlineBook;
  /** Ids of the joint-meeting matters raised for overdue obligations. */
  readonly raised: readonly string[];
  /**
   * The level an overdue obligation's matter starts at: the profile's lowest joint-meeting level
   * (the complex under `shanghai`, JA 二(一)4), or `null` where the profile has none (`beijing`,
   * `national`): no matter is suggested that could not start.
   */
  readonly matterLevel: JointLevel | null;
  readonly closedAt: string | null;
  /**
   * The maintenance fund's drawings recorded (`RECORD_FUND_DRAWING`) and not yet listed on a
   * fund-accounts posting, oldest first: the next accepted `PUBLISH` of `maintenance-fund` must
   * name them all and takes them (SH 66 ¶2).
   */
  readonly awaitingDrawings: readonly FundDrawing[];
  /**
   * The history the calendar follows and the edition it holds, when started with
   * `{ follows: id }`: on each event's day the clock takes that day's edition and derives the
   * duties again. Absent for a fixed profile (so snapshots of fixed calendars keep their shape).
   */
  readonly law?: FollowedLaw;
  /** The facts the duties were derived from, kept with `law` to derive them again. */
  readonly facts?: DutyFacts;
}

/** Why a disclosure calendar's start was refused. */
export type DisclosureInputErrorCode = 'invalid-input';

/**
 * A disclosure calendar start refused: `invalid-input`, naming the fields, when the input fails
 * its schema or follows a history from a day before its first edition. The process does not
 * start (the actor is in error).
 */
export class DisclosureInputError extends StartInputError<DisclosureInputErrorCode> {
  override readonly name = 'DisclosureInputError';
}

/** The input as its schema parses it, or `invalid-input` naming each field at fault. */
function parseDisclosureInput(raw: unknown): z.output<typeof DisclosureInputSchema> {
  const parsed = DisclosureInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { detail, fields } = issueSummary(parsed.error.issues);
  throw new DisclosureInputError(
    'invalid-input',
    bilingual(
      `信息公开日历的输入无效：${detail['zh-CN']}`,
      `Invalid disclosure calendar input: ${detail.en}`,
    ),
    fields,
    { cause: parsed.error },
  );
}

/** The profile a calendar starts with, and the law it follows: the edition of the start day. */
function startingProfile(
  choice: Profile | FollowLaw | undefined,
  startAt: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  try {
    return holdProfile(choice ?? DEFAULT_PROFILE, startAt);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    const reason = error.messages;
    throw new DisclosureInputError(
      'invalid-input',
      bilingual(
        `信息公开日历的输入无效：profile：${reason['zh-CN']}`,
        `Invalid disclosure calendar input: profile: ${reason.en}`,
      ),
      ['profile'],
      { cause: error },
    );
  }
}

/**
 * The context a validated input starts with (first obligations open on entry).
 *
 * @throws {DisclosureInputError} `invalid-input` for an input its schema refuses, or on
 *   `profile` for a start before the followed history's first edition.
 */
export function initialDisclosureContext(raw: DisclosureInput): DisclosureContext {
  const input = parseDisclosureInput(raw);
  const { profile, law } = startingProfile(input.profile, input.startAt);
  const facts: DutyFacts =
    input.fundsSelfManaged === undefined ? {} : { fundsSelfManaged: input.fundsSelfManaged };
  return {
    now: input.startAt,
    complexId: input.complexId,
    feeModel: input.feeModel,
    profileId: profile.id,
    plans: dutiesFor(profile.disclosure, input.feeModel, facts),
    obligations: [],
    deadlines: {},
    raised: [],
    matterLevel: levelsOf(profile.jointMeetings)[0] ?? null,
    closedAt: null,
    awaitingDrawings: [],
    ...(law === undefined ? {} : { law, facts }),
  };
}

/** The plan of `duty` in this complex, if it applies. */
export function planOf(context: DisclosureContext, duty: string): DutyPlan | undefined {
  return context.plans.find((p) => p.duty === duty);
}

/** The open (due or overdue) obligation of `duty`, if any. */
export function openObligation(context: DisclosureContext, duty: string): Obligation | undefined {
  return context.obligations.find(
    (o) => o.duty === duty && (o.status === 'due' || o.status === 'overdue'),
  );
}
