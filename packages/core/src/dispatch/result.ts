import type { AnyMachineSnapshot } from 'xstate';
import type { EventEnvelope } from './envelope.js';
import type { Rejection } from './rejection.js';

// What `dispatch` takes and returns, apart from catalogs: kept free of zod types so that
// `@jiayuan/core/dispatch` declares the same result types as the root entry without loading zod.

/** The event was accepted: the actor's snapshot after it, and the parsed event that was sent. */
export interface DispatchAccepted<TSnapshot = AnyMachineSnapshot, TEvent = EventEnvelope> {
  readonly ok: true;
  readonly snapshot: TSnapshot;
  readonly event: TEvent;
}

/** The event was refused and not sent. */
export interface DispatchRefused {
  readonly ok: false;
  readonly rejection: Rejection;
}

/** What `dispatch` returns; narrow it on `ok`. */
export type DispatchResult<TSnapshot = AnyMachineSnapshot, TEvent = EventEnvelope> =
  | DispatchAccepted<TSnapshot, TEvent>
  | DispatchRefused;
