// Sign-in and sessions: scrypt password hashes, random session ids in an HttpOnly cookie. The
// person a session names is the principal every event of theirs is sent as.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Person } from './seed.js';

/** A person with a password hash: what the sign-in checks. */
export interface Account {
  readonly person: Person;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

const KEY_LENGTH = 32;

/** An account for `person` with `password`, hashed with scrypt and a random salt. */
export function account(person: Person, password: string): Account {
  const salt = randomBytes(16);
  return { person, salt, hash: scryptSync(password, salt, KEY_LENGTH) };
}

/** The person if `password` is theirs, compared in constant time. */
export function checkPassword(found: Account | undefined, password: string): Person | undefined {
  if (found === undefined || password.length > 200) return undefined;
  const hash = scryptSync(password, found.salt, KEY_LENGTH);
  return timingSafeEqual(hash, found.hash) ? found.person : undefined;
}

/** One signed-in browser: who, and a message to show once (after a refused or sent event). */
export interface Session {
  readonly personId: string;
  flash?: { readonly ok: boolean; readonly html: string };
}

/** Sessions by random id; they live as long as the server. */
export class Sessions {
  readonly #byId = new Map<string, Session>();

  open(personId: string): string {
    const id = randomBytes(24).toString('base64url');
    this.#byId.set(id, { personId });
    return id;
  }

  get(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.#byId.get(id);
  }

  close(id: string | undefined): void {
    if (id !== undefined) this.#byId.delete(id);
  }
}

/** The session id in a Cookie header. */
export function sessionCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === 'sid' && value !== undefined && /^[\w-]{20,64}$/.test(value)) return value;
  }
  return undefined;
}
