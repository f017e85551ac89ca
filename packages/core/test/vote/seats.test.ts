import { type CandidateResult, choiceFor, fillSeats } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';

const r = (candidateId: string, agreeArea: number, agreeHeadcount: number, passed = true) =>
  ({ candidateId, passed, agreeArea, agreeHeadcount }) satisfies CandidateResult;

describe('fillSeats', () => {
  it('seats the passed candidates by agreeing area, then headcount', () => {
    const seated = fillSeats(
      [r('a', 900, 9), r('b', 1000, 8), r('c', 1000, 9), r('d', 5000, 50, false)],
      2,
    );
    expect(seated).toEqual(['c', 'b']);
  });

  it('leaves the last seat open when it falls between candidates tied on area and headcount', () => {
    expect(fillSeats([r('a', 2000, 20), r('b', 1000, 10), r('c', 1000, 10)], 2)).toEqual(['a']);
    // One person more for c breaks the tie: c takes the seat.
    expect(fillSeats([r('a', 2000, 20), r('b', 1000, 10), r('c', 1000, 11)], 2)).toEqual([
      'a',
      'c',
    ]);
    // 0.01 m² more for b breaks it the other way.
    expect(fillSeats([r('a', 2000, 20), r('b', 1001, 10), r('c', 1000, 10)], 2)).toEqual([
      'a',
      'b',
    ]);
  });

  it('seats a tie that is not at the last seat', () => {
    expect(fillSeats([r('a', 1000, 10), r('b', 1000, 10), r('c', 500, 5)], 2)).toEqual(['a', 'b']);
  });
});

describe('choiceFor', () => {
  it('reads a multi-candidate ballot per candidate; approving more than the seats spoils it', () => {
    const ballot = { approve: ['a'], oppose: ['b'] };
    expect(['a', 'b', 'c'].map((c) => choiceFor(ballot, c, 1))).toEqual([
      'agree',
      'disagree',
      'abstain',
    ]);
    expect(choiceFor({ approve: ['a', 'c'], oppose: [] }, 'a', 1)).toBe('spoilt');
  });
});
