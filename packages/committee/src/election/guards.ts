import { actDayGuards, type EventEnvelope } from '@jiayuan/core';
import { eventOf } from '../shared/effects.js';
import { standingCandidates } from './candidates.js';
import type { ElectionEvent } from './catalog.js';
import type { ElectionContext } from './context.js';
import { closingFillsAllSeats } from './count.js';

interface Args {
  readonly context: ElectionContext;
  readonly event: EventEnvelope;
}

/**
 * The shared election's own transition conditions (beside its events' guards): spread them into
 * the `guards` of every setup whose machine embeds the election. Like the catalog's rules, they
 * judge an act by the profile of its own day (core's `actDayGuards`; the context keeps the whole
 * profile), so the first act of a new edition's day does not read the edition held.
 */
export const electionGuards = actDayGuards({
  /** The profile has the candidates jointly reviewed (SH-36 (四), SH-6 §八). */
  jointReviewRequired: ({ context }: Args) => context.profile.formation.candidateJointReview.value,
  /** Enough candidates still stand once the joint review has struck its names. */
  enoughAfterReview: ({ context, event }: Args) => {
    const review = eventOf<ElectionEvent, 'JOINT_REVIEW'>(event, 'JOINT_REVIEW');
    const struck = new Set(review.struck.map((s) => s.candidateId));
    const after = {
      ...context,
      candidates: context.candidates.map((c) =>
        struck.has(c.id) ? { ...c, struck: 'joint review' } : c,
      ),
    };
    const open = (context.election?.seats ?? 0) - (context.election?.elected.length ?? 0);
    return standingCandidates(after).length >= open;
  },
  /** Closing now fills every open seat. */
  fillsAllSeats: ({ context, event }: Args) => closingFillsAllSeats(context, event.at),
});
