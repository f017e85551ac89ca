// SH 65 ¶1 "余额不足首期筹集金额百分之三十" and ¶3 "补至首期筹集金额的百分之五十", in whole fen:
// below 30% exactly when 10 × balance < 3 × first; restored exactly when 2 × balance ≥ first.
import { beijing, national, shanghai } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBelowShare, isRestored } from '../../src/index.js';

const fen = fc.integer({ min: 0, max: 1_000_000_000_000 });
const first = fc.integer({ min: 1, max: 1_000_000_000_000 });

describe('the fund shares in exact integers', { timeout: 60_000 }, () => {
  it('shanghai and beijing: below 30% iff 10·balance < 3·first', () => {
    fc.assert(
      fc.property(fen, first, (balance, f) => {
        const below = BigInt(balance) * 10n < BigInt(f) * 3n;
        expect(isBelowShare(shanghai, balance, f)).toBe(below);
        expect(isBelowShare(beijing, balance, f)).toBe(below);
      }),
      { numRuns: 2_000 },
    );
  });

  it('at the bound itself and one fen either side, for firsts divisible by 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000_000 }), (tenth) => {
        const f = tenth * 10;
        const bound = tenth * 3;
        expect(isBelowShare(shanghai, bound, f)).toBe(false);
        expect(isBelowShare(shanghai, bound - 1, f)).toBe(true);
        expect(isBelowShare(shanghai, bound + 1, f)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('shanghai: restored iff 2·balance ≥ first; beijing (no 50%): iff not below 30%', () => {
    fc.assert(
      fc.property(fen, first, (balance, f) => {
        expect(isRestored(shanghai, balance, f)).toBe(BigInt(balance) * 2n >= BigInt(f));
        expect(isRestored(beijing, balance, f)).toBe(!isBelowShare(beijing, balance, f));
      }),
      { numRuns: 2_000 },
    );
  });

  it('national sets no share: never below', () => {
    expect(isBelowShare(national, 0, 1)).toBe(false);
  });
});
