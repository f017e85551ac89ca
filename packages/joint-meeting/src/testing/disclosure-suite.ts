import { type FuzzStats, fromSnapshot, fuzzMachine, type Invariant } from '@jiayuan/testing';
import fc from 'fast-check';
import type { SnapshotFrom } from 'xstate';
import type { DisclosureContext, DisclosureInput } from '../disclosure/context.js';
import { MAX_AWAITING_DRAWINGS } from '../disclosure/drawings.js';
import { DUTY_IDS } from '../disclosure/duties.js';
import { disclosureMachine } from '../disclosure/machine.js';
import { matterIdFor } from '../disclosure/setup.js';

type Snap = SnapshotFrom<typeof disclosureMachine>;

/** The disclosure calendar's invariants. */
export const disclosureInvariants: readonly Invariant<Snap>[] = [
  {
    name: 'only duties that apply, at most one open cycle of a periodic duty',
    check({ context }) {
      for (const o of context.obligations) {
        const plan = context.plans.find((p) => p.duty === o.duty);
        if (plan === undefined) return `${o.id} is not a duty of this complex`;
        if (plan.schedule.kind === 'on-trigger') continue;
        const open = context.obligations.filter(
          (x) => x.duty === o.duty && x.status !== 'published',
        );
        if (open.length > 1) return `${o.duty} has ${open.length} open cycles`;
      }
      return true;
    },
  },
  {
    name: 'published only with evidence',
    check({ context }) {
      const bad = context.obligations.find(
        (o) =>
          o.status === 'published' &&
          (o.evidence === null || o.evidence.trim() === '' || o.publishedAt === null),
      );
      return bad === undefined ? true : `${bad.id} published without evidence`;
    },
  },
  {
    name: 'every overdue obligation raised exactly one matter (none without a level), and went overdue on time',
    check({ context }) {
      const wentOverdue = context.obligations.filter((o) => o.overdueAt !== null);
      // A snapshot from before version 5 has no level recorded: it raised at the complex.
      const expected =
        context.matterLevel === null
          ? []
          : wentOverdue.map((o) => matterIdFor(context.complexId, o)).sort();
      if (JSON.stringify([...context.raised].sort()) !== JSON.stringify(expected))
        return `raised ${context.raised.join(',')} but overdue ${expected.join(',')}`;
      for (const o of wentOverdue) {
        if (o.dueAt === null || o.overdueAt === null) return `${o.id} overdue without a due time`;
        if (Date.parse(o.overdueAt) < Date.parse(o.dueAt)) return `${o.id} overdue before due`;
        if (o.status === 'published' && !o.late) return `${o.id} overdue but posted on time`;
      }
      return true;
    },
  },
  {
    name: 'each drawing waits or is listed on one fund-accounts posting, recorded before it',
    check({ context }) {
      // A snapshot from before version 6 has no waiting list: nothing was recorded.
      const awaiting = context.awaitingDrawings ?? [];
      if (awaiting.length > MAX_AWAITING_DRAWINGS) return `${awaiting.length} drawings waiting`;
      const ids = awaiting.map((d) => d.drawingId);
      for (const o of context.obligations) {
        if (o.drawings === undefined) continue;
        if (o.duty !== 'maintenance-fund' || o.status === 'due' || o.publishedAt === null)
          return `${o.id} lists drawings but is not a posted fund account`;
        for (const d of o.drawings) {
          if (Date.parse(d.recordedAt) > Date.parse(o.publishedAt))
            return `${o.id} lists ${d.drawingId}, recorded after it was posted`;
          ids.push(d.drawingId);
        }
      }
      return new Set(ids).size === ids.length
        ? true
        : `a drawing is listed twice: ${ids.join(',')}`;
    },
  },
  {
    name: 'obligations agree with the deadline book',
    check({ context }) {
      for (const o of context.obligations) {
        const d = context.deadlines[o.id];
        if (o.dueAt === null) {
          if (d !== undefined) return `${o.id} has no due time but a deadline`;
          continue;
        }
        if (d === undefined || d.due.dueAt !== o.dueAt) return `${o.id} deadline mismatch`;
        const want = o.status === 'due' ? 'pending' : o.status === 'overdue' ? 'missed' : null;
        if (want !== null && d.status !== want) return `${o.id} is ${o.status} but ${d.status}`;
      }
      return true;
    },
  },
];

/** Options of {@link disclosureProperty}. */
export interface DisclosurePropertyOptions {
  /** The host's machine (e.g. `disclosureMachine.provide(...)`); default the shipped one. */
  readonly machine?: typeof disclosureMachine;
  readonly input: DisclosureInput;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly persistence?: boolean;
  /** Fewest inputs per run. Default 0. */
  readonly minEvents?: number;
  /** Most inputs per run. Default 25. */
  readonly maxEvents?: number;
  /** Further invariants (the host's own), checked beside the package's. */
  readonly invariants?: readonly Invariant<never>[];
}

const DAY = 86_400_000;

const waitingIds = (s: { readonly context: unknown }) =>
  ((s.context as DisclosureContext).awaitingDrawings ?? []).map((d) => d.drawingId);

/**
 * Property-tests a disclosure calendar with the host's profile through `@jiayuan/testing`'s
 * `fuzzMachine`: the dispatch contract and {@link disclosureInvariants}.
 *
 * @returns The driver's statistics, to check coverage.
 * @throws {FuzzFailure} with the decoded counterexample when a property breaks.
 */
export function disclosureProperty(options: DisclosurePropertyOptions): FuzzStats {
  const startMs = Date.parse(options.input.startAt);
  return fuzzMachine(options.machine ?? disclosureMachine, {
    input: options.input,
    start: options.input.startAt,
    numRuns: options.numRuns ?? 100,
    minEvents: options.minEvents ?? 0,
    maxEvents: options.maxEvents ?? 25,
    maxStepMs: 40 * DAY,
    persistence: options.persistence ?? true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    payloads: {
      // With, without and with blank evidence: the `evidence-required` rule decides.
      // Mostly every waiting drawing, sometimes one left out or none named: `drawings-listed`;
      // with drawings waiting, half the postings are the fund's accounts.
      PUBLISH: {
        duty: fromSnapshot((s, n) =>
          waitingIds(s).length > 0 && n % 2 === 0
            ? 'maintenance-fund'
            : DUTY_IDS[n % DUTY_IDS.length],
        ),
        evidence: fc.constantFrom('公告栏照片-01', 'https://x.invalid/n/1', '', '  ', undefined),
        drawings: fromSnapshot((s, n) => {
          const ids = waitingIds(s);
          return n % 5 === 0 ? ids.slice(1) : n % 5 === 1 ? undefined : ids;
        }),
      },
      // New drawings dated up to a month back, some twice, some dated a day ahead of the clock.
      RECORD_FUND_DRAWING: {
        drawingId: fromSnapshot((s, n) => (n % 7 === 0 ? (waitingIds(s)[0] ?? 'd-0') : `d-${n}`)),
        drawnAt: fromSnapshot((s, n) => {
          const now = Date.parse((s.context as DisclosureContext).now);
          return new Date(now + (n % 9 === 0 ? DAY : -(n % 30) * DAY)).toISOString();
        }),
      },
      // Some effective in the past, so `increase-ahead` refuses them.
      PLAN_FEE_INCREASE: {
        effectiveOn: fc
          .integer({ min: -30, max: 800 })
          .map((d) => new Date(startMs + d * DAY).toISOString().slice(0, 10)),
      },
    },
    invariants: [...disclosureInvariants, ...(options.invariants ?? [])],
  });
}
