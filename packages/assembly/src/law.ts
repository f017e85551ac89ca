import {
  DEFAULT_PROFILE,
  type FollowedLaw,
  type FollowLaw,
  holdProfile,
  type Profile,
} from '@jiayuan/core';

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
