import type { RecordedEvent } from './recording.js';

/** A state of the timeline: the snapshot's data. */
export interface TimelineState {
  readonly status: string;
  readonly value: unknown;
  readonly context: unknown;
}

/** One step: the event the actor processed and the state after it. */
export interface TimelineStep extends TimelineState {
  /** The position of the snapshot line in the recording. */
  readonly seq: number;
  readonly event: { readonly type: string } & Readonly<Record<string, unknown>>;
}

/** The states and events of one actor, replayed from a recording. */
export interface Timeline {
  readonly actorId: string;
  /** The machine id, when the recording names it. */
  readonly logicId?: string;
  /** The state after `xstate.init`; `undefined` if the recording started later. */
  readonly initial?: TimelineState;
  /** Every later event, in order, with the state it led to. */
  readonly steps: readonly TimelineStep[];
}

/**
 * Replays a recording into the timeline of one actor (the root actor by default): its initial
 * state, then each event it processed and the state after it, from the `@xstate.snapshot` lines.
 *
 * @throws if the recording has no snapshot of that actor.
 */
export function replayRecording(records: readonly RecordedEvent[], actorId?: string): Timeline {
  const target =
    actorId ?? records.find((r) => r.kind === '@xstate.actor')?.rootId ?? records[0]?.rootId;
  if (target === undefined) throw new Error('replayRecording: the recording is empty');
  let initial: TimelineState | undefined;
  const steps: TimelineStep[] = [];
  let logicId: string | undefined;
  for (const record of records) {
    if (record.actorId !== target) continue;
    logicId ??= record.logicId;
    if (record.kind !== '@xstate.snapshot' || record.snapshot === undefined) continue;
    const state: TimelineState = {
      status: record.snapshot.status,
      value: record.snapshot.value,
      context: record.snapshot.context,
    };
    const event = record.event ?? { type: 'unknown' };
    if (event.type === 'xstate.init' && initial === undefined && steps.length === 0) {
      initial = state;
    } else {
      steps.push({ seq: record.seq, event, ...state });
    }
  }
  if (initial === undefined && steps.length === 0) {
    throw new Error(`replayRecording: no snapshot of actor ${target} in the recording`);
  }
  return {
    actorId: target,
    ...(logicId === undefined ? {} : { logicId }),
    ...(initial === undefined ? {} : { initial }),
    steps,
  };
}

/** The states of a timeline in order (initial first), e.g. to compare two runs. */
export function timelineStates(timeline: Timeline): TimelineState[] {
  const states: TimelineState[] = timeline.steps.map(({ status, value, context }) => ({
    status,
    value,
    context,
  }));
  return timeline.initial === undefined ? states : [timeline.initial, ...states];
}
