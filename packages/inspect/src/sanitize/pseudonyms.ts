import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** What an id names: a unit (专有部分) or an owner. */
export type IdKind = 'unit' | 'owner';

/** A fresh random key for one recording or one inspector session (32 bytes). */
export function randomPseudonymKey(): Uint8Array {
  return randomBytes(32);
}

/**
 * Keyed pseudonyms: `unit-` or `owner-` and the first 12 hex digits (48 bits) of
 * HMAC-SHA256(key, kind, id). The same id under the same key always gives the same pseudonym,
 * so a ballot's `unitId` still joins its unit; without the key the id cannot be recovered or
 * tested for, and another key (another recording) gives unrelated pseudonyms.
 */
export class Pseudonyms {
  readonly #key: Uint8Array;
  readonly #names: Map<string, string>;
  /** Ids met in the value being sanitised, by kind. */
  readonly known = new Map<string, IdKind>();

  constructor(key: string | Uint8Array) {
    this.#key = typeof key === 'string' ? utf8ToBytes(key) : key;
    this.#names = namesFor(key);
  }

  /** The pseudonym of `id` as a `kind`. */
  name(kind: IdKind, id: string): string {
    const cacheKey = `${kind}\u0000${id}`;
    let name = this.#names.get(cacheKey);
    if (name === undefined) {
      name = `${kind}-${bytesToHex(hmac(sha256, this.#key, utf8ToBytes(cacheKey))).slice(0, 12)}`;
      this.#names.set(cacheKey, name);
    }
    return name;
  }

  /** Remembers `id` as a `kind`; the first kind an id is met as wins. */
  learn(kind: IdKind, id: string): void {
    if (id.length > 0 && !this.known.has(id)) this.known.set(id, kind);
  }

  /** The pseudonym of `text` when it is a known id, else `undefined`. */
  exact(text: string): string | undefined {
    const kind = this.known.get(text);
    return kind === undefined ? undefined : this.name(kind, text);
  }

  /**
   * `text` with known ids replaced where they stand as words or as parts of a compound id
   * (`e-1-101`, a ballot id built from unit `1-101`, becomes `e-unit-…`). Ids are matched on
   * ASCII words joined by `-`, `_`, `/` or `.`; an id with other characters is replaced only
   * where it is a whole value. Timestamps are left alone.
   */
  inText(text: string): string {
    if (this.known.size === 0 || ISO_INSTANT.test(text)) return text;
    return text.replace(WORDS, (token) => this.#compound(token));
  }

  #compound(token: string): string {
    const whole = this.exact(token);
    if (whole !== undefined) return whole;
    // parts alternate word, separator, word, …
    const parts = token.split(SEPARATOR);
    const words = (parts.length + 1) / 2;
    if (words < 2) return token;
    let out = '';
    let i = 0;
    while (i < words) {
      let end = i;
      let name: string | undefined;
      // The longest span of words starting at i that is a known id.
      for (let j = words - 1; j > i; j--) {
        name = this.exact(parts.slice(2 * i, 2 * j + 1).join(''));
        if (name !== undefined) {
          end = j;
          break;
        }
      }
      out += name ?? this.exact(parts[2 * i] ?? '') ?? parts[2 * i] ?? '';
      if (end < words - 1) out += parts[2 * end + 1] ?? '';
      i = end + 1;
    }
    return out;
  }
}

// Names already computed, per key: a recorder sanitises every snapshot under one key, and a
// pseudonym costs an HMAC. A random key (a Uint8Array) is held weakly; text keys, chosen by
// hand, are few.
const byKeyObject = new WeakMap<Uint8Array, Map<string, string>>();
const byKeyText = new Map<string, Map<string, string>>();

function namesFor(key: string | Uint8Array): Map<string, string> {
  if (typeof key !== 'string') {
    let names = byKeyObject.get(key);
    if (names === undefined) {
      names = new Map();
      byKeyObject.set(key, names);
    }
    return names;
  }
  let names = byKeyText.get(key);
  if (names === undefined) {
    if (byKeyText.size >= 16) byKeyText.clear();
    names = new Map();
    byKeyText.set(key, names);
  }
  return names;
}

const WORDS = /[A-Za-z0-9]+(?:[-_/.][A-Za-z0-9]+)*/g;
const SEPARATOR = /([-_/.])/;
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
