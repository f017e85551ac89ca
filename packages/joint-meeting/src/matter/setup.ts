import {
  actDayGuards,
  bilingual,
  catalogGuards,
  clockKept,
  dropDeadline,
  type JointLevel,
  markMissed,
  overdueDeadlines,
  type ProcedureMeta,
  startDeadline,
} from '@jiayuan/core';
import { match } from 'ts-pattern';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { type MatterEvent, matterEvents } from './catalog.js';
import type { Escalation, MatterContext, MatterInput } from './context.js';
import type { MatterEmitted } from './emitted.js';
import { MATTER_KEEPS } from './kept.js';
import { LEVEL_RULES, levelsOf, nextLevel } from './levels.js';

/** Id of the deadline after which an unresolved matter goes up a level. */
export const ESCALATION = 'escalation';

/** The level above the matter's among the profile's levels, or `null` at the highest. */
export function levelAbove(context: Pick<MatterContext, 'level' | 'jointMeetings'>) {
  return nextLevel(context.level, levelsOf(context.jointMeetings));
}

/** Starts the escalation period of `level` from `at` (none at the profile's highest level). */
function withEscalationDeadline(
  context: MatterContext,
  level: JointLevel,
  at: string,
): MatterContext['deadlines'] {
  const book = dropDeadline(context.deadlines, ESCALATION);
  if (level === 'district' || nextLevel(level, levelsOf(context.jointMeetings)) === null) {
    return book;
  }
  const entry = context.jointMeetings.escalateAfter[level];
  return startDeadline(book, ESCALATION, {
    title: bilingual(
      `${LEVEL_RULES[level].title['zh-CN']}未解决则上交`,
      `escalate if the ${LEVEL_RULES[level].title.en} does not resolve it`,
    ),
    trigger: at,
    period: entry.period,
    cite: entry.cite,
  });
}

function moveUp(context: MatterContext, escalation: Escalation): Partial<MatterContext> {
  return {
    level: escalation.to,
    levelSince: escalation.at,
    escalations: [...context.escalations, escalation],
    deadlines: withEscalationDeadline(context, escalation.to, escalation.at),
  };
}

/**
 * The `setup` of the matter machine, exported so hosts can `provide()` or extend it. Its guards
 * are the catalog's (roles, clock, rules: see `matterEvents`) plus two conditions of the
 * transitions themselves.
 */
export const matterSetup = setup({
  types: {
    context: {} as MatterContext,
    events: {} as MatterEvent,
    input: {} as MatterInput,
    emitted: {} as MatterEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(matterEvents),
    /** The mediation committee reports an agreement. */
    agreed: ({ event }) => event.type === 'MEDIATION_CONCLUDED' && event.agreed,
    // The levels are the joint-meeting section of the act's day, as the rules read them.
    ...actDayGuards(
      {
        /** The escalation period of the current level has run out (none at the district). */
        escalationOverdue: ({ context, event }: { context: MatterContext; event: MatterEvent }) =>
          levelAbove(context) !== null &&
          overdueDeadlines(context.deadlines, event.at).some((d) => d.id === ESCALATION),
      },
      matterEvents.keeps,
    ),
  },
  actions: {
    /**
     * Time moves with every event; a matter that follows the law takes the joint-meeting section
     * of the edition in force on the event's day, as its rules saw it (`MATTER_KEEPS`).
     */
    clock: assign(({ context, event }) => clockKept(MATTER_KEEPS, context, event.at)),
    startLevel: assign({
      deadlines: ({ context }) =>
        withEscalationDeadline(context, context.level, context.levelSince),
    }),
    recordMeeting: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'HOLD_MEETING');
      const meeting = {
        level: context.level,
        at: event.at,
        convenedBy: event.by.id,
        participants: [...event.participants],
        invited: [...(event.invited ?? [])],
        minutes: event.minutes,
      };
      enqueue.assign({ meetings: [...context.meetings, meeting] });
      enqueue.emit({ type: 'meeting-recorded', matterId: context.matterId, meeting });
    }),
    escalate: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'ESCALATE');
      const escalation: Escalation = {
        from: context.level,
        to: event.toLevel,
        at: event.at,
        by: event.by.id,
        reason: event.reason,
        cause: 'decided',
      };
      enqueue.assign(moveUp(context, escalation));
      enqueue.emit({ type: 'escalated', matterId: context.matterId, escalation });
    }),
    escalateByPeriod: enqueueActions(({ context, event, enqueue }) => {
      const to = levelAbove(context);
      if (to === null) return;
      const escalation: Escalation = {
        from: context.level,
        to,
        at: event.at,
        by: 'system',
        reason: 'escalation period elapsed',
        cause: 'period-elapsed',
      };
      enqueue.assign(moveUp(context, escalation));
      enqueue.emit({ type: 'escalated', matterId: context.matterId, escalation });
    }),
    markMissed: assign({
      deadlines: ({ context, event }) => markMissed(context.deadlines, event.at),
    }),
    resolve: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, ['RESOLVE', 'MEDIATION_CONCLUDED']);
      const text = match(event)
        .with({ type: 'RESOLVE' }, (e) => e.outcome)
        .with({ type: 'MEDIATION_CONCLUDED' }, (e) => e.record)
        .exhaustive();
      enqueue.assign({
        outcome: { at: event.at, level: context.level, text },
        deadlines: dropDeadline(context.deadlines, ESCALATION),
      });
      enqueue.emit({
        type: 'resolved',
        matterId: context.matterId,
        level: context.level,
        at: event.at,
      });
    }),
    requestMediation: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({
        mediations: [
          ...context.mediations,
          {
            requestedAt: event.at,
            requestedBy: event.by.id,
            concludedAt: null,
            agreed: null,
            record: null,
          },
        ],
      });
      enqueue.emit({ type: 'mediation-requested', matterId: context.matterId, at: event.at });
    }),
    concludeMediation: assign(({ context, event }) => {
      assertEvent(event, 'MEDIATION_CONCLUDED');
      // A conclusion is only taken in mediation, which a request opened.
      const last = context.mediations.at(-1);
      if (last === undefined) return {};
      return {
        mediations: [
          ...context.mediations.slice(0, -1),
          { ...last, concludedAt: event.at, agreed: event.agreed, record: event.record },
        ],
      };
    }),
  },
});
