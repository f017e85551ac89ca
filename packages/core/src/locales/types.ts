import type { Bilingual } from '../i18n.js';

/** Why a process no longer takes events: finished, broken, stopped by the host, or never started. */
export type ProcessEndReason = 'done' | 'error' | 'stopped' | 'not-started';

/**
 * The parameters of each message, by key. Names of states, events and roles come in both
 * languages, so each locale picks its own.
 */
export interface MessageParams {
  readonly 'process-ended': { readonly reason: ProcessEndReason; readonly state: Bilingual };
  /** What was too large, its size and the limit; never the value itself. */
  readonly 'too-large': {
    readonly what: 'event' | 'type' | 'sender';
    readonly size: number;
    readonly limit: number;
  };
  readonly 'unknown-event': {
    readonly type: string | undefined;
    readonly allowed: readonly Bilingual[];
  };
  readonly 'invalid-event': {
    readonly event: Bilingual;
    readonly issues: readonly { readonly path: string; readonly messages: Bilingual }[];
  };
  readonly 'not-permitted': {
    readonly event: Bilingual;
    readonly role: Bilingual;
    readonly permitted: readonly Bilingual[];
  };
  readonly 'out-of-order': { readonly event: Bilingual; readonly at: string; readonly now: string };
  readonly 'not-allowed-now': {
    readonly state: Bilingual;
    readonly event: Bilingual;
    readonly allowed: readonly Bilingual[];
  };
  /** A catalog rule said no without its own message. */
  readonly 'rule-violated': {
    readonly event: Bilingual;
    readonly rule: string;
    readonly citations: readonly string[];
    /** What the rule requires, when it says. */
    readonly requirement: Bilingual | undefined;
    /**
     * The text version of each citation on the act's day, by id, for a process that follows the
     * law (`2023-12-28 text`); absent for a fixed profile.
     */
    readonly versions?: Readonly<Record<string, Bilingual>>;
  };
  /** A machine guard said no and no catalog rule explained why. */
  readonly 'guard-refused': { readonly event: Bilingual; readonly state: Bilingual };
  readonly 'machine-error': {
    readonly event: Bilingual | undefined;
    readonly error: string;
    /** Whether the process itself stopped in error (the event was already applied). */
    readonly stopped: boolean;
  };
  /**
   * With `not-permitted` from a host: the authenticated principal holds no role in this process
   * that may send the event (or not the one it asked to act as).
   */
  readonly 'not-assigned': {
    readonly event: Bilingual;
    /** The role the principal asked to act as, when it named one. */
    readonly role: Bilingual | undefined;
    readonly permitted: readonly Bilingual[];
  };
  /** The event's own `by` names another sender than the principal acts as (the value is not echoed). */
  readonly 'sender-mismatch': {
    readonly event: Bilingual;
    /** Which part of `by` differs. */
    readonly field: 'id' | 'role' | 'name' | 'by';
  };
  /** The principal holds several roles that may send the event. */
  readonly 'role-ambiguous': { readonly event: Bilingual; readonly held: readonly Bilingual[] };
  /** The event carries a time where the host's clock dates it. */
  readonly 'time-not-accepted': { readonly event: Bilingual; readonly field: string };
  /** A time written on paper is later than the host's clock plus its allowed skew. */
  readonly 'time-in-future': {
    readonly event: Bilingual;
    readonly field: string;
    readonly latest: string;
  };
}

/** A message key: one per rejection code, plus `guard-refused` and `not-assigned`. */
export type MessageKey = keyof MessageParams;

/** One locale's templates: a function per key from its parameters to text. */
export type MessageTemplates = {
  readonly [K in MessageKey]: (params: MessageParams[K]) => string;
};
