import { actDayGuards, catalogGuards, type ProcedureMeta, settleDeadline } from '@jiayuan/core';
import { match } from 'ts-pattern';
import { assertEvent, assign, emit, setup } from 'xstate';
import { clock } from '../shared/effects.js';
import { type StandInEvent, standInEvents } from './catalog.js';
import type { StandInAnnouncement, StandInContext, StandInEmitted } from './context.js';
import {
  dropPending,
  postingDeadlineId,
  startStandInDeadline,
  termDeadlineId,
} from './deadlines.js';
import { type StandInInput, standInOf } from './input.js';
import { postingEndsAt } from './quorum.js';
import { decisionPasses, filingLate, filingRequired, termEnded } from './rules.js';

/** The body the profile names when it is Beijing's 物业管理委员会 (with its numbers), else null. */
function managementBody(context: Pick<StandInContext, 'profile'>) {
  const body = standInOf(context.profile);
  return body?.kind === 'property-management-committee' ? body : null;
}

/**
 * The setup of the stand-in machine (TERM-9): its own context, events and guards, so it does not
 * depend on the owners' committee procedures. Its guards are the catalog's (roles, clock, rules:
 * see `standInEvents`) and the conditions of its own transitions (filing required, the term or a
 * filing period run out); each action is one named effect. Hosts `provide()` or `extend()` the
 * machine built from it.
 */
