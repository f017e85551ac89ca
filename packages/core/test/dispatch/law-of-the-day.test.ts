// A refusal of a process that follows the law as it changes cites only the provisions in force
// on the act's day; one with a fixed profile cites its rule as written.
//
// SH-36 is dated 2026年3月23日 (docs/law/shanghai-2026-36-assembly-committee-opinions.md); SH 16 ¶2
// reads the same in the 2020 and 2023 texts.

import { describe, expect, it } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import {
  catalogGuards,
  defineCatalog,
  defineRule,
  dispatch,
  type EventOf,
  withCatalog,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import type { FollowedLaw } from '../../src/profiles/history/index.js';

interface Context {
  readonly now: string;
  readonly law?: FollowedLaw;
}

const never = defineRule({
  id: 'substitutes-only',
  citations: ['SH-36-5', 'SH-16-2'],
  description: bilingual('测试规则总是拒绝', 'a test rule that always refuses'),
  check: () => false,
});

// Cites the 2023 wording of SH art. 20 ¶2 and SH-6, for the two other boundaries.
const vetted = defineRule({
  id: 'vetted',
  citations: ['SH-20-2', 'SH-6-6'],
  description: bilingual('测试规则总是拒绝', 'a test rule that always refuses'),
  check: () => false,
});

const catalogOf = (rule: typeof never | typeof vetted) =>
  defineCatalog({
    ASK: {
      roles: ['committee'],
      title: bilingual('请求', 'Ask'),
      description: bilingual('测试事件', 'A test event'),
      rules: [rule],
      actions: ['clock'],
    },
  });

const events: ReturnType<typeof catalogOf> = catalogOf(never);

const machine = (context: Context, catalog = events) =>
  withCatalog(
    setup({
      types: { context: {} as Context, events: {} as EventOf<typeof events> },
      guards: catalogGuards(events),
      actions: { clock: assign({ now: ({ event }) => event.at }) },
    }).createMachine({
      id: 'lawOfTheDay',
      context,
      initial: 'open',
      states: { open: { on: { ASK: { guard: 'ASK', actions: 'clock' } } } },
    }),
    catalog,
  );

const ask = (at: string) => ({ type: 'ASK', at, by: { id: 'c-1', role: 'committee' } });

function refusal(context: Context, at: string, catalog = events) {
  const actor = createActor(machine(context, catalog)).start();
  const result = dispatch(actor, ask(at));
  if (result.ok) throw new Error('accepted');
  return result.rejection;
}

const FOLLOWING: Context = {
  now: '2026-01-01T00:00:00+08:00',
  law: { follows: 'shanghai', edition: 'shanghai@2023-12-28' },
};

describe('a refusal cites the provisions in force on the day of the act', () => {
  it('leaves SH-36 out one second before its day and cites it from 00:00:00 of 2026-03-23', () => {
    const before = refusal(FOLLOWING, '2026-03-22T23:59:59+08:00');
    expect(before.rule).toEqual({ id: 'substitutes-only', citations: ['SH-16-2'] });
    expect(before.details).toEqual({
      citationsNotInForce: ['SH-36-5'],
      citationVersions: {
        'SH-36-5': {
          'zh-CN': '2026-03-23文本；2026-03-22不在施行期内',
          en: '2026-03-23 text; not in force on 2026-03-22',
        },
        'SH-16-2': { 'zh-CN': '2020-12-30文本', en: '2020-12-30 text' },
      },
    });
    expect(before.message.en).toContain('(SH-16-2, 2020-12-30 text)');
    expect(before.message['zh-CN']).toContain('（依据：SH-16-2〔2020-12-30文本〕）');
    const on = refusal(FOLLOWING, '2026-03-23T00:00:00+08:00');
    expect(on.rule).toEqual({ id: 'substitutes-only', citations: ['SH-36-5', 'SH-16-2'] });
    expect(on.details).toEqual({
      citationVersions: {
        'SH-36-5': { 'zh-CN': '2026-03-23文本', en: '2026-03-23 text' },
        'SH-16-2': { 'zh-CN': '2020-12-30文本', en: '2020-12-30 text' },
      },
    });
    expect(on.message.en).toContain('(SH-36-5, 2026-03-23 text; SH-16-2, 2020-12-30 text)');
  });

  it('names the 2023-12-28 wording of SH art. 20 ¶2 from its day, and flags it the second before', () => {
    // SH 2023 art. 20 ¶2: "…以及不执行业主大会、业主委员会决定等情形之一且未改正的，不得担任业主委员会委员。"
    // (**施行日期**：2023-12-28, docs/law/shanghai-residential-property-2023.md)
    const law: FollowedLaw = { follows: 'shanghai', edition: 'shanghai@2022-10-22' };
    const context = { now: '2023-12-01T00:00:00+08:00', law };
    const before = refusal(context, '2023-12-27T23:59:59+08:00', catalogOf(vetted));
    expect(before.rule).toEqual({ id: 'vetted', citations: ['SH-6-6'] });
    expect(before.details).toMatchObject({
      citationsNotInForce: ['SH-20-2'],
      citationVersions: {
        'SH-20-2': { en: '2023-12-28 text; not in force on 2023-12-27' },
        'SH-6-6': { en: '2021-07-01 – 2026-06-30' },
      },
    });
    const on = refusal(context, '2023-12-28T00:00:00+08:00', catalogOf(vetted));
    expect(on.rule).toEqual({ id: 'vetted', citations: ['SH-20-2', 'SH-6-6'] });
    expect(on.details).toEqual({
      citationVersions: {
        'SH-20-2': { 'zh-CN': '2023-12-28文本', en: '2023-12-28 text' },
        'SH-6-6': { 'zh-CN': '2021-07-01至2026-06-30有效', en: '2021-07-01 – 2026-06-30' },
      },
    });
  });

  it('cites SH-6 with its span on 2026-06-30 and flags it from 00:00:00 of 07-01', () => {
    // SH-6 final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
    const law: FollowedLaw = { follows: 'shanghai', edition: 'shanghai@2026-06-04' };
    const context = { now: '2026-06-29T00:00:00+08:00', law };
    const last = refusal(context, '2026-06-30T23:59:59+08:00', catalogOf(vetted));
    expect(last.rule).toEqual({ id: 'vetted', citations: ['SH-20-2', 'SH-6-6'] });
    expect(last.message.en).toContain('SH-6-6, 2021-07-01 – 2026-06-30');
    const after = refusal(context, '2026-07-01T00:00:00+08:00', catalogOf(vetted));
    expect(after.rule).toEqual({ id: 'vetted', citations: ['SH-20-2'] });
    expect(after.details).toEqual({
      citationsNotInForce: ['SH-6-6'],
      citationVersions: {
        'SH-20-2': { 'zh-CN': '2023-12-28文本', en: '2023-12-28 text' },
        'SH-6-6': {
          'zh-CN': '2021-07-01至2026-06-30有效；2026-07-01不在施行期内',
          en: '2021-07-01 – 2026-06-30; not in force on 2026-07-01',
        },
      },
    });
    expect(after.message.en).not.toContain('SH-6-6');
  });

  it('cites a fixed profile’s rule as written, whatever the day', () => {
    const fixed = refusal({ now: FOLLOWING.now }, '2026-03-22T23:59:59+08:00');
    expect(fixed.rule).toEqual({ id: 'substitutes-only', citations: ['SH-36-5', 'SH-16-2'] });
    expect(fixed.details).toBeUndefined();
    expect(fixed.message.en).toContain('(SH-36-5, SH-16-2)');
  });
});
