import { DEFAULT_PROFILE, defineProfile } from '@jiayuan/core';
import type {
  CurrentMeeting,
  MeetingRecord,
  Member,
  Note,
  ProcessContext,
} from '../shared/context.js';
import { DEADLINE_TITLES } from '../shared/deadline-titles.js';
import { type MeetingsInput, parseCommitteeInput } from '../shared/input.js';
import { startFor } from '../shared/time.js';

/** The milestones of the meetings process. */
export type MeetingsMilestone =
  /** The committee last met (the six-month inactivity clock reads it, SH 32 ¶2 (二)). */
  | 'last-activity'
  /** The street office named a convener (SH 26 ¶4). */
  | 'convener-designated';

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
}

/**
 * The first context of a meetings process: the two-month clock runs from the last meeting.
 *
 * @throws {CommitteeInputError} when the input is another procedure's or breaks its schema.
 */
export function initialMeetingsContext(raw: MeetingsInput): MeetingsContext {
  const input = parseCommitteeInput('meetings', raw);
  const profile = input.profile === undefined ? DEFAULT_PROFILE : defineProfile(input.profile);
  const last = input.lastMeetingAt ?? input.startAt;
  const holidays = input.holidays ?? null;
  return {
    procedure: 'meetings',
    now: input.startAt,
    profile,
    holidays,
    deadlines: startFor(
      { deadlines: {}, holidays },
      'regular-meeting',
      DEADLINE_TITLES['regular-meeting'],
      last,
      profile.meetings.regularEvery,
    ),
    complex: { id: input.complexId, floorArea: input.floorArea },
    milestones: { 'last-activity': last },
    members: input.members.map((id) => ({ id, since: input.startAt })),
    meetings: [],
    meeting: null,
    notes: [],
  };
}
