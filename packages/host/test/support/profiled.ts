// A tiny machine that holds a profile in its context, as every jiayuan machine does, for the
// tests of profile references in persisted snapshots.
import {
  bilingual,
  catalogGuards,
  DEFAULT_PROFILE,
  defineCatalog,
  defineProfile,
  type EventOf,
  type Profile,
  withCatalog,
} from '@jiayuan/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import type { MachineEntry } from '../../src/index.js';

export interface ProfiledInput {
  readonly openedAt: string;
  readonly profile?: Profile;
}

interface ProfiledContext {
  readonly now: string;
  readonly profile: Profile;
  readonly notes: number;
}

const profiledEvents = defineCatalog({
  NOTE: {
    payload: { n: z.number().int().min(1).max(1000) },
    roles: ['owner'],
    title: bilingual('补充意见', 'Add a note'),
    description: bilingual('业主补充意见', 'An owner adds a note'),
  },
});

const profiledMachine = setup({
  types: {
    context: {} as ProfiledContext,
    input: {} as ProfiledInput,
    events: {} as EventOf<typeof profiledEvents>,
  },
  guards: { ...catalogGuards(profiledEvents) },
}).createMachine({
  id: 'profiled',
  context: ({ input }) => ({
    now: input.openedAt,
    profile: input.profile === undefined ? DEFAULT_PROFILE : defineProfile(input.profile),
    notes: 0,
  }),
  initial: 'open',
  states: {
    open: {
      on: {
        NOTE: {
          guard: 'NOTE',
          actions: assign({
            now: ({ event }) => event.at,
            notes: ({ context }) => context.notes + 1,
          }),
        },
      },
    },
  },
});

/** The registry entry of the profiled machine. */
export const profiledV1: MachineEntry = {
  id: 'profiled',
  version: 1,
  machine: withCatalog(profiledMachine, profiledEvents),
};
