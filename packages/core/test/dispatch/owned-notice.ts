// The "notice" procedure of notice.ts written as a machine that owns its rules: one catalog
// entry per event, the catalog's guards in `setup`, every external transition guarded by its
// event guard.
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
import { type NoticeContext, START } from './notice.js';

const DAY_MS = 86_400_000;
const isAfterOrAt = (at: string, bound: string): boolean => Date.parse(at) >= Date.parse(bound);

/** Objections are accepted only until the posting window ends. */
export const withinWindow = defineRule({
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

/** A notice may be closed only once its window is over (no message of its own). */
export const windowOver = defineRule({
  id: 'window-over',
  citations: ['SH-16-2'],
  description: bilingual('公示期满方可结束', 'the window must be over'),
  check({ context }: { readonly context: NoticeContext }, event: { readonly at: string }) {
    return context.windowEnds !== null && isAfterOrAt(event.at, context.windowEnds);
  },
});

export const ownedNoticeEvents = defineCatalog({
  POST: {
    payload: { windowDays: z.number().int().min(1).max(30) },
    roles: ['committee'],
    title: bilingual('张贴公告', 'Post the notice'),
    description: bilingual('业委会张贴公告，公示期开始', "The owners' committee posts the notice"),
    actions: ['advanceClock', 'openWindow'],
  },
  AMEND: {
    payload: { text: z.string().min(1), urgent: z.boolean().optional() },
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
    rules: [withinWindow],
    actions: ['advanceClock', 'countObjection'],
  },
  CLOSE: {
    roles: ['street-office'],
    title: bilingual('结束公示', 'Close the notice'),
    description: bilingual('公示期满后街道结束公示', 'The street office closes the notice'),
    rules: [windowOver],
    actions: ['advanceClock'],
  },
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
    actions: ['advanceClock'],
  },
});

export type OwnedNoticeEvent = EventOf<typeof ownedNoticeEvents>;

/** Counts every run of `countObjection`, so a test can see each action runs once. */
export const actionRuns = { countObjection: 0 };

export const ownedNoticeSetup = setup({
  types: { context: {} as NoticeContext, events: {} as OwnedNoticeEvent },
  guards: {
    ...catalogGuards(ownedNoticeEvents),
    urgent: ({ event }) => event.type === 'AMEND' && event.urgent === true,
  },
  actions: {
    advanceClock: assign({ now: ({ event }) => event.at }),
    openWindow: assign({
      windowEnds: ({ event }) =>
        event.type === 'POST'
          ? new Date(Date.parse(event.at) + event.windowDays * DAY_MS).toISOString()
          : null,
    }),
    amend: assign({ text: ({ event }) => (event.type === 'AMEND' ? event.text : '') }),
    countObjection: assign({
      objections: ({ context }) => {
        actionRuns.countObjection += 1;
        return context.objections + 1;
      },
    }),
  },
});

export const ownedNoticeMachine = withCatalog(
  ownedNoticeSetup.createMachine({
    id: 'ownedNotice',
    context: { now: START, windowEnds: null, objections: 0, text: 'draft' },
    initial: 'draft',
    on: { TICK: { guard: 'TICK', actions: 'advanceClock' } },
    states: {
      draft: {
        meta: { title: bilingual('草稿', 'draft') },
        on: {
          POST: { guard: 'POST', target: 'posted', actions: ['advanceClock', 'openWindow'] },
          // Only an urgent amendment is taken in this test procedure: a transition's own
          // condition beside the event guard.
          AMEND: { guard: and(['AMEND', 'urgent']), actions: ['advanceClock', 'amend'] },
        },
      },
      posted: {
        meta: { title: bilingual('公示中', 'posted') },
        on: {
          OBJECT: { guard: 'OBJECT', actions: ['advanceClock', 'countObjection'] },
          CLOSE: { guard: 'CLOSE', target: 'closed', actions: 'advanceClock' },
        },
      },
      closed: { type: 'final', meta: { title: bilingual('已结束', 'closed') } },
    },
  }),
  ownedNoticeEvents,
);
