import fc from 'fast-check';
import type { Ballot, Channel, Choice, Roll } from './core.js';
import { CHANNELS, CHOICES } from './core.js';
import {
  DEFAULT_CHANNELS,
  DEFAULT_CHOICES,
  type Draft,
  type DraftContext,
  draftBallot,
  fullWeights,
  toBallot,
} from './draft.js';
import { ballotUnits } from './holders.js';
import { createRng, SEED_RANGE } from './random.js';
import { checkShare } from './validate.js';
import { type BallotWindow, DEFAULT_WINDOW, resolveWindow } from './window.js';

/** Options of {@link ballotsArbitrary}. */
export interface BallotsArbitraryOptions {
  /** When ballots may be cast: every `at` is in [opensAt, closesAt). Default 1–16 March 2026. */
  readonly window?: BallotWindow;
  /**
   * Share of eligible units that vote, exact or a range drawn per sample. Default 0–1, so
   * quorums are both met and missed.
   */
  readonly participation?: number | { readonly min: number; readonly max: number };
  /** Relative weights of the choices. Default agree 6, disagree 2, abstain 1, spoilt 0.5. */
  readonly choiceWeights?: Partial<Readonly<Record<Choice, number>>>;
  /** Relative weights of the channels. Default paper 4, on-site 2, door-to-door 2, electronic 2. */
  readonly channelWeights?: Partial<Readonly<Record<Channel, number>>>;
  /** Share of ballots handed in by a proxy with a written authorisation. Default 0.05. */
  readonly proxyShare?: number;
  /**
   * Share of voting units that vote again later (a changed mind, or a second co-owner), with a
   * strictly later `at` and a new ballot id. Default 0.
   */
  readonly revotes?: number;
  /**
   * Also cast ballots for units that do not vote (non-registrable spaces, or all spaces when the
   * roll's parking rule is `exclude`). Default false.
   */
  readonly includeNonVoting?: boolean;
  /** Prefix of ballot ids; ids are the prefix and a sequence number. Default `ballot-`. */
  readonly idPrefix?: string;
}

/**
 * Valid ballots for a roll: a share of the units that vote, each cast by one of its owners of
 * record (the developer for its stock), with weighted choices and channels, sometimes by proxy,
 * every `at` inside the window. Ballot ids are unique and follow the order of `at`; the array is
 * sorted by `at`. With `revotes`, some units vote again later.
 *
 * Each sample is expanded from a seed, so rolls of tens of thousands of units are fine.
 *
 * @throws RangeError when the window or an option is invalid.
 */
export function ballotsArbitrary(
  roll: Roll,
  options: BallotsArbitraryOptions = {},
): fc.Arbitrary<Ballot[]> {
  const { opens, closes } = resolveWindow(options.window ?? DEFAULT_WINDOW);
  const participation =
    typeof options.participation === 'number'
      ? { min: options.participation, max: options.participation }
      : (options.participation ?? { min: 0, max: 1 });
  checkShare('participation.min', participation.min);
  checkShare('participation.max', participation.max);
  if (participation.max < participation.min) {
    throw new RangeError('participation.max must not be below participation.min');
  }
  const proxyShare = options.proxyShare ?? 0.05;
  const revotes = options.revotes ?? 0;
  checkShare('proxyShare', proxyShare);
  checkShare('revotes', revotes);
  const choices = fullWeights('choiceWeights', CHOICES, DEFAULT_CHOICES, options.choiceWeights);
  const channels = fullWeights(
    'channelWeights',
    CHANNELS,
    DEFAULT_CHANNELS,
    options.channelWeights,
  );
  const prefix = options.idPrefix ?? 'ballot-';
  const eligible = ballotUnits(roll, options.includeNonVoting ?? false);

  return fc
    .record({
      seed: fc.integer(SEED_RANGE),
      // Per mille, so the share shrinks toward the lower bound in whole steps.
      share: fc.integer({
        min: Math.round(participation.min * 1000),
        max: Math.round(participation.max * 1000),
      }),
    })
    .map(({ seed, share }) => {
      const rng = createRng(seed);
      const ctx: DraftContext = { rng, roll, opens, closes, choices, channels, proxyShare };
      const voters = rng
        .shuffle([...eligible])
        .slice(0, Math.round((eligible.length * share) / 1000));
      const drafts: Draft[] = [];
      for (const unit of voters) {
        const first = draftBallot(ctx, unit);
        drafts.push(first);
        // A revote needs room for a strictly later instant inside the window.
        if (revotes > 0 && rng.chance(revotes) && first.at + 1 < closes) {
          drafts.push(draftBallot(ctx, unit, first.at + 1));
        }
      }
      drafts.sort((a, b) => a.at - b.at);
      const width = String(drafts.length).length;
      return drafts.map((d, i) => toBallot(`${prefix}${String(i + 1).padStart(width, '0')}`, d));
    });
}
