import { type DeadlineEntry, deadline, isOverdue } from '@jiayuan/core';
import type { ContractTermContext } from '../contract-term/context.js';
import type { DismissalContext } from '../dismissal/context.js';
import type { HiringContext } from '../hiring/context.js';
import { NO_PRE_CALL } from '../vote/context.js';
import type { Decision } from './context.js';

/**
 * The shape version of each machine's persisted snapshots. A host stores it with every snapshot
 * (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with the migrations below.
 *
 * - hiring 2: the context is the hiring machine's own (`HiringContext`): the fields of the other
 *   procedures are gone, and so are `firm` and `contract`, which `signed` already holds.
 * - dismissal 2: the context is the dismissal machine's own (`DismissalContext`): the hiring
 *   fields and the contract term's `renewal` are gone.
 * - contract term 2: the context is the contract-term machine's own (`ContractTermContext`): the
 *   hiring fields and the dismissal's `proposal` are gone.
 * - dismissal 3, contract term 3: the hand-over deadline (SH 50) counts from the day after the
 *   day the contract ended, an end at 24:00 belonging to the day it closes (CC 201, CC 203);
 *   version 2 counted from the Shanghai date of the end instant, a day late for such an end.
 * - contract term 4: the owners' decision on the next term (`ownersDecision`, SH 46 ¶1): renew,
 *   hire another firm (另聘) or none; version 3 kept only the votes, from which the migration
 *   takes it (the last renewal vote: passed is `renew`, not passed is `none`).
 * - hiring 3, dismissal 4, contract term 5: what the committee did before calling the next
 *   assembly (`preCall`: the report to the party organisation, SH-36 (十六), and the written
 *   notice to the housing office and residents' committee, SH 25 ¶2). Older versions recorded
 *   neither, so the migration records none: an assembly already called stays called.
 */
export const FIRM_SNAPSHOT_VERSIONS = {
  hiring: 3,
  dismissal: 4,
  contractTerm: 5,
} as const;

/** A persisted snapshot as stored: plain JSON with a state value and a context. */
interface StoredSnapshot {
  readonly value: unknown;
  readonly context: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

function stored(snapshot: unknown, machine: string): StoredSnapshot {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (
    typeof snapshot !== 'object' ||
    snapshot === null ||
    !('value' in snapshot) ||
    typeof context !== 'object' ||
    context === null
  ) {
    throw new Error(`${machine} migration: not a persisted snapshot (no value and context)`);
  }
  return snapshot as StoredSnapshot;
}

/** Every key of `T`, checked at compile time: a key left out or unknown does not compile. */
function everyKey<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : never)
  ): readonly string[] => keys;
}

// Version 1 contexts held every procedure's fields; version 2 keeps the machine's own.
function keep(machine: string, keys: readonly string[]) {
  return (snapshot: unknown): unknown => {
    const s = stored(snapshot, machine);
    const context = Object.fromEntries(
      keys.filter((key) => Object.hasOwn(s.context, key)).map((key) => [key, s.context[key]]),
    );
    return { ...s, context };
  };
}

const COMMON_KEYS = [
  'processId',
  'now',
  'profile',
  'law',
  'roll',
  'electronicAdopted',
  'freeze',
  'deadlines',
  'preCall',
  'assembly',
  'vote',
  'votes',
  'decisions',
] as const;

const EXIT_KEYS = [
  'firm',
  'feeModel',
  'contract',
  'hasCommittee',
  'notices',
  'terminatedAt',
  'handover',
  'caretaker',
  'temporaryRequest',
] as const;

const HIRING_KEYS = everyKey<HiringContext>()(
  ...COMMON_KEYS,
  'stage',
  'earlyStageContractInForce',
  'plan',
  'planPostedAt',
  'bids',
  'negotiationApproval',
  'chosenFirm',
  'signed',
  'filedAt',
);

