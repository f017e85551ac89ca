// A small "notice" procedure used by the dispatch tests: draft → posted → closed.
import { assign, setup } from 'xstate';
import { z } from 'zod';
import {
  defineEvents,
  type EventOf,
  eventSchema,
  type Rule,
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
export const withinWindowRule: Rule<z.output<typeof ObjectSchema>> = {
  id: 'objection-within-window',
  citations: ['SH-16-2'],
  description: bilingual(
    '异议须在公示期内提出',
    'objections must be raised within the posting window',
  ),
  check(snapshot: { readonly context: NoticeContext }, event) {
    const ends = snapshot.context.windowEnds;
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
};

export const PostSchema = eventSchema('POST', { windowDays: z.number().int().min(1).max(30) });
export const ObjectSchema = eventSchema('OBJECT', { reason: z.string().min(1) });
export const CloseSchema = eventSchema('CLOSE');
export const TickSchema = eventSchema('TICK');
export const AmendSchema = eventSchema('AMEND', { text: z.string().min(1) });

export const noticeEvents = defineEvents({
  POST: {
    schema: PostSchema,
    roles: ['committee'],
    title: bilingual('张贴公告', 'Post the notice'),
    description: bilingual('业委会张贴公告，公示期开始', "The owners' committee posts the notice"),
  },
  AMEND: {
    schema: AmendSchema,
    roles: ['committee', 'committee-chair'],
    title: bilingual('修改草稿', 'Amend the draft'),
    description: bilingual('张贴前修改公告草稿', 'Amend the draft before posting'),
  },
  OBJECT: {
    schema: ObjectSchema,
    roles: ['owner'],
    title: bilingual('提出异议', 'Raise an objection'),
    description: bilingual('业主在公示期内提出异议', 'An owner objects within the window'),
    rules: [withinWindowRule],
  },
  CLOSE: {
    schema: CloseSchema,
    roles: ['street-office'],
    title: bilingual('结束公示', 'Close the notice'),
    description: bilingual('公示期满后街道结束公示', 'The street office closes the notice'),
  },
  TICK: {
    schema: TickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
  },
});

export type NoticeEvent = EventOf<typeof noticeEvents>;

export const noticeSetup = setup({
  types: { context: {} as NoticeContext, events: {} as NoticeEvent },
  guards: {
    windowOver: ({ context, event }) =>
      context.windowEnds !== null && isAfterOrAt(event.at, context.windowEnds),
    withinWindow: ({ context, event }) =>
      context.windowEnds !== null && !isAfterOrAt(event.at, context.windowEnds),
  },
  actions: {
    countObjection: assign({ objections: ({ context }) => context.objections + 1 }),
    advanceClock: assign({ now: ({ event }) => event.at }),
  },
});

export const noticeMachine = withCatalog(
  noticeSetup.createMachine({
    id: 'notice',
    context: { now: START, windowEnds: null, objections: 0, text: 'draft' },
    initial: 'draft',
    on: { TICK: { actions: 'advanceClock' } },
    states: {
      draft: {
        meta: { title: bilingual('草稿', 'draft') },
        on: {
          POST: {
            target: 'posted',
            actions: [
              'advanceClock',
              assign({
                windowEnds: ({ event }) =>
                  new Date(Date.parse(event.at) + event.windowDays * DAY_MS).toISOString(),
              }),
            ],
          },
          AMEND: { actions: ['advanceClock', assign({ text: ({ event }) => event.text })] },
        },
      },
      posted: {
        meta: { title: bilingual('公示中', 'posted') },
        on: {
          OBJECT: { guard: 'withinWindow', actions: ['advanceClock', 'countObjection'] },
          CLOSE: { guard: 'windowOver', target: 'closed', actions: 'advanceClock' },
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
