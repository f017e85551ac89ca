import {
  addDays,
  addMonths,
  type DeadlineBook,
  type DeadlineEntry,
  daysBetween,
  deadline,
  type LocalDate,
  localDateOf,
  startDeadline,
} from '@jiayuan/core';
import type { DisclosureContext, Obligation } from './context.js';
import type { DutyPlan } from './duties.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar period of `months` months (a divisor of 12) that holds `d`: quarters for 3
 * (1–3, 4–6, 7–9, 10–12 月), halves for 6, the year for 12.
 */
export function calendarPeriodOf(
  d: LocalDate,
  months: number,
): { readonly first: LocalDate; readonly last: LocalDate } {
  const year = d.slice(0, 4);
  const firstMonth = Math.floor((Number(d.slice(5, 7)) - 1) / months) * months + 1;
  const first = `${year}-${pad(firstMonth)}-01`;
  return { first, last: addDays(addMonths(first, months), -1) };
}

/** The first `month`-`day` strictly after `after` (a missing day clamps to the month's end). */
export function nextYearlyDate(after: LocalDate, month: number, day: number): LocalDate {
  let year = Number(after.slice(0, 4));
  for (;;) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(day, last))}`;
    if (daysBetween(after, date) > 0) return date;
    year += 1;
  }
}

/** What opening an obligation adds to the context. */
export interface Opened {
  readonly obligation: Obligation;
  readonly deadlines: DeadlineBook;
}

/**
 * Opens the next obligation of `plan` at `at`. `from` is the day after the previous obligation's
 * due date, for a yearly or calendar duty; `effectiveOn` the day a planned fee increase takes
 * effect (the report is due before it).
 */
export function openNext(
  context: Pick<DisclosureContext, 'obligations' | 'deadlines'>,
  plan: DutyPlan,
  at: string,
  options: { readonly from?: LocalDate | null; readonly effectiveOn?: LocalDate } = {},
): Opened {
  const cycle = context.obligations.filter((o) => o.duty === plan.duty).length + 1;
  const id = `${plan.duty}#${cycle}`;
  const spec = { title: plan.title, cite: plan.cite, trigger: at };
  let deadlines = context.deadlines;
  const s = plan.schedule;
  if (s.kind === 'every') {
    deadlines = startDeadline(deadlines, id, { ...spec, period: s.period });
  } else if (s.kind === 'calendar') {
    // The period after the previous one (or the one the calendar starts in), due by 24:00 of its
    // last day, whenever the previous one was posted.
    const { first, last } = calendarPeriodOf(options.from ?? localDateOf(at), s.months);
    const entry: DeadlineEntry = {
      id,
      title: plan.title,
      cite: plan.cite,
      status: 'pending',
      due: {
        trigger: at,
        period: { months: s.months },
        startsOn: first,
        lastDay: last,
        dueAt: `${last}T16:00:00.000Z`,
        rolledPastHolidays: false,
      },
    };
    deadlines = { ...deadlines, [id]: entry };
  } else if (s.kind === 'yearly-by') {
    const today = localDateOf(at);
    let target = nextYearlyDate(options.from ?? today, s.month, s.day);
    if (daysBetween(today, target) < 1) target = nextYearlyDate(today, s.month, s.day);
    deadlines = startDeadline(deadlines, id, {
      ...spec,
      period: { days: daysBetween(today, target) },
    });
  } else if (s.kind === 'on-trigger' && s.period !== null) {
    deadlines = startDeadline(deadlines, id, { ...spec, period: s.period });
  } else if (s.kind === 'on-trigger' && options.effectiveOn !== undefined) {
    // 调整前: due by 24:00 of the day before the increase takes effect.
    const lastDay = addDays(options.effectiveOn, -1);
    const full = deadline(at, { days: daysBetween(localDateOf(at), options.effectiveOn) });
    const entry: DeadlineEntry = {
      id,
      title: plan.title,
      cite: plan.cite,
      status: 'pending',
      due: { ...full, lastDay, dueAt: `${lastDay}T16:00:00.000Z` },
    };
    deadlines = { ...deadlines, [id]: entry };
  }
  const obligation: Obligation = {
    id,
    duty: plan.duty,
    cycle,
    openedAt: at,
    dueAt: deadlines[id]?.due.dueAt ?? null,
    status: 'due',
    overdueAt: null,
    publishedAt: null,
    publishedBy: null,
    evidence: null,
    late: false,
    postedUntil: null,
    cite: plan.cite,
  };
  return { obligation, deadlines };
}
