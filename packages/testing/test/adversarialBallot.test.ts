import { type Ballot, BallotSchema, CHANNELS, CHOICES, type Roll } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVERSARIAL_KINDS,
  type AdversarialBallot,
  adversarialBallotArbitrary,
  type BallotWindow,
  ballotsArbitrary,
  MALFORMATIONS,
  type Malformation,
  rollArbitrary,
} from '../src/index.js';
import { holds } from './fixtures/checks.js';

const WINDOW: BallotWindow = { opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-05-16T00:00:00Z' };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FIELDS = ['id', 'unitId', 'castBy', 'choice', 'channel', 'at'] as const;

/** Every fault of a ballot, found from the rules without looking at how it was generated. */
function faults(roll: Roll, input: unknown, usedIds: ReadonlySet<string>): string[] {
  const parsed = BallotSchema.safeParse(input);
  if (!parsed.success) return ['malformed'];
  const b = parsed.data;
  const found: string[] = [];
  const unit = roll.units.find((u) => u.id === b.unitId);
  if (!unit) found.push('unknown-unit');
  else if (!holds(roll, unit, b.castBy)) found.push('not-owner');
  if (usedIds.has(b.id)) found.push('duplicate-id');
  const at = Date.parse(b.at);
  if (at < Date.parse(WINDOW.opensAt)) found.push('before-open');
  if (at >= Date.parse(WINDOW.closesAt)) found.push('after-close');
  return found;
}

/** Whether a malformed input breaks the schema the way its label says, checked by hand. */
function isMalformedAs(m: Malformation, input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const b = input as Record<string, unknown>;
  switch (m) {
    case 'bad-choice':
      return typeof b.choice === 'string' && !(CHOICES as readonly string[]).includes(b.choice);
    case 'missing-field':
      return FIELDS.some((f) => !(f in b));
    case 'wrong-type':
      return (
        FIELDS.some((f) => f in b && typeof b[f] !== 'string') ||
        ('proxy' in b && (typeof b.proxy !== 'object' || b.proxy === null))
      );
    case 'non-iso-at':
      return typeof b.at === 'string' && !ISO.test(b.at);
    case 'extra-field':
      return Object.keys(b).some((k) => ![...FIELDS, 'proxy'].includes(k));
    case 'bad-channel':
      return typeof b.channel === 'string' && !(CHANNELS as readonly string[]).includes(b.channel);
    case 'bad-proxy': {
      const proxy = b.proxy as Record<string, unknown> | undefined;
      return (
        typeof proxy === 'object' &&
        !(typeof proxy.authorisationRef === 'string' && proxy.authorisationRef)
      );
    }
    case 'empty-id':
      return b.id === '';
  }
}

function check(roll: Roll, sample: AdversarialBallot, existing: readonly Ballot[]): void {
  const used = new Set(existing.map((b) => b.id));
  if (sample.kind === 'duplicate-id') {
    const first = sample.duplicateOf;
    expect(first).toBeDefined();
    if (!first) return;
    // The first ballot is valid; the second is valid too except that it reuses the id.
    expect(faults(roll, first, used.has(first.id) ? new Set() : used)).toEqual([]);
    used.add(first.id);
    expect((sample.ballot as Ballot).id).toBe(first.id);
  }
  expect(faults(roll, sample.ballot, used), sample.detail).toEqual([sample.kind]);
  if (sample.kind === 'malformed') {
    expect(sample.malformation).toBeDefined();
    expect(isMalformedAs(sample.malformation as Malformation, sample.ballot), sample.detail).toBe(
      true,
    );
  }
}

describe('adversarialBallotArbitrary', () => {
  const withRoll = (options?: Parameters<typeof adversarialBallotArbitrary>[2]) =>
    rollArbitrary({ maxUnits: 60, parking: true }).chain((roll) =>
      fc.tuple(fc.constant(roll), adversarialBallotArbitrary(roll, WINDOW, options)),
    );

  it('is wrong in exactly the way its kind says', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(withRoll(), ([roll, sample]) => {
        seen.add(sample.kind);
        check(roll, sample, []);
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual([...ADVERSARIAL_KINDS].sort());
  });

  it('covers every malformation, each breaking the schema as labelled', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(withRoll({ kinds: ['malformed'] }), ([roll, sample]) => {
        seen.add(sample.malformation ?? 'none');
        check(roll, sample, []);
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual([...MALFORMATIONS].sort());
  });

  it('duplicates an id of the existing ballots and never collides otherwise', () => {
    fc.assert(
      fc.property(
        rollArbitrary({ maxUnits: 60 }).chain((roll) =>
          ballotsArbitrary(roll, { window: WINDOW, participation: { min: 0.3, max: 1 } })
            .filter((ballots) => ballots.length > 0)
            .chain((existing) =>
              fc.tuple(
                fc.constant(roll),
                fc.constant(existing),
                adversarialBallotArbitrary(roll, WINDOW, { existing }),
              ),
            ),
        ),
        ([roll, existing, sample]) => {
          check(roll, sample, existing);
          if (sample.kind === 'duplicate-id') expect(existing).toContain(sample.duplicateOf);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses an owner of another unit for not-owner when the roll has one', () => {
    const [roll] = fc.sample(rollArbitrary({ minUnits: 50, maxUnits: 50 }), {
      numRuns: 1,
      seed: 4,
    });
    if (!roll) throw new Error('no sample');
    const owners = new Set(roll.owners.map((o) => o.id));
    const samples = fc.sample(
      adversarialBallotArbitrary(roll, WINDOW, { kinds: ['not-owner'] }),
      50,
    );
    for (const s of samples) expect(owners.has((s.ballot as Ballot).castBy)).toBe(true);
  });

  it('refuses a roll without a unit that can vote, and unknown kinds', () => {
    const empty: Roll = {
      complexId: 'c',
      developerId: 'developer',
      owners: [],
      units: [],
      parking: 'literal',
    };
    expect(() => adversarialBallotArbitrary(empty, WINDOW)).toThrow(/no unit/);
    const [roll] = fc.sample(rollArbitrary(), 1);
    if (!roll) throw new Error('no sample');
    // @ts-expect-error: not a kind
    expect(() => adversarialBallotArbitrary(roll, WINDOW, { kinds: ['late'] })).toThrow(/late/);
  });
});
