// Properties of the multi-item count: each item's result is core's own tally of that item's
// answers on that item's electorate (CC 278 ¶2, SH 69), so a sheet's answer to one item never
// moves another item's result.
import {
  type Ballot,
  buildElectorate,
  DEFAULT_PROFILE,
  MATTER_KINDS,
  tally,
  tallyOptionsFor,
  votingRuleFor,
} from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerBallot, type BallotSheet, tallySheets } from '../../src/index.js';
import { CLOSES, item, OPENS, rollOf, sheet, type TestUnit } from '../support.js';

const CHOICE = fc.constantFrom('agree', 'disagree', 'abstain', 'spoilt') as fc.Arbitrary<
  'agree' | 'disagree' | 'abstain' | 'spoilt'
>;

const scenario = fc
  .record({
    units: fc.array(
      fc.record({ area: fc.integer({ min: 1, max: 20_000 }), inPart: fc.boolean() }),
      { minLength: 1, maxLength: 9 },
    ),
    kindA: fc.constantFrom(...MATTER_KINDS),
    kindB: fc.constantFrom(...MATTER_KINDS),
    answers: fc.array(
      fc.record({
        unit: fc.nat(),
        a: fc.option(CHOICE, { nil: undefined }),
        b: fc.option(CHOICE, { nil: undefined }),
        minute: fc.integer({ min: 0, max: 14_000 }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ units, kindA, kindB, answers }) => {
    const testUnits: TestUnit[] = units.map((u, i) => ({
      id: `u${i}`,
      area: u.area,
      parts: u.inPart ? ['P'] : [],
    }));
    const sheets: BallotSheet[] = answers.flatMap((x, i) => {
      const unitId = `u${x.unit % units.length}`;
      const given = {
        ...(x.a === undefined ? {} : { A: x.a }),
        ...(x.b === undefined ? {} : { B: x.b }),
      };
      if (Object.keys(given).length === 0) return [];
      const at = new Date(Date.parse(OPENS) + x.minute * 60_000).toISOString();
      return [sheet(unitId, given, { id: `s${i}`, at })];
    });
    return { testUnits, items: [item('A', kindA), item('B', kindB, 'P')], sheets };
  });

describe('multi-item count', { timeout: 60_000 }, () => {
  it('equals core’s tally of each item’s own answers on its own electorate', () => {
    fc.assert(
      fc.property(scenario, ({ testUnits, items, sheets }) => {
        const roll = rollOf(testUnits);
        const t = tallySheets({
          items,
          roll,
          profile: DEFAULT_PROFILE,
          sheets,
          opensAt: OPENS,
          closesAt: CLOSES,
        });
        const refusedIds = new Set(t.refused.map((r) => r.sheetId));
        const counted = sheets.filter((s) => !refusedIds.has(s.id));
        expect(t.accepted).toBe(counted.length);
        for (const { item: it, result } of t.results) {
          const electorate = buildElectorate(roll, it.part === undefined ? {} : { part: it.part });
          const ballots: Ballot[] = counted
            .filter((s) => s.answers[it.id] !== undefined)
            .map((s) => answerBallot(s, it.id));
          const oracle = tally(electorate, ballots, votingRuleFor(DEFAULT_PROFILE, it.kind), {
            ...tallyOptionsFor(DEFAULT_PROFILE),
            window: { opensAt: OPENS, closesAt: CLOSES },
          });
          expect(result.passed).toBe(oracle.passed);
          expect(result.checks).toEqual(oracle.checks);
          expect(result.counts).toEqual(oracle.counts);
        }
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('a sheet answering A only leaves B’s result unchanged', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), CHOICE, ({ testUnits, items, sheets }, u, choice) => {
        const roll = rollOf(testUnits);
        const base = { items, roll, profile: DEFAULT_PROFILE, opensAt: OPENS, closesAt: CLOSES };
        const before = tallySheets({ ...base, sheets });
        const extra = sheet(`u${u % testUnits.length}`, { A: choice }, { id: 'extra' });
        const after = tallySheets({ ...base, sheets: [...sheets, extra] });
        expect(after.results[1]?.result).toEqual(before.results[1]?.result);
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
