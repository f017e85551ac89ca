import fc from 'fast-check';
import { type ActorRef, ROLES, type Role } from './core.js';
import { personName } from './names.js';
import { createRng } from './random.js';
import { checkInteger, checkShare } from './validate.js';

/** FNV-1a hash of a string, as a seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Options of {@link actorRefArbitrary}. */
export interface ActorRefArbitraryOptions {
  /**
   * How many distinct actors per role (`owner-1` … `owner-N`). Small pools make the same actor
   * act several times in a stream. Default 5.
   */
  readonly poolSize?: number;
  /** Share of actors that carry a display name. Default 0.5. */
  readonly nameShare?: number;
}

/** Throws unless `roles` is a non-empty list of known roles. */
export function checkRoles(name: string, roles: readonly Role[]): void {
  if (roles.length === 0) throw new RangeError(`${name} must not be empty`);
  for (const role of roles) {
    if (!ROLES.includes(role)) {
      throw new RangeError(
        `${name} has unknown role "${role}"; expected one of ${ROLES.join(', ')}`,
      );
    }
  }
}

/**
 * Senders of events (`by`): an id of the form `<role>-<n>`, a role from `roles`, and sometimes
 * a display name (personal data, as the inspector's sanitiser expects).
 *
 * @param roles The roles to draw from. Default every role in core's `ROLES`.
 * @throws RangeError when `roles` is empty or names an unknown role.
 */
export function actorRefArbitrary(
  roles: readonly Role[] = ROLES,
  options: ActorRefArbitraryOptions = {},
): fc.Arbitrary<ActorRef> {
  checkRoles('roles', roles);
  const poolSize = options.poolSize ?? 5;
  checkInteger('poolSize', poolSize, 1, 1_000_000);
  const nameShare = options.nameShare ?? 0.5;
  checkShare('nameShare', nameShare);
  return fc
    .record({ role: fc.constantFrom(...roles), n: fc.integer({ min: 1, max: poolSize }) })
    .map(({ role, n }) => {
      const id = `${role}-${n}`;
      const ref: ActorRef = { id, role };
      // Name or not, and which name, depend on the id only: one actor looks the same throughout.
      const rng = createRng(hash(id));
      if (role !== 'system' && rng.chance(nameShare)) ref.name = personName(rng);
      return ref;
    });
}
