import {
  type Bar,
  type Bilingual,
  bilingual,
  CITATIONS,
  type Cited,
  type FollowedLaw,
  type FollowLaw,
  type Fund,
  type HolidayCalendar,
  type HolidayCalendarSpec,
  holidayCalendar,
  isCitationId,
  issueSummary,
  type Profile,
  ProfileDateError,
  type RuleVerdict,
} from '@jiayuan/core';
import { z } from 'zod';
import { startingProfile } from '../law.js';
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
export class FundInputError extends Error {
  override readonly name = 'FundInputError';
  constructor(
    /** Stable code of the refusal. */
    readonly code: FundInputErrorCode,
    /** The reason in both languages. */
    readonly messages: Bilingual,
    /** The input fields at fault (dotted paths), where one is. */
    readonly fields: readonly string[] = [],
    /** `cause`: the zod error, or core's `ProfileDateError`, behind the refusal. */
    options?: ErrorOptions,
  ) {
    super(`${code}: ${messages.en} / ${messages['zh-CN']}`, options);
  }
}

/**
 * Parses a fund machine's input with its schema.
 *
 * @throws {FundInputError} `invalid-input` naming the fields at fault.
 */
export function parseFundInput<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { detail, fields } = issueSummary(parsed.error.issues);
  throw new FundInputError(
    'invalid-input',
    bilingual(zhCN.fund.inputInvalid(detail['zh-CN']), en.fund.inputInvalid(detail.en)),
    fields,
    { cause: parsed.error },
  );
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

/**
 * The profile a fund process starts with: a fixed one, or the edition of a followed history in
 * force on the start day.
 *
 * @throws {FundInputError} `invalid-input` when the start falls before the followed history.
 */
export function fundProfile(
  choice: Profile | FollowLaw | undefined,
  at: string,
): { readonly profile: Profile; readonly law?: FollowedLaw } {
  try {
    return startingProfile(choice, at);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    throw new FundInputError('invalid-input', error.messages, ['profile'], { cause: error });
  }
}
