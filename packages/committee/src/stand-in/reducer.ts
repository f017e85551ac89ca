import { markMissed, settleDeadline } from '@jiayuan/core';
import type { StandInContext } from './context.js';
import {
  dropPending,
  postingDeadlineId,
  startStandInDeadline,
  termDeadlineId,
} from './deadlines.js';
import type { StandInEvent } from './events.js';
import { standInOf } from './input.js';
import { decisionPasses, filingRequired } from './rules.js';

/** Moves the clock to `at` and marks overdue deadlines missed. */
export function tickStandIn(context: StandInContext, at: string): Partial<StandInContext> {
  return { now: at, deadlines: markMissed(context.deadlines, at) };
}

/** How a stand-in event changes the context. Pure. */
export function reduceStandIn(
  context: StandInContext,
  event: StandInEvent,
): Partial<StandInContext> {
  const body = standInOf(context.profile);
  const management = body?.kind === 'property-management-committee' ? body : null;
  const mark = (name: string) => ({ ...context.milestones, [name]: event.at });
  switch (event.type) {
    case 'FORM_STAND_IN': {
      const term = context.term + 1;
      if (management === null) {
        return {
          term,
          members: event.members.map((m) => ({ ...m })),
          formedAt: event.at,
          termEndsAt: null,
          milestones: mark('formed'),
        };
      }
      // BJ 58: the term is limited; BJ 55: filing within its period of the formation.
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
      return {
        term,
        members: event.members.map((m) => ({ ...m })),
        formedAt: event.at,
        termEndsAt: deadlines[termId]?.due.dueAt ?? null,
        deadlines,
        milestones: mark('formed'),
      };
    }
    case 'FILE_STAND_IN': {
      const settled = settleDeadline(
        context.deadlines,
        termDeadlineId('stand-in-filing', context.term),
        event.at,
      );
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
        milestones: mark('filed'),
      };
    }
    case 'COMPLETE_STAND_IN_FILING':
      return {
        deadlines: settleDeadline(
          context.deadlines,
          termDeadlineId('stand-in-filing-completion', context.term),
          event.at,
        ),
        milestones: mark('filing-completed'),
      };
    case 'HOLD_DELIBERATION':
      return {
        deliberations: [
          ...context.deliberations,
          { id: event.deliberationId, at: event.at, by: event.by.id, topic: event.topic },
        ],
      };
    case 'COORDINATE_MATTER':
      return {
        matters: [
          ...context.matters,
          { id: event.matterId, at: event.at, by: event.by.id, matter: event.matter },
        ],
      };
    case 'DECIDE_MATTER': {
      const passed = decisionPasses(context, event.consenting);
      const decision = {
        id: event.decisionId,
        at: event.at,
        consenting: [...event.consenting],
        passed,
        postedAt: null,
      };
      return {
        decisions: [...context.decisions, decision],
        // BJ 57 ¶3: a decided matter is posted within 3 days of the meeting (profile period).
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
    }
    case 'POST_STAND_IN_DECISION':
      return {
        deadlines: settleDeadline(context.deadlines, postingDeadlineId(event.decisionId), event.at),
        decisions: context.decisions.map((d) =>
          d.id === event.decisionId ? { ...d, postedAt: event.at } : d,
        ),
      };
    case 'RECORD_PROGRESS':
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
    case 'DISSOLVE_STAND_IN': {
      // The committee came into being: the term's aim is met, and nothing else is awaited.
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
          outcome:
            context.reason === 'formation' ? 'committee-established' : 'committee-re-elected',
        },
      };
    }
    case 'REFORM_STAND_IN':
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
        milestones: mark('re-formed'),
      };
    case 'TICK':
      return {};
  }
}
