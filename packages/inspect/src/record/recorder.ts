import type { AnyEventObject, InspectionEvent } from 'xstate';
import {
  type SanitizeOptions,
  sanitizeContext,
  sanitizeEvent,
  withPseudonymKey,
} from '../sanitize.js';
import type { RecordedEvent, RecordedSnapshot } from './recording.js';

/** Options of {@link createRecorder}. */
export interface RecorderOptions extends SanitizeOptions {
  /** Called with each JSON line (no trailing newline) as it is recorded, e.g. to append to a file. */
  readonly write?: (line: string) => void;
  /** Keep the lines in memory for {@link Recorder.text} (default `true`). */
  readonly keep?: boolean;
}

/** Records every inspection event of an actor system as JSON lines. */
export interface Recorder {
  /** Pass as `createActor(machine, { inspect: recorder.inspect })`. */
  readonly inspect: (event: InspectionEvent) => void;
  /** The lines recorded so far (empty when `keep` is `false`). */
  readonly lines: readonly string[];
  /** The recording as JSON-lines text, one event a line, ending with a newline. */
  text(): string;
}

/**
 * An offline recorder built on xstate's `inspect` option: each inspection event becomes one JSON
 * line (see {@link RecordedEvent}), owners' personal data removed unless `showPersonalData`.
 * Unit and owner ids get pseudonyms keyed for this recording alone (`pseudonymKey` to choose
 * the key). Replay a recording with `parseRecording` and `replayRecording`.
 */
export function createRecorder(recorderOptions: RecorderOptions = {}): Recorder {
  const options = withPseudonymKey(recorderOptions);
  const lines: string[] = [];
  let seq = 0;
  const keep = options.keep !== false;
  return {
    inspect(event) {
      const record = toRecord(event, seq, options);
      seq += 1;
      const line = JSON.stringify(record);
      if (keep) lines.push(line);
      options.write?.(line);
    },
    lines,
    text() {
      return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    },
  };
}

/** One inspection event as a {@link RecordedEvent}. */
export function toRecord(
  event: InspectionEvent,
  seq: number,
  options: SanitizeOptions = {},
): RecordedEvent {
  const actorId = event.actorRef.sessionId ?? '';
  const logic: unknown = Reflect.get(event.actorRef, 'logic');
  const logicIdValue: unknown =
    typeof logic === 'object' && logic !== null ? Reflect.get(logic, 'id') : undefined;
  const base = {
    seq,
    kind: event.type,
    actorId,
    rootId: event.rootId,
    ...(typeof logicIdValue === 'string' ? { logicId: logicIdValue } : {}),
  };
  const cleanEvent = (e: AnyEventObject): RecordedEvent['event'] =>
    jsonCopy(sanitizeEvent(e, options)) as RecordedEvent['event'];
  switch (event.type) {
    // The actor's snapshot cannot be read while it initialises; its first snapshot line follows.
    case '@xstate.actor':
      return base;
    case '@xstate.event':
      return {
        ...base,
        event: cleanEvent(event.event),
        ...(event.sourceRef?.sessionId === undefined
          ? {}
          : { sourceId: event.sourceRef.sessionId }),
      };
    case '@xstate.snapshot':
    case '@xstate.transition':
      return {
        ...base,
        event: cleanEvent(event.event),
        snapshot: snapshotOf(event.snapshot, options),
      };
    case '@xstate.microstep':
      return {
        ...base,
        event: cleanEvent(event.event),
        snapshot: snapshotOf(event.snapshot, options),
        transitions: event._transitions.map((t) => ({
          source: t.source.id,
          event: t.eventType,
          targets: (t.target ?? []).map((target) => target.id),
        })),
      };
    case '@xstate.action':
      return {
        ...base,
        action: {
          type: event.action.type,
          ...(event.action.params === undefined
            ? {}
            : { params: jsonCopy(sanitizeEvent(event.action.params, options)) }),
        },
      };
  }
}

function snapshotOf(snapshot: unknown, options: SanitizeOptions): RecordedSnapshot {
  const get = (key: string): unknown =>
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, key) : undefined;
  const status = get('status');
  const out: Record<string, unknown> = { status: typeof status === 'string' ? status : 'unknown' };
  for (const key of ['value', 'context', 'output', 'error'] as const) {
    const field = get(key);
    if (field === undefined) continue;
    out[key] =
      key === 'error'
        ? String(field instanceof Error ? field.message : field)
        : jsonCopy(sanitizeContext(field, options));
  }
  return out as RecordedSnapshot;
}

// Recordings hold JSON only: functions and actor refs inside a context become strings. Shared
// objects (the same roll in two places) are copied twice; only a true cycle is cut.
function jsonCopy(value: unknown, ancestors: Set<object> = new Set()): unknown {
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return '[circular]';
  const toJSON: unknown = Reflect.get(value, 'toJSON');
  if (typeof toJSON === 'function') return jsonCopy(toJSON.call(value), ancestors);
  if (
    typeof Reflect.get(value, 'sessionId') === 'string' &&
    typeof Reflect.get(value, 'send') === 'function'
  ) {
    return `[actor ${String(Reflect.get(value, 'id'))}]`;
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value))
      return value.map((item) => (item === undefined ? null : jsonCopy(item, ancestors)));
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || typeof field === 'symbol') continue;
      out[key] = jsonCopy(field, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}
