// Properties of an election item's count: no more than the seats are elected, each elected
// candidate passed their own double majority on the item's participation (CC 278 ¶2: "应当经参与
// 表决专有部分面积过半数的业主且参与表决人数过半数的业主同意"), and every candidate is counted on the
// same participation as the item.
import { DEFAULT_PROFILE } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgendaItem, type BallotSheet, tallySheets } from '../../src/index.js';
import { CLOSES, OPENS, rollOf, type TestUnit } from '../support.js';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

const scenario = fc
  .record({
    areas: fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 12 }),
    candidates: fc.integer({ min: 1, max: IDS.length }),
    seats: fc.integer({ min: 1, max: IDS.length }),
    answers: fc.array(
      fc.record({
        unit: fc.nat(),
        // Indices into the candidates; trimmed to the seats below (more is refused).
        approve: fc.uniqueArray(fc.nat({ max: IDS.length - 1 }), { maxLength: IDS.length }),
        oppose: fc.uniqueArray(fc.nat({ max: IDS.length - 1 }), { maxLength: 2 }),
        minute: fc.integer({ min: 0, max: 14_000 }),
      }),
      { maxLength: 24 },
    ),
  })
  .map(({ areas, candidates, seats: wanted, answers }) => {
    const units: TestUnit[] = areas.map((area, i) => ({ id: `u${i}`, area }));
    const names = IDS.slice(0, candidates);
    const seats = Math.min(wanted, candidates);
    const item: AgendaItem = {
      id: 'E',
      kind: 'elect-committee',
      title: '选举',
      election: { seats, candidates: names.map((id) => ({ id, name: id.toUpperCase() })) },
    };
    const sheets: BallotSheet[] = answers.map((x, i) => {
      const approve = [...new Set(x.approve.map((n) => names[n % names.length]!))].slice(0, seats);
      const oppose = [...new Set(x.oppose.map((n) => names[n % names.length]!))].filter(
        (c) => !approve.includes(c),
      );
      const unitId = `u${x.unit % units.length}`;
      return {
        id: `s${i}`,
        unitId,
        castBy: `o-${unitId}`,
        channel: 'paper',
        at: new Date(Date.parse(OPENS) + x.minute * 60_000).toISOString(),
        answers: { E: { approve, oppose } },
      };
    });
    return { units, item, sheets };
  });

describe('election count (property)', () => {
  it('elects no more than the seats, only candidates who passed, each on the item’s participation', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(scenario, ({ units, item, sheets }) => {
        const t = tallySheets({
          items: [item],
          roll: rollOf(units),
          profile: DEFAULT_PROFILE,
          sheets,
          opensAt: OPENS,
          closesAt: CLOSES,
        });
        expect(t.refused).toEqual([]);
        const [only] = t.results;
        const election = only?.election;
        expect(election).toBeDefined();
        if (only === undefined || election === undefined) return;
        const seats = item.election!.seats;
        expect(election.elected.length).toBeLessThanOrEqual(seats);
        expect(new Set(election.elected).size).toBe(election.elected.length);
        for (const c of election.candidates) {
          expect(c.result.participation).toEqual(only.result.participation);
          expect(c.result.quorumMet).toBe(only.result.quorumMet);
          if (election.elected.includes(c.candidateId)) expect(c.result.passed).toBe(true);
        }
        // Fewer passed than seats: every one who passed is elected.
        const passed = election.candidates.filter((c) => c.result.passed).length;
        if (passed <= seats) expect(election.elected.length).toBe(passed);
      }),
      { numRuns: 300 },
    );
  });
});
