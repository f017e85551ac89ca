// The count of a round (CC 278 ¶2: "选举业主委员会…应当经参与表决专有部分面积过半数的业主且参与表决
// 人数过半数的业主同意"): the `fillsAllSeats` guard and the `closeElection` effect of one transition
// share one count, kept on the open round out of sight of persistence and comparison.
import { castBallot, openVote, parseRoll, shanghai, type VoteRecord } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { closedRound } from '../src/election/count.js';
import type { Election } from '../src/shared/context.js';
import { ROLL } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
const CLOSES = D('2026-05-10T17:00:00');

function vote(candidate: string, agreeing: number): VoteRecord {
  let v = openVote({
    id: `election-1-${candidate}`,
    matter: { id: `elect-1-${candidate}`, kind: 'elect-committee', title: candidate },
    roll: parseRoll(ROLL),
    profile: shanghai,
    openedAt: D('2026-05-08T09:00:00'),
    closesAt: CLOSES,
  });
  for (let i = 1; i <= 8; i++) {
    v = castBallot(v, {
      id: `b${i}#${candidate}`,
      unitId: `u${i}`,
      castBy: `o${i}`,
      choice: i <= agreeing ? 'agree' : 'disagree',
      channel: 'paper',
      at: D('2026-05-09T10:00:00'),
    }).vote;
  }
  return v;
}

function context(): { election: Election } {
  return {
    election: {
      seats: 1,
      round: 1,
      elected: [],
      past: [],
      reportedAt: null,
      current: {
        round: 1,
        seats: 1,
        openedAt: D('2026-05-08T09:00:00'),
        closesAt: CLOSES,
        // 8 of 10 owners (100 m² each) take part: 6 agreeing is more than half; 4 is exactly half.
        votes: { o1: vote('o1', 6), o2: vote('o2', 4) },
      },
    },
  };
}

describe('closing a round counts once per close time', () => {
  it('the guard and the effect at the same time share the count; another time counts afresh', () => {
    const c = context();
    const first = closedRound(c, CLOSES);
    expect(first?.elected).toEqual(['o1']);
    expect(first?.round.results?.map((r) => [r.candidateId, r.passed])).toEqual([
      ['o1', true],
      ['o2', false],
    ]);
    expect(closedRound(c, CLOSES)).toBe(first);
    const later = closedRound(c, D('2026-05-10T18:00:00'));
    expect(later).not.toBe(first);
    expect(later?.round.votes.o1?.closedAt).toBe(D('2026-05-10T18:00:00'));
  });

  it('what is kept is not persisted nor compared: the round is the same JSON as before', () => {
    const c = context();
    const before = JSON.stringify(c);
    closedRound(c, CLOSES);
    expect(JSON.stringify(c)).toBe(before);
    expect(c).toEqual(context());
    expect(Object.keys(c.election.current ?? {})).toEqual([
      'round',
      'seats',
      'openedAt',
      'closesAt',
      'votes',
    ]);
  });

  it('a frozen round (a host that freezes snapshots) is counted each time, unchanged', () => {
    const c = context();
    Object.freeze(c.election.current);
    const first = closedRound(c, CLOSES);
    expect(closedRound(c, CLOSES)).not.toBe(first);
    expect(closedRound(c, CLOSES)).toEqual(first);
  });
});
