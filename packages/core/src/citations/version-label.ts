import type { Bilingual, Locale } from '../i18n.js';
import type { LocalDate } from '../schemas/time.js';
import { type CitationId, isCitationId } from './registry.js';
import { citationInForce, citationValidity } from './validity.js';
import { VERSION_WORDS } from './version-locale.js';

/** The text version a citation refers to, and, when asked for a day, whether it is in force then. */
export interface CitationVersion {
  readonly id: CitationId;
  /** The first day the cited wording is in force ({@link citationValidity}). */
  readonly from: LocalDate;
  /** The last day; absent while it is in force. */
  readonly until?: LocalDate;
  /** The day asked about, when one was. */
  readonly on?: LocalDate;
  /** Whether the cited wording is in force on `on`; absent without a day. */
  readonly inForce?: boolean;
  /** The label in both languages, e.g. `2023-12-28 text` / `2023-12-28文本`. */
  readonly label: Bilingual;
}

function label(id: CitationId, locale: Locale, on: LocalDate | undefined): string {
  const w = VERSION_WORDS[locale];
  const { from, until } = citationValidity(id);
  const base = until === undefined ? w.text(from) : w.span(from, until);
  return on === undefined || citationInForce(id, on)
    ? base
    : `${base}${w.separator}${w.notInForce(on)}`;
}

/**
 * The text version a citation refers to, for people: the wording in force from a day on
 * (`SH-20-2` → `2023-12-28 text`), or a text valid between two days (`SH-6-6` →
 * `2021-07-01 – 2026-06-30`), from {@link LAW_VALIDITY}. Given `on`, a wording not in force that
 * day says so (`…; not in force on 2026-07-01`). An id the registry does not know has no label
 * (`undefined`).
 *
 * @example
 * citationVersionLabel('SH-20-2', 'en') // '2023-12-28 text'
 * citationVersionLabel('SH-6-6', 'zh-CN', '2026-07-01') // '2021-07-01至2026-06-30有效；2026-07-01不在施行期内'
 */
export function citationVersionLabel(
  id: string,
  locale: Locale,
  on?: LocalDate,
): string | undefined {
  return isCitationId(id) ? label(id, locale, on) : undefined;
}

/**
 * A citation's version as data: its days in force, the label in both languages and, given
 * `on`, whether it is in force that day. `undefined` for an id the registry does not know.
 */
export function citationVersion(id: string, on?: LocalDate): CitationVersion | undefined {
  if (!isCitationId(id)) return undefined;
  const { from, until } = citationValidity(id);
  const bilingual = { 'zh-CN': label(id, 'zh-CN', on), en: label(id, 'en', on) };
  return {
    id,
    from,
    ...(until === undefined ? {} : { until }),
    ...(on === undefined ? {} : { on, inForce: citationInForce(id, on) }),
    label: bilingual,
  };
}

/**
 * A citation id followed by its version label, as the diagram and the docs print it:
 * `SH-20-2 (2023-12-28 text)`; an unknown id as it is.
 */
export function withVersion(id: string, locale: Locale, on?: LocalDate): string {
  const found = citationVersionLabel(id, locale, on);
  return found === undefined ? id : `${id}${VERSION_WORDS[locale].wrap(found)}`;
}
