import { bilingual, deadline, meetsBar } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { calendarOf } from '../shared/time.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import type { StandInContext } from './context.js';
import { standInOf } from './input.js';

/** A DECIDE_MATTER event as the quorum rule reads it. */
export interface MeetingAttendance {
  /** The members present at the meeting, needed where the profile sets a quorum. */
  readonly present?: readonly string[] | undefined;
  readonly consenting: readonly string[];
}

/**
 * BJ 57 ¶2: "会议应当有过半数委员且过半数业主代表委员参加，业主代表委员不能委托代理人参加会议" —
 * the meeting that decides needs more than half of all members present and more than half of the
 * owner-representative members present (过半数: the bound excluded), both shares from the
 * profile's `term.standIn.quorum`. Only members count; a name that is not a member is not
 * present. The decision names who attended; passes where the profile sets no quorum.
 */
export function checkStandInQuorum(
  context: Pick<StandInContext, 'profile' | 'members'>,
  event: MeetingAttendance,
): Verdict {
  const body = standInOf(context.profile);
  if (body?.kind !== 'property-management-committee' || body.quorum === undefined) return true;
  if (event.present === undefined)
    return citing(fail('stand-in-attendance-not-given'), ['BJ-57-2']);
  const attending = new Set(event.present);
  const present = context.members.filter((m) => attending.has(m.id));
  const owners = context.members.filter((m) => m.seat === 'owner');
  const ownersPresent = present.filter((m) => m.seat === 'owner');
  const size = context.members.length;
  if (
    meetsBar(present.length, size, body.quorum.members) &&
    meetsBar(ownersPresent.length, owners.length, body.quorum.ownerReps)
  ) {
    return true;
  }
  const params = {
    members: body.quorum.members,
    present: present.length,
    size,
    ownerReps: body.quorum.ownerReps,
    ownerRepsPresent: ownersPresent.length,
    ownerRepsTotal: owners.length,
  };
  return citing(fail('stand-in-quorum-short', params, params), ['BJ-57-2']);
}

/**
 * The end of a posted decision's display (BJ 57 ¶3: "公示十个工作日"): the profile's period from
 * the posting, in working days by the host's holiday calendar; `null` where the profile has none.
 */
export function postingEndsAt(
  context: Pick<StandInContext, 'profile' | 'holidays'>,
  postedAt: string,
): string | null {
  const body = standInOf(context.profile);
  if (body?.kind !== 'property-management-committee') return null;
  return deadline(postedAt, body.decisionPosting, calendarOf(context)).dueAt;
}

/** BJ 57 ¶2: the deciding meeting has its quorum. */
export const standInQuorum = contextRule(
  'stand-in-quorum',
  ['BJ-57-2'],
  bilingual(
    '会议应当有过半数委员且过半数业主代表委员参加',
    'More than half of the members and more than half of the owner-representative members attend',
  ),
  checkStandInQuorum,
);
