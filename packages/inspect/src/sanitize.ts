/**
 * Owners' personal data in a machine's context or events, removed before anything leaves the
 * process for an inspector or a recording. Core's schemas mark these fields: `Owner.name` and
 * `Owner.phone`, `Unit.number` (the room number) and `ActorRef.name`; any `phone`-like key
 * anywhere is removed as well.
 */

/** What a removed value is replaced with, so a viewer sees that something was hidden. */
export const REDACTED = '[redacted]';

/** Options of {@link sanitizeContext} and {@link sanitizeEvent}. */
export interface SanitizeOptions {
  /**
   * Show personal data as it is. Only for a person entitled to see it (for example the
   * committee's own secretary on their own machine); off by default.
   */
  readonly showPersonalData?: boolean;
  /** More keys to remove wherever they appear, e.g. `idCard`. */
  readonly extraKeys?: readonly string[];
}

// Keys that are personal wherever they occur.
const ALWAYS = /^(phone|phones|phoneNumber|mobile|tel|telephone|idCard|idNumber|email)$/i;

/** Removes owners' personal data from a context (a deep copy; the input is not changed). */
export function sanitizeContext<T>(context: T, options: SanitizeOptions = {}): T {
  if (options.showPersonalData === true) return context;
  return walk(context, undefined, extraKeys(options), new WeakSet()) as T;
}

/** Removes personal data from an event (`by.name`, owners, units, phones inside the payload). */
export function sanitizeEvent<T>(event: T, options: SanitizeOptions = {}): T {
  return sanitizeContext(event, options);
}

function extraKeys(options: SanitizeOptions): ReadonlySet<string> {
  return new Set(options.extraKeys ?? []);
}

function walk(
  value: unknown,
  within: string | undefined,
  extra: ReadonlySet<string>,
  seen: WeakSet<object>,
): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, within, extra, seen));
    // Class instances (actor refs, dates, maps) are left alone; contexts are plain JSON.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    const owner = within === 'owners' && hasString(value, 'id');
    const unit = within === 'units' && hasString(value, 'id');
    const actor = hasString(value, 'id') && hasString(value, 'role');
    for (const [key, field] of Object.entries(value)) {
      const personal =
        ALWAYS.test(key) ||
        extra.has(key) ||
        (key === 'name' && (owner || actor)) ||
        (key === 'number' && unit);
      out[key] = personal && field !== undefined ? REDACTED : walk(field, key, extra, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

function hasString(value: object, key: string): boolean {
  return typeof Reflect.get(value, key) === 'string';
}
