import {
  DEFAULT_PROFILE,
  type DeadlineBook,
  type JointLevel,
  JointLevelSchema,
  type JointMeetings,
  type Profile,
  ProfileSchema,
} from '@jiayuan/core';
import { z } from 'zod';

/** What a host passes to start a matter. */
export interface MatterInput {
  readonly matterId: string;
  readonly complexId: string;
  /** What the matter is about. */
  readonly subject: string;
  readonly raisedAt: string;
  /** Where it is raised; default the complex. */
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

/** The context a validated input starts with (deadlines are started on entry). */
export function initialMatterContext(raw: MatterInput): MatterContext {
  const input = MatterInputSchema.parse(raw);
  const profile = input.profile ?? DEFAULT_PROFILE;
  return {
    now: input.raisedAt,
    matterId: input.matterId,
    complexId: input.complexId,
    subject: input.subject,
    source: input.source ?? null,
    profileId: profile.id,
    jointMeetings: profile.jointMeetings,
    level: input.level ?? 'complex',
    levelSince: input.raisedAt,
    meetings: [],
    escalations: [],
    mediations: [],
    outcome: null,
    deadlines: {},
  };
}
