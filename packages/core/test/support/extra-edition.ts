// The Shanghai history with one extra edition, for tests of what an act reads when the law
// changes on a given day. No text held under docs/law/ changes the values these tests turn on
// (a bar, a channel, a limit, a period) on a day that suits them, so they replace the history by
// one with a test edition cut from a shipped one.
//
// Only for `vi.mock` factories. Each test file keeps its own `vi.mock(...)` call: vitest hoists
// that call above the file's imports and honours it in the test file itself, so it cannot be
// made from here, and the factory cannot use the file's static imports (they are not loaded yet
// when it runs). The factory therefore imports this module itself and names its dates in
// literals. Nothing here imports core's values statically either: the mocked history is part of
// core, so core's modules are loaded through `vi.importActual`.
import type { Bilingual, Profile, ProfileEdition, ProfileHistory } from '@jiayuan/core';
import { vi } from 'vitest';

/** A profile's sections, open to the change a test makes. */
export type ProfileSections = { -readonly [K in keyof Profile]: Profile[K] };

/** The extra edition: where it is cut from, when it starts and what it changes. */
export interface ExtraEdition {
  /** The `from` of the shipped edition the extra one is cut from and whose span it splits. */
  readonly heldFrom: string;
  /**
   * The first day of the extra edition, after `heldFrom` and within the held edition's span;
   * the held edition then ends the day before, and the extra one ends where it ended.
   */
  readonly from: string;
  /** The sections the extra edition replaces, given a copy of the held edition's profile. */
  readonly change: (held: ProfileSections) => Partial<ProfileSections>;
  /** What the extra edition changes, for its summary. */
  readonly summary: Bilingual;
}

type HistoryModule = typeof import('../../src/profiles/history/shanghai.js');
type DefineModule = typeof import('../../src/profiles/define.js');

/** The day before a `YYYY-MM-DD` day. */
function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/**
 * The module `history/shanghai.js` with an edition `shanghai@<from>` whose profile is the
 * `heldFrom` edition's with the sections `change` returns. The extra edition runs from `from` to
 * the end of the held edition's span (open-ended if the held one is the latest); the held edition
 * ends the day before `from`. Every other edition stays as shipped.
 *
 * @param importOriginal the factory's own argument, which loads the real history.
 * @param extra the held edition's `from`, the extra edition's first day, its change and summary.
 * @throws Error when no shipped edition starts on `heldFrom`, or `from` is not inside its span.
 */
export async function withExtraEdition(
  importOriginal: () => Promise<unknown>,
  extra: ExtraEdition,
): Promise<HistoryModule> {
  const { heldFrom, from, change, summary } = extra;
  const actual = (await importOriginal()) as HistoryModule;
  const { defineProfile } = await vi.importActual<DefineModule>('../../src/profiles/define.js');
  const editions = actual.SHANGHAI_HISTORY.editions;
  const at = editions.findIndex((e) => e.from === heldFrom);
  const held = editions[at];
  if (held === undefined) throw new Error(`no shanghai@${heldFrom} edition`);
  // A day outside the held span would leave a gap or an overlap, and the test would not run
  // under the edition it names.
  if (from <= heldFrom || (held.until !== undefined && from > held.until)) {
    throw new Error(`${from} is not inside shanghai@${heldFrom} (to ${held.until ?? 'now'})`);
  }
  const copy = structuredClone(held.profile) as ProfileSections;
  const added: ProfileEdition = {
    id: `shanghai@${from}`,
    from,
    ...(held.until === undefined ? {} : { until: held.until }),
    summary,
    profile: defineProfile({ ...copy, ...change(copy) } as never),
  };
  const history: ProfileHistory = {
    id: 'shanghai',
    editions: [
      ...editions.slice(0, at),
      { ...held, until: dayBefore(from) },
      added,
      ...editions.slice(at + 1),
    ],
  };
  return { ...actual, SHANGHAI_HISTORY: history };
}
