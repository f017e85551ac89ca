import {
  clockKept,
  editionAt,
  type KeptSections,
  type LocalDate,
  localDateOf,
  type Profile,
} from '@jiayuan/core';
import { levelsOf } from '../matter/levels.js';
import type { DisclosureContext, Obligation } from './context.js';
import { type DutyPlan, dutiesFor } from './duties.js';
import { openNext } from './schedule.js';

/** The context fields the clock of a calendar that follows the law may change. */
export type DisclosureClockUpdate = Partial<
  Pick<DisclosureContext, 'now' | 'law' | 'plans' | 'obligations' | 'deadlines' | 'matterLevel'>
>;

/** The duties of the calendar under `profile`, for its fee model and facts. */
function plansUnder(context: DisclosureContext, profile: Profile): DutyPlan[] {
  return dutiesFor(profile.disclosure, context.feeModel, context.facts ?? {});
}

// A duty opened by an act (a fee increase, an election) keeps the deadline counted when the act
// happened, as every deadline does (docs/guides/law-of-the-day.md, "Which day applies"). A
// recurring posting is owed for its period and falls due on the period's last day: the edition
// in force that day says what is owed, so an open period is derived again when it falls due
// under another edition, and a period already due is never rewritten.
const isRecurring = (plan: DutyPlan) => plan.schedule.kind !== 'on-trigger';

/** The day an open obligation falls due (its deadline's last day), or `null` for a standing one. */
function lastDayOf(context: DisclosureContext, obligation: Obligation): LocalDate | null {
  return context.deadlines[obligation.id]?.due.lastDay ?? null;
}

/** What {@link redrawn} derives from an edition: the duties and what hangs on them. */
type Redrawn = Required<
  Pick<DisclosureContext, 'plans' | 'obligations' | 'deadlines' | 'matterLevel'>
>;

/**
 * The duties of the calendar derived again under `profile`, the edition of an act at `at` other
 * than the one held: its periods, dates and citations, and the matter level from its joint
 * meetings; every open recurring obligation that falls due under a later edition than the one held
 * is derived again under the edition of the day it falls due (the act's day at the latest), and a
 * recurring duty the new edition adds opens its first period at `at`. Obligations published or
 * overdue, and those opened by an act, stay as they are.
 */
function redrawn(context: DisclosureContext, profile: Profile, at: string): Redrawn {
  const law = context.law;
  let obligations = context.obligations;
  let deadlines = context.deadlines;
  const actDay = localDateOf(at);
  for (const obligation of law === undefined ? [] : context.obligations) {
    if (law === undefined || obligation.status !== 'due') continue;
    const lastDay = lastDayOf(context, obligation);
    const day = lastDay === null || lastDay > actDay ? actDay : lastDay;
    const edition = editionAt(law.follows, day);
    if (edition.id === law.edition) continue;
    const plan = plansUnder(context, edition.profile).find((p) => p.duty === obligation.duty);
    // A duty the edition no longer lists keeps its open period (see the package README).
    if (plan === undefined || !isRecurring(plan)) continue;
    const previous = obligations.find(
      (o) => o.duty === obligation.duty && o.cycle === obligation.cycle - 1,
    );
    const others = obligations.filter((o) => o.id !== obligation.id);
    const rest = Object.fromEntries(
      Object.entries(deadlines).filter(([id]) => id !== obligation.id),
    );
    const from = previous?.dueAt == null ? null : localDateOf(previous.dueAt);
    const derived = openNext({ obligations: others, deadlines: rest }, plan, obligation.openedAt, {
      from,
    });
    obligations = obligations.map((o) => (o.id === obligation.id ? derived.obligation : o));
    deadlines = derived.deadlines;
  }
  const plans = plansUnder(context, profile);
  for (const plan of plans) {
    if (!isRecurring(plan) || obligations.some((o) => o.duty === plan.duty)) continue;
    const opened = openNext({ obligations, deadlines }, plan, at);
    obligations = [...obligations, opened.obligation];
    deadlines = opened.deadlines;
  }
  return {
    plans,
    obligations,
    deadlines,
    matterLevel: levelsOf(profile.jointMeetings)[0] ?? null,
  };
}

// The four kept keys come from one derivation: the last one is reused for the same arguments.
let last: { context: DisclosureContext; profile: Profile; at: string; out: Redrawn } | undefined;
function redrawnOnce(context: DisclosureContext, profile: Profile, at: string): Redrawn {
  if (last?.context === context && last.profile === profile && last.at === at) return last.out;
  const out = redrawn(context, profile, at);
  last = { context, profile, at, out };
  return out;
}

/**
 * What the calendar's context keeps of the profile: the duties derived from its `disclosure`
 * section and what hangs on them (see {@link redrawn}), as of the act's day for a calendar that
 * follows the law. The clock and the rules read the same derivation.
 */
export const DISCLOSURE_KEEPS: KeptSections<DisclosureContext> = {
  plans: (profile, context, at) => redrawnOnce(context, profile, at).plans,
  obligations: (profile, context, at) => redrawnOnce(context, profile, at).obligations,
  deadlines: (profile, context, at) => redrawnOnce(context, profile, at).deadlines,
  matterLevel: (profile, context, at) => redrawnOnce(context, profile, at).matterLevel,
};

/**
 * The clock of the disclosure calendar for an accepted act at `at`: the time and, for a calendar
 * that follows the law, the edition of the act's day with the duties derived again under it
 * ({@link DISCLOSURE_KEEPS}).
 *
 * @throws ProfileDateError (core) when `at` falls before the followed history's first edition.
 */
export function clockDisclosure(context: DisclosureContext, at: string): DisclosureClockUpdate {
  return clockKept(DISCLOSURE_KEEPS, context, at);
}
