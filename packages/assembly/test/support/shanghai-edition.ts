// The Shanghai history with one extra edition inside a voting window, for the tests of what a
// vote freezes at its opening. No text held under docs/law/ changes a bar, a channel or the
// transfer switch during a window, so those tests replace the history by this one.
//
// Only for `vi.mock` factories: each test keeps its own `vi.mock(...)` call (it is hoisted above
// the imports) and imports this module inside the factory. Nothing here imports core's values
// statically: the mocked history is part of core, and core is loaded by the factory itself.
import type { Bilingual, Profile, ProfileHistory } from '@jiayuan/core';
import { vi } from 'vitest';

/** The day the extra edition takes effect, inside the tests' windows. */
export const EDITION_FROM = '2026-04-20';

/** The shipped edition the extra one is cut from, and whose span it splits. */
const HELD_FROM = '2026-03-23';

/** A profile's sections, open to the change the test makes. */
export type ProfileSections = { -readonly [K in keyof Profile]: Profile[K] };

type HistoryModule = typeof import('../../../core/src/profiles/history/shanghai.js');
type DefineModule = typeof import('../../../core/src/profiles/define.js');

/**
 * The module `history/shanghai.js` with an edition `shanghai@2026-04-20` (from {@link
 * EDITION_FROM} until 2026-06-03) whose profile is the 2026-03-23 edition's with the sections
 * `change` returns; the 03-23 edition then ends on 04-19.
 *
 * @param importOriginal the factory's own argument, which loads the real history.
 * @param change the sections the extra edition replaces, given a copy of the held profile.
 * @param summary what the extra edition changes, for the edition's summary.
 */
export async function withExtraEdition(
  importOriginal: () => Promise<unknown>,
  change: (held: ProfileSections) => Partial<ProfileSections>,
  summary: Bilingual,
): Promise<HistoryModule> {
  const actual = (await importOriginal()) as HistoryModule;
  const { defineProfile } = await vi.importActual<DefineModule>(
    '../../../core/src/profiles/define.js',
  );
  const editions = actual.SHANGHAI_HISTORY.editions;
  const at = editions.findIndex((e) => e.from === HELD_FROM);
  const held = editions[at];
  if (held === undefined) throw new Error(`no shanghai@${HELD_FROM} edition`);
  const copy = structuredClone(held.profile) as ProfileSections;
  const history: ProfileHistory = {
    id: 'shanghai',
    editions: [
      ...editions.slice(0, at),
      { ...held, until: '2026-04-19' },
      {
        id: `shanghai@${EDITION_FROM}`,
        from: EDITION_FROM,
        until: '2026-06-03',
        summary,
        profile: defineProfile({ ...copy, ...change(copy) } as never),
      },
      ...editions.slice(at + 1),
    ],
  };
  return { ...actual, SHANGHAI_HISTORY: history };
}
