import {
  DEFAULT_PROFILE,
  type DeadlineBook,
  type FollowedLaw,
  type FollowLaw,
  holdProfile,
  IdSchema,
  issueSummary,
  type JointLevel,
  JointLevelSchema,
  type JointMeetings,
  type Profile,
  ProfileChoiceSchema,
  ProfileDateError,
  StartInputError,
  TextSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import { levelsOf } from './levels.js';
import { MATTER_INPUT_TEXT } from './messages.js';

/** What a host passes to start a matter. */
export interface MatterInput {
  readonly matterId: string;
  readonly complexId: string;
  /** What the matter is about. */
  readonly subject: string;
  readonly raisedAt: string;
  /** Where it is raised; default the profile's lowest level (the complex under `shanghai`). */
  readonly level?: JointLevel | undefined;
  /** An overdue disclosure duty or other source, for the record. */
  readonly source?: string | undefined;
  /**
   * Default core's `DEFAULT_PROFILE`. `{ follows: 'shanghai' }` holds the joint-meeting section of
   * the edition of that profile's history in force on each event's day instead.
   */
  readonly profile?: Profile | FollowLaw | undefined;
}

/** Zod schema of {@link MatterInput} (annotated: the profile type is too large to print). */
export const MatterInputSchema: z.ZodType<MatterInput> = z.strictObject({
  matterId: IdSchema,
  complexId: IdSchema,
  subject: TextSchema,
  raisedAt: z.iso.datetime({ offset: true }),
  level: JointLevelSchema.optional(),
  source: TextSchema.optional(),
  profile: ProfileChoiceSchema.optional(),
});

/** A meeting held on the matter: who convened, who attended, when, what was said. */
export interface MeetingRecord {
  readonly level: JointLevel;
  readonly at: string;
  readonly convenedBy: string;
  readonly participants: readonly string[];
  readonly invited: readonly string[];
  readonly minutes: string;
}

/** A move up one level. */
export interface Escalation {
  readonly from: JointLevel;
  readonly to: JointLevel;
  readonly at: string;
  readonly by: string;
  readonly reason: string;
  /** `period-elapsed` when the profile's escalation period ran out. */
  readonly cause: 'decided' | 'period-elapsed';
}

/** Mediation by the residents' committee's people's mediation committee (SH 36). */
export interface MediationRecord {
  readonly requestedAt: string;
  readonly requestedBy: string;
  readonly concludedAt: string | null;
  readonly agreed: boolean | null;
  readonly record: string | null;
}

/** The machine's context: plain JSON. */
export interface MatterContext {
  readonly now: string;
  readonly matterId: string;
  readonly complexId: string;
  readonly subject: string;
  readonly source: string | null;
  readonly profileId: string;
  /** The profile's joint-meeting section: fixed, or the edition of the last act's day. */
  readonly jointMeetings: JointMeetings;
  readonly level: JointLevel;
  readonly levelSince: string;
  readonly meetings: readonly MeetingRecord[];
  readonly escalations: readonly Escalation[];
  readonly mediations: readonly MediationRecord[];
  readonly outcome: {
    readonly at: string;
    readonly level: JointLevel;
    readonly text: string;
  } | null;
  readonly deadlines: DeadlineBook;
  /**
   * The history the matter follows and the edition it holds, when started with
   * `{ follows: id }`: the clock moves `jointMeetings` to the edition of each event's day. An
   * escalation period keeps the length it was counted with when its level was entered. Absent
   * for a fixed profile.
   */
  readonly law?: FollowedLaw;
}

/** Why a matter's start was refused. */
export type MatterInputErrorCode = 'no-joint-meetings' | 'level-not-in-profile' | 'invalid-input';

/**
 * A matter start refused: the profile's texts have no joint meetings (`no-joint-meetings`:
 * `beijing`, `national`), or the matter is raised at a level it does not use
 * (`level-not-in-profile`), or the input fails its schema or follows a history from a day
 * before its first edition (`invalid-input`, naming the fields). The process does not start
 * (the actor is in error).
 */
export class MatterInputError extends StartInputError<MatterInputErrorCode> {
  override readonly name = 'MatterInputError';
}

/**
 * The context a validated input starts with (deadlines are started on entry). The levels come
 * from the profile; a matter is raised at its lowest unless the input names another of them.
 *
 * @throws {MatterInputError} when the input fails its schema, the profile has no joint meetings
 *   or not the level named, or the matter follows a history from before its first edition.
 */
export function initialMatterContext(raw: MatterInput): MatterContext {
  const input = parseMatterInput(raw);
  const { profile, law } = startingProfile(input.profile, input.raisedAt);
  const levels = levelsOf(profile.jointMeetings);
  const lowest = levels[0];
  if (lowest === undefined) {
    throw new MatterInputError('no-joint-meetings', MATTER_INPUT_TEXT.noLevels(profile));
  }
  const level = input.level ?? lowest;
  if (!levels.includes(level)) {
    throw new MatterInputError(
      'level-not-in-profile',
      MATTER_INPUT_TEXT.levelNotInProfile(profile, level, levels),
    );
  }
  return {
    now: input.raisedAt,
    matterId: input.matterId,
    complexId: input.complexId,
    subject: input.subject,
    source: input.source ?? null,
    profileId: profile.id,
    jointMeetings: profile.jointMeetings,
    level,
    levelSince: input.raisedAt,
    meetings: [],
    escalations: [],
    mediations: [],
    outcome: null,
    deadlines: {},
    ...(law === undefined ? {} : { law }),
  };
}

/** The input as its schema parses it, or `invalid-input` naming each field at fault. */
function parseMatterInput(raw: unknown): z.output<typeof MatterInputSchema> {
  const parsed = MatterInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { detail, fields } = issueSummary(parsed.error.issues);
  throw new MatterInputError('invalid-input', MATTER_INPUT_TEXT.invalid(detail), fields, {
    cause: parsed.error,
  });
}

/** The profile a matter starts with, and the law it follows: the edition of the day raised. */
function startingProfile(
  choice: Profile | FollowLaw | undefined,
  raisedAt: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  try {
    return holdProfile(choice ?? DEFAULT_PROFILE, raisedAt);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    throw new MatterInputError(
      'invalid-input',
      MATTER_INPUT_TEXT.beforeHistory(error.messages),
      ['profile'],
      { cause: error },
    );
  }
}
