import {
  bilingual,
  dropDeadline,
  type JointLevel,
  markMissed,
  overdueDeadlines,
  startDeadline,
} from '@jiayuan/core';
import { assign, enqueueActions, setup } from 'xstate';
import type { Escalation, MatterContext, MatterInput } from './context.js';
import type { MatterEmitted } from './emitted.js';
import type { MatterEvent } from './events.js';
import { LEVEL_RULES, missingParticipants, nextLevel } from './levels.js';
import { heldAtLevel } from './rules.js';

/** Id of the deadline after which an unresolved matter goes up a level. */
export const ESCALATION = 'escalation';

/** Starts the escalation period of `level` from `at` (none at the district). */
function withEscalationDeadline(
  context: MatterContext,
  level: JointLevel,
  at: string,
): MatterContext['deadlines'] {
  const book = dropDeadline(context.deadlines, ESCALATION);
  if (level === 'district') return book;
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

/** The `setup` of the matter machine, exported so hosts can `provide()` or extend it. */
export const matterSetup = setup({
  types: {
    context: {} as MatterContext,
    events: {} as MatterEvent,
    input: {} as MatterInput,
    emitted: {} as MatterEmitted,
  },
  guards: {
    canHoldMeeting: ({ context, event }) =>
      event.type === 'HOLD_MEETING' &&
      event.by.role === LEVEL_RULES[context.level].convener &&
      missingParticipants(context.level, event.participants).length === 0,
    canResolve: ({ context, event }) =>
      event.by.role === LEVEL_RULES[context.level].convener && heldAtLevel(context),
    canEscalate: ({ context, event }) =>
      event.type === 'ESCALATE' &&
      event.by.role === LEVEL_RULES[context.level].convener &&
      heldAtLevel(context) &&
      event.toLevel === nextLevel(context.level),
    canMediate: ({ context }) =>
      context.level === 'complex' || context.level === 'residential-area',
    agreed: ({ event }) => event.type === 'MEDIATION_CONCLUDED' && event.agreed,
    escalationOverdue: ({ context, event }) =>
      nextLevel(context.level) !== null &&
      overdueDeadlines(context.deadlines, event.at).some((d) => d.id === ESCALATION),
  },
  actions: {
    clock: assign({ now: ({ event }) => event.at }),
    startLevel: assign({
      deadlines: ({ context }) =>
        withEscalationDeadline(context, context.level, context.levelSince),
    }),
    recordMeeting: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'HOLD_MEETING') return;
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
      if (event.type !== 'ESCALATE') return;
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
      const to = nextLevel(context.level);
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
      const text =
        event.type === 'RESOLVE'
          ? event.outcome
          : event.type === 'MEDIATION_CONCLUDED'
            ? event.record
            : '';
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
      if (event.type !== 'MEDIATION_CONCLUDED') return {};
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
