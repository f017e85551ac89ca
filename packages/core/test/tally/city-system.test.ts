import {
  beijing,
  buildElectorate,
  CITY_E_VOTING_SYSTEM,
  castBallot,
  national,
  openVote,
  shanghai,
  tally,
  tallyOptionsFor,
  votingRuleFor,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot, simpleRoll } from '../support/rolls.js';

// BJ 35 ¶3: "业主大会会议可以采用书面形式或者通过互联网方式召开；采用互联网方式表决的，应当
// 通过市住房和城乡建设主管部门建立的电子投票系统进行。"
describe('electronic ballots through the city e-voting system only (BJ 35 ¶3)', () => {
  const e = buildElectorate(simpleRoll(3));
  const rule = votingRuleFor(beijing, 'hire-dismiss-firm');
  const options = tallyOptionsFor(beijing);
  const run = (extra: Parameters<typeof ballot>[4]) =>
    tally(e, [ballot('u1', 'o1', 'agree', undefined, extra)], rule, options);

  it('reads the profile switch: beijing on, shanghai and national off', () => {
    expect(beijing.voting.electronicChannelCitySystemOnly.value).toBe(true);
    expect(options.citySystemOnly).toBe(true);
    expect(tallyOptionsFor(shanghai, { electronicAdopted: true }).citySystemOnly).toBeUndefined();
    expect(tallyOptionsFor(national, { electronicAdopted: true }).citySystemOnly).toBeUndefined();
  });

  it('counts an electronic ballot that came through the city system', () => {
    const result = run({ channel: 'electronic', system: CITY_E_VOTING_SYSTEM });
    expect(result.rejected).toEqual([]);
    expect(result.counts.agree.headcount).toBe(1);
  });

  it('refuses one from another system, or one that names none, with a coded bilingual reason', () => {
    for (const extra of [
      { channel: 'electronic' as const, system: 'wechat-group' },
      { channel: 'electronic' as const },
    ]) {
      const result = run(extra);
      expect(result.counts.agree.headcount).toBe(0);
      const issue = result.rejected[0];
      expect(issue?.code).toBe('electronic-not-city-system');
      expect(issue?.field).toBe('system');
      expect(issue?.message.en).toContain("city's e-voting system");
      expect(issue?.message['zh-CN']).toContain('电子投票系统');
    }
  });

  it('leaves paper, on-site and door-to-door ballots alone', () => {
    for (const channel of ['paper', 'on-site', 'door-to-door'] as const) {
      expect(run({ channel }).rejected).toEqual([]);
    }
  });

  it('under shanghai, an adopted electronic channel takes any system, as before', () => {
    const sh = tally(
      e,
      [ballot('u1', 'o1', 'agree', undefined, { channel: 'electronic', system: 'other' })],
      votingRuleFor(shanghai, 'hire-dismiss-firm'),
      tallyOptionsFor(shanghai, { electronicAdopted: true }),
    );
    expect(sh.rejected).toEqual([]);
  });

  it('a vote opened under beijing freezes the switch and refuses through castBallot', () => {
    const vote = openVote({
      id: 'v',
      matter: { id: 'm', kind: 'hire-dismiss-firm', title: 'hire' },
      roll: simpleRoll(3),
      profile: beijing,
      openedAt: '2026-05-01T00:00:00Z',
      closesAt: '2026-05-10T00:00:00Z',
    });
    expect(vote.options.citySystemOnly).toBe(true);
    const other = castBallot(
      vote,
      ballot('u1', 'o1', 'agree', undefined, { channel: 'electronic', system: 'x' }),
    );
    expect(other.ok).toBe(false);
    const city = castBallot(
      other.vote,
      ballot('u1', 'o1', 'agree', undefined, { channel: 'electronic', system: 'city' }),
    );
    expect(city.ok).toBe(true);
  });
});
