// 100,000 inputs through dispatch on the fund machines — 30,000 to ordinary uses (at each SH 71
// stage), 35,000 to emergency repairs (before and after the assembly) and 35,000 to fund
// accounts (shanghai and beijing) — with the one fuzz driver of @jiayuan/testing (events from
// the catalogs' schemas; the dispatch contract and the invariants on every step).
import { beijing, defineProfile, national, shanghai } from '@jiayuan/core';
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

/** Every state of each fund machine, sorted: what runs that reach them all have visited. */
const USE_STATES = [
  'approved',
  'completed',
  'deciding',
  'executing',
  'planning',
  'rejected',
  'reviewing',
];
const EMERGENCY_STATES = [
  'approved',
  'arising',
  'committeeReview',
  'drawn',
  'housingOfficeReview',
  'planRejected',
  'substituteRepair',
];
const RE_RAISE_STATES = ['noticed', 'reRaising', 'restoring', 'shortfall', 'sufficient'];

/** The states a list of runs visited, sorted. */
const states = (list: readonly FuzzStats[]) => [...new Set(list.flatMap((s) => s.states))].sort();

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
    expect(states(use)).toEqual(USE_STATES);
    expect(states(emergency)).toEqual(EMERGENCY_STATES);
    expect(states(reRaise)).toEqual(RE_RAISE_STATES);
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

  // Under national (CC 281, PMR 53 alone) the suites run 20,000 inputs: an ordinary use goes
  // through the owners' decision to its end; the texts set no consultation before the assembly
  // (SH 71 is Shanghai's), list no emergency (CC 281 ¶2: "紧急情况下需要维修建筑物及其附属设施的，
  // 业主大会或者业主委员会可以依法申请使用" — the profile leaves the list to local rules) and set no
  // share of the first collection below which the fund is re-raised (PMR 53 ¶3: "办法由国务院建设
  // 行政主管部门会同国务院财政部门制定"), so those processes stay where they start, every step
  // refused with a known code and every invariant kept.
  it('under national: 20,000 inputs, each machine where the texts let it go', {
    timeout: 60_000,
  }, () => {
    const use = (['assembly', 'before-assembly', 'no-report'] as const).map((stage, i) =>
      fundUseProperty({
        input: { useId: 'u', complexId: 'c', startedAt: START, stage, profile: national },
        ...runs(stage === 'assembly' ? 6_000 : 3_000),
        seed: 2541 + i,
      }),
    );
    const emergency = [true, false].map((assemblyFormed, i) =>
      fundEmergencyProperty({
        input: {
          repairId: 'r',
          complexId: 'c',
          startedAt: START,
          assemblyFormed,
          profile: national,
        },
        ...runs(2_000),
        seed: 2551 + i,
      }),
    );
    const reRaise = fundReRaiseProperty({
      input: {
        fundId: 'f',
        complexId: 'c',
        firstCollectionFen: 300_000_001,
        startedAt: START,
        profile: national,
      },
      ...runs(4_000),
      seed: 2561,
    });
    const all = [...use, ...emergency, reRaise];
    expect(all.reduce((n, s) => n + s.events, 0)).toBe(20_000);
    for (const stats of all) {
      expect(stats.refusals['machine-error']).toBeUndefined();
      expect(stats.unboundedStrings).toEqual([]);
    }
    expect(use[0]!.states).toEqual(USE_STATES);
    for (const stats of use.slice(1)) {
      expect(stats.states).toEqual(['planning', 'reviewing']);
      expect(stats.rules).toContain('consultation-route');
    }
    for (const stats of emergency) {
      expect(stats.states).toEqual(['arising']);
      expect(stats.rules).toContain('listed-emergency');
    }
    expect(reRaise.states).toEqual(['sufficient']);
    expect(reRaise.acceptedTypes.BALANCE_REPORTED ?? 0).toBeGreaterThan(0);
  });

  // A host under national whose local rules set what the national texts leave open (here
  // Shanghai's fund section: SH 65, 71, 73) runs every fund machine to each of its states, with
  // national's voting and firm sections beside it.
  it('under national with a host’s local fund rules: 10,000 inputs reach every state', {
    timeout: 60_000,
  }, () => {
    const local = defineProfile({
      ...national,
      id: 'national-with-local-fund-rules',
      fund: { ...shanghai.fund!, publicRevenueToFund: national.fund!.publicRevenueToFund },
    });
    const use = (['assembly', 'before-assembly'] as const).map((stage, i) =>
      fundUseProperty({
        input: { useId: 'u', complexId: 'c', startedAt: START, stage, profile: local },
        ...runs(2_000),
        seed: 2571 + i,
      }),
    );
    const emergency = [true, false].map((assemblyFormed, i) =>
      fundEmergencyProperty({
        input: { repairId: 'r', complexId: 'c', startedAt: START, assemblyFormed, profile: local },
        ...runs(2_000),
        seed: 2581 + i,
      }),
    );
    const reRaise = fundReRaiseProperty({
      input: {
        fundId: 'f',
        complexId: 'c',
        firstCollectionFen: 300_000_001,
        startedAt: START,
        profile: local,
      },
      ...runs(2_000),
      seed: 2591,
    });
    const all = [...use, ...emergency, reRaise];
    expect(all.reduce((n, s) => n + s.events, 0)).toBe(10_000);
    for (const stats of all) checkCodes(stats);
    expect(states(use)).toEqual(USE_STATES);
    expect(states(emergency)).toEqual(EMERGENCY_STATES);
    expect(reRaise.states).toEqual(RE_RAISE_STATES);
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
