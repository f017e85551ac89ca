// castBallot validates a ballot with zod once: an election casts each owner's ballot onto one
// vote per candidate, so a second parse per cast was paid once per candidate (issue 12).
import { BallotSchema, castBallot, openVote, shanghai } from '@jiayuan/core';
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
