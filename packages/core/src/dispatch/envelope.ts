import { z } from 'zod';
import { type ActorRef, ActorRefSchema } from '../roles.js';
import { InstantSchema } from '../schemas/time.js';

/** The fields every external event carries besides its payload. */
export const ENVELOPE_KEYS = ['type', 'at', 'by'] as const;

/**
 * Every external event: its `type`, when it happened (`at`, an ISO instant) and who sent it
 * (`by`), plus its payload.
 */
export interface EventEnvelope {
  readonly type: string;
  readonly at: string;
  readonly by: ActorRef;
  readonly [key: string]: unknown;
}

/**
 * The envelope alone, other keys passed through. `dispatch` checks it after an event's own schema,
 * so a hand-written schema cannot skip `at` or `by`.
 */
export const EnvelopeSchema = z.looseObject({
  type: z.string(),
  at: InstantSchema,
  by: ActorRefSchema,
});

/** The payload shape of an event that carries only the envelope. */
export type EmptyShape = Record<never, never>;

/** The zod shape of an event of type `TType` with payload shape `TPayload`. */
export type EventShape<TType extends string, TPayload extends z.ZodRawShape> = {
  type: z.ZodLiteral<TType>;
  at: typeof InstantSchema;
  by: typeof ActorRefSchema;
} & TPayload;

/** The strict zod schema {@link eventSchema} builds. */
export type EventSchema<
  TType extends string,
  TPayload extends z.ZodRawShape = EmptyShape,
> = z.ZodObject<EventShape<TType, TPayload>, z.core.$strict>;

/**
 * Builds the strict zod schema of an external event: `type` is the literal `type`, `at` an ISO
 * instant, `by` an actor with a role, plus `payload`. Unknown keys are refused, so a typo in a
 * payload field is an `invalid-event`, not a silently ignored field.
 *
 * @throws if `type` is empty, is reserved by xstate (`xstate.…`), contains a wildcard, or the
 *   payload redefines `type`, `at` or `by`.
 */
export function eventSchema<
  const TType extends string,
  TPayload extends z.ZodRawShape = EmptyShape,
>(type: TType, payload?: TPayload): EventSchema<TType, TPayload> {
  assertEventType(type);
  for (const key of ENVELOPE_KEYS) {
    if (payload !== undefined && Object.hasOwn(payload, key)) {
      throw new Error(
        `eventSchema('${type}'): the payload must not redefine envelope field "${key}"`,
      );
    }
  }
  const shape = { ...payload, type: z.literal(type), at: InstantSchema, by: ActorRefSchema };
  return z.strictObject(shape as EventShape<TType, TPayload>);
}

/**
 * Checks that `type` can name an external event.
 *
 * @throws if it is empty, starts with `xstate.` or contains `*`.
 */
export function assertEventType(type: string): void {
  if (typeof type !== 'string' || type.length === 0) {
    throw new Error(`event type must be a non-empty string, got ${JSON.stringify(type)}`);
  }
  if (type.startsWith('xstate.')) {
    throw new Error(`event type "${type}" is reserved: xstate uses the "xstate." prefix`);
  }
  if (type.includes('*')) {
    throw new Error(`event type "${type}" must not contain "*", which xstate reads as a wildcard`);
  }
}
