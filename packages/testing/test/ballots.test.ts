import { type Ballot, BallotSchema, type Roll } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BallotWindow, ballotsArbitrary, rollArbitrary } from '../src/index.js';
import { holds } from './fixtures/checks.js';

const WINDOW: BallotWindow = { opensAt: '2026-04-01T01:00:00Z', closesAt: '2026-04-08T01:00:00Z' };
const opens = Date.parse(WINDOW.opensAt);
const closes = Date.parse(WINDOW.closesAt);

/** Problems of a set of ballots that should all be valid, checked from the rules. */
function ballotProblems(roll: Roll, ballots: readonly Ballot[]): string[] {
  const problems: string[] = [];
  const units = new Map(roll.units.map((u) => [u.id, u]));
  const ids = new Set<string>();
  let last = Number.NEGATIVE_INFINITY;
  for (const b of ballots) {
    const parsed = BallotSchema.safeParse(b);
    if (!parsed.success) problems.push(`${b.id}: ${parsed.error.message}`);
    if (ids.has(b.id)) problems.push(`${b.id}: duplicate id`);
    ids.add(b.id);
    const unit = units.get(b.unitId);
    if (!unit) problems.push(`${b.id}: unknown unit ${b.unitId}`);
    else if (!holds(roll, unit, b.castBy)) problems.push(`${b.id}: ${b.castBy} does not hold it`);
    if (unit?.kind === 'parking' && unit.registrable !== true) {
      problems.push(`${b.id}: non-voting space`);
    }
    const at = Date.parse(b.at);
    if (!(at >= opens && at < closes)) problems.push(`${b.id}: at ${b.at} outside the window`);
    if (!b.at.endsWith('Z')) problems.push(`${b.id}: at without Z`);
    if (at < last) problems.push(`${b.id}: not sorted by at`);
    last = at;
  }
  return problems;
}

const rollsWithBallots = (options: Parameters<typeof ballotsArbitrary>[1]) =>
  rollArbitrary({ maxUnits: 120, parking: true }).chain((roll) =>
    fc.tuple(fc.constant(roll), ballotsArbitrary(roll, { window: WINDOW, ...options })),
  );

describe('ballotsArbitrary', () => {
  it('generates valid ballots: schema, holder, window, unique ids, one per unit', () => {
    fc.assert(
      fc.property(rollsWithBallots({ proxyShare: 0.2 }), ([roll, ballots]) => {
        expect(ballotProblems(roll, ballots)).toEqual([]);
        const unitIds = ballots.map((b) => b.unitId);
        expect(new Set(unitIds).size).toBe(unitIds.length);
      }),
      { numRuns: 60 },
    );
  });

  it('adds strictly later revotes for units that already voted', () => {
    let revoted = 0;
    fc.assert(
      fc.property(rollsWithBallots({ revotes: 0.5, participation: 0.8 }), ([roll, ballots]) => {
        expect(ballotProblems(roll, ballots)).toEqual([]);
        const firstAt = new Map<string, number>();
        for (const b of ballots) {
          const at = Date.parse(b.at);
          const first = firstAt.get(b.unitId);
          if (first === undefined) firstAt.set(b.unitId, at);
          else {
            revoted++;
            expect(at).toBeGreaterThan(first);
          }
        }
      }),
      { numRuns: 30 },
    );
    expect(revoted).toBeGreaterThan(0);
  });

  it('honours the participation share and casts developer stock by the developer', () => {
    const [roll] = fc.sample(
      rollArbitrary({ minUnits: 400, maxUnits: 400, developerStockShare: 0.3 }),
      {
        numRuns: 1,
        seed: 11,
      },
    );
    if (!roll) throw new Error('no sample');
    const [ballots] = fc.sample(ballotsArbitrary(roll, { participation: 0.5 }), {
      numRuns: 1,
      seed: 1,
    });
    expect(ballots).toHaveLength(200);
    const units = new Map(roll.units.map((u) => [u.id, u]));
    const stockBallots = (ballots ?? []).filter((b) => units.get(b.unitId)?.status !== 'delivered');
    expect(stockBallots.length).toBeGreaterThan(0);
    for (const b of stockBallots) expect(b.castBy).toBe(roll.developerId);
  });

  it('uses every choice and channel, and proxies with an authorisation', () => {
    const [roll] = fc.sample(rollArbitrary({ minUnits: 300, maxUnits: 300 }), {
      numRuns: 1,
      seed: 5,
    });
    if (!roll) throw new Error('no sample');
    const ballots = fc
      .sample(ballotsArbitrary(roll, { participation: 1, proxyShare: 0.1 }), {
        numRuns: 3,
        seed: 2,
      })
      .flat();
    expect(new Set(ballots.map((b) => b.choice)).size).toBe(4);
    expect(new Set(ballots.map((b) => b.channel)).size).toBe(4);
    const proxied = ballots.filter((b) => b.proxy);
    expect(proxied.length / ballots.length).toBeCloseTo(0.1, 1);
    for (const b of proxied) expect(b.proxy?.authorisationRef).toMatch(/^WT-2026-\d{6}$/);
    const agree = ballots.filter((b) => b.choice === 'agree').length / ballots.length;
    expect(agree).toBeCloseTo(6 / 9.5, 1);
  });

  it('can restrict choices by weight', () => {
    const [roll] = fc.sample(rollArbitrary(), { numRuns: 1, seed: 3 });
    if (!roll) throw new Error('no sample');
    const ballots = fc
      .sample(ballotsArbitrary(roll, { choiceWeights: { agree: 0, disagree: 0, spoilt: 0 } }), 10)
      .flat();
    expect(ballots.every((b) => b.choice === 'abstain')).toBe(true);
  });

  it('scales to a 20,000-unit roll', () => {
    const [roll] = fc.sample(rollArbitrary({ minUnits: 20_000, maxUnits: 20_000 }), {
      numRuns: 1,
      seed: 9,
    });
    if (!roll) throw new Error('no sample');
    const [ballots] = fc.sample(ballotsArbitrary(roll, { participation: 0.7, revotes: 0.1 }), 1);
    expect(ballots?.length).toBeGreaterThan(14_000);
  });

  it('rejects invalid windows and options', () => {
    const [roll] = fc.sample(rollArbitrary(), 1);
    if (!roll) throw new Error('no sample');
    expect(() =>
      ballotsArbitrary(roll, { window: { opensAt: WINDOW.closesAt, closesAt: WINDOW.opensAt } }),
    ).toThrow(/closesAt/);
    expect(() =>
      ballotsArbitrary(roll, { window: { opensAt: 'soon', closesAt: WINDOW.closesAt } }),
    ).toThrow(/opensAt/);
    expect(() => ballotsArbitrary(roll, { participation: { min: 0.8, max: 0.2 } })).toThrow(
      /participation/,
    );
    expect(() => ballotsArbitrary(roll, { choiceWeights: { agree: -1 } })).toThrow(/choiceWeights/);
  });
});
