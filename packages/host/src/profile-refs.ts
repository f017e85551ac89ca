import { defineProfile, type Profile } from '@jiayuan/core';
import { type ProfileRef, profileHash } from './profiles.js';

/** The key of the object that stands for a profile in a persisted snapshot or start record. */
export const PROFILE_REF_KEY = '$profile';

/**
 * The profiles held under a `profile` key anywhere in a JSON value (a machine's context, a
 * child actor's, a start input), by content hash.
 */
export function profilesIn(value: unknown): Map<string, Profile> {
  const found = new Map<string, Profile>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const item of v) walk(item);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    for (const [key, item] of Object.entries(v)) {
      if (key === 'profile' && isProfile(item)) found.set(profileHash(item), item);
      else walk(item);
    }
  };
  walk(value);
  return found;
}

/**
 * Replaces every profile held under a `profile` key in a JSON value by
 * `{ $profile: { id, version, hash } }`, the reference `refOf` gives for its content hash. The
 * value is JSON already (the host's `plain`), so it is copied only along the paths that change.
 */
export function withProfileRefs(value: unknown, refOf: (hash: string) => ProfileRef): unknown {
  return rewrite(value, (v, key) =>
    key === 'profile' && isProfile(v)
      ? { to: { [PROFILE_REF_KEY]: refOf(profileHash(v)) } }
      : undefined,
  );
}

/** The content hashes a JSON value's profile references name. */
export function profileRefHashes(value: unknown): Set<string> {
  const hashes = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const item of v) walk(item);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const ref = refIn(v);
    if (ref !== undefined) {
      hashes.add(ref.hash);
      return;
    }
    for (const item of Object.values(v)) walk(item);
  };
  walk(value);
  return hashes;
}

/**
 * The value with every profile held under a `profile` key as core reads it today: a key core has
 * since retired (e.g. `calendar`, which could hold one value only) is dropped, as a machine drops
 * it when it parses its input. A replay of a start logged before the key left rebuilds the
 * profile without it, so the stored snapshot is compared in the same reading. A content core
 * refuses is left as it is (the comparison then fails, as it should).
 */
export function withProfilesAsRead(value: unknown): unknown {
  return rewrite(value, (v, key) => {
    if (key !== 'profile' || !isProfile(v)) return undefined;
    try {
      return { to: defineProfile(v) };
    } catch {
      return { to: v };
    }
  });
}

/**
 * Puts the profiles back: every `{ $profile: { hash } }` in a JSON value is replaced by the
 * content `contentOf(hash)` gives. A value with no reference (a snapshot persisted with its
 * profile inline, as before references) is returned as it is.
 */
export function withProfiles(value: unknown, contentOf: (hash: string) => unknown): unknown {
  return rewrite(value, (v) => {
    const ref = typeof v === 'object' && v !== null && !Array.isArray(v) ? refIn(v) : undefined;
    return ref === undefined ? undefined : { to: contentOf(ref.hash) };
  });
}

/**
 * A JSON value with the parts `replace` names swapped (`{ to }`; `undefined` to look inside),
 * copied only along the paths that change. `key` is the property a part is held under.
 */
function rewrite(
  value: unknown,
  replace: (v: unknown, key: string | undefined) => { readonly to: unknown } | undefined,
): unknown {
  const walk = (v: unknown, key: string | undefined): unknown => {
    const replaced = replace(v, key);
    if (replaced !== undefined) return replaced.to;
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((item) => {
        const next = walk(item, undefined);
        if (next !== item) changed = true;
        return next;
      });
      return changed ? out : v;
    }
    if (typeof v !== 'object' || v === null) return v;
    let out: Record<string, unknown> | undefined;
    for (const [k, item] of Object.entries(v)) {
      const next = walk(item, k);
      if (next !== item) {
        out ??= { ...(v as Record<string, unknown>) };
        out[k] = next;
      }
    }
    return out ?? v;
  };
  return walk(value, undefined);
}

// Only an object whose one key is `$profile` with a hash in it is a reference.
function refIn(v: object): ProfileRef | undefined {
  const keys = Object.keys(v);
  if (keys.length !== 1 || keys[0] !== PROFILE_REF_KEY) return undefined;
  const ref: unknown = Reflect.get(v, PROFILE_REF_KEY);
  if (typeof ref !== 'object' || ref === null) return undefined;
  const hash: unknown = Reflect.get(ref, 'hash');
  return typeof hash === 'string' ? (ref as ProfileRef) : undefined;
}

// A profile as machines hold it: an id and the sections every profile has.
function isProfile(v: unknown): v is Profile {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.id === 'string' &&
    typeof p.voting === 'object' &&
    p.voting !== null &&
    typeof p.formation === 'object' &&
    p.formation !== null &&
    typeof p.eligibility === 'object' &&
    p.eligibility !== null
  );
}
