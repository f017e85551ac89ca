import {
  buildElectorate,
  PROFILES,
  shanghai,
  tally,
  tallyOptionsFor,
  votingRuleFor,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot, simpleRoll } from '../support/rolls.js';

describe('votingRuleFor', () => {
  it.each(Object.values(PROFILES))(
    '$id: special for items (6)–(8), ordinary otherwise (CC 278)',
    (profile) => {
      const hire = votingRuleFor(profile, 'hire-dismiss-firm');
      expect(hire.majority).toBe('ordinary');
      expect(hire.approval.headcount).toEqual({ fraction: { num: 1, den: 2 }, mode: 'more-than' });
      expect(hire.quorum.area).toEqual({ fraction: { num: 2, den: 3 }, mode: 'at-least' });
      const raise = votingRuleFor(profile, 'raise-maintenance-fund');
      expect(raise.majority).toBe('special');
      expect(raise.approval.area).toEqual({ fraction: { num: 3, den: 4 }, mode: 'at-least' });
      expect(votingRuleFor(profile, 'use-maintenance-fund').majority).toBe('ordinary');
    },
  );
});

describe('tallyOptionsFor (VOTE-14)', () => {
  const e = buildElectorate(simpleRoll(3));
  const online = ballot('u1', 'o1', 'agree', undefined, { channel: 'electronic' });

  it('refuses electronic ballots in Shanghai until the assembly has adopted e-voting', () => {
    const rule = votingRuleFor(shanghai, 'hire-dismiss-firm');
    const before = tally(e, [online], rule, tallyOptionsFor(shanghai));
    expect(before.rejected[0]?.code).toBe('channel-not-allowed');
    const after = tally(e, [online], rule, tallyOptionsFor(shanghai, { electronicAdopted: true }));
    expect(after.rejected).toEqual([]);
    expect(after.counts.agree.headcount).toBe(1);
  });

  it('passes the voting window through', () => {
    const window = { closesAt: '2026-04-01T00:00:00Z' };
    expect(tallyOptionsFor(shanghai, { window }).window).toBe(window);
  });
});
