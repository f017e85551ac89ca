import { catalogGuards, type ProcedureMeta } from '@jiayuan/core';
import { match } from 'ts-pattern';
import { assertEvent, assign, emit, setup } from 'xstate';
import { exitActions, noticeTakesEffect } from '../exit/actions.js';
import type { WrittenNotice } from '../shared/context.js';
import { type FirmEmitted, notifyFirm } from '../shared/emitted.js';
import type { ContractTermInput } from '../shared/input.js';
import { commonActions, votePasses } from '../vote/actions.js';
import { type ContractTermEvent, contractTermEvents } from './catalog.js';
import type { ContractTermContext } from './context.js';

/**
 * The `setup` of the contract-term machine, exported so hosts can `provide()` or extend it. Its
 * guards are the catalog's (roles, clock and rules: see `contractTermEvents`) plus the
 * transitions' own conditions; its actions are named effects, one per thing that happens.
 */
export const contractTermSetup = setup({
  types: {
    context: {} as ContractTermContext,
    events: {} as ContractTermEvent,
    input: {} as ContractTermInput,
    emitted: {} as FirmEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(contractTermEvents),
    votePasses,
    noticeTakesEffect,
    /** The fixed term has run out (CC 948 ¶1). */
    termExpired: ({ context, event }) =>
      context.contract.endsAt !== undefined &&
      Date.parse(event.at) >= Date.parse(context.contract.endsAt),
  },
  actions: {
    ...commonActions<ContractTermContext, ContractTermEvent>(),
    ...exitActions<ContractTermContext, ContractTermEvent>(),
    /**
     * A written notice with the instant it takes effect: the firm's non-renewal (at expiry, CC
     * 947 ¶2), the owners' renewal decision (none), the end of the indefinite term (CC 948 ¶2).
     */
    serveNotice: assign({
      notices: ({ context, event }) => {
        assertEvent(event, [
          'NOTIFY_NON_RENEWAL',
          'NOTIFY_RENEWAL_DECISION',
          'END_INDEFINITE_TERM',
        ]);
        const served = { by: event.by.role, servedAt: event.at };
        const notice = match(event)
          .returnType<WrittenNotice>()
          .with({ type: 'NOTIFY_NON_RENEWAL' }, () => ({
            kind: 'non-renewal',
            ...served,
            effectiveAt: context.contract.endsAt ?? null,
          }))
          .with({ type: 'NOTIFY_RENEWAL_DECISION' }, () => ({
            kind: 'renewal-decision',
            ...served,
            effectiveAt: null,
          }))
          .with({ type: 'END_INDEFINITE_TERM' }, (e) => ({
            kind: 'indefinite-term',
            ...served,
            effectiveAt: e.effectiveAt,
          }))
          .exhaustive();
        return [...context.notices, notice];
      },
    }),
    /** The firm is told of the owners' renewal decision in writing (SH 46 ¶1). */
    notifyFirm: emit(({ event }) => {
      assertEvent(event, 'NOTIFY_RENEWAL_DECISION');
      return notifyFirm('renewal-decision', event.at);
    }),
    /** The firm accepts; the contract runs to its new end. */
    acceptRenewal: assign(({ context, event }) => {
      assertEvent(event, 'ACCEPT_RENEWAL');
      return {
        renewal: 'accepted' as const,
        contract: { ...context.contract, endsAt: event.endsAt },
      };
    }),
    /** The firm declines. */
    declineRenewal: assign(({ event }) => {
      assertEvent(event, 'DECLINE_RENEWAL');
      return { renewal: 'declined' as const };
    }),
  },
});
