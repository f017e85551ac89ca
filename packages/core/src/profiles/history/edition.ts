import { addDays } from '../../calendar/index.js';
import type { LawId } from '../../citations/index.js';
import type { Bilingual } from '../../i18n.js';
import type { LocalDate } from '../../schemas/time.js';
import { defineProfile } from '../define.js';
import type { Profile, ProfileInput } from '../schema.js';

/**
 * Values an edition changes, by dotted path into the profile (`'eligibility.grounds.feeArrears'`),
 * each a whole cited entry (`val(…)`, `per(…)`, `noPeriod(…)`).
 */
export type ProfilePatch = { readonly [path: string]: unknown };

/** One edition of a profile as written: the day it starts and what differs from the base. */
export interface EditionSource {
  /** The first day the edition is in force: the day a text it follows came into force or expired. */
  readonly from: LocalDate;
  /** What happened that day, e.g. the 2023 amendment of SH art. 20 ¶2. */
  readonly summary: Bilingual;
  /** The text versions the edition follows (the profile's `follows`). */
  readonly follows: Bilingual;
  /** The laws the edition draws on (the profile's `laws`). */
  readonly laws: readonly LawId[];
  /** The values that differ from the base profile. */
  readonly patch: ProfilePatch;
}

/** A profile as it stood from one day to another. */
export interface ProfileEdition {
  /** `<profile id>@<from>`, e.g. `shanghai@2023-12-28`. */
  readonly id: string;
  /** The first day in force. */
  readonly from: LocalDate;
  /** The last day in force; absent for the edition in force now. */
  readonly until?: LocalDate;
  /** What changed on `from`. */
  readonly summary: Bilingual;
  /** The plain profile of those days, validated and frozen as {@link defineProfile} returns it. */
  readonly profile: Profile;
}

/** Every edition of one profile, oldest first, each ending the day before the next begins. */
export interface ProfileHistory {
  /** The profile's id, e.g. `shanghai`. */
  readonly id: string;
  /** The editions, oldest first; contiguous. */
  readonly editions: readonly ProfileEdition[];
}

type Json = { [key: string]: unknown };

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sets `path` in a deep copy's object tree; the path must already exist in the base. */
function setPath(root: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop();
  let node: unknown = root;
  for (const key of keys) {
    if (!isObject(node) || !(key in node)) throw new Error(`profile patch: no field ${path}`);
    node = node[key];
  }
  if (last === undefined || !isObject(node) || !(last in node)) {
    throw new Error(`profile patch: no field ${path}`);
  }
  node[last] = structuredClone(value);
}

/**
 * Builds a profile's history from a base profile and its editions: each edition is the base with
 * its patch applied, validated by {@link defineProfile} (so the Civil Code floor holds on every
 * day) and ending the day before the next edition starts.
 *
 * @throws Error when the editions are not in strictly increasing order of `from`, or a patch
 *   names a field the profile does not have.
 */
export function defineHistory(
  base: Profile,
  sources: readonly [EditionSource, ...EditionSource[]],
): ProfileHistory {
  const editions = sources.map((source, i): ProfileEdition => {
    const previous = sources[i - 1];
    if (previous !== undefined && previous.from >= source.from) {
      throw new Error(
        `profile history ${base.id}: ${source.from} does not follow ${previous.from}`,
      );
    }
    const input = structuredClone(base) as unknown as Json;
    input.follows = structuredClone(source.follows);
    input.laws = [...source.laws];
    for (const [path, value] of Object.entries(source.patch)) setPath(input, path, value);
    const next = sources[i + 1];
    const edition = {
      id: `${base.id}@${source.from}`,
      from: source.from,
      summary: source.summary,
      profile: defineProfile(input as unknown as ProfileInput),
    };
    return next === undefined ? edition : { ...edition, until: addDays(next.from, -1) };
  });
  return Object.freeze({ id: base.id, editions: Object.freeze(editions) });
}
