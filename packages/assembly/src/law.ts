import {
  DEFAULT_PROFILE,
  type FollowedLaw,
  type FollowLaw,
  FollowLawSchema,
  holdProfile,
  type Profile,
  ProfileSchema,
} from '@jiayuan/core';
import { z } from 'zod';

/**
 * A start input's profile: a fixed one, or `{ follows: 'shanghai' }` to hold the edition of that
 * profile's history in force on each event's day (core's `holdProfile`).
 */
export const ProfileChoiceSchema = z.union([FollowLawSchema, ProfileSchema]);

/**
 * The profile a process starts with at `at`, and the law it follows, if any.
 *
 * @throws ProfileDateError (core) when `at` falls before the followed history's first edition.
 */
export function startingProfile(
  choice: Profile | FollowLaw | undefined,
  at: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  return holdProfile(choice ?? DEFAULT_PROFILE, at);
}
