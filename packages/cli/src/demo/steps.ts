// What the demo's parts in their own files use of the running demo (its closures in demo.ts).
import type { CommunityAccepted, CommunityResult, Complex } from '@jiayuan/community';
import type { Bilingual, CitationId, Locale, RollInput } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import type { DemoEvent } from './events.js';
import type { Timeline } from './timeline.js';

/** A unit of the generated roll. */
export type DemoUnit = RollInput['units'][number];

/** The running demo as its parts see it. */
export interface DemoSteps {
  readonly complex: Complex;
  readonly complexId: string;
  readonly tl: Timeline;
  readonly locale: Locale;
  /** Each process's machine, for the articles of its transitions (`meta.legal`). */
  readonly machines: Map<string, AnyStateMachine>;
  /** Sets the host's clock (a deadline delivered, a batch of ballots). */
  readonly setNow: (iso: string) => void;
  /** A coordinator call that must go through: throws a `CliError` naming `what` otherwise. */
  readonly check: (r: CommunityResult, what: string) => CommunityAccepted;
  /**
   * Sends one dated event, prints the step with its articles (the machine's for the event,
   * unless `cites` says which apply) and the coordinator's reactions.
   */
  readonly step: (
    processId: string,
    event: DemoEvent & { at: string },
    text: Bilingual,
    cites?: readonly CitationId[],
  ) => Promise<CommunityAccepted>;
  /** The articles of a process's transitions on `types`, those of the demo's profile. */
  readonly legal: (processId: string, ...types: string[]) => CitationId[];
  /** The report to the party organisation and the notice to the housing office before a call. */
  readonly reportBeforeCall: (
    processId: string,
    at: string,
    meetingAt: string,
    agenda: { readonly zh: string; readonly en: string },
  ) => Promise<void>;
  /** Casts ballots in batches; returns how many were accepted. */
  readonly cast: (
    processId: string,
    label: string,
    events: readonly DemoEvent[],
  ) => Promise<number>;
  /** The voters of the day: a deterministic share `share` of them, by `salt`. */
  readonly turnout: (share: number, salt: number) => DemoUnit[];
  /** A deterministic draw in 0–999 for voter `i` and `salt`. */
  readonly pick: (i: number, salt: number) => number;
}
