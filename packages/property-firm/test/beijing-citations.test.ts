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
  type Profile,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  contractTermEvents,
  dismissalEvents,
  dismissalMachine,
  hiringEvents,
} from '../src/index.js';
import { PROFILE_CITES } from '../src/shared/profile-cites.js';
import { authoritiesNotice, baseInput, createActor, ev, refuse, send } from './support.js';

/**
 * Core's pre-call rules (VOTE-15) cite the profile's own entries when they refuse: the report
 * before major matters (else the meeting notice), the notice to the authorities.
 */
const CORE_CITES: Readonly<Record<string, (p: Profile) => readonly string[]>> = {
  'party-report': (p) =>
    p.party.reportBeforeMajorMatters.cite.length > 0
      ? p.party.reportBeforeMajorMatters.cite
      : p.voting.meetingNotice.cite,
  'authorities-notified': (p) => p.voting.noticeToAuthorities?.cite ?? [],
};
const profileCites = (id: string) =>
  (PROFILE_CITES[id as never] as ((p: Profile) => readonly string[]) | undefined) ?? CORE_CITES[id];

const rules = new Map<string, readonly string[]>();
for (const catalog of [hiringEvents, dismissalEvents, contractTermEvents]) {
  for (const spec of Object.values(catalog.events)) {
    for (const rule of (spec as { rules?: { id: string; citations: readonly string[] }[] }).rules ??
      []) {
      rules.set(rule.id, rule.citations);
    }
  }
}

const lawOf = (id: string) => CITATIONS[id as CitationId].law;

describe('every rule of the firm catalogs has articles under each profile', () => {
  it('covers the rules citing a Shanghai text', () => {
    const shanghaiOnly = [...rules].filter(([, cites]) =>
      cites.some((c) => lawOf(c).startsWith('SH')),
    );
    expect(shanghaiOnly.length).toBeGreaterThan(10);
    for (const [id] of shanghaiOnly) expect(profileCites(id), id).toBeDefined();
  });

  it.each([
    ['beijing', beijing],
    ['national', national],
  ] as const)(
    'under %s: no rule falls back on a Shanghai article, none is left without one',
    (_, p) => {
      for (const [id, own] of rules) {
        const mapped = profileCites(id);
        const cites = [
          ...own.filter((c) => (p.laws as readonly string[]).includes(lawOf(c))),
          ...(mapped?.(p) ?? []),
        ];
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
    const sh = createActor(dismissalMachine, {
      input: baseInput({ profile: DEFAULT_PROFILE }),
    }).start();
    send(sh, ev('PROPOSE_DISMISSAL', 'committee', '2026-03-02T10:00:00+08:00'));
    send(sh, ev('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-03T10:00:00+08:00'));
    const shr = refuse(sh, call);
    expect(shr.rule?.id).toBe('assembly-notice');
    expect(shr.rule?.citations).toEqual([...rules.get('assembly-notice')!]);
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
    expect(r.message['zh-CN']).toContain('第七十六条');
    expect(r.message['zh-CN']).not.toContain('第五十条');
    expect(r.message.en).not.toContain('SH');
  });
});
