import { createHash } from 'node:crypto';
import { defineProfile, PROFILE_IDS, PROFILES, type Profile } from '@jiayuan/core';
import { HostError, ProfileConflictError } from './errors.js';
import { canonicalJson } from './hash.js';

/**
 * What a persisted snapshot keeps in place of a profile: its id, the version the host registered
 * it under (`null` for a profile a process was started with that no registered version has) and
 * the SHA-256 of its canonical JSON, under which the store keeps its content once.
 */
export interface ProfileRef {
  readonly id: string;
  readonly version: number | null;
  readonly hash: string;
}

/** A profile the host knows: one of core's shipped profiles, or one the host application registered. */
export interface ProfileEntry {
  /** A positive integer, bumped whenever the profile's content changes. */
  readonly version: number;
  readonly profile: Profile;
}

/**
 * The version the shipped profiles (`PROFILES` of `@jiayuan/core`) are registered under. After a
 * release of core that changes a shipped profile, a store that kept the earlier content under
 * this version keeps the new one by content alone (`version: null`) rather than refusing it:
 * the host application does not version core's profiles. Processes started earlier keep theirs.
 */
export const SHIPPED_PROFILE_VERSION = 1;

/** SHA-256 (hex) of a profile's canonical JSON: equal contents, equal hashes. */
export function profileHash(profile: unknown): string {
  return createHash('sha256').update(canonicalJson(profile)).digest('hex');
}

/**
 * The profiles a host knows, by id and version and by content hash. Registering a content under
 * an id and version that already hold another content is refused (`profile-conflict`).
 */
export class ProfileRegistry {
  readonly #byKey = new Map<string, ProfileRef>();
  readonly #byHash = new Map<string, { readonly ref: ProfileRef; readonly profile: Profile }>();
  readonly #shipped = new Set<string>();

  /**
   * With `shipped` (the default), core's shipped profiles are registered first under
   * {@link SHIPPED_PROFILE_VERSION}; then `entries`.
   *
   * @throws {ProfileConflictError} for two contents under one id and version.
   * @throws {HostError} `registry` for a version that is not a positive integer or a profile that
   *   does not validate.
   */
  constructor(entries: readonly ProfileEntry[] = [], options: { readonly shipped?: boolean } = {}) {
    if (options.shipped !== false) {
      for (const id of PROFILE_IDS) {
        const ref = this.register({ version: SHIPPED_PROFILE_VERSION, profile: PROFILES[id] });
        this.#shipped.add(keyOf(ref.id, SHIPPED_PROFILE_VERSION));
      }
    }
    for (const entry of entries) this.register(entry);
  }

  /**
   * Registers a profile under its id and `version`; registering the same content again changes
   * nothing. Returns its reference.
   *
   * @throws {ProfileConflictError}, {HostError} `registry` (see the constructor).
   */
  register(entry: ProfileEntry): ProfileRef {
    if (!Number.isInteger(entry.version) || entry.version < 1) {
      throw new HostError(
        'registry',
        `profile "${String(entry.profile?.id)}": version must be a positive integer, got ${entry.version}`,
      );
    }
    let profile: Profile;
    try {
      profile = defineProfile(entry.profile);
    } catch (error) {
      throw new HostError(
        'registry',
        `profile "${String(entry.profile?.id)}" version ${entry.version} is not a valid profile: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
    const hash = profileHash(profile);
    const key = keyOf(profile.id, entry.version);
    const held = this.#byKey.get(key);
    if (held !== undefined) {
      if (held.hash !== hash)
        throw new ProfileConflictError(profile.id, entry.version, held.hash, hash);
      return held;
    }
    const ref: ProfileRef = { id: profile.id, version: entry.version, hash };
    this.#byKey.set(key, ref);
    const known = this.#byHash.get(hash);
    // One content under several versions: the latest names it.
    if (known === undefined || (known.ref.version ?? 0) < entry.version) {
      this.#byHash.set(hash, { ref, profile });
    }
    return ref;
  }

  /** Whether `ref` names one of core's shipped profiles as registered by default. */
  isShipped(ref: ProfileRef): boolean {
    return ref.version !== null && this.#shipped.has(keyOf(ref.id, ref.version));
  }

  /** The reference of `id` at `version`, or `undefined`. */
  get(id: string, version: number): ProfileRef | undefined {
    return this.#byKey.get(keyOf(id, version));
  }

  /** The registered profile with this content hash, with its reference, or `undefined`. */
  byHash(hash: string): { readonly ref: ProfileRef; readonly profile: Profile } | undefined {
    return this.#byHash.get(hash);
  }

  /** Every registered reference, by id then version. */
  refs(): ProfileRef[] {
    return [...this.#byKey.values()].sort((a, b) =>
      a.id === b.id ? (a.version ?? 0) - (b.version ?? 0) : a.id < b.id ? -1 : 1,
    );
  }
}

function keyOf(id: string, version: number): string {
  return `${version}\u0000${id}`;
}
