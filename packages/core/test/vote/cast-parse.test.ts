// castBallot validates a ballot with zod once: an election casts each owner's ballot onto one
// vote per candidate, so a second parse per cast was paid once per candidate (issue 12).
import {
  BallotSchema,
  ballotFor,
  castBallot,
  castMultiBallot,
  castTypedBallot,
  checkCast,
  checkTypedCast,
  currentTally,
  type MultiBallot,
  openVote,
  shanghai,
} from '@jiayuan/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ballot, simpleRoll } from '../support/rolls.js';

const open = () =>
  openVote({
    id: 'v1',
    matter: { id: 'm1', kind: 'hire-dismiss-firm', title: '续聘物业' },
    roll: simpleRoll(4),
    profile: shanghai,
    openedAt: '2026-05-01T00:00:00+08:00',
    closesAt: '2026-05-16T00:00:00+08:00',
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('castBallot parses once', () => {
  it('a well-formed ballot is parsed once and counted', () => {
    const v = open();
    const parse = vi.spyOn(BallotSchema, 'safeParse');
    const cast = castBallot(v, ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z'));
    expect(cast.ok).toBe(true);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('a malformed ballot is still refused with the fields zod names', () => {
    const cast = castBallot(open(), { id: 'x', unitId: 'u1' });
    expect(cast.ok).toBe(false);
    if (cast.ok) return;
    expect(cast.issue.code).toBe('malformed');
    expect(cast.issue.message.en).toContain('castBy');
    expect(cast.vote.refused).toHaveLength(1);
  });
});

// An election casts each owner's multi-candidate ballot onto every candidate's vote: the
// schema runs once for the whole ballot, and the records are those of castBallot per candidate.
describe('castMultiBallot', () => {
  const round = () => ({ c1: open(), c2: open(), c3: open() });
  const unit = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u9');
  const multi = fc.record({
    id: fc.constantFrom('b1', '', 'b2'),
    unitId: unit,
    castBy: fc.constantFrom('o1', 'o2', 'o3', 'o4', ''),
    channel: fc.constantFrom('paper', 'electronic', 'fax'),
    at: fc.constantFrom(
      '2026-05-02T02:00:00Z',
      '2026-05-15T23:59:59+08:00',
      '2026-05-16T00:00:00+08:00',
      '2026-05-02T02:00:00',
    ),
    approve: fc.subarray(['c1', 'c2', 'c3', 'c9']),
    oppose: fc.subarray(['c1', 'c2', 'c3']),
    proxy: fc.option(
      fc.constantFrom(
        { keyedBy: 'k1', authorisationRef: 'w-1' },
        { keyedBy: 'k1', authorisationRef: '' },
        { keyedBy: 'k1', authorisationRef: 'w-1', extra: 1 },
      ),
      { nil: undefined },
    ),
  });

  it('records on every vote what castBallot of each candidate’s ballot records', () => {
    fc.assert(
      fc.property(
        fc.array(multi, { maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (ballots, seats) => {
          let one = round();
          let each = round();
          for (const b of ballots) {
            const m = b as MultiBallot;
            one = castMultiBallot(one, m, seats) as typeof one;
            const next = { ...each };
            for (const [id, vote] of Object.entries(each)) {
              next[id as keyof typeof next] = castBallot(vote, ballotFor(m, id, seats)).vote;
            }
            each = next;
          }
          expect(JSON.parse(JSON.stringify(one))).toEqual(JSON.parse(JSON.stringify(each)));
          for (const id of Object.keys(one) as (keyof typeof one)[]) {
            expect(currentTally(one[id])).toEqual(currentTally(each[id]));
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('parses a well-formed ballot once for all candidates', () => {
    const parse = vi.spyOn(BallotSchema, 'safeParse');
    const votes = castMultiBallot(
      round(),
      {
        id: 'b1',
        unitId: 'u1',
        castBy: 'o1',
        channel: 'paper',
        at: '2026-05-02T02:00:00Z',
        approve: ['c1'],
        oppose: ['c3'],
      },
      2,
    );
    expect(parse).toHaveBeenCalledTimes(1);
    expect(Object.values(votes).map((v) => v.ballots[0]?.choice)).toEqual([
      'agree',
      'abstain',
      'disagree',
    ]);
  });
});

// A ballot built from input a schema has checked (a parsed sheet's answers) is cast without
// parsing it again; on such a ballot the typed functions say and record what the parsing ones do.
describe('castTypedBallot and checkTypedCast', () => {
  const valid = fc.record({
    id: fc.constantFrom('b1', 'b2', 'b3'),
    unitId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u9'),
    castBy: fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o9'),
    choice: fc.constantFrom('agree', 'disagree', 'abstain', 'spoilt'),
    channel: fc.constantFrom('paper', 'electronic', 'door-to-door'),
    at: fc.constantFrom(
      '2026-04-30T23:59:59+08:00',
      '2026-05-02T02:00:00Z',
      '2026-05-15T23:59:59+08:00',
      '2026-05-16T00:00:00+08:00',
    ),
  });

  it('agree with checkCast and castBallot on every valid ballot, in every order', () => {
    fc.assert(
      fc.property(fc.array(valid, { maxLength: 8 }), (ballots) => {
        let typed = open();
        let parsed = open();
        for (const b of ballots) {
          expect(BallotSchema.safeParse(b).success).toBe(true);
          expect(checkTypedCast(typed, b)).toEqual(checkCast(parsed, b));
          typed = castTypedBallot(typed, b).vote;
          parsed = castBallot(parsed, b).vote;
        }
        expect(JSON.parse(JSON.stringify(typed))).toEqual(JSON.parse(JSON.stringify(parsed)));
        expect(currentTally(typed)).toEqual(currentTally(parsed));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('do not parse the ballot', () => {
    const parse = vi.spyOn(BallotSchema, 'safeParse');
    const b = ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z');
    expect(checkTypedCast(open(), b).ok).toBe(true);
    expect(castTypedBallot(open(), b).ok).toBe(true);
    expect(parse).not.toHaveBeenCalled();
  });
});
