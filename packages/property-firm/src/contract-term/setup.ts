import { actDayGuards, catalogGuards, type ProcedureMeta, settleDeadline } from '@jiayuan/core';
import { match } from 'ts-pattern';
import { assertEvent, assign, emit, setup } from 'xstate';
import {
  exitActions,
  handedOverBeforeEnd,
  handoverRunning,
  noticeTakesEffect,
  oldFirmStops,
} from '../exit/actions.js';
import type { WrittenNotice } from '../shared/context.js';
import { type FirmEmitted, notifyFirm } from '../shared/emitted.js';
import type { ContractTermInput } from '../shared/input.js';
import { commonActions, votePasses } from '../vote/actions.js';
import { type ContractTermEvent, contractTermEvents } from './catalog.js';
import type { ContractTermContext, OwnersDecision } from './context.js';
import { RENEWAL_DECISION_DEADLINE } from './deadlines.js';

/** The renewal vote just counted (the last decision `closeVote` recorded) as the owners' decision. */
function voteOutcome(context: ContractTermContext, kind: 'renew' | 'none'): OwnersDecision | null {
  const last = context.decisions.at(-1);
  return last === undefined ? context.ownersDecision : { kind, at: last.at, voteId: last.voteId };
}

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
    // The transitions' own conditions read the profile of the act's day, as the rules do.
    ...actDayGuards({
      votePasses,
      noticeTakesEffect,
      /** The hand-over opened on the owners' notice was confirmed before the end (BJ 76 ¶1). */
      handedOverBeforeEnd,
      handoverRunning,
      oldFirmStops,
    }),
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
     * 947 ¶2), the owners' renewal decision (none), their decision to hire another firm (at
     * expiry, SH 46 ¶1), the end of the indefinite term (CC 948 ¶2).
     */
    serveNotice: assign({
      notices: ({ context, event }) => {
        assertEvent(event, [
          'NOTIFY_NON_RENEWAL',
          'NOTIFY_RENEWAL_DECISION',
          'NOTIFY_REPLACEMENT_DECISION',
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
          // The owners hired another firm: this contract ends when its term does (SH 46 ¶1).
          .with({ type: 'NOTIFY_REPLACEMENT_DECISION' }, () => ({
            kind: 'replacement-decision',
            ...served,
            effectiveAt: context.contract.endsAt ?? null,
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
    /** The firm is told of the owners' renewal or replacement decision in writing (SH 46 ¶1). */
    notifyFirm: emit(({ event }) => {
      assertEvent(event, ['NOTIFY_RENEWAL_DECISION', 'NOTIFY_REPLACEMENT_DECISION']);
      return notifyFirm(
        event.type === 'NOTIFY_RENEWAL_DECISION' ? 'renewal-decision' : 'replacement-decision',
        event.at,
      );
    }),
    /** The renewal vote passed: the owners decided to renew (SH 46 ¶1); `closeVote` ran first. */
    decideRenewal: assign(({ context, event }) => {
      assertEvent(event, 'CLOSE_VOTE');
      return {
        ownersDecision: voteOutcome(context, 'renew'),
        deadlines: settleDeadline(context.deadlines, RENEWAL_DECISION_DEADLINE, event.at),
      };
    }),
    /** The renewal vote did not pass: neither renewal nor another firm is decided (CC 948 ¶1). */
    decideNothing: assign(({ context, event }) => {
      assertEvent(event, 'CLOSE_VOTE');
      return { ownersDecision: voteOutcome(context, 'none') };
    }),
    /** A hiring process's owners' vote chose another firm (SH 46 ¶1). */
    decideReplacement: assign(({ context, event }) => {
      assertEvent(event, 'REPLACEMENT_DECIDED');
      return {
        deadlines: settleDeadline(context.deadlines, RENEWAL_DECISION_DEADLINE, event.at),
        ownersDecision: {
          kind: 'replace' as const,
          at: event.at,
          hiringProcessId: event.hiringProcessId,
          firmId: event.firmId,
        },
      };
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
