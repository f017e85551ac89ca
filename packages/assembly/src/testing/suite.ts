import { type FuzzStats, fromSnapshot, fuzzMachine, type Invariant } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import type { AgendaItem } from '../ballot/agenda.js';
import type { SheetAnswer } from '../ballot/election.js';
import type { AssemblyContext, AssemblyInput } from '../meeting/context.js';
import { assemblyMachine } from '../meeting/machine.js';
import { assemblyInvariants } from './invariants.js';

/** Options of {@link assemblyProperty}. */
export interface AssemblyPropertyOptions {
  /** The host's machine (e.g. `assemblyMachine.provide(...)`); default the shipped one. */
  readonly machine?: typeof assemblyMachine;
  readonly input: AssemblyInput;
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
const iso = (ms: number) => new Date(ms).toISOString();
const ctx = (s: AnyMachineSnapshot) => s.context as AssemblyContext;

// Items over the roll's parts: one for the whole complex, one per part (and now and then a part
// that does not exist, which agenda-parts refuses).
function agenda(s: AnyMachineSnapshot, n: number): AgendaItem[] {
  const parts = [...new Set(ctx(s).roll.units.flatMap((u) => u.parts))];
  // A version of the rules of procedure, numbered and switched by n (a failed or repeated
  // number is for the host's record to refuse, not the meeting).
  const rules: AgendaItem = {
    id: 'rop',
    kind: 'rules-of-procedure',
    title: '议事规则',
    proposed: {
      version: 1 + (n % 3),
      text: { reference: `rop-${n % 3}` },
      settings: { electronicVoting: n % 2 === 0, mergeUnitsSharingCoOwners: n % 4 === 0 },
    },
  };
  const items: AgendaItem[] = [
    { id: 'statute', kind: 'management-statute', title: '管理规约' },
    rules,
    { id: 'facade', kind: 'change-use-common-parts', title: '外墙广告' },
    // An election of 0–4 seats among three candidates (0 seats, 4 seats and, now and then, a
    // candidate listed twice are for election-items to refuse).
    {
      id: 'members',
      kind: 'elect-committee',
      title: '补选委员',
      election: {
        seats: n % 5,
        candidates: ['c1', 'c2', n % 11 === 0 ? 'c1' : 'c3'].map((id) => ({ id, name: id })),
      },
    },
  ];
  for (const part of parts) {
    items.push({ id: `fund-${part}`, kind: 'use-maintenance-fund', title: '维修', part });
  }
  if (n % 7 === 0)
    items.push({ id: 'ghost', kind: 'other-major', title: 'x', part: 'no-such-part' });
  return items.slice(0, 1 + (n % (items.length + 1)));
}

// A sheet of a unit of the roll, by its owner (now and then another), inside the window (now
// and then just outside it), answering some of the items (now and then one not on the agenda).
function sheet(s: AnyMachineSnapshot, n: number) {
  const c = ctx(s);
  const units = c.roll.units;
  const unit = units[n % units.length];
  const items = c.call?.items ?? [];
  const answers: Record<string, SheetAnswer> = {};
  items.forEach((item, i) => {
    if ((n >> i) % 2 !== 0) return;
    const choice = (['agree', 'disagree', 'abstain', 'spoilt'] as const)[(n >> 3) % 4]!;
    // An election answered with up to four candidates (more than the seats now and then), one
    // not standing now and then, or a plain choice (agree and disagree are refused).
    answers[item.id] =
      item.election === undefined || n % 6 === 0
        ? choice
        : {
            approve: ['c1', 'c2', 'c3', n % 17 === 0 ? 'c9' : 'c2'].slice(0, (n >> 2) % 5),
            ...(n % 4 === 0 ? { oppose: ['c3'] } : {}),
          };
  });
  if (Object.keys(answers).length === 0)
    answers[n % 11 === 0 ? 'unknown' : (items[0]?.id ?? 'x')] = 'agree';
  const opens = Date.parse(c.call?.opensAt ?? c.now);
  const closes = Date.parse(c.call?.closesAt ?? c.now);
  const at = n % 13 === 0 ? closes : opens + ((n * 3_600_000) % Math.max(1, closes - opens));
  return {
    id: `s${n}-${c.ballots?.sheets.length ?? 0}`,
    unitId: unit?.id ?? 'none',
    castBy: n % 9 === 0 ? 'stranger' : (unit?.owners[0] ?? 'none'),
    channel: n % 5 === 0 ? 'electronic' : 'paper',
    at: iso(at),
    answers,
  };
}

/**
 * Property-tests an assembly machine with the host's roll and profile through
 * `@jiayuan/testing`'s `fuzzMachine`: the dispatch contract (roles, codes, untouched state on
 * refusal, `snapshot.can` agreeing with `dispatch`, persistence round trips) and
 * {@link assemblyInvariants}.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function assemblyProperty(options: AssemblyPropertyOptions): FuzzStats {
  return fuzzMachine(options.machine ?? assemblyMachine, {
    input: options.input,
    start: options.input.startedAt,
    numRuns: options.numRuns ?? 100,
    minEvents: options.minEvents ?? 0,
    maxEvents: options.maxEvents ?? 30,
    maxStepMs: 5 * DAY,
    persistence: options.persistence ?? true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    senders: {
      CALL_ASSEMBLY: (_s, n) => (n % 3 === 0 ? 'street-office' : 'committee'),
      CAST_BALLOT: (_s, n) => (n % 4 === 0 ? 'owner' : 'system'),
    },
    payloads: {
      PROPOSE_INTERIM: {
        units: fromSnapshot((s, n) => {
          const units = ctx(s).roll.units;
          return units.slice(n % units.length, (n % units.length) + 1 + (n % 4)).map((u) => u.id);
        }),
      },
      ORDER_CALL: { period: fc.integer({ min: 1, max: 15 }).map((days) => ({ days })) },
      NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: {
        meetingAt: fromSnapshot((s) => iso(Date.parse(ctx(s).now) + 20 * DAY)),
      },
      CALL_ASSEMBLY: {
        opensAt: fromSnapshot((s, n) => iso(Date.parse(ctx(s).now) + (n % 6 === 0 ? 3 : 16) * DAY)),
        closesAt: fromSnapshot((s, n) =>
          iso(Date.parse(ctx(s).now) + (n % 8 === 0 ? 2 : 46) * DAY),
        ),
        items: fromSnapshot(agenda),
      },
      CAST_BALLOT: { sheet: fromSnapshot(sheet) },
      // A unit of the roll sold by its owners of record (now and then by others) to a newcomer or
      // to another unit's owner, registered up to a day before the event (now and then after it).
      RECORD_TRANSFER: {
        unitId: fromSnapshot(
          (s, n) => ctx(s).roll.units[n % ctx(s).roll.units.length]?.id ?? 'none',
        ),
        from: fromSnapshot((s, n) => {
          const units = ctx(s).roll.units;
          return n % 10 === 0 ? ['stranger'] : [...(units[n % units.length]?.owners ?? ['none'])];
        }),
        to: fromSnapshot((s, n) => {
          const units = ctx(s).roll.units;
          return n % 3 === 0
            ? [...(units[(n + 1) % units.length]?.owners ?? ['x'])]
            : [`buyer-${n % 4}`];
        }),
        registeredAt: fromSnapshot((s, n) =>
          iso(Date.parse(ctx(s).now) + (n % 11 === 0 ? 3_600_000 : -((n * 3_600_000) % DAY))),
        ),
      },
    },
    invariants: [...assemblyInvariants, ...(options.invariants ?? [])],
  });
}
