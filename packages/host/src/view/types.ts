import type {
  ActorRef,
  Bilingual,
  CitationId,
  DeadlineStatus,
  JsonSchema,
  LocalDate,
  Locale,
  Role,
} from '@jiayuan/core';
import type { AnyStateMachine, SnapshotFrom, StateValue } from 'xstate';
import type { Principal } from '../principal.js';
import type { SnapshotEnvelope } from '../registry.js';
import type { DeadlineRowStatus } from '../store/contract.js';

/** The registered machine a process runs. */
export interface MachineRef {
  /** Its id in the host's registry, e.g. `"committee.formation"`. */
  readonly id: string;
  /** The snapshot version the host runs it at. */
  readonly version: number;
}

/**
 * A stored process read by `host.load`: its snapshot restored by the machine it runs (typed by
 * that machine when it is passed to `load`), and the stored envelope it came from.
 */
export interface LoadedProcess<TMachine extends AnyStateMachine = AnyStateMachine> {
  readonly processId: string;
  /** The snapshot version: the seq of the last log record. */
  readonly seq: number;
  readonly machine: MachineRef;
  /** The stored envelope, migrated to the registered machine version. */
  readonly envelope: SnapshotEnvelope;
  /**
   * The machine snapshot (`value`, `context`, `matches`, `can`, `hasTag`, …), restored from the
   * envelope. A copy: changing it changes nothing stored or running.
   */
  readonly snapshot: SnapshotFrom<TMachine>;
}

/** Options of `host.view`. */
export interface ViewOptions {
  /** Who reads, as the host application authenticated them: the events listed are theirs. */
  readonly principal: Principal;
  /** The language of `title`, `description` and `label` fields. Default `'zh-CN'`. */
  readonly locale?: Locale;
  /** How many of the last log records to include (0 to 1,000). Default 10. */
  readonly log?: number;
}

/** An active state of a process. */
export interface ViewState {
  /** xstate's state node id, e.g. `"formation.convening.work"`. */
  readonly id: string;
  /** Its title in the requested locale (its key when the machine gives none). */
  readonly title: string;
  readonly titles: Bilingual;
  /**
   * What it means, in the requested locale, from `meta.description`; in English only, xstate's
   * `description` for a state without one.
   */
  readonly description?: string;
  /** `meta.description` in both languages, when the machine gives it. */
  readonly descriptions?: Bilingual;
  /** The citation ids of the state's `meta.legal`. */
  readonly legal: readonly CitationId[];
}

/** An event the reading principal may send now. */
export interface ViewEvent {
  readonly type: string;
  readonly title: string;
  readonly titles: Bilingual;
  readonly description: string;
  readonly descriptions: Bilingual;
  /**
   * The roles the principal holds that the catalog permits for this event. With more than one,
   * `host.send` needs `as` to choose.
   */
  readonly roles: readonly Role[];
  /**
   * The JSON Schema of what `host.send` takes for this event: its `type` and payload. `at` and
   * `by` are left out; the host fills them in.
   */
  readonly payloadSchema: JsonSchema;
  /** Citation ids of the event and its rules. */
  readonly cite: readonly string[];
}

/** An article cited by an active state. */
export interface ViewCitation {
  readonly id: CitationId;
  /** e.g. `《民法典》第二百七十八条第二款` or `Civil Code art. 278(2)`. */
  readonly label: string;
  readonly labels: Bilingual;
  /** The phrase of the article the citation rests on, verbatim. */
  readonly keyPhrase: string;
}

/** A legal deadline of a process, from its deadline book. */
export interface ViewDeadline {
  readonly id: string;
  readonly title: string;
  readonly titles: Bilingual;
  /** When it falls due, Asia/Shanghai (`+08:00`): 24:00 of `lastDay` (CC 203). */
  readonly dueAt: string;
  /** Its last day, Asia/Shanghai. */
  readonly lastDay: LocalDate;
  readonly status: DeadlineStatus;
  /** A pending deadline whose due time the host's clock has reached, not yet delivered. */
  readonly overdue: boolean;
  /** When it was missed (or met), Asia/Shanghai. */
  readonly settledAt?: string;
  readonly cite: readonly CitationId[];
}

/** One record of a process's log, without its body (see `host.events` for that). */
export interface ViewLogEntry {
  readonly seq: number;
  readonly kind: 'start' | 'event';
  /** The event type; `null` for the start record. */
  readonly type: string | null;
  readonly title: string;
  readonly titles: Bilingual;
  /** Who sent it, as logged. */
  readonly by?: ActorRef;
  /** The event's own time, Asia/Shanghai. */
  readonly at?: string;
  /** When the host logged it, Asia/Shanghai. */
  readonly recordedAt: string;
}

/** What `host.view` returns: a process as one principal may read and act on it now. */
export interface ProcessView {
  readonly processId: string;
  readonly machine: MachineRef;
  readonly seq: number;
  /** `'active'` while it runs; `'done'` once it reached a final state (xstate's status). */
  readonly status: 'active' | 'done' | 'error' | 'stopped';
  readonly value: StateValue;
  /** The current state's title (`parent › child`, regions joined), in the requested locale. */
  readonly title: string;
  readonly titles: Bilingual;
  readonly locale: Locale;
  /** The host's clock when read, Asia/Shanghai. */
  readonly asOf: string;
  /** The reader and the roles it holds for this process now. */
  readonly principal: { readonly id: string; readonly roles: readonly Role[] };
  /** The active states, outermost first (the machine's root left out). */
  readonly states: readonly ViewState[];
  /** The events this principal may send now, in catalog order (see `host.view`). */
  readonly events: readonly ViewEvent[];
  /** The articles the active states cite, each once, in the order first cited. */
  readonly citations: readonly ViewCitation[];
  readonly deadlines: {
    /** Pending deadlines, soonest first; none once the process has ended. */
    readonly pending: readonly ViewDeadline[];
    /** Missed deadlines, in the order they fell due. */
    readonly missed: readonly ViewDeadline[];
  };
  /** The last log records, oldest first. */
  readonly log: readonly ViewLogEntry[];
}

/** What `host.deadlines` lists. */
export interface DeadlineQuery {
  /** Deadlines due at or before this instant (as `deliverDue`: a deadline is due at its time). */
  readonly dueBefore: Date | string;
  /** The host's scheduling status. Default `'scheduled'`: not yet delivered. */
  readonly status?: DeadlineRowStatus;
  /** At most this many, soonest first (1 to 10,000). Default 500. */
  readonly limit?: number;
  /** The language of `title`. Default `'zh-CN'`. */
  readonly locale?: Locale;
}

/** A scheduled deadline of some process, with its title. */
export interface DeadlineListing {
  readonly processId: string;
  /** The machine the process runs (`undefined` when it is no longer readable). */
  readonly machine?: MachineRef;
  readonly deadlineId: string;
  readonly title: string;
  readonly titles: Bilingual;
  /** When it falls due, Asia/Shanghai (`+08:00`). */
  readonly dueAt: string;
  readonly status: DeadlineRowStatus;
  /** The snapshot version that scheduled it. */
  readonly scheduledSeq: number;
  readonly cite: readonly string[];
}
