import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/calendar/index.js';
import type { CitationId } from '../../../src/citations/index.js';
import { citationInForce, lawInForce } from '../../../src/citations/index.js';
import { profileAt, profileEditions } from '../../../src/profiles/history/index.js';
import { PROFILE_IDS } from '../../../src/profiles/index.js';
import { citeLists } from '../helpers.js';

const LAST_DAY = '2031-12-31';

function citationsOf(profile: unknown): Array<{ path: string; id: CitationId }> {
  return citeLists(profile).flatMap(({ path, cite }) =>
    (cite as CitationId[]).map((id) => ({ path, id })),
  );
}

describe('profileAt never mixes text versions that were not in force together', () => {
  for (const id of PROFILE_IDS) {
    it(`${id}: on any day, every citation and every law of the day's profile is in force`, () => {
      const first = profileEditions(id)[0]?.from ?? '';
      const span = daysBetween(first, LAST_DAY);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: span }), (offset) => {
          const day = addDays(first, offset);
          const profile = profileAt(id, day);
          const stale = citationsOf(profile).filter((c) => !citationInForce(c.id, day));
          expect(stale, `${id} on ${day}`).toEqual([]);
          expect(
            profile.laws.filter((law) => !lawInForce(law, day)),
            `${id} on ${day}`,
          ).toEqual([]);
        }),
        { numRuns: 400 },
      );
    }, 60_000);
  }

  it('holds on both days of every boundary between editions', () => {
    for (const id of PROFILE_IDS) {
      for (const edition of profileEditions(id)) {
        for (const day of [edition.from, edition.until ?? LAST_DAY]) {
          const profile = profileAt(id, day);
          expect(
            citationsOf(profile).filter((c) => !citationInForce(c.id, day)),
            `${edition.id} on ${day}`,
          ).toEqual([]);
        }
        if (edition.from > (profileEditions(id)[0]?.from ?? '')) {
          // The day before an edition starts belongs to the one before it.
          expect(profileAt(id, addDays(edition.from, -1))).not.toBe(edition.profile);
        }
      }
    }
  }, 30_000);
});
