import { z } from 'zod';

/** The inspection event kinds xstate 5 reports, as recorded. */
export const INSPECTION_KINDS = [
  '@xstate.actor',
  '@xstate.event',
  '@xstate.snapshot',
  '@xstate.transition',
  '@xstate.microstep',
  '@xstate.action',
] as const;

/** A recorded snapshot: the parts that are data (no machine, no children refs). */
export const RecordedSnapshotSchema = z.object({
  status: z.string(),
  value: z.unknown().optional(),
  context: z.unknown().optional(),
  output: z.unknown().optional(),
  error: z.unknown().optional(),
});

/** A recorded snapshot; see {@link RecordedSnapshotSchema}. */
export type RecordedSnapshot = z.infer<typeof RecordedSnapshotSchema>;

const EventObjectSchema = z.looseObject({ type: z.string() });

/** One line of a recording: one xstate inspection event, as plain JSON. */
export const RecordedEventSchema = z.object({
  /** Position in the recording, from 0. */
  seq: z.number().int().min(0),
  kind: z.enum(INSPECTION_KINDS),
  /** The actor's session id (`actorRef.sessionId`). */
  actorId: z.string(),
  rootId: z.string(),
  /** The actor's logic id (the machine id for a machine actor), when known. */
  logicId: z.string().optional(),
  /** The event (event, snapshot, transition and microstep kinds). */
  event: EventObjectSchema.optional(),
  /** Who sent the event (event kind), when an actor did. */
  sourceId: z.string().optional(),
  /** The snapshot after the step (snapshot, transition and microstep kinds). */
  snapshot: RecordedSnapshotSchema.optional(),
  /** Microsteps: the transitions taken, as `source → targets`. */
  transitions: z
    .array(z.object({ source: z.string(), event: z.string(), targets: z.array(z.string()) }))
    .optional(),
  /** Action kind: the action executed. */
  action: z.object({ type: z.string(), params: z.unknown().optional() }).optional(),
});

/** One line of a recording; see {@link RecordedEventSchema}. */
export type RecordedEvent = z.infer<typeof RecordedEventSchema>;

/** A line of a recording that did not parse. */
export class RecordingError extends Error {
  /** The 1-based line number. */
  readonly line: number;

  /** @param line The 1-based line number of the bad line. */
  constructor(line: number, reason: string) {
    super(`recording line ${line}: ${reason}`);
    this.name = 'RecordingError';
    this.line = line;
  }
}

/**
 * Parses a JSON-lines recording (blank lines are skipped).
 *
 * @throws {RecordingError} on a line that is not JSON or not a recorded inspection event.
 */
export function parseRecording(text: string): RecordedEvent[] {
  const out: RecordedEvent[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new RecordingError(index + 1, error instanceof Error ? error.message : String(error));
    }
    const parsed = RecordedEventSchema.safeParse(json);
    if (!parsed.success) {
      throw new RecordingError(
        index + 1,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    }
    out.push(parsed.data);
  });
  return out;
}
