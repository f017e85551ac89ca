import type {
  CurrentMeeting,
  MeetingRecord,
  Member,
  Note,
  ProcessContext,
} from '../shared/context.js';
import { type MeetingsInput, parseCommitteeInput } from '../shared/input.js';
import { startingProfile } from '../shared/profile.js';
import { startCommitteeDeadline } from '../shared/time.js';

/** The milestones of the meetings process. */
export type MeetingsMilestone =
  /** The committee last met (the six-month inactivity clock reads it, SH 32 ¶2 (二)). */
  | 'last-activity'
  /** The street office named a convener (SH 26 ¶4). */
  | 'convener-designated';

/** How the chair or a vice-chair did not convene the meeting owed (SH 26 ¶4: 不召集). */
export type ConveningFailure = 'refused' | 'failed';

/** An officer's refusal or failure to convene, as recorded (SH 26 ¶4). */
export interface ConveningRefusal {
  readonly at: string;
  /** The chair or vice-chair who did not convene. */
  readonly officerId: string;
  readonly how: ConveningFailure;
  /** The role that recorded it: the officer, or the street office finding the failure. */
  readonly recordedBy: string;
}

/**
 * What stands behind a designated convener (SH 26 ¶1, ¶4): the meeting owed, the officers who
 * did not convene it, and the owners' written request to the street office. A meeting held
 * answers all of it, and the record starts again.
 */
export interface ConveningRecord {
  /** An interim meeting proposed by a third or more of the members (SH 26 ¶1). */
  readonly proposal: { readonly at: string; readonly proposers: readonly string[] } | null;
  /** The chair's and vice-chairs' refusals or failures to convene the meeting owed. */
  readonly refusals: readonly ConveningRefusal[];
  /** The owners' written request to the street office to designate a convener. */
  readonly ownersRequest: {
    readonly at: string;
    readonly reference: string;
    /** The owner who handed it in. */
    readonly by: string;
  } | null;
}

/** A convening record with nothing on it. */
export const NO_CONVENING: ConveningRecord = { proposal: null, refusals: [], ownersRequest: null };

/** The context of the committee meetings machine: plain JSON. */
export interface MeetingsContext extends ProcessContext<'meetings', MeetingsMilestone> {
  /** The sitting members. */
  readonly members: readonly Member[];
  /** Committee meetings held, with attendance (CMTG-1; feeds the absence ground, TERM-5 (五)). */
  readonly meetings: readonly MeetingRecord[];
  /** The committee meeting called or in session. */
  readonly meeting: CurrentMeeting | null;
  /** Acts of the street office noted on the record (a designated convener). */
  readonly notes: readonly Note[];
  /** The chair and vice-chairs of record (`chair` null when the input named none). */
  readonly officers: { readonly chair: string | null; readonly viceChairs: readonly string[] };
  /** The meeting owed, the officers who did not convene it, the owners' request (SH 26 ¶4). */
  readonly convening: ConveningRecord;
}

/**
 * The first context of a meetings process: the two-month clock runs from the last meeting.
 *
 * @throws {CommitteeInputError} when the input is another procedure's or breaks its schema.
 */
export function initialMeetingsContext(raw: MeetingsInput): MeetingsContext {
  const input = parseCommitteeInput('meetings', raw);
  const held = startingProfile('meetings', input.profile, input.startAt);
  const last = input.lastMeetingAt ?? input.startAt;
  const holidays = input.holidays ?? null;
  return {
    procedure: 'meetings',
    now: input.startAt,
    profile: held.profile,
    ...(held.law === undefined ? {} : { law: held.law }),
    holidays,
    deadlines: startCommitteeDeadline(
      { deadlines: {}, holidays },
      'regular-meeting',
      last,
      held.profile.meetings.regularEvery,
    ),
    complex: { id: input.complexId, floorArea: input.floorArea },
    milestones: { 'last-activity': last },
    members: input.members.map((id) => ({ id, since: input.startAt })),
    meetings: [],
    meeting: null,
    notes: [],
    officers: {
      chair: input.officers?.chair ?? null,
      viceChairs: input.officers?.viceChairs ?? [],
    },
    convening: NO_CONVENING,
  };
}
