import { assign, emit, setup } from 'xstate';
import type { StandInContext, StandInEmitted } from './context.js';
import type { StandInEvent } from './events.js';
import type { StandInInput } from './input.js';
import { reduceStandIn, tickStandIn } from './reducer.js';
import {
  checkComposition,
  checkDecision,
  checkDeliberation,
  checkFilingPapers,
  checkMatter,
  decisionsKept,
  filingLate,
  filingRequired,
  postingPending,
  termEnded,
  withinTerm,
} from './rules.js';

/**
 * The setup of the stand-in machine (TERM-9): its own context, events and guards, so it does not
 * depend on the owners' committee procedures' shared setup. Hosts `provide()` or `extend()` the
 * machine built from it.
 */
export const standInSetup = setup({
  types: {
    context: {} as StandInContext,
    events: {} as StandInEvent,
    input: {} as StandInInput,
    emitted: {} as StandInEmitted,
  },
  guards: {
    formsOk: ({ context, event }) =>
      event.type === 'FORM_STAND_IN' && checkComposition(context.profile, event.members) === true,
    formsWithFiling: ({ context, event }) =>
      event.type === 'FORM_STAND_IN' &&
      checkComposition(context.profile, event.members) === true &&
      filingRequired(context),
    withinTerm: ({ context, event }) => withinTerm(context, event) === true,
    filingOk: ({ context, event }) =>
      event.type === 'FILE_STAND_IN' &&
      withinTerm(context, event) === true &&
      checkFilingPapers(context, event) === true,
    deliberationOk: ({ context, event }) =>
      event.type === 'HOLD_DELIBERATION' &&
      withinTerm(context, event) === true &&
      checkDeliberation(context, event) === true,
    matterOk: ({ context, event }) =>
      event.type === 'COORDINATE_MATTER' &&
      withinTerm(context, event) === true &&
      checkMatter(context, event) === true,
    decisionOk: ({ context, event }) =>
      event.type === 'DECIDE_MATTER' &&
      withinTerm(context, event) === true &&
      decisionsKept(context) === true &&
      checkDecision(context, event) === true,
    postingOk: ({ context, event }) =>
      event.type === 'POST_STAND_IN_DECISION' &&
      withinTerm(context, event) === true &&
      postingPending(context, event) === true,
    termEnded: ({ context, event }) => termEnded(context, event.at),
    filingLate: ({ context, event }) => filingLate(context, 'stand-in-filing', event.at),
    completionLate: ({ context, event }) =>
      filingLate(context, 'stand-in-filing-completion', event.at),
  },
  actions: {
    /** Moves the clock to the event and marks overdue deadlines missed. */
    clock: assign(({ context, event }) => tickStandIn(context, event.at)),
    standIn: assign(({ context, event }) => reduceStandIn(context, event)),
    announce: emit(({ event }, params: { type: 'post' | 'notify'; what: string }) => ({
      type: params.type,
      what: params.what,
      at: event.at,
    })),
  },
});
