import { z } from 'zod';
import { localDateOf } from '../../calendar/index.js';
import type { Profile, ProfileId } from '../schema.js';
import { ProfileIdSchema } from '../schema.js';
import { editionAt } from './resolve.js';

/**
 * What a process is started with to follow the law as it changes: the id of a shipped profile
 * whose history gives the edition in force on each day. A plain {@link Profile} stays fixed.
 */
export interface FollowLaw {
  /** The shipped profile whose editions apply, each on its own days. */
  readonly follows: ProfileId;
}

/** Zod schema of {@link FollowLaw}: `{ follows: 'shanghai' | 'national' | 'beijing' }`, nothing else. */
export const FollowLawSchema: z.ZodType<FollowLaw, FollowLaw> = z.strictObject({
  follows: ProfileIdSchema,
});

/** Zod schema of {@link FollowedLaw}, as a snapshot keeps it. */
export const FollowedLawSchema: z.ZodType<FollowedLaw, FollowedLaw> = z.strictObject({
  follows: ProfileIdSchema,
  edition: z.string().min(1).max(64),
});

/** The history a process follows and the edition it holds now. */
export interface FollowedLaw {
  /** The shipped profile whose editions apply. */
  readonly follows: ProfileId;
  /** The id of the edition held, e.g. `shanghai@2026-07-01`. */
  readonly edition: string;
}

/** Whether a start input's profile asks to follow a history. */
export function isFollowLaw(value: unknown): value is FollowLaw {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    ProfileIdSchema.safeParse((value as { follows?: unknown }).follows).success
  );
}

/**
 * The profile a process starts with at the instant `at`: for a {@link FollowLaw} choice, the
 * edition in force on the Shanghai date of `at`, with the law it follows; a fixed profile as it is.
 *
 * @throws ProfileDateError when `at` falls before the history's first edition.
 */
export function holdProfile(
  choice: Profile | FollowLaw,
  at: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  if (!isFollowLaw(choice)) return { profile: choice };
  const edition = editionAt(choice.follows, localDateOf(at));
  return { profile: edition.profile, law: { follows: choice.follows, edition: edition.id } };
}

/**
 * The edition to switch to for an act at `at`, or `undefined` when the process holds a fixed
 * profile or already holds that day's edition. Which day applies: the act's own (the law in
 * force when the act is done); a procedure that fixes a value earlier keeps its copy, as a vote
 * keeps the bars it opened with.
 *
 * @throws ProfileDateError when `at` falls before the history's first edition.
 */
export function editionChange(
  law: FollowedLaw | undefined,
  at: string,
): { readonly profile: Profile; readonly law: FollowedLaw } | undefined {
  if (law === undefined) return undefined;
  const edition = editionAt(law.follows, localDateOf(at));
  if (edition.id === law.edition) return undefined;
  return { profile: edition.profile, law: { follows: law.follows, edition: edition.id } };
}
