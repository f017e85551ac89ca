import {
  type Ballot,
  type Bar,
  buildElectorate,
  CIVIL_CODE_RULES,
  type Electorate,
  meetsBar,
  TallyCounter,
  tally,
  type VotingRule,
} from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollAndBallots } from '../support/rolls.js';

const rules = fc.constantFrom(CIVIL_CODE_RULES.ordinary, CIVIL_CODE_RULES.special);

/** Everything a result says that must not depend on how it was computed. */
const essence = (r: ReturnType<typeof tally>) => ({
  counts: r.counts,
  participation: r.participation,
  checks: r.checks,
  passed: r.passed,
  counted: r.ballots.counted,
  superseded: r.ballots.superseded,
  rejectedCodes: r.rejected.map((i) => i.code).sort(),
});

/** Reference: naive standing ballots and BigInt fractions, written independently. */
function reference(e: Electorate, ballots: readonly Ballot[], rule: VotingRule) {
  const voterOf = new Map<string, number>();
  for (const v of e.voters) for (const u of v.unitIds) voterOf.set(u, v.index);
  const seen = new Set<string>();
  const standing = new Map<number, Ballot>();
  for (const b of ballots) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    const v = voterOf.get(b.unitId)!;
    const prev = standing.get(v);
    const later =
      prev === undefined ||
      Date.parse(b.at) > Date.parse(prev.at) ||
      (b.at === prev.at && b.id > prev.id);
    if (later) standing.set(v, b);
  }
  let ph = 0n;
  let pa = 0n;
  let ah = 0n;
  let aa = 0n;
  for (const [v, b] of standing) {
    const area = BigInt(e.voters[v]!.area);
    ph += 1n;
    pa += area;
    if (b.choice === 'agree') {
      ah += 1n;
      aa += area;
    }
  }
  const meets = (part: bigint, whole: bigint, bar: Bar) => {
    if (whole === 0n) return false;
    const l = part * BigInt(bar.fraction.den);
    const r = whole * BigInt(bar.fraction.num);
    return bar.mode === 'at-least' ? l >= r : l > r;
  };
  return [
    meets(ph, BigInt(e.headcount), rule.quorum.headcount),
    meets(pa, BigInt(e.area), rule.quorum.area),
    meets(ah, ph, rule.approval.headcount),
    meets(aa, pa, rule.approval.area),
  ];
}

describe('tally properties', { timeout: 30_000 }, () => {
  it('batch equals incremental', () => {
    fc.assert(
      fc.property(rollAndBallots, rules, ({ roll, ballots }, rule) => {
        const e = buildElectorate(roll);
        const counter = new TallyCounter(e, rule);
        for (const b of ballots) counter.add(b);
        expect(essence(counter.result())).toEqual(essence(tally(e, ballots, rule)));
      }),
    );
  });

  it('the order ballots arrive in does not matter (last-wins)', () => {
    fc.assert(
      fc.property(
        rollAndBallots.chain((x) =>
          fc
            .shuffledSubarray(x.ballots, { minLength: x.ballots.length })
            .map((s) => ({ ...x, shuffled: s })),
        ),
        rules,
        ({ roll, ballots, shuffled }, rule) => {
          const e = buildElectorate(roll);
          expect(essence(tally(e, shuffled, rule))).toEqual(essence(tally(e, ballots, rule)));
        },
      ),
    );
  });

  it('one more agreeing ballot never turns a pass into a fail', () => {
    fc.assert(
      fc.property(rollAndBallots, rules, fc.nat(), ({ roll, ballots }, rule, pick) => {
        const e = buildElectorate(roll);
        const before = tally(e, ballots, rule);
        // A person who has not voted yet now agrees.
        const voted = new Set(ballots.map((b) => e.unitVoter[e.unitIndex.get(b.unitId)!]));
        const silent = e.voters.filter((v) => !voted.has(v.index));
        fc.pre(silent.length > 0);
        const voter = silent[pick % silent.length]!;
        const unit = e.units[e.unitIndex.get(voter.unitIds[0]!)!]!;
        const castBy = voter.isDeveloper ? 'developer' : unit.owners[0]!;
        const extra: Ballot = {
          id: 'extra',
          unitId: unit.id,
          castBy,
          choice: 'agree',
          channel: 'paper',
          at: '2026-05-01T12:00:00.000Z',
        };
        const after = tally(e, [...ballots, extra], rule);
        if (before.passed) expect(after.passed).toBe(true);
        after.checks.forEach((c, i) => {
          if (before.checks[i]!.passed) expect(c.passed).toBe(true);
        });
      }),
    );
  });

  it('headcount never exceeds the number of units, nor participation the electorate', () => {
    fc.assert(
      fc.property(rollAndBallots, ({ roll, ballots }) => {
        const e = buildElectorate(roll);
        expect(e.headcount).toBeLessThanOrEqual(roll.units.length);
        expect(e.area).toBe(roll.units.reduce((s, u) => s + u.areas.register!, 0));
        const r = tally(e, ballots, CIVIL_CODE_RULES.ordinary);
        expect(r.participation.headcount).toBeLessThanOrEqual(e.headcount);
        expect(r.participation.area).toBeLessThanOrEqual(e.area);
        expect(r.ballots.received).toBe(
          r.ballots.counted + r.ballots.superseded + r.ballots.rejected,
        );
      }),
    );
  });

  it('matches a reference computed with BigInt fractions', () => {
    fc.assert(
      fc.property(rollAndBallots, rules, ({ roll, ballots }, rule) => {
        const e = buildElectorate(roll);
        const r = tally(e, ballots, rule);
        expect(r.checks.map((c) => c.passed)).toEqual(reference(e, ballots, rule));
      }),
      { numRuns: 300 },
    );
  });

  it('meetsBar is exact near the bars where float division is not', () => {
    // Areas near 2^40 (0.01 m² units) with the ratio a hair either side of each bar.
    const bars = [
      CIVIL_CODE_RULES.ordinary.quorum.area,
      CIVIL_CODE_RULES.ordinary.approval.area,
      CIVIL_CODE_RULES.special.approval.area,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 2 ** 40 }),
        fc.integer({ min: -2, max: 2 }),
        fc.constantFrom(...bars),
        (whole, delta, bar) => {
          const part = Math.floor((whole * bar.fraction.num) / bar.fraction.den) + delta;
          fc.pre(part >= 0 && part <= whole);
          const l = BigInt(part) * BigInt(bar.fraction.den);
          const r = BigInt(whole) * BigInt(bar.fraction.num);
          expect(meetsBar(part, whole, bar)).toBe(bar.mode === 'at-least' ? l >= r : l > r);
        },
      ),
    );
  });
});
