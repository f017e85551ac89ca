import {
  DEFAULT_PROFILE,
  type FollowedLaw,
  type FollowLaw,
  HolidayCalendarInputSchema,
  holdProfile,
  InstantSchema,
  issueSummary,
  type Profile,
  ProfileChoiceSchema,
  ProfileDateError,
  type StandIn,
  StartInputError,
} from '@jiayuan/core';
import { z } from 'zod';
import { committeeMessage } from '../locales/index.js';
import { IdSchema } from '../shared/bounds.js';
import { fieldsOfOtherProcedures, wrongProcedure } from '../shared/input.js';
import { type StandInContext, StandInReasonSchema } from './context.js';

/** Input of the stand-in machine. */
export const StandInInputSchema = z.strictObject({
  complexId: IdSchema,
  /** When the process starts: the first value of the process clock. */
  startAt: InstantSchema,
  /**
   * A profile (validated, Civil Code floor enforced); default Shanghai. Its `term.standIn` must
   * name a stand-in body (not `none`). `{ follows: 'shanghai' }` holds the edition of that
   * profile's history in force on each event's day instead; the start day's edition must name one.
   */
  profile: ProfileChoiceSchema.optional(),
  holidays: HolidayCalendarInputSchema.optional(),
  /** Why the stand-in is needed: no committee formed on time, or none re-elected (TERM-9). */
  reason: StandInReasonSchema,
  /**
   * Whether an owners' assembly exists (BJ 53 (三), 55: the stand-in files only then). A
   * re-election presupposes one; default `false` for `formation`, `true` for `re-election`.
   */
  assemblyFormed: z.boolean().optional(),
});

/** What a host passes as the stand-in machine's `input`. */
export interface StandInInput extends z.input<typeof StandInInputSchema> {}

/**
 * Why a stand-in process cannot start: `wrong-procedure` for an input meant for a committee
 * procedure, `invalid-input` for one that breaks {@link StandInInputSchema}, `no-stand-in-body`
 * when the profile names none, `assembly-required` for a re-election said to have no assembly.
 */
export type StandInInputErrorCode =
  | 'wrong-procedure'
  | 'invalid-input'
  | 'no-stand-in-body'
  | 'assembly-required';

/**
 * A start input the stand-in machine refuses, with a stable code and the reason in both
 * languages. The actor stops in error with it: the process does not start.
 */
export class StandInInputError extends StartInputError<StandInInputErrorCode> {
  override readonly name = 'StandInInputError';
}

/** A stand-in body the profile names, or `null` where it names none. */
export type StandInBody = Exclude<StandIn, { kind: 'none' }>;

/** The profile's stand-in body (TERM-9), or `null` when its kind is `none`. */
export function standInOf(profile: Profile): StandInBody | null {
  const body = profile.term.standIn.value;
  return body.kind === 'none' ? null : body;
}

/**
 * Validates the stand-in's start input: one meant for a committee procedure (it names a
 * `procedure`, or has fields only their inputs have) is refused as `wrong-procedure` before the
 * schema runs.
 *
 * @throws {StandInInputError} `wrong-procedure` or `invalid-input`.
 */
export function parseStandInInput(raw: unknown): z.output<typeof StandInInputSchema> {
  const foreign = fieldsOfOtherProcedures(raw, Object.keys(StandInInputSchema.shape));
  if (foreign.length > 0) {
    const named: unknown = Reflect.get(raw as object, 'procedure');
    throw new StandInInputError(
      'wrong-procedure',
      wrongProcedure('stand-in', named, foreign),
      foreign,
    );
  }
  const parsed = StandInInputSchema.safeParse(raw);
  if (!parsed.success) {
    const { detail, fields } = issueSummary(parsed.error.issues);
    throw new StandInInputError(
      'invalid-input',
      committeeMessage('input-invalid', { procedure: 'stand-in', issues: detail }),
      fields,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

/**
 * The profile a stand-in starts with, and the law it follows if started with `{ follows }`: the
 * edition in force on the start day.
 *
 * @throws {StandInInputError} `invalid-input` on `profile` when the start falls before the
 *   followed history's first edition.
 */
function standInProfile(
  choice: Profile | FollowLaw | undefined,
  startAt: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  try {
    return holdProfile(choice ?? DEFAULT_PROFILE, startAt);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    throw new StandInInputError('invalid-input', error.messages, ['profile'], { cause: error });
  }
}

/**
 * The first context of a stand-in process from its input.
 *
 * @throws {StandInInputError} when the input is a committee procedure's (`wrong-procedure`) or
 *   malformed (`invalid-input`), when the profile names no stand-in body
 *   (`term.standIn.kind: 'none'`, e.g. the national floor), or a re-election is said to have no
 *   owners' assembly; `invalid-input` on `profile` for a start before the followed history.
 */
export function initialStandInContext(raw: StandInInput): StandInContext {
  const input = parseStandInInput(raw);
  const { profile, law } = standInProfile(input.profile, input.startAt);
  if (standInOf(profile) === null) {
    throw new StandInInputError(
      'no-stand-in-body',
      committeeMessage('profile-names-no-stand-in', { profileId: profile.id }),
    );
  }
  if (input.reason === 're-election' && input.assemblyFormed === false) {
    throw new StandInInputError(
      'assembly-required',
      committeeMessage('re-election-needs-assembly'),
    );
  }
  return {
    procedure: 'stand-in',
    now: input.startAt,
    profile,
    ...(law === undefined ? {} : { law }),
    holidays: input.holidays ?? null,
    deadlines: {},
    complex: { id: input.complexId },
    reason: input.reason,
    assemblyFormed: input.assemblyFormed ?? input.reason === 're-election',
    term: 0,
    members: [],
    formedAt: null,
    termEndsAt: null,
    milestones: {},
    deliberations: [],
    matters: [],
    decisions: [],
    steps: [],
    pastTerms: [],
    dissolution: null,
  };
}
