import { FUND_EMERGENCY_KINDS, type FundEmergencyKind } from '@jiayuan/core';
import { type FuzzStats, fromSnapshot, fuzzMachine, type Invariant } from '@jiayuan/testing';
import type { AnyMachineSnapshot } from 'xstate';
import type { FundEmergencyContext, FundEmergencyInput } from '../fund/emergency/context.js';
import { fundEmergencyMachine } from '../fund/emergency/machine.js';
import type { FundReRaiseContext, FundReRaiseInput } from '../fund/re-raise/context.js';
import { fundReRaiseMachine } from '../fund/re-raise/machine.js';
import type { FundUseContext, FundUseInput } from '../fund/use/context.js';
import { fundUseMachine } from '../fund/use/machine.js';
import {
  fundEmergencyInvariants,
  fundReRaiseInvariants,
  fundUseInvariants,
} from './fund-invariants.js';

/** Options of the fund machines' property suites. */
export interface FundPropertyOptions<TMachine, TInput> {
  /** The host's machine (e.g. `fundUseMachine.provide(...)`); default the shipped one. */
  readonly machine?: TMachine;
  readonly input: TInput;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly persistence?: boolean;
  /** Fewest inputs per run. Default 0. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 30. */
  readonly maxEvents?: number;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<never>[];
}

const DAY = 86_400_000;
const startOf = (input: { readonly startedAt: string }) => input.startedAt;
const dues = (s: AnyMachineSnapshot): string[] =>
  Object.values(
    (s.context as { deadlines: Record<string, { due: { dueAt: string } }> }).deadlines,
  ).map((d) => d.due.dueAt);
const base = (o: {
  numRuns?: number;
  minEvents?: number;
  maxEvents?: number;
  persistence?: boolean;
  seed?: number;
}) => ({
  numRuns: o.numRuns ?? 100,
  minEvents: o.minEvents ?? 0,
  maxEvents: o.maxEvents ?? 30,
  persistence: o.persistence ?? true,
  ...(o.seed === undefined ? {} : { seed: o.seed }),
});

/**
 * Property-tests an ordinary use of the fund through `@jiayuan/testing`'s `fuzzMachine`: the
 * dispatch contract and {@link fundUseInvariants}.
 *
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function fundUseProperty(
  options: FundPropertyOptions<typeof fundUseMachine, FundUseInput>,
): FuzzStats {
  const ctx = (s: AnyMachineSnapshot) => s.context as FundUseContext;
  return fuzzMachine(options.machine ?? fundUseMachine, {
    input: options.input,
    start: startOf(options.input),
    ...base(options),
    maxStepMs: 5 * DAY,
    payloads: {
      PROPOSE_PLAN: { part: fromSnapshot((_s, n) => (n % 3 === 0 ? null : 'B1')) },
      REVIEW_PRICE: { reportId: fromSnapshot((_s, n) => `report-${n % 2}`) },
      SUBMIT_TO_OWNERS: { itemId: fromSnapshot((_s, n) => `item-${n % 2}`) },
      OWNERS_DECIDED: {
        itemId: fromSnapshot((s, n) => (n % 5 === 0 ? 'other' : (ctx(s).item?.itemId ?? 'x'))),
        kind: fromSnapshot((_s, n) => (n % 6 === 0 ? 'hire-dismiss-firm' : 'use-maintenance-fund')),
        majority: fromSnapshot((_s, n) => (n % 7 === 0 ? 'special' : 'ordinary')),
        part: fromSnapshot((s, n) => (n % 4 === 0 ? 'B9' : (ctx(s).plan?.part ?? null))),
      },
      POST_COSTS: {
        reportId: fromSnapshot((s, n) =>
          n % 3 === 0 ? 'other' : (ctx(s).priceReview?.ref ?? 'x'),
        ),
      },
    },
    invariants: [...fundUseInvariants, ...(options.invariants ?? [])],
  });
}

/**
 * Property-tests an emergency repair through `fuzzMachine`: the dispatch contract and
 * {@link fundEmergencyInvariants}, with events dated at the review's end and a second either
 * side of it.
 *
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function fundEmergencyProperty(
  options: FundPropertyOptions<typeof fundEmergencyMachine, FundEmergencyInput>,
): FuzzStats {
  const ctx = (s: AnyMachineSnapshot) => s.context as FundEmergencyContext;
  return fuzzMachine(options.machine ?? fundEmergencyMachine, {
    input: options.input,
    start: startOf(options.input),
    ...base(options),
    maxStepMs: 3 * DAY,
    instants: dues,
    instantShare: 0.3,
    // Drawing the costs ends the process: it weighs little so that runs reach the review's end.
    weights: {
      DRAW_COSTS: 1,
      TICK: 4,
      SUBSTITUTE_REPAIR: 4,
      APPROVE_PLAN: 2,
      REPORT_EMERGENCY: 4,
      REJECT_EMERGENCY_PLAN: 2,
      REVISE_EMERGENCY_PLAN: 2,
      TAKE_MEASURES: 2,
    },
    payloads: {
      REPORT_EMERGENCY: {
        kind: fromSnapshot(
          (_s, n): FundEmergencyKind =>
            FUND_EMERGENCY_KINDS[n % FUND_EMERGENCY_KINDS.length] ?? 'lift-stopped',
        ),
      },
      DRAW_COSTS: {
        withdrawalNotice: fromSnapshot((s, n) =>
          n % 3 === 0 && ctx(s).substitute !== null ? undefined : `notice-${n % 2}`,
        ),
      },
    },
    invariants: [...fundEmergencyInvariants, ...(options.invariants ?? [])],
  });
}

/**
 * Property-tests a fund account's re-raising through `fuzzMachine`: the dispatch contract and
 * {@link fundReRaiseInvariants}, with balances at 30% and 50% of the first collection and one
 * fen either side, and events dated at the periods' ends.
 *
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function fundReRaiseProperty(
  options: FundPropertyOptions<typeof fundReRaiseMachine, FundReRaiseInput>,
): FuzzStats {
  const ctx = (s: AnyMachineSnapshot) => s.context as FundReRaiseContext;
  return fuzzMachine(options.machine ?? fundReRaiseMachine, {
    input: options.input,
    start: startOf(options.input),
    ...base(options),
    maxStepMs: 20 * DAY,
    instants: dues,
    instantShare: 0.3,
    payloads: {
      BALANCE_REPORTED: {
        balanceFen: fromSnapshot((s, n) => {
          const first = ctx(s).firstCollectionFen;
          const at30 = Math.ceil((first * 3) / 10);
          const at50 = Math.ceil(first / 2);
          const near = [at30 - 1, at30, at30 + 1, at50 - 1, at50, at50 + 1, 0, first];
          return Math.max(0, near[n % near.length] ?? 0);
        }),
      },
      PUBLIC_REVENUE_ALLOCATED: {
        // Half of an odd revenue and one fen either side of it (BJ 74 ¶2), and more than it all.
        revenueFen: fromSnapshot(() => 1_000_001),
        toFundFen: fromSnapshot((_s, n) => [500_000, 500_001, 0, 1_000_001][n % 4] ?? 0),
      },
      ASSEMBLY_DECIDED: {
        kind: fromSnapshot((_s, n) =>
          n % 5 === 0 ? 'use-maintenance-fund' : 'raise-maintenance-fund',
        ),
        majority: fromSnapshot((_s, n) => (n % 4 === 0 ? 'ordinary' : 'special')),
      },
    },
    invariants: [...fundReRaiseInvariants, ...(options.invariants ?? [])],
  });
}
