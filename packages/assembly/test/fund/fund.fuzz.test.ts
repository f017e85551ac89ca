// 100,000 inputs through dispatch on the fund machines — 30,000 to ordinary uses (at each SH 71
// stage), 35,000 to emergency repairs (before and after the assembly) and 35,000 to fund
// accounts (shanghai and beijing) — with the one fuzz driver of @jiayuan/testing (events from
// the catalogs' schemas; the dispatch contract and the invariants on every step).
import { beijing } from '@jiayuan/core';
import type { FuzzStats } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { fundEmergencyMachine, fundReRaiseMachine } from '../../src/index.js';
import {
  fundEmergencyProperty,
  fundReRaiseProperty,
  fundUseProperty,
} from '../../src/testing/index.js';

const START = '2026-05-06T08:00:00+08:00';
const runs = (events: number) => ({ numRuns: events / 50, minEvents: 50, maxEvents: 50 });

function checkCodes(stats: FuzzStats) {
  expect(stats.refusals['machine-error']).toBeUndefined();
  for (const code of ['invalid-event', 'not-permitted', 'out-of-order', 'rule-violated'] as const) {
    expect(stats.refusals[code] ?? 0).toBeGreaterThan(0);
  }
  expect(stats.unboundedStrings).toEqual([]);
}

describe('fuzz: 100,000 random inputs through dispatch', () => {
  it('never throws, refuses with known codes, keeps every invariant', { timeout: 120_000 }, () => {
    const use = (['assembly', 'before-assembly', 'no-report'] as const).map((stage, i) =>
      fundUseProperty({
        input: { useId: 'u', complexId: 'c', startedAt: START, stage },
        ...runs(10_000),
        seed: 7301 + i,
      }),
    );
    const emergency = [true, false].map((assemblyFormed, i) =>
      fundEmergencyProperty({
        input: { repairId: 'r', complexId: 'c', startedAt: START, assemblyFormed },
        ...runs(17_500),
        seed: 7311 + i,
      }),
    );
    const reRaise = [undefined, beijing].map((profile, i) =>
      fundReRaiseProperty({
        input: {
          fundId: 'f',
          complexId: 'c',
          firstCollectionFen: 300_000_001,
          startedAt: START,
          ...(profile === undefined ? {} : { profile }),
        },
        ...runs(17_500),
        seed: 7321 + i,
      }),
    );
    const all = [...use, ...emergency, ...reRaise];
    expect(all.reduce((n, s) => n + s.events, 0)).toBe(100_000);
    for (const stats of all) checkCodes(stats);
    const states = (list: FuzzStats[]) => [...new Set(list.flatMap((s) => s.states))].sort();
    expect(states(use)).toEqual([
      'approved',
      'completed',
      'deciding',
      'executing',
      'planning',
      'rejected',
      'reviewing',
    ]);
    expect(states(emergency)).toEqual([
      'approved',
      'arising',
      'committeeReview',
      'drawn',
      'housingOfficeReview',
      'planRejected',
      'substituteRepair',
    ]);
    expect(states(reRaise)).toEqual([
      'noticed',
      'reRaising',
      'restoring',
      'shortfall',
      'sufficient',
    ]);
    const rules = new Set(all.flatMap((s) => s.rules));
    for (const rule of [
      'reviews-done',
      'decision-matches',
      'costs-reviewed',
      'fund-usable',
      'plan-proposer',
      'consultation-route',
      'approver',
      'review-lapsed',
      'withdrawal-notice',
      'review-open',
      'raising-decision',
      'payment-notice-due',
      'revenue-to-fund',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it('catches a host rule that lets the district repair before the review ends', {
    timeout: 60_000,
  }, () => {
    const machine = fundEmergencyMachine.provide({ guards: { 'review-lapsed': () => true } });
    expect(() =>
      fundEmergencyProperty({
        machine,
        input: { repairId: 'r', complexId: 'c', startedAt: START, assemblyFormed: true },
        numRuns: 200,
        seed: 7331,
      }),
    ).toThrow(/substitute repair only once the review ran out/);
  });

  it('catches a host rule that lets the committee refuse after its review period', {
    timeout: 60_000,
  }, () => {
    const machine = fundEmergencyMachine.provide({ guards: { 'review-open': () => true } });
    expect(() =>
      fundEmergencyProperty({
        machine,
        input: { repairId: 'r', complexId: 'c', startedAt: START, assemblyFormed: true },
        numRuns: 200,
        seed: 7332,
      }),
    ).toThrow(/a refusal only by the committee within its review period/);
  });

  it('catches a host rule that lets less than half of the revenue go to a short fund', {
    timeout: 60_000,
  }, () => {
    const machine = fundReRaiseMachine.provide({ guards: { 'revenue-to-fund': () => true } });
    expect(() =>
      fundReRaiseProperty({
        machine,
        input: {
          fundId: 'f',
          complexId: 'c',
          firstCollectionFen: 300_000_001,
          startedAt: START,
          profile: beijing,
        },
        numRuns: 200,
        seed: 7333,
      }),
    ).toThrow(/public revenue to a short fund meets the profile’s share/);
  });
});
