import { type Bilingual, bilingual, type OptionalCitedPeriod, settleDeadline } from '@jiayuan/core';
import { startFor } from '../shared/time.js';
import type { MeetingsContext } from './context.js';

/**
 * The committee's standing monthly duties beside its meetings (CMTG-3), each a deadline that
 * restarts when the duty is done: the owners' reception day (SH-36 (十六) "每月至少安排一次业主接待日")
 * and the three-party meeting with the residents' committee and the firm (SH-36 (十六) "主动参加
 * 居（村）党组织牵头的居（村）民委员会、业主委员会、物业服务企业月度联席会议"). A profile without the
 * period (`beijing`, `national`) sets no such duty.
 */
export const COMMITTEE_DUTIES = ['reception-day', 'three-party-meeting'] as const;

/** One of {@link COMMITTEE_DUTIES}. */
export type CommitteeDuty = (typeof COMMITTEE_DUTIES)[number];

const TITLES: Readonly<Record<CommitteeDuty, Bilingual>> = {
  'reception-day': bilingual('业主接待日', "owners' reception day"),
  'three-party-meeting': bilingual(
    '居委会、业委会、物业服务企业联席会议',
    "three-party meeting with the residents' committee and the firm",
  ),
};

/** The profile's period of a duty. */
function periodOf(context: Pick<MeetingsContext, 'profile'>, duty: CommitteeDuty) {
  const entry: OptionalCitedPeriod =
    duty === 'reception-day'
      ? context.profile.meetings.receptionDay
      : context.profile.jointMeetings.threePartyMeetingEvery;
  return entry;
}

/** Starts each duty the profile sets, due within its period of `at`. */
export function startDuties(
  context: Pick<MeetingsContext, 'profile' | 'deadlines' | 'holidays'>,
  at: string,
): MeetingsContext['deadlines'] {
  let deadlines = context.deadlines;
  for (const duty of COMMITTEE_DUTIES) {
    deadlines = startFor(
      { deadlines, holidays: context.holidays },
      duty,
      TITLES[duty],
      at,
      periodOf(context, duty),
    );
  }
  return deadlines;
}

/** The duty is done at `at`: its deadline is settled and the next period runs from then. */
export function dutyDone(
  context: Pick<MeetingsContext, 'profile' | 'deadlines' | 'holidays'>,
  duty: CommitteeDuty,
  at: string,
): MeetingsContext['deadlines'] {
  const { [duty]: _done, ...rest } = settleDeadline(context.deadlines, duty, at);
  return startFor(
    { deadlines: rest, holidays: context.holidays },
    duty,
    TITLES[duty],
    at,
    periodOf(context, duty),
  );
}
