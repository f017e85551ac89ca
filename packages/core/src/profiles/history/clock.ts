import type { Profile } from '../schema.js';
import { editionChange, type FollowedLaw } from './follow.js';

/** The context fields a process clock moves: the time, the profile held and the law it follows. */
export interface LawClocked {
  /** The time of the last accepted event. */
  readonly now: string;
  /** The profile held: fixed, or the edition of the last act's day. */
  readonly profile: Profile;
  /** The history followed and the edition held; absent for a fixed profile. */
  readonly law?: FollowedLaw | undefined;
}

/** What {@link clockTo} changes: always `now`; `profile` and `law` only when the edition changes. */
export interface ClockUpdate {
  /** The act's time. */
  readonly now: string;
  /** The edition in force on the act's day, when it is not the one held. */
  readonly profile?: Profile;
  /** The law followed, naming that edition. */
  readonly law?: FollowedLaw;
}

/**
 * The clock's update for an accepted act at `at`, as a partial context: the time, and for a
 * process that follows the law the edition in force on the act's Shanghai day when it differs
 * from the one held ({@link editionChange}). A fixed profile never changes. Apply it only for an
 * accepted event, so a refused one leaves the held edition alone.
 *
 * @throws ProfileDateError when `at` falls before the followed history's first edition.
 */
export function clockTo(context: LawClocked, at: string): ClockUpdate {
  const change = editionChange(context.law, at);
  return change === undefined ? { now: at } : { now: at, ...change };
}
