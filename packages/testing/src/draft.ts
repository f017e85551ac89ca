import type { Ballot, Channel, Choice, Roll, Unit } from './core.js';
import { castersOf } from './holders.js';
import type { Rng } from './random.js';
import { checkWeights } from './validate.js';
import { toInstant } from './window.js';

// Ballot drafting shared by the valid and the adversarial ballot arbitraries.

/** Default relative weights of the choices. */
export const DEFAULT_CHOICES: Readonly<Record<Choice, number>> = {
  agree: 6,
  disagree: 2,
  abstain: 1,
  spoilt: 0.5,
};
/** Default relative weights of the channels. */
export const DEFAULT_CHANNELS: Readonly<Record<Channel, number>> = {
  paper: 4,
  'on-site': 2,
  'door-to-door': 2,
  electronic: 2,
};

/** Weights over every member of `keys`, defaults filled in. */
export function fullWeights<K extends string>(
  name: string,
  keys: readonly K[],
  defaults: Readonly<Record<K, number>>,
  given: Partial<Readonly<Record<K, number>>> | undefined,
): Record<K, number> {
  for (const key of Object.keys(given ?? {})) {
    if (!keys.includes(key as K)) {
      throw new RangeError(`${name} has unknown key "${key}"; expected one of ${keys.join(', ')}`);
    }
  }
  const weights = { ...defaults, ...given } as Record<K, number>;
  checkWeights(name, weights);
  return weights;
}

/** What a generated ballot is made of before it gets an id. */
export interface Draft {
  readonly unitId: string;
  readonly castBy: string;
  readonly choice: Choice;
  readonly channel: Channel;
  readonly at: number;
  readonly proxy: Ballot['proxy'];
}

/** Shared by the valid and the adversarial arbitraries: one plausible ballot for `unit`. */
export interface DraftContext {
  readonly rng: Rng;
  readonly roll: Roll;
  readonly opens: number;
  readonly closes: number;
  readonly choices: Readonly<Record<Choice, number>>;
  readonly channels: Readonly<Record<Channel, number>>;
  readonly proxyShare: number;
}

/** A ballot for `unit` at a time in [from, closes), cast by one of its holders. */
export function draftBallot(ctx: DraftContext, unit: Unit, from = ctx.opens): Draft {
  const { rng } = ctx;
  const proxy = rng.chance(ctx.proxyShare)
    ? {
        keyedBy: `proxy-${rng.int(1, 9999)}`,
        authorisationRef: `WT-${new Date(ctx.opens).getUTCFullYear()}-${String(rng.int(1, 999_999)).padStart(6, '0')}`,
      }
    : undefined;
  return {
    unitId: unit.id,
    castBy: rng.pick(castersOf(ctx.roll, unit)),
    choice: rng.weighted(ctx.choices),
    channel: rng.weighted(ctx.channels),
    at: rng.int(from, ctx.closes - 1),
    proxy,
  };
}

/** A ballot object from a draft, without `proxy` when there is none (the parsed shape). */
export function toBallot(id: string, d: Draft): Ballot {
  const ballot: Ballot = {
    id,
    unitId: d.unitId,
    castBy: d.castBy,
    choice: d.choice,
    channel: d.channel,
    at: toInstant(d.at),
  };
  if (d.proxy) ballot.proxy = d.proxy;
  return ballot;
}
