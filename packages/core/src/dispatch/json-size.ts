// The size check runs on every event `dispatch` receives; most are a few hundred characters
// against a limit of megabytes, so a cheap upper bound on their JSON length settles them without
// writing the JSON out (JSON.stringify was 7 % of a small machine's dispatch).

// Deeper than any event schema nests: past it (or a cycle) the exact length decides.
const MAX_DEPTH = 32;
// The longest JSON a number can print: `-1.7976931348623157e+308`.
const NUMBER_CHARS = 24;
// The longest JSON escape of one UTF-16 code unit: `\u001f`, or a lone surrogate's `\udc00`.
const ESCAPED_CHARS = 6;

/**
 * Whether the JSON of `value` is certainly no longer than `limit` characters, read without
 * writing it: strings counted as if every code unit were escaped, numbers at their longest,
 * `undefined` in an array as `null`, an object's own enumerable keys each with its colon and
 * comma. `false` means "not certain" — the caller measures the JSON itself — and is also the
 * answer for anything `JSON.stringify` would treat specially (`toJSON`, boxed values and other
 * class instances, a cycle, deep nesting).
 */
export function jsonCertainlyWithin(value: unknown, limit: number): boolean {
  return bound(value, limit, 0) <= limit;
}

// An array or an object made by a literal or JSON.parse, without `toJSON`: what JSON writes of
// anything else (a boxed number, a Date, a Map) is not what its keys show.
function plain(value: object): boolean {
  if (typeof Reflect.get(value, 'toJSON') === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// An upper bound on `JSON.stringify(value).length`, or a number over `room` once it is exceeded.
function bound(value: unknown, room: number, depth: number): number {
  switch (typeof value) {
    case 'string':
      return value.length * ESCAPED_CHARS + 2;
    case 'number':
      return NUMBER_CHARS;
    case 'boolean':
    case 'undefined':
      return 5;
    case 'object': {
      if (value === null) return 4;
      if (depth >= MAX_DEPTH || !plain(value)) return Number.POSITIVE_INFINITY;
      let size = 2;
      if (Array.isArray(value)) {
        for (const item of value) {
          size += bound(item, room - size, depth + 1) + 1;
          if (size > room) return size;
        }
        return size;
      }
      for (const key of Object.keys(value)) {
        size += key.length * ESCAPED_CHARS + 4;
        size += bound(Reflect.get(value, key), room - size, depth + 1);
        if (size > room) return size;
      }
      return size;
    }
    default:
      // Functions and symbols are left out of JSON; a bigint makes it throw.
      return 0;
  }
}
