import {
  DEFAULT_PROFILE,
  type FollowedLaw,
  type FollowLaw,
  holdProfile,
  type Profile,
  ProfileDateError,
} from '@jiayuan/core';
import type { Procedure } from './context.js';
import { CommitteeInputError } from './input.js';

/**
 * The profile a committee process starts with: the shipped default, a host's own (validated,
 * the Civil Code floor enforced, by the input's `ProfileChoiceSchema`), or
 * `{ follows: 'shanghai' }` for the edition of that profile's history in force on the start day,
 * with the law it follows.
 *
 * @throws {CommitteeInputError} `invalid-input` on `profile` when the start falls before the
 *   followed history's first edition.
 */
export function startingProfile(
  procedure: Procedure,
  profile: Profile | FollowLaw | undefined,
  startAt: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  try {
    return holdProfile(profile ?? DEFAULT_PROFILE, startAt);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    throw new CommitteeInputError('invalid-input', procedure, error.messages, ['profile'], {
      cause: error,
    });
  }
}
