// ruleCitesUnder: the one list of articles a rule's refusal cites under a profile, read by the
// refusal and by the rule book. SH 25 ¶2: "召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程
// 书面通知所在地房管机构、居民委员会或者村民委员会"; BJ 35 ¶4: "业主委员会应当于会议召开十五日前通知全体
// 业主，并报物业所在地的居民委员会".
import { describe, expect, it } from 'vitest';
import { createActor, setup } from 'xstate';
import { z } from 'zod';
import {
  authoritiesNotifiedRule,
  beijing,
  bilingual,
  catalogGuards,
  defineCatalog,
  defineRule,
  dispatch,
  type EventOf,
  NO_PRE_CALL,
  national,
  type Profile,
  ruleCitesUnder,
  shanghai,
  withCatalog,
} from '../../src/index.js';
import { ev, START } from './notice.js';

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

describe('dispatch cites ruleCitesUnder when a refusal names no articles of its own', () => {
  interface Ctx {
    readonly now: string;
    readonly profile: Profile;
  }
  const sized = defineRule({
    id: 'sized',
    citations: ['CC-278-1', 'SH-20-1'],
    profileCites: () => ['BJ-39-1-small'],
    description: bilingual('人数合法', 'A lawful size'),
    check(_: { readonly context: Ctx }, event: { readonly seats: number }) {
      return event.seats >= 3;
    },
  });
  const plain = defineRule({
    id: 'plain',
    citations: ['CC-278-1', 'SH-20-1'],
    check(_: { readonly context: Ctx }, event: { readonly seats: number }) {
      return event.seats >= 2;
    },
  });
  const events = defineCatalog({
    SET: {
      payload: { seats: z.number().int() },
      roles: ['committee'],
      title: bilingual('设定', 'Set'),
      description: bilingual('设定人数', 'Set the seats'),
      rules: [plain, sized],
    },
  });
  const machine = withCatalog(
    setup({
      types: {
        context: {} as Ctx,
        events: {} as EventOf<typeof events>,
        input: {} as { profile: Profile },
      },
      guards: catalogGuards(events),
    }).createMachine({
      context: ({ input }) => ({ now: START, profile: input.profile }),
      initial: 'open',
      states: { open: { on: { SET: { guard: 'SET', target: 'set' } } }, set: {} },
    }),
    events,
  );
  const cited = (profile: Profile, seats: number) => {
    const actor = createActor(machine, { input: { profile } }).start();
    const result = dispatch(actor, ev('SET', 'committee', START, { seats }));
    actor.stop();
    return result.ok ? null : result.rejection.rule;
  };

  it('the profile’s entry in place of a text it does not follow, the rule’s own under shanghai', () => {
    expect(cited(beijing, 2)).toEqual({ id: 'sized', citations: ['CC-278-1', 'BJ-39-1-small'] });
    expect(cited(shanghai, 2)).toEqual({ id: 'sized', citations: ['CC-278-1', 'SH-20-1'] });
    expect(cited(beijing, 3)).toBeNull();
  });

  it('a rule without profileCites: its own that the profile follows, as the rule book lists them', () => {
    expect(cited(national, 1)).toEqual({ id: 'plain', citations: ['CC-278-1'] });
    expect(cited(national, 1)?.citations).toEqual(ruleCitesUnder(plain, national));
  });
});
