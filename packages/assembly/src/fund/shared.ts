import {
  type Bar,
  type Bilingual,
  bilingual,
  CITATIONS,
  type Cited,
  type Fund,
  type HolidayCalendar,
  type HolidayCalendarSpec,
  holidayCalendar,
  isCitationId,
  type Profile,
  type RuleVerdict,
  StartInputError,
} from '@jiayuan/core';
import { z } from 'zod';
import { type Started, type StartInput, startInput } from '../law.js';
import { type AssemblyLocale, en, text, zhCN } from '../locales/index.js';

/**
 * An amount in fen (分), a whole number. The bound keeps `amount × den` of a profile's bar a
 * safe integer (10^13 fen is a hundred billion yuan).
 */
export const FenSchema = z.number().int().nonnegative().max(10_000_000_000_000);

/** An id or a short reference (a report number, a notice number). */
export const RefSchema = z.string().min(1).max(200);

/** A longer text: a plan, a finding, the evidence of a posting. */
export const TextSchema = z.string().min(1).max(4000);

/** The codes of {@link FundInputError}. */
export type FundInputErrorCode = 'invalid-input' | 'no-fund-section';

/** Thrown when a fund machine's input is refused: coded, with the reason in both languages. */
export class FundInputError extends StartInputError<FundInputErrorCode> {
  override readonly name = 'FundInputError';
}

/**
 * A fund machine's input parsed by its schema, with the profile it holds on its start day: a
 * fixed one, or the edition of a followed history in force that day.
 *
 * @throws {FundInputError} `invalid-input` naming the fields at fault, or `profile` when the
 *   start falls before the followed history.
 */
export function fundStart<T extends StartInput>(schema: z.ZodType<T>, raw: unknown): Started<T> {
  return startInput(schema, raw, (detail, fields, cause) => {
    const messages = bilingual(
      zhCN.fund.inputInvalid(detail['zh-CN']),
      en.fund.inputInvalid(detail.en),
    );
    return new FundInputError('invalid-input', messages, fields, { cause });
  });
}

/**
 * The profile's fund section.
 *
 * @throws {FundInputError} `no-fund-section` for a profile written before the section existed.
 */
export function fundOf(profile: Profile): Fund {
  if (profile.fund !== undefined) return profile.fund;
  throw new FundInputError(
    'no-fund-section',
    bilingual(zhCN.fund.noFundSection(profile.id), en.fund.noFundSection(profile.id)),
  );
}

/** Those of `citations` whose law the profile follows (no SH article under `beijing`). */
export function ofProfile(profile: Profile, citations: readonly string[]): string[] {
  return citations.filter((c) => isCitationId(c) && profile.laws.includes(CITATIONS[c].law));
}

/**
 * The profile's duty of immediate measures in an emergency (SH 73 ¶1), with its citation; a
 * profile recorded before the setting existed has none.
 */
export function immediateMeasuresOf(profile: Profile): Cited<boolean> {
  return fundOf(profile).immediateMeasures ?? { value: false, cite: [] };
}

/**
 * The share of public revenue that goes first to a short fund (BJ 74 ¶2), with its citation;
 * `null` where the texts set none, or in a profile recorded before the setting existed.
 */
export function publicRevenueToFundOf(profile: Profile): Cited<Bar | null> {
  return fundOf(profile).publicRevenueToFund ?? { value: null, cite: [] };
}

/** The calendar of a context that carries the host's holidays, for `startDeadline`. */
export function calendarOf(context: { readonly holidays?: HolidayCalendarSpec }): {
  readonly calendar?: HolidayCalendar;
} {
  return context.holidays === undefined ? {} : { calendar: holidayCalendar(context.holidays) };
}

/** A refusal with its reason in both languages (and details for the host). */
export function fail(message: Bilingual, details?: Record<string, unknown>): RuleVerdict {
  return details === undefined ? { ok: false, message } : { ok: false, message, details };
}

export { text };

/** A piece of a refusal's reason, read from one locale. */
export type ReasonPiece = (locale: AssemblyLocale) => string;

/**
 * A refusal's message in both languages: the pieces joined with each locale's separator, then
 * put into the sentence `wrap` takes from the locale.
 */
export function joinedReasons(
  pieces: readonly ReasonPiece[],
  wrap: (locale: AssemblyLocale, reasons: string) => string,
): Bilingual {
  return text((l) => wrap(l, pieces.map((p) => p(l)).join(l.fund.parts.separator)));
}
