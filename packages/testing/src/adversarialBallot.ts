import fc from 'fast-check';
import type { Ballot, Roll } from './core.js';
import {
  DEFAULT_CHANNELS,
  DEFAULT_CHOICES,
  type DraftContext,
  draftBallot,
  toBallot,
} from './draft.js';
import { ballotUnits, castersOf } from './holders.js';
import { createRng, type Rng, SEED_RANGE } from './random.js';
import { type BallotWindow, resolveWindow, toInstant } from './window.js';

/** The ways an adversarial ballot is wrong; each sample is wrong in exactly one of them. */
export const ADVERSARIAL_KINDS = [
  'unknown-unit',
  'not-owner',
  'duplicate-id',
  'after-close',
  'before-open',
  'malformed',
] as const;
/** One of {@link ADVERSARIAL_KINDS}. */
export type AdversarialKind = (typeof ADVERSARIAL_KINDS)[number];

/** How a `malformed` ballot breaks the ballot schema. */
export const MALFORMATIONS = [
  'bad-choice',
  'missing-field',
  'wrong-type',
  'non-iso-at',
  'extra-field',
  'bad-channel',
  'bad-proxy',
  'empty-id',
] as const;
/** One of {@link MALFORMATIONS}. */
export type Malformation = (typeof MALFORMATIONS)[number];

/** A sample of {@link adversarialBallotArbitrary}. */
export interface AdversarialBallot {
  /** What is wrong with `ballot`; it is right in every other respect. */
  readonly kind: AdversarialKind;
  /** The input to reject: a well-formed ballot except for `malformed`. */
  readonly ballot: unknown;
  /** For `malformed`: which rule of the schema it breaks. */
  readonly malformation?: Malformation;
  /** For `duplicate-id`: the earlier, valid ballot whose id `ballot` reuses. */
  readonly duplicateOf?: Ballot;
  /** A short English description of the fault, for failure messages. */
  readonly detail: string;
}

/** Options of {@link adversarialBallotArbitrary}. */
export interface AdversarialBallotOptions {
  /** Which kinds to generate. Default all of {@link ADVERSARIAL_KINDS}. */
  readonly kinds?: readonly AdversarialKind[];
  /** Which malformations a `malformed` sample may have. Default all of {@link MALFORMATIONS}. */
  readonly malformations?: readonly Malformation[];
  /**
   * Ballots already cast. A `duplicate-id` sample reuses one of their ids; other samples never
   * collide with them. Without it, `duplicateOf` is a fresh valid ballot.
   */
  readonly existing?: readonly Ballot[];
}

const DAY = 86_400_000;
const BAD_CHOICES: readonly unknown[] = ['yes', 'AGREE', '同意', 'approve', '', 'abstention'];
const NON_ISO_AT = [
  '2026-03-01 09:00:00',
  '2026/03/01 09:00',
  'yesterday',
  '2026-03-01T09:00:00',
  '03/01/2026',
  '',
  '2026-03-01T9:00:00Z',
];
const EXTRA_FIELDS: ReadonlyArray<readonly [string, unknown]> = [
  ['weight', 2],
  ['area', 8957],
  ['headcount', 1],
  ['note', '代签'],
];
const REQUIRED = ['id', 'unitId', 'castBy', 'choice', 'channel', 'at'] as const;

/** A copy of `ballot` with one field made the wrong type. */
function wrongType(rng: Rng, ballot: Ballot, at: number): [Record<string, unknown>, string] {
  const variants: Array<[string, unknown]> = [
    ['id', rng.int(1, 9999)],
    ['unitId', rng.int(1, 9999)],
    ['castBy', null],
    ['choice', rng.pick([1, true, null])],
    ['channel', ['paper']],
    ['at', at],
    ['proxy', 'proxy-1'],
  ];
  const [field, value] = rng.pick(variants);
  return [{ ...ballot, [field]: value }, `${field} is ${JSON.stringify(value)}`];
}

function malform(
  rng: Rng,
  malformation: Malformation,
  ballot: Ballot,
  at: number,
): [Record<string, unknown>, string] {
  switch (malformation) {
    case 'bad-choice': {
      const choice = rng.pick(BAD_CHOICES);
      return [{ ...ballot, choice }, `choice ${JSON.stringify(choice)} is not a choice`];
    }
    case 'missing-field': {
      const field = rng.pick(REQUIRED);
      const copy: Record<string, unknown> = { ...ballot };
      delete copy[field];
      return [copy, `${field} is missing`];
    }
    case 'wrong-type':
      return wrongType(rng, ballot, at);
    case 'non-iso-at': {
      const text = rng.pick(NON_ISO_AT);
      return [{ ...ballot, at: text }, `at ${JSON.stringify(text)} is not an ISO instant`];
    }
    case 'extra-field': {
      const [field, value] = rng.pick(EXTRA_FIELDS);
      return [{ ...ballot, [field]: value }, `unexpected field ${field}`];
    }
    case 'bad-channel':
      return [{ ...ballot, channel: 'wechat' }, 'channel "wechat" is not a channel'];
    case 'bad-proxy': {
      const proxy = rng.chance(0.5)
        ? { keyedBy: 'proxy-1' }
        : { keyedBy: 'proxy-1', authorisationRef: '' };
      return [{ ...ballot, proxy }, 'proxy without an authorisation reference'];
    }
    case 'empty-id':
      return [{ ...ballot, id: '' }, 'id is empty'];
  }
}

