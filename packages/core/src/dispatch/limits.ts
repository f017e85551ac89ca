// Kept free of zod types: `@jiayuan/core/dispatch` declares them too.

/** Size limits on untrusted input, in characters (UTF-16 code units) of its JSON. */
export interface EventLimits {
  /** The whole event. */
  readonly maxEventChars: number;
  /** The event `type`. */
  readonly maxTypeChars: number;
  /** The sender's `by.id`. */
  readonly maxSenderIdChars: number;
}

/**
 * The limits `dispatch` applies unless told otherwise: a type of 64 characters, a sender id
 * of 128, and a whole event of 4 MiB — room for the roll of a large complex (a 1,200-flat roll is
 * about 0.3 MiB), while an entry may set a tighter `maxChars` of its own. Free-text fields have
 * their own limits in each event's schema.
 */
export const DEFAULT_EVENT_LIMITS: EventLimits = Object.freeze({
  maxEventChars: 4_194_304,
  maxTypeChars: 64,
  maxSenderIdChars: 128,
});
