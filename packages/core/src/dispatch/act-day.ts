import { editionChange, type FollowedLaw } from '../profiles/history/follow.js';
import { PROFILE_HISTORIES } from '../profiles/history/resolve.js';

function followedLaw(context: object): FollowedLaw | undefined {
  const law: unknown = Reflect.get(context, 'law');
  if (typeof law !== 'object' || law === null) return undefined;
  const follows: unknown = Reflect.get(law, 'follows');
  const edition: unknown = Reflect.get(law, 'edition');
  return typeof follows === 'string' &&
    Object.hasOwn(PROFILE_HISTORIES, follows) &&
    typeof edition === 'string'
    ? (law as FollowedLaw)
    : undefined;
}

/**
 * The context a catalog rule judges an act at `at` by. A process that follows the law holds the
 * edition of its last accepted act; the act being judged is judged by the law of its own day
 * (docs/guides/law-of-the-day.md), so when that day falls in another edition the rule sees that
 * edition's profile (and `law`). A fixed profile, an unreadable `at` or a day before the history
 * leave the context as it is (the clock refuses the last as invalid input).
 */
export function actDayContext(context: unknown, at: unknown): unknown {
  if (typeof context !== 'object' || context === null || typeof at !== 'string') return context;
  const law = followedLaw(context);
  if (law === undefined) return context;
  let change: ReturnType<typeof editionChange>;
  try {
    change = editionChange(law, at);
  } catch {
    return context;
  }
  return change === undefined ? context : { ...context, profile: change.profile, law: change.law };
}
