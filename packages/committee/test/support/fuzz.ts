// The fuzz loop the committee machines share: many short runs with fixed seeds, every input
// through core's dispatch, findings counted (not asserted per event, to keep the loop cheap).
import { dispatch, type EventCatalog, isRejectionCode, specOf } from '@jiayuan/core';
import { expect } from 'vitest';
import {
  type AnyActorRef,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type InputFrom,
} from 'xstate';

/** What one fuzz run found. */
export interface FuzzReport {
  readonly events: number;
  readonly accepted: number;
  /** Exceptions thrown out of dispatch (must be none). */
  readonly uncaught: number;
  /** Accepted from a role the catalog does not permit, refused without a code or with
   * `machine-error`, or refused with the snapshot changed (must be none). */
  readonly breaches: readonly string[];
  readonly codes: ReadonlyMap<string, number>;
  /** Ids of the rules that refused something. */
  readonly rules: ReadonlySet<string>;
  /** Every state value reached, as JSON. */
  readonly states: ReadonlySet<string>;
}

/** Options of {@link fuzzMachine}. */
export interface FuzzOptions<TMachine extends AnyStateMachine> {
  readonly machine: TMachine;
  readonly catalog: EventCatalog;
  /** Inputs the runs take in turn. */
  readonly inputs: readonly InputFrom<TMachine>[];
  /** The next random input from a snapshot (valid, malformed, wrong role, out of order…). */
  readonly next: (
    snapshot: AnyMachineSnapshot,
    catalog: EventCatalog,
    seed: number,
  ) => Record<string, unknown>;
  /** Events per run: short runs, since final states come quickly under random events. */
  readonly run: number;
  /** Total events. Default 100,000. */
  readonly events?: number;
}

function tryDispatch(actor: AnyActorRef, event: Record<string, unknown>) {
  try {
    return dispatch(actor, event);
  } catch {
    return undefined;
  }
}

/** Sends `events` random inputs through dispatch and reports what happened. */
export function fuzzMachine<TMachine extends AnyStateMachine>(
  options: FuzzOptions<TMachine>,
): FuzzReport {
  const events = options.events ?? 100_000;
  const codes = new Map<string, number>();
  const states = new Set<string>();
  const rules = new Set<string>();
  const breaches: string[] = [];
  let accepted = 0;
  let uncaught = 0;
  for (let run = 0; run * options.run < events; run++) {
    const input = options.inputs[run % options.inputs.length];
    const actor = createActor(options.machine, { input }).start();
    for (let i = 0; i < options.run; i++) {
      const before = actor.getSnapshot();
      const event = options.next(before, options.catalog, run * options.run + i + 1);
      const result = tryDispatch(actor, event);
      if (result === undefined) {
        uncaught++;
        continue;
      }
      if (result.ok) {
        accepted++;
        const role = (event.by as { role: string }).role;
        const permitted: readonly string[] =
          specOf(options.catalog, String(event.type))?.roles ?? [];
        if (!permitted.includes(role)) breaches.push(`accepted ${String(event.type)} from ${role}`);
      } else {
        const code = result.rejection.code;
        if (!isRejectionCode(code) || code === 'machine-error') {
          breaches.push(
            `refused with ${String(code)}: ${JSON.stringify(result.rejection.details)}`,
          );
        }
        if (actor.getSnapshot() !== before) breaches.push(`${code} changed the snapshot`);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (result.rejection.rule !== undefined) rules.add(result.rejection.rule.id);
      }
      states.add(JSON.stringify((actor.getSnapshot() as AnyMachineSnapshot).value));
    }
    actor.stop();
  }
  return { events, accepted, uncaught, breaches, codes, rules, states };
}

/**
 * The findings every machine's fuzz run must show: no uncaught exception, no breach, a fair
 * share accepted, refusals of at least five kinds, and each named state reached.
 */
export function expectSoundFuzz(report: FuzzReport, reached: readonly string[]): void {
  expect(report.uncaught).toBe(0);
  expect(report.breaches.slice(0, 5)).toEqual([]);
  expect(report.accepted).toBeGreaterThan(report.events / 20);
  expect(report.codes.size).toBeGreaterThanOrEqual(5);
  for (const state of reached) {
    expect(
      [...report.states].some((v) => v.includes(state)),
      state,
    ).toBe(true);
  }
  console.info(
    `fuzz: ${report.events} inputs, ${report.accepted} accepted, ${report.states.size} state values`,
    Object.fromEntries(report.codes),
  );
}
