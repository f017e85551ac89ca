import { bilingual, StartInputError } from '@jiayuan/core';
import type { z } from 'zod';
import { type Started, type StartInput, startInput } from '../law.js';
import { en, zhCN } from '../locales/index.js';

/** The code of {@link AssemblyInputError}. */
export type AssemblyInputErrorCode = 'invalid-input';

/**
 * An assembly meeting start refused: the input fails its schema (a profile below the Civil
 * Code's floor, a roll listing a unit twice, a holiday calendar that contradicts itself, …) or
 * follows a history from a day before its first edition. Coded, worded in both languages, with
 * the fields at fault; the meeting does not start (the actor is in error).
 */
export class AssemblyInputError extends StartInputError<AssemblyInputErrorCode> {
  override readonly name = 'AssemblyInputError';
}

/**
 * The meeting's input parsed by `schema`, with the profile it holds on its start day.
 *
 * @throws {AssemblyInputError} `invalid-input` naming the fields at fault, or `profile` when the
 *   start falls before the followed history.
 */
export function meetingStart<T extends StartInput>(schema: z.ZodType<T>, raw: unknown): Started<T> {
  return startInput(schema, raw, (detail, fields, cause) => {
    const messages = bilingual(
      zhCN.meeting.inputInvalid(detail['zh-CN']),
      en.meeting.inputInvalid(detail.en),
    );
    return new AssemblyInputError('invalid-input', messages, fields, { cause });
  });
}