export const standInSetup = setup({
  types: {
    context: {} as StandInContext,
    events: {} as StandInEvent,
    input: {} as StandInInput,
    emitted: {} as StandInEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(standInEvents),
    // The body the profile names is that of the act's day, as the rules read it.
    ...actDayGuards({
      /** The body files with the street office: Beijing's, where an assembly exists (BJ 55). */
      filingRequired: ({ context }: { readonly context: StandInContext }) =>
        filingRequired(context),
    }),
    /** The term's limit has passed (BJ 58). */
    termEnded: ({ context, event }) => termEnded(context, event.at),
    filingLate: ({ context, event }) => filingLate(context, 'stand-in-filing', event.at),
    completionLate: ({ context, event }) =>
      filingLate(context, 'stand-in-filing-completion', event.at),
  },
  actions: {
    clock,
    announce: emit(
      (
        { event },
        params: { readonly type: 'post' | 'notify'; readonly what: StandInAnnouncement },
      ) => ({ type: params.type, what: params.what, at: event.at }),
    ),
    /** A decided matter is posted, and stays up the profile's period (BJ 57 ¶3: 十个工作日). */
    announceDecision: emit(({ context, event }) => {
      const until = postingEndsAt(context, event.at);
      return {
        type: 'post' as const,
        what: 'stand-in-decision' as const,
        at: event.at,
        ...(until === null ? {} : { until }),
      };
    }),
    /**
     * The street office forms the body for a new term; Beijing's has a limited term (BJ 58) and
     * files within its period where an assembly exists (BJ 55).
     */
    formStandIn: assign(({ context, event }) => {
      assertEvent(event, 'FORM_STAND_IN');
      const term = context.term + 1;
      const formed = {
        term,
        members: event.members.map((m) => ({ ...m })),
        formedAt: event.at,
        milestones: { ...context.milestones, formed: event.at },
      };
      const management = managementBody(context);
      if (management === null) return { ...formed, termEndsAt: null };
      const termId = termDeadlineId('stand-in-term', term);
      let deadlines = startStandInDeadline(
        context,
        termId,
        'stand-in-term',
        event.at,
        management.maxTerm,
        ['BJ-58'],
      );
      if (filingRequired(context)) {
        deadlines = startStandInDeadline(
          { ...context, deadlines },
          termDeadlineId('stand-in-filing', term),
          'stand-in-filing',
          event.at,
          management.filing,
          ['BJ-55'],
        );
      }
      return { ...formed, termEndsAt: deadlines[termId]?.due.dueAt ?? null, deadlines };
    }),
    /** The body applies for filing; the street office's period to complete it starts (BJ 55). */
    fileStandIn: assign(({ context, event }) => {
      assertEvent(event, 'FILE_STAND_IN');
      const settled = settleDeadline(
        context.deadlines,
        termDeadlineId('stand-in-filing', context.term),
        event.at,
      );
      const management = managementBody(context);
      return {
        deadlines:
          management === null
            ? settled
            : startStandInDeadline(
                { ...context, deadlines: settled },
                termDeadlineId('stand-in-filing-completion', context.term),
                'stand-in-filing-completion',
                event.at,
                management.filingCompletion,
                ['BJ-55'],
              ),
        milestones: { ...context.milestones, filed: event.at },
      };
    }),
    completeStandInFiling: assign(({ context, event }) => {
      assertEvent(event, 'COMPLETE_STAND_IN_FILING');
      return {
        deadlines: settleDeadline(
          context.deadlines,
          termDeadlineId('stand-in-filing-completion', context.term),
          event.at,
        ),
        milestones: { ...context.milestones, 'filing-completed': event.at },
      };
    }),
    recordDeliberation: assign(({ context, event }) => {
      assertEvent(event, 'HOLD_DELIBERATION');
      return {
        deliberations: [
          ...context.deliberations,
          { id: event.deliberationId, at: event.at, by: event.by.id, topic: event.topic },
        ],
      };
    }),
    recordMatter: assign(({ context, event }) => {
      assertEvent(event, 'COORDINATE_MATTER');
      return {
        matters: [
          ...context.matters,
          { id: event.matterId, at: event.at, by: event.by.id, matter: event.matter },
        ],
      };
    }),
    /** A decision with its signers; one that passed is posted within the period (BJ 57 ¶3). */
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'DECIDE_MATTER');
      const passed = decisionPasses(context, event.consenting);
      const management = managementBody(context);
      return {
        decisions: [
          ...context.decisions,
          {
            id: event.decisionId,
            at: event.at,
            consenting: [...event.consenting],
            passed,
            postedAt: null,
          },
        ],
        deadlines:
          passed && management !== null
            ? startStandInDeadline(
                context,
                postingDeadlineId(event.decisionId),
                'stand-in-decision-posting',
                event.at,
                management.decisionPostingWithin,
                ['BJ-57-3-posting'],
              )
            : context.deadlines,
      };
    }),
    postDecision: assign(({ context, event }) => {
      assertEvent(event, 'POST_STAND_IN_DECISION');
      return {
        deadlines: settleDeadline(context.deadlines, postingDeadlineId(event.decisionId), event.at),
        decisions: context.decisions.map((d) =>
          d.id === event.decisionId ? { ...d, postedAt: event.at } : d,
        ),
      };
    }),
    recordProgress: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_PROGRESS');
      return {
        steps: [
          ...context.steps,
          {
            at: event.at,
            by: event.by.id,
            role: event.by.role,
            step: event.step,
            note: event.note ?? null,
          },
        ],
      };
    }),
    /** The committee came into being: the term's aim is met, and nothing else is awaited. */
    dissolve: assign(({ context, event }) => {
      assertEvent(event, 'DISSOLVE_STAND_IN');
      const settled = settleDeadline(
        context.deadlines,
        termDeadlineId('stand-in-term', context.term),
        event.at,
      );
      return {
        deadlines: dropPending(settled),
        dissolution: {
          at: event.at,
          by: event.by.id,
          reference: event.reference,
          outcome: match(context.reason)
            .with('formation', () => 'committee-established' as const)
            .with('re-election', () => 'committee-re-elected' as const)
            .exhaustive(),
        },
      };
    }),
    /** The term ran out: the ended term is kept, and the body is formed afresh (BJ 58). */
    reform: assign(({ context, event }) => {
      assertEvent(event, 'REFORM_STAND_IN');
      return {
        pastTerms:
          context.formedAt === null
            ? context.pastTerms
            : [
                ...context.pastTerms,
                {
                  term: context.term,
                  formedAt: context.formedAt,
                  endedAt: event.at,
                  members: context.members,
                },
              ],
        members: [],
        formedAt: null,
        termEndsAt: null,
        // The ended term's body no longer acts: its filings and postings are no longer awaited.
        deadlines: dropPending(context.deadlines),
        milestones: { ...context.milestones, 're-formed': event.at },
      };
    }),
  },
});
