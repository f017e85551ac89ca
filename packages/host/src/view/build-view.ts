import { catalogOf, type Locale, type Role, stateTitle } from '@jiayuan/core';
import type { Principal } from '../principal.js';
import type { EventRecord } from '../store/contract.js';
import { activeStates, citationsOf } from './active-states.js';
import { viewDeadlines } from './deadline-view.js';
import { viewLog } from './log-view.js';
import { sendableEvents } from './sendable-events.js';
import { shanghaiTime } from './shanghai-time.js';
import type { LoadedProcess, ProcessView } from './types.js';

/** What {@link buildView} reads: a loaded process, its reader, its log and the host's clock. */
export interface ViewSource {
  readonly loaded: LoadedProcess;
  readonly principal: Principal;
  /** The roles the principal holds for the process now. */
  readonly held: readonly Role[];
  /** The process's log up to (at least) the loaded version. */
  readonly records: readonly EventRecord[];
  readonly locale: Locale;
  readonly log: number;
  readonly now: Date;
}

/** A process as one principal may read and act on it now (see `host.view`). */
export function buildView(source: ViewSource): ProcessView {
  const { loaded, locale } = source;
  const { snapshot } = loaded;
  const states = activeStates(snapshot, locale);
  const titles = stateTitle(snapshot);
  // The log is read after the snapshot: a record committed in between is left out.
  const records = source.records.filter((record) => record.seq <= loaded.seq);
  return {
    processId: loaded.processId,
    machine: loaded.machine,
    seq: loaded.seq,
    status: snapshot.status,
    value: snapshot.value,
    title: titles[locale],
    titles,
    locale,
    asOf: shanghaiTime(source.now.toISOString()),
    principal: { id: source.principal.id, roles: [...source.held] },
    states,
    events: snapshot.status === 'active' ? sendableEvents(snapshot, source.held, locale) : [],
    citations: citationsOf(states, locale),
    deadlines: viewDeadlines(snapshot, source.now, locale),
    log: viewLog(records, catalogOf(snapshot), source.log, locale),
  };
}
