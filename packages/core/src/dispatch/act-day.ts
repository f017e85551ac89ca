import { editionChange, type FollowedLaw } from '../profiles/history/follow.js';
import { PROFILE_HISTORIES } from '../profiles/history/resolve.js';
import type { Profile } from '../profiles/schema.js';

/**
 * What a machine's context keeps of the profile, declared once per machine and carried by its
 * catalog (`defineCatalog(definitions, { keeps })`): each key of the context it keeps, with how
 * that key is derived from an edition's profile (the context and the act's time given for a
 * derivation that depends on them). A process that follows the law then holds, for each key, the
 * value derived from the edition of the act's day: its clock ({@link clockKept}) and its rules
 * and transition conditions ({@link actDayContext}, {@link actDayGuards}) read the same
 * derivation. A machine that declares nothing keeps the whole profile as `profile`.
 *
 * @example Party coverage keeps the party section only (its `firm` key is its own record):
 * `{ party: (profile) => profile.party }`.
 */
export type KeptSections<TContext> = {
  readonly [K in Exclude<keyof TContext, 'now' | 'law'>]?: (
    profile: Profile,
    context: TContext,
    at: string,
  ) => TContext[K];
};

/** A {@link KeptSections} of any context, as a catalog carries it. */
export type AnyKeptSections = {
  readonly [key: string]: ((profile: Profile, context: never, at: string) => unknown) | undefined;
};

/** What a context keeps when its machine declares nothing: the whole profile, as `profile`. */
const KEEPS_PROFILE: AnyKeptSections = { profile: (profile) => profile };

function followedLaw(context: object): FollowedLaw | undefined {
  const law: unknown = Reflect.get(context, 'law');
  if (typeof law !== 'object' || law === null) return undefined;
  const follows: unknown = Reflect.get(law, 'follows');
  const edition: unknown = Reflect.get(law, 'edition');
  return typeof follows === 'string' &&
    Object.hasOwn(PROFILE_HISTORIES, follows) &&
    typeof edition === 'string'
    ? (law as FollowedLaw)
    : undefined;
}

// The kept keys derived from `profile`, in the declaration's order.
function derive(
  keeps: AnyKeptSections,
  profile: Profile,
  context: object,
  at: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(keeps)) {
    const of = keeps[key];
    if (of !== undefined) out[key] = of(profile, context as never, at);
  }
  return out;
}

/**
 * The clock's update for an accepted act at `at` of a machine that keeps `keeps` of the profile:
 * always `now`; for a process that follows the law and whose act falls on another edition's day,
 * `law` and each kept key derived from that edition. A fixed profile never changes. Apply it only
 * for an accepted event (in the clock action), so a refused one leaves the held edition alone.
 *
 * @throws ProfileDateError when `at` falls before the followed history's first edition.
 */
export function clockKept<TContext extends { readonly now: string; readonly law?: FollowedLaw }>(
  keeps: KeptSections<TContext>,
  context: TContext,
  at: string,
): Partial<TContext> {
  const change = editionChange(context.law, at);
  if (change === undefined) return { now: at } as Partial<TContext>;
  return {
    now: at,
    ...derive(keeps as AnyKeptSections, change.profile, context, at),
    law: change.law,
  } as Partial<TContext>;
}

// One context judged at one time by several guards: derive the act day's view once.
const VIEWS = new WeakMap<object, { at: string; keeps: AnyKeptSections; view: object }>();

/**
 * The context a rule or a transition condition judges an act at `at` by. A process that follows
 * the law holds the edition of its last accepted act; the act being judged is judged by the law
 * of its own day (docs/guides/law-of-the-day.md), so when that day falls in another edition the
 * guard sees what the clock will hold once the act is accepted: `law` naming that edition and
 * each key the machine keeps ({@link KeptSections}; without a declaration, `profile`) derived from
 * it. A fixed profile, an unreadable `at`, a day before the history (the clock refuses it as
 * invalid input), or a context with no `profile` and no declaration leave the context as it is.
 */
export function actDayContext(context: unknown, at: unknown, keeps?: AnyKeptSections): unknown {
  if (typeof context !== 'object' || context === null || typeof at !== 'string') return context;
  const law = followedLaw(context);
  if (law === undefined) return context;
  const kept = keeps ?? KEEPS_PROFILE;
  if (keeps === undefined && !Object.hasOwn(context, 'profile')) return context;
  const seen = VIEWS.get(context);
  if (seen !== undefined && seen.at === at && seen.keeps === kept) return seen.view;
  let change: ReturnType<typeof editionChange>;
  try {
    change = editionChange(law, at);
  } catch {
    return context;
  }
  const view =
    change === undefined
      ? context
      : { ...context, ...derive(kept, change.profile, context, at), law: change.law };
  VIEWS.set(context, { at, keeps: kept, view });
  return view;
}

/** What xstate gives a guard: the context and the event (with `at` for an external event). */
interface GuardArgs {
  readonly context: unknown;
  readonly event: unknown;
}

/**
 * The machine's own transition conditions (those beside its catalog's guards), each judging the
 * act by the law of its own day as the catalog's rules do: the guard sees {@link actDayContext}
 * of the context at the event's `at`, with what the machine keeps of the profile (its catalog's
 * `keeps`; without it, the whole profile as `profile`). Spread the result into the machine's
 * `setup({ guards })`; an entry that is not a function (a higher-order guard such as
 * `and([...])`) is kept as it is.
 */
export function actDayGuards<TGuards extends object>(
  guards: TGuards,
  keeps?: AnyKeptSections,
): TGuards {
  const out: Record<string, unknown> = {};
  for (const [name, guard] of Object.entries(guards)) {
    out[name] =
      typeof guard === 'function'
        ? (args: GuardArgs, params: unknown) => {
            const at: unknown =
              typeof args.event === 'object' && args.event !== null
                ? Reflect.get(args.event, 'at')
                : undefined;
            const context = actDayContext(args.context, at, keeps);
            return guard(context === args.context ? args : { ...args, context }, params);
          }
        : guard;
  }
  return out as TGuards;
}