const DISMISSAL_KEYS = everyKey<DismissalContext>()(...COMMON_KEYS, ...EXIT_KEYS, 'proposal');

const CONTRACT_TERM_KEYS = everyKey<ContractTermContext>()(
  ...COMMON_KEYS,
  ...EXIT_KEYS,
  'ownersDecision',
  'renewal',
);

/**
 * Version 3 recounts the hand-over deadline from the termination day (the day the contract
 * ended). Its verdict, if settled, is taken again at the recorded time: `met` or `late` by the
 * recounted due time; `missed` stays missed (the recounted due time is never later).
 */
function recountHandover(machine: string) {
  return (snapshot: unknown): unknown => {
    const s = stored(snapshot, machine);
    const terminatedAt = s.context.terminatedAt;
    const book = s.context.deadlines as Readonly<Record<string, DeadlineEntry>> | undefined;
    const entry = book?.handover;
    if (typeof terminatedAt !== 'string' || entry === undefined) return s;
    const due = deadline(terminatedAt, entry.due.period, undefined, 'end');
    const status =
      (entry.status === 'met' || entry.status === 'late') && entry.settledAt !== undefined
        ? isOverdue(due, entry.settledAt)
          ? 'late'
          : 'met'
        : entry.status;
    const handover: DeadlineEntry = { ...entry, due, status };
    return { ...s, context: { ...s.context, deadlines: { ...book, handover } } };
  };
}

/**
 * Version 4 records the owners' decision on the next term. Version 3 had no 另聘, so it is the
 * last renewal vote's outcome (as the version-4 machine records it when the vote is counted), or
 * `null` when the owners never voted.
 */
function recordOwnersDecision(snapshot: unknown): unknown {
  const s = stored(snapshot, 'contract-term');
  if (Object.hasOwn(s.context, 'ownersDecision')) return s;
  const decisions = Array.isArray(s.context.decisions)
    ? (s.context.decisions as readonly Partial<Decision>[])
    : [];
  const last = decisions.filter((d) => d.question === 'renew-firm').at(-1);
  const ownersDecision =
    last === undefined
      ? null
      : { kind: last.passed === true ? 'renew' : 'none', at: last.at, voteId: last.voteId };
  // The key goes where the version-4 machine puts it: before `renewal`.
  const { renewal, ...rest } = s.context;
  return { ...s, context: { ...rest, ownersDecision, renewal } };
}

/**
 * The version that records what the committee did before calling an assembly: nothing is
 * known of it in older snapshots. The key goes where the machines put it: after `deadlines`.
 */
function recordPreCall(machine: string) {
  return (snapshot: unknown): unknown => {
    const s = stored(snapshot, machine);
    if (Object.hasOwn(s.context, 'preCall')) return s;
    const context = Object.fromEntries(
      Object.entries(s.context).flatMap(([key, value]) =>
        key === 'deadlines'
          ? [
              [key, value],
              ['preCall', NO_PRE_CALL],
            ]
          : [[key, value]],
      ),
    );
    return { ...s, context };
  };
}

/**
 * Upgrades of persisted hiring snapshots, keyed by the version they upgrade from (as
 * `@jiayuan/host`'s `MachineEntry.migrations` takes them).
 */
export const hiringMigrations = {
  1: keep('hiring', HIRING_KEYS),
  2: recordPreCall('hiring'),
} as const;

/** Upgrades of persisted dismissal snapshots, keyed by the version they upgrade from. */
export const dismissalMigrations = {
  1: keep('dismissal', DISMISSAL_KEYS),
  2: recountHandover('dismissal'),
  3: recordPreCall('dismissal'),
} as const;

/** Upgrades of persisted contract-term snapshots, keyed by the version they upgrade from. */
export const contractTermMigrations = {
  1: keep('contract-term', CONTRACT_TERM_KEYS),
  2: recountHandover('contract-term'),
  3: recordOwnersDecision,
  4: recordPreCall('contract-term'),
} as const;
