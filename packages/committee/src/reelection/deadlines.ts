import type { Profile } from '@jiayuan/core';
import { addMonths, type DeadlineBook, type LocalDate, periodParts } from '@jiayuan/core';
import { match } from 'ts-pattern';
import { deadlineTitle } from '../shared/deadline-titles.js';

const END_OF_DAY = 'T16:00:00.000Z'; // 24:00 in Asia/Shanghai

/**
 * The re-election's deadlines known at the start: the report due five months (national: three)
 * before the term ends (SH 28 ¶1), counted back from the term's last day, and the election due
 * by the term's end.
 */
export function termDeadlines(
  profile: Profile,
  termEndsOn: LocalDate,
  startAt: string,
): DeadlineBook {
  const book: Record<string, DeadlineBook[string]> = {};
  const report = profile.term.reportBeforeExpiry;
  if (report.period !== null) {
    const { unit, count } = periodParts(report.period);
    // The report period is counted back in months; a period in days is not one the rules use.
    const months = match(unit)
      .with('years', () => count * 12)
      .with('months', () => count)
      .with('days', 'workingDays', () => 0)
      .exhaustive();
    const lastDay = addMonths(termEndsOn, -months);
    book['term-report'] = {
      id: 'term-report',
      title: deadlineTitle('term-report', report.period),
      due: {
        trigger: `${termEndsOn}${END_OF_DAY}`,
        period: report.period,
        startsOn: startAt.slice(0, 10),
        lastDay,
        dueAt: `${lastDay}${END_OF_DAY}`,
        rolledPastHolidays: false,
      },
      cite: report.cite,
      status: 'pending',
    };
  }
  book['elect-before-expiry'] = {
    id: 'elect-before-expiry',
    title: deadlineTitle('elect-before-expiry'),
    due: {
      trigger: startAt,
      period: { days: 1 },
      startsOn: startAt.slice(0, 10),
      lastDay: termEndsOn,
      dueAt: `${termEndsOn}${END_OF_DAY}`,
      rolledPastHolidays: false,
    },
    // The election before expiry rests on the articles of the report and the group (SH 28 ¶1,
    // BJ 49 ¶1: "在业主委员会任期届满前…选举产生新一届"), those of the profile in force.
    cite: [...new Set([...report.cite, ...profile.term.groupFormation.cite])],
    status: 'pending',
  };
  return book;
}
