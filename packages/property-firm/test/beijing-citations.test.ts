// Under beijing and national no refusal of this package cites a Shanghai article: a rule whose own
// articles are not in the profile's laws cites the profile's entries for it. BJ 35 ¶2: "经百分之
// 二十以上业主提议，业主委员会应当组织召开业主大会临时会议". BJ 35 ¶4: "业主委员会应当于会议召开十五日前通知
// 全体业主". CC 946 ¶1: "决定解聘的，应当提前六十日书面通知物业服务人".
import {
  beijing,
  CITATIONS,
  type CitationId,
  DEFAULT_PROFILE,
  national,
  type Rule,
  ruleCitesUnder,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  contractTermEvents,
  dismissalEvents,
  dismissalMachine,
  hiringEvents,
} from '../src/index.js';
import { authoritiesNotice, baseInput, createActor, ev, refuse, send } from './support.js';

// Each rule as its catalog holds it: the articles it cites under a profile are core's
// ruleCitesUnder of it, the list the rule book shows (the package's PROFILE_CITES and core's
// pre-call rules declare theirs on the rule as profileCites).
const rules = new Map<string, Rule>();
for (const catalog of [hiringEvents, dismissalEvents, contractTermEvents]) {
  for (const spec of Object.values(catalog.events) as { rules?: readonly Rule[] }[]) {
    for (const rule of spec.rules ?? []) rules.set(rule.id, rule);
  }
}

const lawOf = (id: string) => CITATIONS[id as CitationId].law;

describe('every rule of the firm catalogs has articles under each profile', () => {
  it('covers the rules citing a Shanghai text', () => {
    const shanghaiOnly = [...rules].filter(([, rule]) =>
      rule.citations.some((c) => lawOf(c).startsWith('SH')),
    );
    expect(shanghaiOnly.length).toBeGreaterThan(10);
    for (const [id, rule] of shanghaiOnly) expect(rule.profileCites, id).toBeDefined();
  });

  it.each([
    ['beijing', beijing],
    ['national', national],
  ] as const)(
    'under %s: no rule falls back on a Shanghai article, none is left without one',
    (_, p) => {
      for (const [id, rule] of rules) {
        const cites = ruleCitesUnder(rule, p);
        expect(
          cites.filter((c) => lawOf(c).startsWith('SH')),
          id,
        ).toEqual([]);
        expect(cites.length, id).toBeGreaterThan(0);
      }
    },
  );
});

describe('refusals under beijing cite Beijing’s articles', () => {
  const actor = () =>
    createActor(dismissalMachine, { input: baseInput({ profile: beijing }) }).start();

  it('interim assembly by 1 of 10 owners (20% is 2): BJ 35 ¶2, not SH 25', () => {
    const r = refuse(
      actor(),
      ev('REQUEST_INTERIM_ASSEMBLY', 'owner', '2026-03-03T10:00:00+08:00', {
        proposers: ['o-1-1'],
      }),
    );
    expect(r.rule?.id).toBe('interim-share');
    expect(r.rule?.citations).toEqual(['PMR-13', 'BJ-35-2']);
    // The refusal cites the rule book's list for beijing.
    expect(r.rule?.citations).toEqual(ruleCitesUnder(rules.get('interim-share') as Rule, beijing));
    // Two owners, exactly 20%: accepted (以上 includes the bound).
    const a = actor();
    send(
      a,
      ev('REQUEST_INTERIM_ASSEMBLY', 'owner', '2026-03-03T10:00:00+08:00', {
        proposers: ['o-1-1', 'o-1-2'],
      }),
    );
    expect(a.getSnapshot().value).toBe('proposed');
  });

  it('a call on 14 days’ notice: BJ 35 ¶4; shanghai’s own stand unchanged', () => {
    const call = ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:00+08:00', {
      opensAt: '2026-03-17T09:00:00+08:00',
      closesAt: '2026-03-31T18:00:00+08:00',
    });
    const a = actor();
    send(a, ev('PROPOSE_DISMISSAL', 'committee', '2026-03-02T10:00:00+08:00'));
    const r = refuse(a, call);
    expect(r.rule?.id).toBe('assembly-notice');
    expect(r.rule?.citations.every((c) => !lawOf(c).startsWith('SH'))).toBe(true);
    expect(r.rule?.citations).toContain('BJ-35-4');
    expect(r.rule?.citations).toEqual(
      ruleCitesUnder(rules.get('assembly-notice') as Rule, beijing),
    );
    const sh = createActor(dismissalMachine, {
      input: baseInput({ profile: DEFAULT_PROFILE }),
    }).start();
    send(sh, ev('PROPOSE_DISMISSAL', 'committee', '2026-03-02T10:00:00+08:00'));
    send(sh, ev('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-03T10:00:00+08:00'));
    const shr = refuse(sh, call);
    expect(shr.rule?.id).toBe('assembly-notice');
    expect(shr.rule?.citations).toEqual([...(rules.get('assembly-notice')?.citations ?? [])]);
  });
});

describe('the missing hand-over items cite the profile’s hand-over article', () => {
  it('beijing: BJ 76, not SH 50', () => {
    const a = createActor(dismissalMachine, { input: baseInput({ profile: beijing }) }).start();
    send(a, ev('PROPOSE_DISMISSAL', 'committee', '2026-03-02T10:00:00+08:00'));
    send(a, authoritiesNotice('2026-03-02T10:00:00+08:00'));
    send(
      a,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-02T10:00:00+08:00', {
        opensAt: '2026-03-17T09:00:00+08:00',
        closesAt: '2026-03-31T18:00:00+08:00',
      }),
    );
    send(a, ev('OPEN_VOTE', 'committee', '2026-03-17T09:00:00+08:00', { voteId: 'v' }));
    for (const [b, n] of [
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [1, 5],
      [2, 1],
      [2, 2],
    ] as const) {
      send(
        a,
        ev('CAST_BALLOT', 'committee', '2026-03-18T10:00:00+08:00', {
          ballot: {
            id: `b-${b}-${n}`,
            unitId: `u-${b}-${n}`,
            castBy: `o-${b}-${n}`,
            choice: 'agree',
            channel: 'paper',
            at: '2026-03-18T10:00:00+08:00',
          },
        }),
      );
    }
    send(a, ev('CLOSE_VOTE', 'committee', '2026-04-01T09:00:00+08:00'));
    send(
      a,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', '2026-04-02T10:00:00+08:00', {
        effectiveAt: '2026-06-02T00:00:00+08:00',
      }),
    );
    const r = refuse(a, ev('COMPLETE_HANDOVER', 'committee', '2026-04-03T10:00:00+08:00'));
    expect(r.rule).toEqual({ id: 'handover-complete', citations: ['CC-949', 'BJ-76'] });
    expect(r.rule?.citations).toEqual(
      ruleCitesUnder(rules.get('handover-complete') as Rule, beijing),
    );
    expect(r.message['zh-CN']).toContain('第七十六条');
    expect(r.message['zh-CN']).not.toContain('第五十条');
    expect(r.message.en).not.toContain('SH');
  });
});
