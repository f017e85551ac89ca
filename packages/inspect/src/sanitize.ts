/**
 * Owners' personal data in a machine's context or events, removed before anything leaves the
 * process for an inspector or a recording:
 *
 * - values under personal keys (`name`, `phone`, `room`, `idCard`, 姓名, 手机, 电话, 房号, 身份证,
 *   … — see `sanitize/personal-text.ts`), `Unit.number` (the room number), and `extraKeys`;
 * - mainland mobile numbers and ID-card numbers anywhere in free text, in keys and as numbers;
 * - unit and owner ids, replaced by keyed pseudonyms (`unit-…`, `owner-…`) that are the same
 *   everywhere within one recording, so a ballot's `unitId` still joins its unit.
 */

import {
  isMobileNumber,
  isPersonalKey,
  REDACTED,
  redactNumbers,
} from './sanitize/personal-text.js';
import { type IdKind, Pseudonyms, randomPseudonymKey } from './sanitize/pseudonyms.js';

export { REDACTED };

/** Options of {@link sanitizeContext} and {@link sanitizeEvent}. */
export interface SanitizeOptions {
  /**
   * Show personal data as it is, ids included. Only for a person entitled to see it (for
   * example the committee's own secretary on their own machine); off by default.
   */
  readonly showPersonalData?: boolean;
  /** More keys to remove wherever they appear, e.g. `note`. */
  readonly extraKeys?: readonly string[];
  /** Show unit and owner ids as they are; still remove names, phones and the rest. */
  readonly showIds?: boolean;
  /**
   * The key of the pseudonyms (HMAC-SHA256). A recorder or inspector draws a random one per
   * recording or session, so its pseudonyms are stable within it and unrelated to any other's;
   * a direct call without a key draws one per call. Pass the same key to join two outputs.
   */
  readonly pseudonymKey?: string | Uint8Array;
}

/**
 * `options` with a pseudonym key drawn if it has none: one per recording or session.
 *
 * @internal
 */
export function withPseudonymKey<T extends SanitizeOptions>(options: T): T {
  return options.pseudonymKey === undefined
    ? { ...options, pseudonymKey: randomPseudonymKey() }
    : options;
}

/** Removes owners' personal data from a context (a deep copy; the input is not changed). */
export function sanitizeContext<T>(context: T, options: SanitizeOptions = {}): T {
  if (options.showPersonalData === true) return context;
  const pseudonyms =
    options.showIds === true
      ? undefined
      : new Pseudonyms(options.pseudonymKey ?? randomPseudonymKey());
  if (pseudonyms !== undefined) learn(context, undefined, pseudonyms, new Set());
  const state: Walk = {
    extra: new Set(options.extraKeys ?? []),
    pseudonyms,
    seen: new Set(),
    texts: new Map(),
    personalKeys: new Map(),
  };
  return walk(context, undefined, state) as T;
}

/** Removes personal data from an event (`by.name`, owners, units, phones inside the payload). */
export function sanitizeEvent<T>(event: T, options: SanitizeOptions = {}): T {
  return sanitizeContext(event, options);
}

// Keys whose string values (or arrays of strings) are unit or owner ids.
const ID_KEYS: ReadonlyMap<string, IdKind> = new Map([
  ['unitId', 'unit'],
  ['unitIds', 'unit'],
  ['unit', 'unit'],
  ['units', 'unit'],
  ['castBy', 'owner'],
  ['ownerId', 'owner'],
  ['ownerIds', 'owner'],
  ['owner', 'owner'],
  ['owners', 'owner'],
  ['developerId', 'owner'],
]);

/** First pass: the ids in the value, from the places a roll, a ballot or a sender holds them. */
function learn(
  value: unknown,
  within: string | undefined,
  pseudonyms: Pseudonyms,
  seen: Set<object>,
): void {
  if (typeof value === 'string') {
    const kind = within === undefined ? undefined : ID_KEYS.get(within);
    if (kind !== undefined) pseudonyms.learn(kind, value);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) learn(item, within, pseudonyms, seen);
    return;
  }
  if (!isPlain(value)) return;
  const id = Reflect.get(value, 'id');
  if (typeof id === 'string') {
    if (within === 'units') pseudonyms.learn('unit', id);
    else if (within === 'owners') pseudonyms.learn('owner', id);
    else if (within === 'by' && Reflect.get(value, 'role') === 'owner') {
      pseudonyms.learn('owner', id);
    }
  }
  for (const [key, field] of Object.entries(value)) {
    // A unit's `owners` are owner ids; elsewhere a key is read by its own name.
    learn(field, key, pseudonyms, seen);
  }
}

interface Walk {
  readonly extra: ReadonlySet<string>;
  readonly pseudonyms: Pseudonyms | undefined;
  readonly seen: Set<object>;
  readonly texts: Map<string, string>;
  readonly personalKeys: Map<string, boolean>;
}

/** Second pass: the copy, with personal values removed and ids renamed. */
function walk(value: unknown, within: string | undefined, state: Walk): unknown {
  if (typeof value === 'string') return text(value, state);
  if (typeof value === 'number') return isMobileNumber(value) ? REDACTED : value;
  if (typeof value !== 'object' || value === null) return value;
  if (state.seen.has(value)) return '[circular]';
  state.seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, within, state));
    // Class instances (actor refs, dates, maps) are left alone; contexts are plain JSON.
    if (!isPlain(value)) return value;
    const out: Record<string, unknown> = {};
    const unit = within === 'units' && typeof Reflect.get(value, 'id') === 'string';
    // A complex's name is the one `name` that is not a person's.
    const complex = typeof Reflect.get(value, 'complexId') === 'string';
    for (const [key, field] of Object.entries(value)) {
      const personal =
        (personalKey(key, state) && !(complex && key === 'name')) ||
        state.extra.has(key) ||
        (key === 'number' && unit);
      const name = text(key, state);
      const clean = personal && field !== undefined ? REDACTED : walk(field, key, state);
      // Defined, not assigned, for `__proto__`: it stays a key instead of setting the prototype.
      if (name === '__proto__') {
        Object.defineProperty(out, name, { value: clean, enumerable: true, writable: true });
      } else out[name] = clean;
    }
    return out;
  } finally {
    state.seen.delete(value);
  }
}

function text(value: string, state: Walk): string {
  // Contexts repeat their strings (states, choices, instants): each is worked out once.
  let clean = state.texts.get(value);
  if (clean === undefined) {
    const p = state.pseudonyms;
    clean =
      p === undefined ? redactNumbers(value) : (p.exact(value) ?? redactNumbers(p.inText(value)));
    state.texts.set(value, clean);
  }
  return clean;
}

function personalKey(key: string, state: Walk): boolean {
  let personal = state.personalKeys.get(key);
  if (personal === undefined) {
    personal = isPersonalKey(key);
    state.personalKeys.set(key, personal);
  }
  return personal;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
