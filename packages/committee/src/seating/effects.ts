import type { EventOf, OptionalCitedPeriod, OwnedCatalog } from '@jiayuan/core';
import { settle } from '../shared/deadlines.js';
import { effectsFor } from '../shared/effects.js';
import { startCommitteeDeadline } from '../shared/time.js';
import type { seatingEntries } from './catalog.js';
import type { SeatingContext } from './context.js';

/** The events of the committee's seating (the same in formation and re-election). */
export type SeatingEvent = EventOf<
  OwnedCatalog<ReturnType<typeof seatingEntries<'preparatory-group'>>>
>;

const on = effectsFor<SeatingContext, SeatingEvent>();

/** Whether the posting counts from the officers being chosen (BJ 42) rather than the election. */
function postsFromOfficers(context: Pick<SeatingContext, 'profile'>): boolean {
  // A profile persisted before the setting existed has none: from the election (SH 21 ¶2).
  return context.profile.formation.electionPostingFrom?.value === 'officers-chosen';
}

/**
 * The context once the election has filled every seat at `at`: the elected sit, posting within 3
 * days and filing within `filingPeriod` run (SH 21 ¶2, SH 23 or SH 29 ¶2). Each machine's
 * `seatCommittee` applies it with its own filing period. Where the profile has the officers
 * chosen at a first meeting within a period of the election, that deadline runs too, and where
 * the posting counts from the officers being chosen, it starts then instead (BJ 42).
 */
export function seat(
  context: SeatingContext,
  at: string,
  filingPeriod: OptionalCitedPeriod,
): Pick<SeatingContext, 'members' | 'officers' | 'milestones' | 'deadlines'> {
  const elected = context.election?.elected ?? [];
  const f = context.profile.formation;
  let deadlines = postsFromOfficers(context)
    ? context.deadlines
    : startCommitteeDeadline(context, 'election-posting', at, f.electionPosting);
  if (f.officersChosenWithin !== undefined) {
    deadlines = startCommitteeDeadline(
      { ...context, deadlines },
      'officers-chosen',
      at,
      f.officersChosenWithin,
    );
  }
  deadlines = startCommitteeDeadline({ ...context, deadlines }, 'filing', at, filingPeriod);
  return {
    members: elected.map((id) => ({ id, since: at })),
    officers: { chair: null, viceChairs: [] },
    milestones: { ...context.milestones, elected: at },
    deadlines,
  };
}

/**
 * The named effects of the committee's seating shared by formation and re-election: spread them
 * into both setups' `actions`. (Seating the elected and completing the filing differ: each
 * setup has its own `seatCommittee` and `completeFiling`.)
 */
export const seatingEffects = {
  /**
   * The members choose the chair and vice-chair(s) among themselves (SH 21 ¶2); where the
   * profile counts the posting from this, its period starts now (BJ 42: "在推选完成之日起三日内").
   */
  chooseOfficers: on('CHOOSE_OFFICERS', (context, event) => {
    let deadlines = settle(context, 'officers-chosen', event.at);
    if (postsFromOfficers(context)) {
      deadlines = startCommitteeDeadline(
        { ...context, deadlines },
        'election-posting',
        event.at,
        context.profile.formation.electionPosting,
      );
    }
    return {
      officers: { chair: event.chair, viceChairs: [...event.viceChairs] },
      milestones: { ...context.milestones, 'officers-chosen': event.at },
      deadlines,
    };
  }),
  /** The group posts the members (SH 21 ¶2: within 3 days). */
  postResult: on('POST_RESULT', (context, event) => ({
    deadlines: settle(context, 'election-posting', event.at),
    milestones: { ...context.milestones, 'result-posted': event.at },
  })),
  /**
   * The committee files; the street office's 20 days start (SH 23, SH 34). The term's last day
   * is kept as filed (SH 20 ¶1): a re-election later counts from it.
   */
  file: on('FILE', (context, event) => ({
    filedTermEndsOn: event.termEndsOn,
    milestones: { ...context.milestones, filed: event.at },
    deadlines: startCommitteeDeadline(
      { ...context, deadlines: settle(context, 'filing', event.at) },
      'filing-completion',
      event.at,
      context.profile.formation.filingCompletion,
    ),
  })),
};
