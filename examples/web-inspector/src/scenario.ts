// What the page needs to drive a machine: how to start it, fill its events, show its tallies.
import {
  type Bilingual,
  type Choice,
  type EventCatalog,
  type Roll,
  specOf,
  type VoteRecord,
} from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';

/** What the page fills in for a ballot: the unit and the choice picked in the form. */
export interface BallotForm {
  readonly unitId: string;
  readonly choice: Choice;
}

/** What an event builder may read: the roll, the ballot form, a serial and the context now. */
export interface EventInputs {
  readonly roll: Roll;
  readonly form: BallotForm;
  readonly serial: number;
  /** The machine's context when the event is built. */
  readonly context: unknown;
}

/** A running tally the page shows: a label and the vote it counts. */
export interface ShownTally {
  readonly id: string;
  readonly label: Bilingual;
  readonly vote: VoteRecord;
}

/** A button that sends a series of events, each through `dispatch` like any other. */
export interface Helper {
  readonly id: string;
  readonly title: Bilingual;
  /** Whether the helper fits now, from the events allowed now. */
  available(allowed: readonly string[]): boolean;
  /** The events to send, in order, dated from the process time `now`. */
  events(context: unknown, roll: Roll, now: string): readonly Record<string, unknown>[];
}

/** A machine the page can drive: how to start it and how to fill each event. */
export interface Scenario {
  readonly id: string;
  readonly title: Bilingual;
  readonly machine: AnyStateMachine;
  readonly catalog: EventCatalog;
  /** The event type whose ballot is filled from the unit/choice form, if any. */
  readonly ballotEvent?: string;
  /** Whether each event's payload is shown in an editor, prefilled, before it is sent. */
  readonly editPayloads?: boolean;
  readonly helpers?: readonly Helper[];
  /** The machine's input for a complex. */
  input(roll: Roll, now: string): unknown;
  /** A ready event for `type` at `at` (the builder may move `at` later, e.g. to a meeting day). */
  event(type: string, at: string, inputs: EventInputs): Record<string, unknown>;
  /** The running tallies in the context now. */
  tallies(context: unknown): readonly ShownTally[];
  /** The outcome once there is one (e.g. the elected committee), else `null`. */
  result?(context: unknown): Bilingual | null;
}

/** An hour in milliseconds. */
export const HOUR = 3_600_000;

/** `iso` moved by `ms`, as an ISO instant. */
export function later(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

/** A sender for `type`: the first role the catalog permits. */
export function sender(catalog: EventCatalog, type: string): { id: string; role: string } {
  const role = specOf(catalog, type)?.roles[0] ?? 'system';
  return { id: `${role}-1`, role };
}
