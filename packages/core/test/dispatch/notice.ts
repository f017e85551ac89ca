// A small "notice" procedure used by the dispatch tests: draft → posted → closed, written as a
// machine that owns its rules (one catalog entry per event, every external transition guarded).
import { and, assign, setup } from 'xstate';
import { z } from 'zod';
import {
  catalogGuards,
  defineCatalog,
  defineRule,
  type EventOf,
  withCatalog,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';

export interface NoticeContext {
  readonly now: string;
  readonly windowEnds: string | null;
  readonly objections: number;
  readonly text: string;
}

export const START = '2026-03-02T09:00:00+08:00';
const DAY_MS = 86_400_000;

const isAfterOrAt = (at: string, bound: string): boolean => Date.parse(at) >= Date.parse(bound);

/** Objections are accepted only until the posting window ends. */
export const withinWindowRule = defineRule({
  id: 'objection-within-window',
  citations: ['SH-16-2'],
  description: bilingual(
    '异议须在公示期内提出',
    'objections must be raised within the posting window',
  ),
  check({ context }: { readonly context: NoticeContext }, event: { readonly at: string }) {
    const ends = context.windowEnds;
    if (ends === null || !isAfterOrAt(event.at, ends)) return true;
    return {
      ok: false,
      message: bilingual(
        `公示期已于 ${ends} 结束，不再受理异议。`,
        `The posting window ended at ${ends}; objections are no longer accepted.`,
      ),
      details: { windowEnds: ends },
    };
  },
});

export const noticeEvents = defineCatalog({
  POST: {
    payload: { windowDays: z.number().int().min(1).max(30) },
    roles: ['committee'],
    title: bilingual('张贴公告', 'Post the notice'),
    description: bilingual('业委会张贴公告，公示期开始', "The owners' committee posts the notice"),
    actions: ['advanceClock', 'openWindow'],
  },
  AMEND: {
    payload: { text: z.string().min(1) },
    roles: ['committee', 'committee-chair'],
    title: bilingual('修改草稿', 'Amend the draft'),
    description: bilingual('张贴前修改公告草稿', 'Amend the draft before posting'),
    actions: ['advanceClock', 'amend'],
  },
  OBJECT: {
    payload: { reason: z.string().min(1) },
    roles: ['owner'],
    title: bilingual('提出异议', 'Raise an objection'),
    description: bilingual('业主在公示期内提出异议', 'An owner objects within the window'),
    rules: [withinWindowRule],
    actions: ['advanceClock', 'countObjection'],
  },
  CLOSE: {
    roles: ['street-office'],
    title: bilingual('结束公示', 'Close the notice'),
    description: bilingual('公示期满后街道结束公示', 'The street office closes the notice'),
    actions: ['advanceClock'],
  },
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
    actions: ['advanceClock'],
  },
});

export type NoticeEvent = EventOf<typeof noticeEvents>;

export const noticeSetup = setup({
  types: { context: {} as NoticeContext, events: {} as NoticeEvent },
  guards: {
    ...catalogGuards(noticeEvents),
    // A condition of the transition itself, not a catalog rule: refused as rule "guard".
    windowOver: ({ context, event }) =>
      context.windowEnds !== null && isAfterOrAt(event.at, context.windowEnds),
  },
  actions: {
    countObjection: assign({ objections: ({ context }) => context.objections + 1 }),
    advanceClock: assign({ now: ({ event }) => event.at }),
    openWindow: assign({
      windowEnds: ({ event }) =>
        event.type === 'POST'
          ? new Date(Date.parse(event.at) + event.windowDays * DAY_MS).toISOString()
          : null,
    }),
    amend: assign({
      text: ({ context, event }) => (event.type === 'AMEND' ? event.text : context.text),
    }),
  },
});

export const noticeMachine = withCatalog(
  noticeSetup.createMachine({
    id: 'notice',
    context: { now: START, windowEnds: null, objections: 0, text: 'draft' },
    initial: 'draft',
    on: { TICK: { guard: 'TICK', actions: 'advanceClock' } },
    states: {
      draft: {
        meta: { title: bilingual('草稿', 'draft') },
        on: {
          POST: { guard: 'POST', target: 'posted', actions: ['advanceClock', 'openWindow'] },
          AMEND: { guard: 'AMEND', actions: ['advanceClock', 'amend'] },
        },
      },
      posted: {
        meta: { title: bilingual('公示中', 'posted') },
        on: {
          OBJECT: { guard: 'OBJECT', actions: ['advanceClock', 'countObjection'] },
          CLOSE: {
            guard: and(['CLOSE', 'windowOver']),
            target: 'closed',
            actions: 'advanceClock',
          },
        },
      },
      closed: { type: 'final', meta: { title: bilingual('已结束', 'closed') } },
    },
  }),
  noticeEvents,
);

/** An event envelope at `at` by a party in `role`, plus the payload. */
export function ev<T extends string>(
  type: T,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
): { type: T; at: string; by: { id: string; role: string } } & Record<string, unknown> {
  return { type, at, by: { id: `${role}-1`, role }, ...payload };
}
