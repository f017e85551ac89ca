import {
  type Bilingual,
  DEFAULT_PROFILE,
  defineProfile,
  HolidayCalendarSpecSchema,
  InstantSchema,
  type Profile,
  type StandIn,
} from '@jiayuan/core';
import { z } from 'zod';
import { committeeMessage } from '../locales/index.js';
import type { CommitteeProfileInput } from '../shared/input.js';
import { type StandInContext, StandInReasonSchema } from './context.js';

/** Input of the stand-in machine. */
export const StandInInputSchema = z.strictObject({
  complexId: z.string().min(1),
  /** When the process starts: the first value of the process clock. */
  startAt: InstantSchema,
  /**
   * A profile (validated, Civil Code floor enforced); default Shanghai. Its `term.standIn` must
   * name a stand-in body (not `none`).
   */
  profile: z.custom<CommitteeProfileInput>((v) => typeof v === 'object' && v !== null).optional(),
  holidays: HolidayCalendarSpecSchema.optional(),
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

/** Why a stand-in process cannot start: the reason in both languages. */
export class StandInInputError extends Error {
  override readonly name = 'StandInInputError';
  constructor(
    /** The reason in both languages. */
    readonly messages: Bilingual,
  ) {
    super(`${messages.en} / ${messages['zh-CN']}`);
  }
}

/** A stand-in body the profile names, or `null` where it names none. */
export type StandInBody = Exclude<StandIn, { kind: 'none' }>;

/** The profile's stand-in body (TERM-9), or `null` when its kind is `none`. */
export function standInOf(profile: Profile): StandInBody | null {
  const body = profile.term.standIn.value;
  return body.kind === 'none' ? null : body;
}

/**
 * The first context of a stand-in process from its input.
 *
 * @throws ZodError on malformed input; {@link StandInInputError} when the profile names no
 *   stand-in body (`term.standIn.kind: 'none'`, e.g. the national floor) or a re-election is
 *   said to have no owners' assembly.
 */
export function initialStandInContext(raw: StandInInput): StandInContext {
  const input = StandInInputSchema.parse(raw);
  const profile = input.profile === undefined ? DEFAULT_PROFILE : defineProfile(input.profile);
  if (standInOf(profile) === null) {
    throw new StandInInputError(
      committeeMessage('profile-names-no-stand-in', { profileId: profile.id }),
    );
  }
  if (input.reason === 're-election' && input.assemblyFormed === false) {
    throw new StandInInputError(committeeMessage('re-election-needs-assembly'));
  }
  return {
    procedure: 'stand-in',
    now: input.startAt,
    profile,
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
