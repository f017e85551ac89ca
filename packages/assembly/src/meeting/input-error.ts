import {
  type Bilingual,
  bilingual,
  type FollowedLaw,
  type FollowLaw,
  issueSummary,
  type Profile,
  ProfileDateError,
} from '@jiayuan/core';
import type { z } from 'zod';
import { startingProfile } from '../law.js';
import { en, zhCN } from '../locales/index.js';

/** The code of {@link AssemblyInputError}. */
export type AssemblyInputErrorCode = 'invalid-input';

/**
 * An assembly meeting start refused: the input fails its schema (a profile below the Civil
 * Code's floor, a roll listing a unit twice, a holiday calendar that contradicts itself, …) or
 * follows a history from a day before its first edition. Coded, worded in both languages, with
 * the fields at fault; the meeting does not start (the actor is in error).
 */
export class AssemblyInputError extends Error {
  override readonly name = 'AssemblyInputError';
  constructor(
    /** Stable code of the refusal. */
    readonly code: AssemblyInputErrorCode,
    /** The reason in both languages. */
    readonly messages: Bilingual,
    /** The input fields at fault (dotted paths). */
    readonly fields: readonly string[],
    /** `cause`: the zod error, or core's `ProfileDateError`, behind the refusal. */
    options?: ErrorOptions,
  ) {
    super(`${code}: ${messages.en} / ${messages['zh-CN']}`, options);
  }
}

/**
 * `raw` as `schema` parses it.
 *
 * @throws {AssemblyInputError} `invalid-input` naming each field at fault.
 */
export function parseAssemblyInput<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { detail, fields } = issueSummary(parsed.error.issues);
  throw new AssemblyInputError('invalid-input', invalid(detail), fields, { cause: parsed.error });
}

/**
 * The profile the meeting starts with at `at`, and the law it follows.
 *
 * @throws {AssemblyInputError} `invalid-input` on `profile` when `at` falls before the followed
 *   history's first edition.
 */
export function meetingProfile(
  choice: Profile | FollowLaw | undefined,
  at: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  try {
    return startingProfile(choice, at);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    const { 'zh-CN': zh, en: english } = error.messages;
    const detail = bilingual(
      `profile: ${zh.replace(/。$/, '')}`,
      `profile: ${english.replace(/\.$/, '')}`,
    );
    throw new AssemblyInputError('invalid-input', invalid(detail), ['profile'], { cause: error });
  }
}

// The refusal's wording around core's issue texts.
function invalid(detail: Bilingual): Bilingual {
  return bilingual(zhCN.meeting.inputInvalid(detail['zh-CN']), en.meeting.inputInvalid(detail.en));
}
