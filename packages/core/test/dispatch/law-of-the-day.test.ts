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

const events = defineCatalog({
  ASK: {
    roles: ['committee'],
    title: bilingual('请求', 'Ask'),
    description: bilingual('测试事件', 'A test event'),
    rules: [never],
    actions: ['clock'],
  },
});

const machine = (context: Context) =>
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
    events,
  );

const ask = (at: string) => ({ type: 'ASK', at, by: { id: 'c-1', role: 'committee' } });

function refusal(context: Context, at: string) {
  const actor = createActor(machine(context)).start();
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
    expect(before.details).toEqual({ citationsNotInForce: ['SH-36-5'] });
    const on = refusal(FOLLOWING, '2026-03-23T00:00:00+08:00');
    expect(on.rule).toEqual({ id: 'substitutes-only', citations: ['SH-36-5', 'SH-16-2'] });
    expect(on.details).toBeUndefined();
  });

  it('cites a fixed profile’s rule as written, whatever the day', () => {
    const fixed = refusal({ now: FOLLOWING.now }, '2026-03-22T23:59:59+08:00');
    expect(fixed.rule).toEqual({ id: 'substitutes-only', citations: ['SH-36-5', 'SH-16-2'] });
  });
});
