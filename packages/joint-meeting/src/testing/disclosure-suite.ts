import { dispatch, isRejectionCode, specOf } from '@jiayuan/core';
import { assertInvariants, type Invariant } from '@jiayuan/testing';
import type { SnapshotFrom } from 'xstate';
import { disclosureEvents } from '../disclosure/catalog.js';
import type { DisclosureInput } from '../disclosure/context.js';
import { disclosureMachine } from '../disclosure/machine.js';
import { matterIdFor } from '../disclosure/setup.js';
import {
  type DisclosureEventsOptions,
  disclosureEventsArbitrary,
} from './disclosure-arbitraries.js';

type Snap = SnapshotFrom<typeof disclosureMachine>;

const roleOf = (input: unknown): unknown =>
  Reflect.get(Reflect.get(input as object, 'by') ?? {}, 'role');

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
    name: 'every overdue obligation raised exactly one matter, and went overdue on time',
    check({ context }) {
      const wentOverdue = context.obligations.filter((o) => o.overdueAt !== null);
      const expected = wentOverdue.map((o) => matterIdFor(context.complexId, o)).sort();
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
  {
    name: 'dispatch contract',
    check(snapshot, previous, step) {
      if (step.index === 0) return true;
      const result = step.result as { ok: boolean; rejection?: { code: string } };
      if (result.ok) {
        const type = Reflect.get(step.input as object, 'type');
        const spec = typeof type === 'string' ? specOf(disclosureEvents, type) : undefined;
        return spec?.roles.some((r) => r === roleOf(step.input))
          ? true
          : 'accepted from a wrong role';
      }
      if (!isRejectionCode(result.rejection?.code)) return 'refusal without a known code';
      return snapshot === previous ? true : 'a refused input changed the snapshot';
    },
  },
];

/** Options of {@link disclosureProperty}. */
export interface DisclosurePropertyOptions {
  readonly machine?: typeof disclosureMachine;
  readonly input: DisclosureInput;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly persistence?: boolean;
  readonly events?: Omit<DisclosureEventsOptions, 'start'>;
}

/** Property-tests a disclosure calendar with the host's profile: see {@link disclosureInvariants}. */
export function disclosureProperty(options: DisclosurePropertyOptions): void {
  assertInvariants(options.machine ?? disclosureMachine, {
    input: options.input,
    events: disclosureEventsArbitrary({ ...options.events, start: options.input.startAt }),
    invariants: disclosureInvariants,
    send: (actor, input) => dispatch(actor, input),
    persistence: options.persistence ?? true,
    numRuns: options.numRuns ?? 100,
    ...(options.seed === undefined ? {} : { parameters: { seed: options.seed } }),
  });
}
