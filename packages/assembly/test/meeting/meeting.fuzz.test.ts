// 100,000 inputs through dispatch on the assembly meeting — half to regular meetings, half to
// interim ones — with the one fuzz driver of @jiayuan/testing (events from the catalog's
// schemas; the dispatch contract on every step).
import { national } from '@jiayuan/core';
import type { FuzzStats, Invariant } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import type { AssemblyContext } from '../../src/index.js';
import { assemblyProperty } from '../../src/testing/index.js';
import { meetingInput } from './support.js';

/** How the election items fared at the counts of the runs. */
interface Elections {
  /** Items that elected someone (`full`: every seat filled). */
  elected: number;
  full: number;
  /** Items that elected nobody: short of the quorum (CC 278 ¶2), or no candidate passed. */
  noQuorum: number;
  nonePassed: number;
  /** Items with a seat left open by a tie among candidates who passed. */
  tied: number;
}

/** Records each election item's outcome on the step the meeting counts (an invariant that holds). */
function electionsOf(tally: Elections): Invariant<never> {
  return {
    name: 'records the election items’ outcomes',
    check(snapshot, previous) {
      const now = (snapshot as { context: AssemblyContext }).context.decision;
      const before = (previous as { context: AssemblyContext } | undefined)?.context.decision;
      if (now === null || (before !== null && before !== undefined)) return true;
      for (const o of now.outcomes) {
        const e = o.election;
        if (e === undefined) continue;
        const passed = e.results.filter((r) => r.passed).length;
        if (e.elected.length > 0) tally.elected++;
        if (e.elected.length === e.seats) tally.full++;
        if (e.elected.length < e.seats && passed > e.elected.length) tally.tied++;
        else if (e.elected.length === 0) {
          if (o.quorumMet) tally.nonePassed++;
          else tally.noQuorum++;
        }
      }
      return true;
    },
  };
}

// The regular meetings are started under rules of procedure that adopt e-voting and SPC 9's
// co-owner reading (VOTE-14, VOTE-7); the interim ones under none.
const RULES = { version: 1, settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true } };

const run = (
  kind: 'regular' | 'interim',
  seed: number,
  o: { readonly events?: number; readonly elections?: Elections } & Record<string, unknown> = {},
): FuzzStats => {
  const { events = 50_000, elections, ...input } = o;
  return assemblyProperty({
    input: meetingInput(kind === 'regular' ? { kind, rules: RULES, ...input } : { kind, ...input }),
    numRuns: events / 50,
    minEvents: 50,
    maxEvents: 50,
    seed,
    ...(elections === undefined ? {} : { invariants: [electionsOf(elections)] }),
  });
};
const noElections = (): Elections => ({
  elected: 0,
  full: 0,
  noQuorum: 0,
  nonePassed: 0,
  tied: 0,
});

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 300_000 }, () => {
    const elections = noElections();
    const all = [run('regular', 161616, { elections }), run('interim', 161617, { elections })];
    expect(all.reduce((n, s) => n + s.events, 0)).toBe(100_000);
    for (const stats of all) {
      expect(stats.refusals['machine-error']).toBeUndefined();
      for (const code of ['invalid-event', 'not-permitted', 'out-of-order', 'rule-violated']) {
        expect(stats.refusals[code as keyof typeof stats.refusals] ?? 0).toBeGreaterThan(0);
      }
      expect(stats.accepted).toBeGreaterThan(stats.events / 10);
      // Every state, 'settled' too: a step now and then lands on the revocation year's end.
      expect(stats.states).toEqual([
        'counted',
        'decided',
        'noticed',
        'preparing',
        'revoked',
        'settled',
        'voting',
      ]);
      expect(stats.unboundedStrings).toEqual([]);
    }
    const casts = all.map((s) => s.acceptedTypes.CAST_BALLOT ?? 0);
    expect(casts[0]).toBeGreaterThan(casts[1]!);
    // 6,569 + 4,809 with these seeds since sheets short of the quorum come from units not yet
    // answered (3,829 + 2,784 before; 57 + 12 before the suite steered runs to the count);
    // RECORD_TRANSFER 1,221 and 1,181 accepted (137 and 138 when a transfer's unit and sellers
    // came from different draws); 482 and 307 counts (634 and 460 when the count was not held
    // back short of the quorum; 27 and 7 before that).
    expect(casts[0]! + casts[1]!).toBeGreaterThan(2_000);
    const transfers = all.map((s) => s.acceptedTypes.RECORD_TRANSFER ?? 0);
    expect(Math.min(...transfers)).toBeGreaterThan(500);
    const counts = all.map((s) => s.acceptedTypes.CLOSE_VOTE ?? 0);
    expect(Math.min(...counts)).toBeGreaterThan(200);
    // Election items at the counts: 313 elected someone (145 every seat), 177 short of the
    // quorum, 42 where no candidate passed, 10 with a seat left open by a tie — 79 (30), 639, 4
    // and 0 when sheets were flawed one in four, no meeting's owners chose by rota and the count
    // came whenever the window was over.
    expect(elections.elected).toBeGreaterThan(250);
    expect(elections.full).toBeGreaterThan(100);
    expect(elections.elected).toBeGreaterThan(elections.noQuorum + elections.nonePassed);
    expect(elections.tied).toBeGreaterThan(5);
  });

  // The same suite under national (CC 278 ¶2's bars, PMR 12's forms, no SH 69 part's decision of
  // its own), 20,000 inputs: the meeting goes through the call, the window and the count there too.
  it('under national: 20,000 inputs keep the contract and every invariant', {
    timeout: 120_000,
  }, () => {
    const elections = noElections();
    const all = [
      run('regular', 2525, { events: 10_000, profile: national, elections }),
      run('interim', 2526, { events: 10_000, profile: national, elections }),
    ];
    expect(all.reduce((n, s) => n + s.events, 0)).toBe(20_000);
    for (const stats of all) {
      expect(stats.refusals['machine-error']).toBeUndefined();
      expect(stats.states).toEqual(expect.arrayContaining(['counted', 'decided', 'voting']));
      expect(stats.unboundedStrings).toEqual([]);
    }
    // 1,457 + 1,178 sheets, 171 and 218 transfers, 167 and 103 counts with these seeds; 105
    // election items elected someone (49 every seat), 54 short of the quorum, 15 none passed,
    // 2 tied.
    const casts = all.map((s) => s.acceptedTypes.CAST_BALLOT ?? 0);
    expect(casts[0]! + casts[1]!).toBeGreaterThan(1_000);
    expect(Math.min(...all.map((s) => s.acceptedTypes.RECORD_TRANSFER ?? 0))).toBeGreaterThan(100);
    expect(Math.min(...all.map((s) => s.acceptedTypes.CLOSE_VOTE ?? 0))).toBeGreaterThan(100);
    expect(elections.elected).toBeGreaterThan(elections.noQuorum + elections.nonePassed);
  });
});
