import {
  type Bilingual,
  DEFAULT_PROFILE,
  type FollowedLaw,
  type FollowLaw,
  holdProfile,
  issueSummary,
  type Profile,
  ProfileDateError,
} from '@jiayuan/core';
import type { z } from 'zod';

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

/** What every start input of this package has: its profile choice and its start. */
export interface StartInput {
  readonly profile?: Profile | FollowLaw | undefined;
  readonly startedAt: string;
}

/** A machine's refusal of its start input: the issues worded, the fields at fault, the cause. */
export type RefuseInput = (detail: Bilingual, fields: readonly string[], cause: Error) => Error;

/** A start input as parsed, with the profile it holds and the law it follows, if any. */
export interface Started<T> {
  readonly input: T;
  readonly profile: Profile;
  readonly law?: FollowedLaw;
}

/**
 * `raw` parsed by `schema`, with the profile it holds on its start day. An input the schema
 * refuses, or one following a history from before that history's first edition, is refused
 * with the error `refuse` makes (the machine's own, coded and in both languages).
 */
export function startInput<T extends StartInput>(
  schema: z.ZodType<T>,
  raw: unknown,
  refuse: RefuseInput,
): Started<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { detail, fields } = issueSummary(parsed.error.issues);
    throw refuse(detail, fields, parsed.error);
  }
  try {
    return { input: parsed.data, ...startingProfile(parsed.data.profile, parsed.data.startedAt) };
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    const issue = {
      path: ['profile'],
      message: error.messages.en,
      params: { messages: error.messages },
    };
    throw refuse(issueSummary([issue]).detail, ['profile'], error);
  }
}
