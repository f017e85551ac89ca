// A small "petition" procedure for the host tests: owners add notes, the committee must reply
// within a deadline (kept as data in context.deadlines), a TICK marks it missed.
import {
  bilingual,
  catalogGuards,
  type DeadlineBook,
  defineCatalog,
  defineRule,
  type EventOf,
  markMissed,
  overdueDeadlines,
  settleDeadline,
  startDeadline,
  withCatalog,
} from '@jiayuan/core';
import { and, assign, emit, setup } from 'xstate';
import { z } from 'zod';
import type { MachineEntry } from '../../src/index.js';

export interface PetitionInput {
  readonly openedAt: string;
  readonly replyDays: number;
}

export interface PetitionContext {
  readonly now: string;
  readonly deadlines: DeadlineBook;
  readonly count: number;
  readonly notes: number;
  readonly missed: number;
  readonly label?: string;
}

const replyTitle = bilingual('答复期限', 'reply deadline');

/** The reply deadline can only be extended while it is pending. */
const extendWhilePending = defineRule({
  id: 'extend-while-pending',
  citations: ['SH-16-2'],
  description: bilingual(
    '答复期限届满前方可延长',
    'the reply deadline can be extended only while pending',
  ),
  check: (snapshot: { readonly context: PetitionContext }) =>
    snapshot.context.deadlines.reply?.status === 'pending',
});

export const petitionEvents = defineCatalog({
  NOTE: {
    payload: { n: z.number().int().min(1).max(1000) },
    roles: ['owner'],
    title: bilingual('补充意见', 'Add a note'),
    description: bilingual('业主补充意见', 'An owner adds a note'),
  },
  EXTEND: {
    payload: { days: z.number().int().min(1).max(60) },
    roles: ['committee'],
    title: bilingual('延长期限', 'Extend the deadline'),
    description: bilingual('业委会延长答复期限', 'The committee extends the reply deadline'),
    rules: [extendWhilePending],
  },
  REPLY: {
    payload: { text: z.string().min(1) },
    roles: ['committee'],
    title: bilingual('答复', 'Reply'),
    description: bilingual('业委会答复', 'The committee replies'),
  },
  WITHDRAW: {
    roles: ['owner'],
    title: bilingual('撤回', 'Withdraw'),
    description: bilingual('业主撤回', 'The owner withdraws'),
  },
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
  },
});

export type PetitionEvent = EventOf<typeof petitionEvents>;

const petitionSetup = setup({
  types: {
    context: {} as PetitionContext,
    events: {} as PetitionEvent,
    input: {} as PetitionInput,
    emitted: {} as
      | { type: 'opened'; dueAt: string }
      | { type: 'noted'; n: number }
      | { type: 'reply-missed'; at: string }
      | { type: 'replied'; at: string },
  },
  guards: {
    ...catalogGuards(petitionEvents),
    replyOverdue: ({ context, event }) => overdueDeadlines(context.deadlines, event.at).length > 0,
  },
  actions: {
    advanceClock: assign({ now: ({ event }) => event.at }),
  },
});

function buildPetition(version: 1 | 2) {
  return petitionSetup.createMachine({
    id: 'petition',
    context: ({ input }) => ({
      ...(version === 2 ? { label: 'none' } : {}),
      now: input.openedAt,
      deadlines: startDeadline({}, 'reply', {
        title: replyTitle,
        trigger: input.openedAt,
        period: { days: input.replyDays },
        cite: ['SH-16-2'],
      }),
      count: 0,
      notes: 0,
      missed: 0,
    }),
    initial: 'open',
    states: {
      open: {
        entry: emit(({ context }) => ({
          type: 'opened' as const,
          dueAt: context.deadlines.reply?.due.dueAt ?? '',
        })),
        on: {
          NOTE: {
            guard: 'NOTE',
            actions: [
              'advanceClock',
              assign({
                count: ({ context, event }) => context.count + event.n,
                notes: ({ context }) => context.notes + 1,
              }),
              emit(({ event }) => ({ type: 'noted' as const, n: event.n })),
            ],
          },
          EXTEND: {
            guard: 'EXTEND',
            actions: [
              'advanceClock',
              assign({
                deadlines: ({ context, event }) =>
                  startDeadline(context.deadlines, 'reply', {
                    title: replyTitle,
                    trigger: event.at,
                    period: { days: event.days },
                    cite: ['SH-16-2'],
                  }),
              }),
            ],
          },
          REPLY: {
            guard: 'REPLY',
            target: 'answered',
            actions: [
              'advanceClock',
              assign({
                deadlines: ({ context, event }) =>
                  settleDeadline(context.deadlines, 'reply', event.at),
              }),
              emit(({ event }) => ({ type: 'replied' as const, at: event.at })),
            ],
          },
          WITHDRAW: { guard: 'WITHDRAW', target: 'withdrawn', actions: 'advanceClock' },
          TICK: [
            {
              guard: and(['TICK', 'replyOverdue']),
              actions: [
                'advanceClock',
                assign({
                  deadlines: ({ context, event }) => markMissed(context.deadlines, event.at),
                  missed: ({ context }) => context.missed + 1,
                }),
                emit(({ event }) => ({ type: 'reply-missed' as const, at: event.at })),
              ],
            },
            { guard: 'TICK', actions: 'advanceClock' },
          ],
        },
      },
      answered: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

/** Version 1 with its catalog, ready for `dispatch`. */
export const petition = withCatalog(buildPetition(1), petitionEvents);

/** Version 2 adds `context.label`; its migration from version 1 fills it in. */
export const petition2 = withCatalog(buildPetition(2), petitionEvents);

/** The registry entry for version 1. */
export const petitionV1: MachineEntry = { id: 'petition', version: 1, machine: petition };

/** The registry entry for version 2, with its migration from version 1. */
export const petitionV2: MachineEntry = {
  id: 'petition',
  version: 2,
  machine: petition2,
  migrations: {
    1: (snapshot) => {
      const s = snapshot as { context: PetitionContext };
      return { ...s, context: { ...s.context, label: 'none' } };
    },
  },
};

export const OPENED_AT = '2026-03-02T09:00:00+08:00';

/** An event envelope at `at` by a party in `role`, plus the payload. */
export function ev(
  type: string,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type, at, by: { id: `${role}-1`, role }, ...payload };
}
