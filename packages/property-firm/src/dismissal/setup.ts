import { actDayGuards, catalogGuards, type ProcedureMeta } from '@jiayuan/core';
import { match } from 'ts-pattern';
import { assertEvent, assign, emit, setup } from 'xstate';
import {
  exitActions,
  handedOverBeforeEnd,
  handoverRunning,
  noticeTakesEffect,
  oldFirmStops,
} from '../exit/actions.js';
import { type FirmEmitted, notifyFirm } from '../shared/emitted.js';
import type { DismissalInput } from '../shared/input.js';
import { commonActions, votePasses } from '../vote/actions.js';
import { type DismissalEvent, dismissalEvents } from './catalog.js';
import type { DismissalContext } from './context.js';

/**
 * The `setup` of the dismissal machine, exported so hosts can `provide()` or extend it. Its
 * guards are the catalog's (roles, clock and rules: see `dismissalEvents`) plus the transitions'
 * own conditions; its actions are named effects, one per thing that happens.
 */
export const dismissalSetup = setup({
  types: {
    context: {} as DismissalContext,
    events: {} as DismissalEvent,
    input: {} as DismissalInput,
    emitted: {} as FirmEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(dismissalEvents),
    // The transitions' own conditions read the profile of the act's day, as the rules do.
    ...actDayGuards({
      votePasses,
      noticeTakesEffect,
      handoverRunning,
      oldFirmStops,
      handedOverBeforeEnd,
    }),
  },
  actions: {
    ...commonActions<DismissalContext, DismissalEvent>(),
    ...exitActions<DismissalContext, DismissalEvent>(),
    /** The committee's proposal, or the owners' request for an interim assembly (SH 25 ¶1). */
    recordProposal: assign({
      proposal: ({ event }) => {
        assertEvent(event, ['PROPOSE_DISMISSAL', 'REQUEST_INTERIM_ASSEMBLY']);
        return match(event)
          .with({ type: 'PROPOSE_DISMISSAL' }, (e) => ({
            source: 'committee' as const,
            at: e.at,
            proposers: [],
          }))
          .with({ type: 'REQUEST_INTERIM_ASSEMBLY' }, (e) => ({
            source: 'owners' as const,
            at: e.at,
            proposers: e.proposers,
          }))
          .exhaustive();
      },
    }),
    /** The written notice of dismissal, with the instant it takes effect (CC 946 ¶1). */
    serveNotice: assign({
      notices: ({ context, event }) => {
        assertEvent(event, 'SERVE_DISMISSAL_NOTICE');
        return [
          ...context.notices,
          {
            kind: 'dismissal' as const,
            by: event.by.role,
            servedAt: event.at,
            effectiveAt: event.effectiveAt,
          },
        ];
      },
    }),
    /** The firm is told in writing. */
    notifyFirm: emit(({ event }) => {
      assertEvent(event, 'SERVE_DISMISSAL_NOTICE');
      return notifyFirm('dismissal', event.at);
    }),
  },
});
