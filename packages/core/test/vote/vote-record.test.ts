import {
  castBallot,
  checkCast,
  closeVote,
  currentTally,
  openVote,
  shanghai,
  type VoteRecord,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot, simpleRoll } from '../support/rolls.js';

const open = (): VoteRecord =>
  openVote({
    id: 'v1',
    matter: { id: 'm1', kind: 'hire-dismiss-firm', title: '续聘物业' },
    roll: simpleRoll(4),
    profile: shanghai,
    openedAt: '2026-05-01T00:00:00+08:00',
    closesAt: '2026-05-16T00:00:00+08:00',
  });

describe('VoteRecord', () => {
  it('freezes the rule and channels of the profile when it opens', () => {
    const v = open();
    expect(v.rule.majority).toBe('ordinary');
    expect(v.options.channels).not.toContain('electronic');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('records accepted and refused ballots without mutating the record it was given', () => {
    const v0 = open();
    const a = castBallot(v0, ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z'));
    expect(a.ok).toBe(true);
    expect(v0.ballots).toHaveLength(0);
    const refused = castBallot(a.vote, ballot('u2', 'o1', 'agree', '2026-05-02T02:00:00Z'));
    expect(refused).toMatchObject({ ok: false, issue: { code: 'not-owner', position: 1 } });
    expect(refused.vote.ballots).toHaveLength(1);
    expect(refused.vote.refused).toHaveLength(1);
    const malformed = castBallot(refused.vote, { id: 'x' });
    expect(malformed).toMatchObject({ ok: false, issue: { code: 'malformed', position: 2 } });
  });

  it('gives the same result from a record replayed from JSON (no hidden state)', () => {
    let v = open();
    for (const [u, o, c] of [
      ['u1', 'o1', 'agree'],
      ['u2', 'o2', 'agree'],
      ['u3', 'o3', 'disagree'],
    ] as const) {
      v = castBallot(v, ballot(u, o, c, '2026-05-03T02:00:00Z')).vote;
    }
    const restored: VoteRecord = JSON.parse(JSON.stringify(v));
    const next = castBallot(restored, ballot('u4', 'o4', 'agree', '2026-05-04T02:00:00Z'));
    const direct = castBallot(v, ballot('u4', 'o4', 'agree', '2026-05-04T02:00:00Z'));
    expect(currentTally(next.vote).checks).toEqual(currentTally(direct.vote).checks);
  });

  it('keeps its derived data (electorate, running counter) out of the persisted record', () => {
    const { vote } = castBallot(open(), ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z'));
    expect(Object.keys(vote)).toEqual(Object.keys(JSON.parse(JSON.stringify(vote))));
    expect(
      Object.getOwnPropertySymbols(vote).every(
        (s) => !Object.getOwnPropertyDescriptor(vote, s)?.enumerable,
      ),
    ).toBe(true);
    expect(JSON.parse(JSON.stringify(vote))).toEqual(vote);
  });

  it('does not share a running counter between two records cast from the same one', () => {
    const v = castBallot(open(), ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z')).vote;
    // Two branches from one record (as a dry run and a real send would make).
    const left = castBallot(v, ballot('u2', 'o2', 'agree', '2026-05-02T03:00:00Z')).vote;
    const right = castBallot(v, ballot('u2', 'o2', 'disagree', '2026-05-02T03:00:00Z')).vote;
    expect(currentTally(left).counts.agree.headcount).toBe(2);
    expect(currentTally(right).counts.agree.headcount).toBe(1);
    const again = castBallot(left, ballot('u3', 'o3', 'agree', '2026-05-02T04:00:00Z')).vote;
    expect(currentTally(again).counts.agree.headcount).toBe(3);
  });

  it('closes with a result that counts refused ballots, and refuses ballots after close', () => {
    let v = open();
    v = castBallot(v, ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z')).vote;
    v = castBallot(v, ballot('u2', 'o2', 'agree', '2026-05-02T02:00:00Z')).vote;
    v = castBallot(v, ballot('u3', 'o3', 'agree', '2026-05-02T02:00:00Z')).vote;
    v = castBallot(v, ballot('u9', 'o3', 'agree', '2026-05-02T02:00:00Z')).vote;
    const closed = closeVote(v, '2026-05-10T00:00:00Z');
    expect(closed.result?.passed).toBe(true);
    expect(closed.result?.ballots).toEqual({ received: 4, counted: 3, superseded: 0, rejected: 1 });
    expect(closed.result?.rejected[0]?.code).toBe('unknown-unit');
    expect(closeVote(closed, '2026-05-11T00:00:00Z')).toBe(closed);
    const late = castBallot(closed, ballot('u4', 'o4', 'agree', '2026-05-09T00:00:00Z'));
    expect(late).toMatchObject({ ok: false, issue: { code: 'after-close' } });
    expect(currentTally(late.vote)).toBe(closed.result);
  });
});

describe('VoteRecord cast onto twice', () => {
  it('casting the same ballot twice onto the same record gives equal records both times', () => {
    const v = castBallot(open(), ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z')).vote;
    const b = ballot('u2', 'o2', 'disagree', '2026-05-02T03:00:00Z');
    const dry = castBallot(v, b);
    const real = castBallot(v, { ...b });
    expect(real).toEqual(dry);
    const next = castBallot(real.vote, ballot('u3', 'o3', 'agree', '2026-05-02T04:00:00Z'));
    expect(currentTally(next.vote).counts.agree.headcount).toBe(2);
    expect(currentTally(next.vote).counts.disagree.headcount).toBe(1);
    // A different ballot onto the same record is not mistaken for the first one.
    const other = castBallot(v, { ...b, choice: 'agree' as const });
    expect(currentTally(other.vote).counts.agree.headcount).toBe(2);
  });
});

describe('checkCast', () => {
  it('says what castBallot would say, and records nothing', () => {
    let v = castBallot(open(), ballot('u1', 'o1', 'agree', '2026-05-02T02:00:00Z')).vote;
    const cases: unknown[] = [
      ballot('u2', 'o2', 'agree', '2026-05-02T03:00:00Z'),
      ballot('u2', 'o1', 'agree', '2026-05-02T03:00:00Z'),
      ballot('u9', 'o9', 'agree', '2026-05-02T03:00:00Z'),
      ballot('u3', 'o3', 'agree', '2026-06-30T03:00:00Z'),
      { ...ballot('u3', 'o3', 'agree', '2026-05-02T03:00:00Z'), id: v.ballots[0]?.id },
      { id: 'x' },
    ];
    for (const input of cases) {
      const before = JSON.stringify(v);
      const checked = checkCast(v, input);
      expect(JSON.stringify(v)).toBe(before);
      const cast = castBallot(v, input);
      expect(checked.ok).toBe(cast.ok);
      if (!checked.ok && !cast.ok) expect(checked.issue).toEqual(cast.issue);
    }
    // The check left the running count usable: the cast after it counts as usual.
    v = castBallot(v, ballot('u2', 'o2', 'disagree', '2026-05-02T03:00:00Z')).vote;
    expect(checkCast(v, ballot('u3', 'o3', 'agree', '2026-05-02T04:00:00Z')).ok).toBe(true);
    v = castBallot(v, ballot('u3', 'o3', 'agree', '2026-05-02T04:00:00Z')).vote;
    expect(currentTally(v).counts.agree.headcount).toBe(2);
    expect(currentTally(v).counts.disagree.headcount).toBe(1);
    const closed = closeVote(v, '2026-05-10T00:00:00Z');
    const late = checkCast(closed, ballot('u4', 'o4', 'agree', '2026-05-09T00:00:00Z'));
    expect(!late.ok && late.issue.code).toBe('after-close');
  });
});