/**
 * Ballots that a count must refuse, each wrong in exactly the way its `kind` says and right
 * otherwise: `unknown-unit` (no such unit in the roll), `not-owner` (cast by someone who does not
 * hold the unit), `duplicate-id` (reuses the id of `duplicateOf`), `after-close` and
 * `before-open` (`at` outside the window), `malformed` (fails the ballot schema: bad choice,
 * missing field, wrong type, non-ISO `at`, extra field, bad channel, bad proxy, empty id).
 *
 * @throws RangeError when the window is invalid, a kind is unknown, or the roll has no unit
 *   that can cast a ballot (every kind starts from a valid one).
 */
export function adversarialBallotArbitrary(
  roll: Roll,
  window: BallotWindow,
  options: AdversarialBallotOptions = {},
): fc.Arbitrary<AdversarialBallot> {
  const { opens, closes } = resolveWindow(window);
  const kinds = options.kinds ?? ADVERSARIAL_KINDS;
  const malformations = options.malformations ?? MALFORMATIONS;
  for (const kind of kinds) {
    if (!ADVERSARIAL_KINDS.includes(kind)) {
      throw new RangeError(`unknown adversarial kind "${kind}"`);
    }
  }
  for (const m of malformations) {
    if (!MALFORMATIONS.includes(m)) throw new RangeError(`unknown malformation "${m}"`);
  }
  if (kinds.length === 0 || malformations.length === 0) {
    throw new RangeError('kinds and malformations must not be empty');
  }
  const units = ballotUnits(roll, false);
  if (units.length === 0) {
    throw new RangeError(`roll ${roll.complexId} has no unit that can cast a ballot`);
  }
  const existing = options.existing ?? [];
  const takenIds = new Set(existing.map((b) => b.id));
  const unitIds = new Set(roll.units.map((u) => u.id));
  const people = [...new Set([roll.developerId, ...roll.owners.map((o) => o.id)])];

  /** An id not used by `existing`. */
  const freshId = (base: string): string => {
    let id = base;
    for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
    return id;
  };

  const build = (
    kind: AdversarialKind,
    malformation: Malformation,
    seed: number,
  ): AdversarialBallot => {
    const rng = createRng(seed);
    const ctx: DraftContext = {
      rng,
      roll,
      opens,
      closes,
      choices: DEFAULT_CHOICES,
      channels: DEFAULT_CHANNELS,
      proxyShare: 0.1,
    };
    const unit = rng.pick(units);
    const draft = draftBallot(ctx, unit);
    const base = toBallot(freshId(`adversarial-${seed.toString(36)}`), draft);
    switch (kind) {
      case 'unknown-unit': {
        let unitId = `no-such-unit-${rng.int(1, 9999)}`;
        while (unitIds.has(unitId)) unitId += 'x';
        return { kind, ballot: { ...base, unitId }, detail: `unit ${unitId} is not in the roll` };
      }
      case 'not-owner': {
        const holders = new Set<string>([...unit.owners, ...castersOf(roll, unit)]);
        // Prefer someone on the roll (an owner of another unit); a stranger when there is none.
        let castBy: string | undefined;
        for (let tries = 0; tries < 20 && castBy === undefined; tries++) {
          const candidate = rng.pick(people);
          if (!holders.has(candidate)) castBy = candidate;
        }
        castBy ??= people.find((p) => !holders.has(p));
        if (castBy === undefined) {
          castBy = `stranger-${rng.int(1, 9999)}`;
          while (holders.has(castBy)) castBy += 'x';
        }
        return {
          kind,
          ballot: { ...base, castBy },
          detail: `${castBy} does not hold unit ${unit.id}`,
        };
      }
      case 'duplicate-id': {
        let first: Ballot;
        if (existing.length > 0) {
          first = rng.pick(existing);
        } else {
          first = toBallot(
            freshId(`adversarial-${seed.toString(36)}-first`),
            draftBallot(ctx, rng.pick(units)),
          );
        }
        return {
          kind,
          ballot: { ...base, id: first.id },
          duplicateOf: first,
          detail: `id ${first.id} was already used`,
        };
      }
      case 'after-close': {
        const at = toInstant(closes + rng.int(1_000, 30 * DAY));
        return { kind, ballot: { ...base, at }, detail: `at ${at} is after the window closed` };
      }
      case 'before-open': {
        const at = toInstant(opens - rng.int(1_000, 30 * DAY));
        return { kind, ballot: { ...base, at }, detail: `at ${at} is before the window opened` };
      }
      case 'malformed': {
        const [ballot, detail] = malform(rng, malformation, base, draft.at);
        return { kind, ballot, malformation, detail };
      }
    }
  };

  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      malformation: fc.constantFrom(...malformations),
      seed: fc.integer(SEED_RANGE),
    })
    .map(({ kind, malformation, seed }) => build(kind, malformation, seed));
}
