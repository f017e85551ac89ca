import type { Candidate } from '../shared/context.js';
import type { ElectionContext } from './context.js';

/** Whether a candidate can stand: eligible, undertaking signed (when required), not struck. */
export function isStanding(
  context: Pick<ElectionContext, 'profile' | 'election'>,
  c: Candidate,
): boolean {
  const undertaking = !context.profile.eligibility.undertakingRequired.value || c.undertakingSigned;
  const elected = context.election?.elected.includes(c.id) ?? false;
  return c.eligible === true && undertaking && c.struck === undefined && !elected;
}

/** Candidates who can stand in the next round, in nomination order. */
export function standingCandidates(
  context: Pick<ElectionContext, 'profile' | 'election' | 'candidates'>,
): Candidate[] {
  return context.candidates.filter((c) => isStanding(context, c));
}

/** Seats the election still has to fill. */
export function seatsOpen(context: Pick<ElectionContext, 'election'>): number {
  const e = context.election;
  return e === null ? 0 : e.seats - e.elected.length;
}

/** Whether `ownerId` owns a unit on the roll (the developer's own stock does not count). */
export function isOwnerOnRoll(context: Pick<ElectionContext, 'roll'>, ownerId: string): boolean {
  const roll = context.roll;
  if (roll === null || ownerId === roll.developerId) return false;
  return roll.units.some((u) => u.owners.includes(ownerId));
}
