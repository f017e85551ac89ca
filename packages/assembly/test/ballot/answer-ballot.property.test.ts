// The meeting casts each answer of a parsed sheet with core's castTypedBallot, which does not
// parse the ballot again: that holds only if every ballot `answerBallot` builds from a sheet the
// sheet schema accepted is one the ballot schema accepts, unchanged. Sheets drawn from the sheet
// schema itself, every answered item.
import { BallotSchema } from '@jiayuan/core';
import { arbitraryFromZod } from '@jiayuan/testing';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { answerBallot, BallotSheetSchema } from '../../src/index.js';

it('every answer ballot of a valid sheet parses to itself', { timeout: 120_000 }, () => {
  let answers = 0;
  fc.assert(
    fc.property(arbitraryFromZod(BallotSheetSchema), (raw) => {
      const parsed = BallotSheetSchema.safeParse(raw);
      fc.pre(parsed.success);
      if (!parsed.success) return;
      for (const itemId of Object.keys(parsed.data.answers)) {
        const ballot = answerBallot(parsed.data, itemId);
        const again = BallotSchema.safeParse(ballot);
        expect(again.success).toBe(true);
        expect(again.data).toEqual(ballot);
        answers++;
      }
    }),
    { numRuns: 2_000, seed: 27 },
  );
  // The drawn sheets answer items, with elections and proxies among them.
  expect(answers).toBeGreaterThan(1_000);
});
