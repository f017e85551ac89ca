import {
  addDays,
  bilingual,
  daysBetween,
  deadline,
  type LocalDate,
  localDateOf,
  type Period,
} from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { MeetingsContext } from './context.js';

/** The note text of the agenda told to the residents' committee (BJ 45 ¶3). */
export const AGENDA_NOTICE_NOTE = 'agenda-to-residents-committee';

/**
 * Whether an agenda told at `servedAt` is `period` before a meeting at `heldAt`: the period counts
 * from the day after the notice (CC 201) and its last day may be the meeting's, as the assembly
 * notice is read ("会议召开十五日前通知").
 */
export function agendaNoticeMet(servedAt: string, heldAt: string, period: Period): boolean {
  return daysBetween(deadline(servedAt, period).lastDay, localDateOf(heldAt)) >= 0;
}

/** The last day a notice could be served for a meeting on `day`. */
function lastServingDay(day: LocalDate, period: Period): LocalDate {
  let d = addDays(day, -1);
  // A period is at most a year or so: a bounded walk back finds the day.
  for (let i = 0; i < 800; i++) {
    if (agendaNoticeMet(`${d}T12:00:00+08:00`, `${day}T12:00:00+08:00`, period)) return d;
    d = addDays(d, -1);
  }
  return d;
}

/**
 * BJ 45 ¶3 "业主委员会应当在会议召开五日前将会议议题告知物业所在地的居民委员会": where the profile sets
 * the period, a meeting is held only after the agenda was told that long before, since the last
 * meeting; a profile without it (SH, national) asks nothing.
 */
export function checkAgendaNotice(
  context: Pick<MeetingsContext, 'profile' | 'notes' | 'meetings'>,
  event: { readonly at: string },
): Verdict {
  const period = context.profile.meetings.agendaNoticeToResidentsCommittee.period;
  if (period === null) return true;
  const since = context.meetings.at(-1)?.heldAt;
  const served = context.notes.some(
    (n) =>
      n.text === AGENDA_NOTICE_NOTE &&
      (since === undefined || Date.parse(n.at) > Date.parse(since)) &&
      agendaNoticeMet(n.at, event.at, period),
  );
  if (served) return true;
  const lastDay = lastServingDay(localDateOf(event.at), period);
  return fail('agenda-not-noticed', { period, lastDay }, { period, lastDay });
}

/** BJ 45 ¶3: the agenda told to the residents' committee before the meeting. */
export const agendaNoticed = contextRule(
  'agenda-noticed',
  ['BJ-45-3'],
  bilingual('会议议题已提前告知居民委员会', "Agenda told to the residents' committee beforehand"),
  checkAgendaNotice,
);
