// ruleCitesUnder: the one list of articles a rule's refusal cites under a profile, read by the
// refusal and by the rule book. SH 25 ¶2: "召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程
// 书面通知所在地房管机构、居民委员会或者村民委员会"; BJ 35 ¶4: "业主委员会应当于会议召开十五日前通知全体
// 业主，并报物业所在地的居民委员会".
import { describe, expect, it } from 'vitest';
import {
  authoritiesNotifiedRule,
  beijing,
  NO_PRE_CALL,
  national,
  type Profile,
  ruleCitesUnder,
  shanghai,
} from '../../src/index.js';

const notice = (p: Profile) => p.voting.meetingNotice.cite;

describe('ruleCitesUnder', () => {
  it('keeps the rule’s own articles where the profile follows all their texts', () => {
    const rule = { citations: ['CC-278-1', 'SH-25-2'], profileCites: notice };
    expect(ruleCitesUnder(rule, shanghai)).toEqual(['CC-278-1', 'SH-25-2']);
  });

  it('elsewhere cites the own articles the profile follows, then its entries for the rule', () => {
    const rule = { citations: ['CC-278-1', 'SH-25-2'], profileCites: notice };
    expect(ruleCitesUnder(rule, beijing)).toEqual(['CC-278-1', ...notice(beijing)]);
    expect(ruleCitesUnder(rule, beijing)).not.toContain('SH-25-2');
  });

  it('drops an entry of a text the profile does not follow, and says nothing where all are silent', () => {
    const rule = { citations: ['SH-25-2'], profileCites: () => ['SH-25-2', 'BJ-36'] };
    expect(ruleCitesUnder(rule, national)).toEqual([]);
    expect(ruleCitesUnder(rule, beijing)).toEqual(['BJ-36']);
  });

  it('without profileCites, filters the own articles by the profile’s laws', () => {
    expect(ruleCitesUnder({ citations: ['CC-278-1', 'SH-25-2'] }, national)).toEqual(['CC-278-1']);
  });

  it('is what the pre-call refusal cites under each profile', () => {
    const rule = authoritiesNotifiedRule({ withoutSetting: true });
    const call = { by: { role: 'committee' } };
    for (const [profile, cites] of [
      [shanghai, ['SH-25-2']],
      [beijing, ['BJ-35-4']],
      [national, ['PMR-14-2']],
    ] as const) {
      const verdict = rule.check({ context: { profile, preCall: NO_PRE_CALL } }, call);
      const cited = (verdict as { citations?: readonly string[] }).citations ?? rule.citations;
      expect(verdict).toMatchObject({ ok: false });
      expect(cited).toEqual(cites);
      expect(ruleCitesUnder(rule, profile)).toEqual(cites);
    }
  });
});
