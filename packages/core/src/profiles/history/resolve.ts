import type { CitationId } from '../../citations/index.js';
import type { Bilingual, Locale } from '../../i18n.js';
import type { LocalDate } from '../../schemas/time.js';
import { LocalDateSchema } from '../../schemas/time.js';
import type { ProfileRow } from '../describe.js';
import { describeProfile } from '../describe.js';
import type { Profile, ProfileId } from '../schema.js';
import type { ProfileEdition, ProfileHistory } from './edition.js';
import { BEIJING_HISTORY, NATIONAL_HISTORY } from './others.js';
import { SHANGHAI_HISTORY } from './shanghai.js';

/** The history of each shipped profile, by id. */
export const PROFILE_HISTORIES: { readonly [K in ProfileId]: ProfileHistory } = Object.freeze({
  shanghai: SHANGHAI_HISTORY,
  national: NATIONAL_HISTORY,
  beijing: BEIJING_HISTORY,
});

/** Why {@link profileAt} has no profile: the date is malformed or before the history starts. */
export type ProfileDateCode = 'invalid-date' | 'before-history';

/** Thrown by {@link profileAt} and {@link editionAt}; its message is in both languages. */
export class ProfileDateError extends Error {
  override readonly name = 'ProfileDateError';
  readonly code: ProfileDateCode;
  readonly messages: Bilingual;

  constructor(code: ProfileDateCode, messages: Bilingual) {
    super(`${messages['zh-CN']} / ${messages.en}`);
    this.code = code;
    this.messages = messages;
  }
}

function historyOf(id: ProfileId | ProfileHistory): ProfileHistory {
  return typeof id === 'string' ? PROFILE_HISTORIES[id] : id;
}

/**
 * The edition of a profile in force on `date` (a Shanghai calendar day, `YYYY-MM-DD`).
 *
 * @throws ProfileDateError `invalid-date` for a malformed date, `before-history` for a day before
 *   the history's first edition (the texts held here do not say what applied then).
 */
export function editionAt(id: ProfileId | ProfileHistory, date: LocalDate): ProfileEdition {
  if (!LocalDateSchema.safeParse(date).success) {
    throw new ProfileDateError('invalid-date', {
      'zh-CN': `日期格式应为YYYY-MM-DD：${JSON.stringify(date).slice(0, 40)}`,
      en: `expected a date YYYY-MM-DD: ${JSON.stringify(date).slice(0, 40)}`,
    });
  }
  const history = historyOf(id);
  let found: ProfileEdition | undefined;
  for (const edition of history.editions) if (edition.from <= date) found = edition;
  if (found === undefined) {
    const first = history.editions[0]?.from ?? '';
    throw new ProfileDateError('before-history', {
      'zh-CN': `配置“${history.id}”自${first}起有据可查，${date}适用的规则未收录。`,
      en: `profile "${history.id}" is recorded from ${first}; the rules in force on ${date} are not held.`,
    });
  }
  return found;
}

/**
 * The plain profile in force on `date`: the values, citations and texts of that day's edition.
 * Every citation in it is of a provision in force that day.
 *
 * @example
 * profileAt('shanghai', '2023-12-27').eligibility.grounds.feeArrears.value // true (SH 2020 art. 20 ¶2)
 * profileAt('shanghai', '2023-12-28').eligibility.grounds.feeArrears.value // false
 */
export function profileAt(id: ProfileId | ProfileHistory, date: LocalDate): Profile {
  return editionAt(id, date).profile;
}

/** Every edition of a profile, oldest first. */
export function profileEditions(id: ProfileId | ProfileHistory): readonly ProfileEdition[] {
  return historyOf(id).editions;
}

/** One span of days over which a profile value stayed the same, with what set it. */
export interface DatedValue {
  readonly from: LocalDate;
  /** The last day; absent while the value is in force. */
  readonly until?: LocalDate;
  /** The cited entry as the profile holds it (`{ value, cite, note? }` or `{ period, cite, note? }`). */
  readonly entry: unknown;
  /** Its citations. */
  readonly cite: readonly CitationId[];
}

function at(profile: Profile, path: string): unknown {
  let node: unknown = profile;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(key in node)) {
      throw new Error(`profile has no field ${path}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A value's history: the spans over which the entry at `path` (e.g.
 * `'eligibility.grounds.feeArrears'`) stayed the same, value and citations alike, oldest first.
 *
 * @throws Error when the profile has no such field.
 */
export function valueHistory(id: ProfileId | ProfileHistory, path: string): DatedValue[] {
  const out: DatedValue[] = [];
  for (const edition of historyOf(id).editions) {
    const entry = at(edition.profile, path);
    const cite = (entry as { cite?: CitationId[] }).cite ?? [];
    const last = out.at(-1);
    if (last !== undefined && JSON.stringify(last.entry) === JSON.stringify(entry)) {
      out[out.length - 1] =
        edition.until === undefined
          ? { from: last.from, entry, cite }
          : { from: last.from, until: edition.until, entry, cite };
    } else {
      out.push(
        edition.until === undefined
          ? { from: edition.from, entry, cite }
          : { from: edition.from, until: edition.until, entry, cite },
      );
    }
  }
  return out;
}

/** A profile described as it stood on one day: the edition and its rows. */
export interface DatedDescription {
  readonly edition: { readonly id: string; readonly from: LocalDate; readonly until?: LocalDate };
  /** What changed when the edition began, in the locale asked for. */
  readonly summary: string;
  /** The texts the edition follows, in the locale asked for. */
  readonly follows: string;
  readonly rows: ProfileRow[];
}

/**
 * {@link describeProfile} for the edition in force on `date`.
 *
 * @throws ProfileDateError as {@link editionAt}.
 */
export function describeProfileAt(
  id: ProfileId | ProfileHistory,
  date: LocalDate,
  locale: Locale,
): DatedDescription {
  const edition = editionAt(id, date);
  const span =
    edition.until === undefined
      ? { id: edition.id, from: edition.from }
      : { id: edition.id, from: edition.from, until: edition.until };
  return {
    edition: span,
    summary: edition.summary[locale],
    follows: edition.profile.follows[locale],
    rows: describeProfile(edition.profile, locale),
  };
}
