import {
  type Bilingual,
  DEFAULT_PROFILE,
  type DeadlineBook,
  type JointLevel,
  JointLevelSchema,
  type JointMeetings,
  type Profile,
  ProfileSchema,
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
  readonly profile?: Profile | undefined;
}

/** Zod schema of {@link MatterInput} (annotated: the profile type is too large to print). */
export const MatterInputSchema: z.ZodType<MatterInput> = z.strictObject({
  matterId: z.string().min(1),
  complexId: z.string().min(1),
  subject: z.string().min(1),
  raisedAt: z.iso.datetime({ offset: true }),
  level: JointLevelSchema.optional(),
  source: z.string().min(1).optional(),
  profile: ProfileSchema.optional(),
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
}

/** Why a matter's start was refused. */
export type MatterInputErrorCode = 'no-joint-meetings' | 'level-not-in-profile';

/**
 * A matter start the profile in force cannot take: its texts have no joint meetings
 * (`no-joint-meetings`: `beijing`, `national`), or the matter is raised at a level it does not
 * use (`level-not-in-profile`). The process does not start (the actor is in error).
 */
export class MatterInputError extends Error {
  override readonly name = 'MatterInputError';
  constructor(
    /** Stable code of the refusal. */
    readonly code: MatterInputErrorCode,
    /** The reason in both languages. */
    readonly messages: Bilingual,
  ) {
    super(`${code}: ${messages.en} / ${messages['zh-CN']}`);
  }
}

/**
 * The context a validated input starts with (deadlines are started on entry). The levels come
 * from the profile; a matter is raised at its lowest unless the input names another of them.
 *
 * @throws {MatterInputError} when the profile has no joint meetings or not the level named.
 */
export function initialMatterContext(raw: MatterInput): MatterContext {
  const input = MatterInputSchema.parse(raw);
  const profile = input.profile ?? DEFAULT_PROFILE;
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
  };
}
