import type { z } from 'zod';
import type { FloorViolation } from './floor.js';
import { checkProfileFloors, nonVoterViolation, ProfileFloorError } from './floor.js';
import type { Profile, ProfileInput } from './schema.js';
import { ProfileSchema } from './schema.js';

/** One schema problem of a profile: where it is and what is wrong. */
export interface ProfileIssue {
  /** Dotted path, e.g. `voting.quorum.area.value.fraction.den`. */
  readonly path: string;
  readonly message: string;
  /** Set for a coded issue, e.g. `profile-key-retired` for a retired key with another value. */
  readonly code?: string;
}

/** Thrown by {@link defineProfile} when the input does not match the profile schema. */
export class ProfileValidationError extends Error {
  override readonly name = 'ProfileValidationError';
  readonly issues: readonly ProfileIssue[];

  constructor(issues: readonly ProfileIssue[]) {
    super(
      `invalid profile:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
    this.issues = issues;
  }
}

function issuesOf(error: z.ZodError): ProfileIssue[] {
  return error.issues.map((i) => {
    const code: unknown = i.code === 'custom' ? i.params?.code : undefined;
    return {
      path: i.path.map(String).join('.'),
      message: i.message,
      ...(typeof code === 'string' ? { code } : {}),
    };
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// What `defineProfile` returned carries this mark, not enumerable (a spread, `Object.assign` or
// JSON copy drops it) on a deeply frozen object (it cannot be changed after): it is returned as
// it is instead of being validated again, since every process start passes its profile here
// (`beijing` took 0.29 ms of zod per start). An own property, so an object made from it with
// `Object.create` is validated.
const DEFINED = Symbol.for('jiayuan.profile.defined');

function isDefined(input: unknown): input is Profile {
  return (
    typeof input === 'object' &&
    input !== null &&
    Object.isFrozen(input) &&
    Object.getOwnPropertyDescriptor(input, DEFINED)?.value === true
  );
}

/**
 * Reads the retired `voting.countNonVotersWithMajority.value` from untyped input without
 * trusting it: a profile that still asks for 从多 is refused citing CC 278 ¶2.
 */
function countsNonVoters(input: unknown): boolean {
  const get = (o: unknown, key: string): unknown =>
    typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;
  return get(get(get(input, 'voting'), 'countNonVotersWithMajority'), 'value') === true;
}

/**
 * Validates a profile and enforces the national floor.
 *
 * @returns the parsed profile, deeply frozen; given a profile it returned, that same profile.
 * @throws ProfileValidationError listing each schema problem with its path.
 * @throws ProfileFloorError when the profile goes below the Civil Code / PMR / SPC floor:
 *   its message names the field, the value, the floor and the article in zh-CN and en.
 */
export function defineProfile(input: ProfileInput): Profile {
  if (isDefined(input)) return input;
  // Checked before the schema so that enabling 从多 reports the article, not a type error.
  if (countsNonVoters(input)) throw new ProfileFloorError([nonVoterViolation()]);
  const parsed = ProfileSchema.safeParse(input);
  if (!parsed.success) throw new ProfileValidationError(issuesOf(parsed.error));
  const violations = checkProfileFloors(parsed.data);
  const [first, ...rest] = violations;
  if (first !== undefined) {
    throw new ProfileFloorError([first, ...rest] satisfies [FloorViolation, ...FloorViolation[]]);
  }
  Object.defineProperty(parsed.data, DEFINED, { value: true });
  return deepFreeze(parsed.data);
}
