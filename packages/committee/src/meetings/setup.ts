import { catalogGuards, isOverdue, type ProcedureMeta, settleDeadline } from '@jiayuan/core';
import { assertEvent, assign, setup } from 'xstate';
import { announce, type CommitteeEmitted, clock, pastDue } from '../shared/effects.js';
import type { MeetingsInput } from '../shared/input.js';
import { startCommitteeDeadline, startTitled } from '../shared/time.js';
import { AGENDA_NOTICE_NOTE } from './agenda-notice.js';
import { type MeetingsEvent, meetingsEvents } from './catalog.js';
import { type MeetingsContext, NO_CONVENING } from './context.js';
import { sealNote, secretaryNote } from './custody.js';
import { dutyDone, startDuties } from './duties.js';
import { decisionPasses, decisionPostingId } from './rules.js';

/**
 * The `setup` of the committee meetings machine, exported so hosts can `provide()` or
 * `extend()` it. Its guards are the catalog's (roles, clock, rules: see `meetingsEvents`) and
 * `pastDue`, the condition of the tick that finds the two months passed; each action is one
 * named effect.
 */
export const meetingsSetup = setup({
  types: {
    context: {} as MeetingsContext,
    events: {} as MeetingsEvent,
    input: {} as MeetingsInput,
    emitted: {} as CommitteeEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: { ...catalogGuards(meetingsEvents), pastDue },
  actions: {
    clock,
    announce,
    /** The chair (or a designated member) calls a meeting (SH 26 ¶1). */
    callMeeting: assign(({ event }) => {
      assertEvent(event, 'CALL_MEETING');
      return {
        meeting: {
          kind: event.kind,
          calledAt: event.at,
          proposers: [...event.proposers],
          heldAt: null,
          attended: [],
          decisions: [],
        },
      };
    }),
    /**
     * The meeting is held: attendance recorded for the absence ground, and the two-month clock
     * restarts (SH 26 ¶1: 至少每两个月召开一次).
     */
    holdMeeting: assign(({ context, event }) => {
      assertEvent(event, 'HOLD_MEETING');
      // Held only once called (the `called` state), so a meeting is there.
      const meeting = context.meeting;
      if (meeting === null) return {};
      const { 'regular-meeting': _settled, ...rest } = settleDeadline(
        context.deadlines,
        'regular-meeting',
        event.at,
      );
      return {
        meeting: { ...meeting, heldAt: event.at, attended: [...event.attended] },
        meetings: [
          ...context.meetings,
          {
            heldAt: event.at,
            members: context.members.map((m) => m.id),
            attended: [...new Set(event.attended)],
          },
        ],
        deadlines: startCommitteeDeadline(
          { deadlines: rest, holidays: context.holidays },
          'regular-meeting',
          event.at,
          context.profile.meetings.regularEvery,
        ),
        milestones: { ...context.milestones, 'last-activity': event.at },
        // The meeting owed is held: the proposal, refusals and request are answered.
        convening: NO_CONVENING,
      };
    }),
    /** A decision with its signers; one that passed is posted within 3 days (SH 26 ¶3). */
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'DECIDE');
      const meeting = context.meeting;
      if (meeting === null) return {};
      const passed = decisionPasses(context, event.consenting);
      const decision = {
        id: event.decisionId,
        at: event.at,
        consenting: [...event.consenting],
        passed,
      };
      return {
        meeting: { ...meeting, decisions: [...meeting.decisions, decision] },
        deadlines: passed
          ? startTitled(
              context,
              decisionPostingId(event.decisionId),
              'decision-posting',
              event.at,
              context.profile.meetings.decisionPosting,
            )
          : context.deadlines,
      };
    }),
    closeMeeting: assign({ meeting: null }),
    /** The agenda told to the residents' committee, noted with the time (BJ 45 ¶3). */
    noteAgendaNotice: assign(({ context, event }) => {
      assertEvent(event, 'NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE');
      return {
        notes: [
          ...context.notes,
          { at: event.at, by: event.by.id, role: event.by.role, text: AGENDA_NOTICE_NOTE },
        ],
      };
    }),
    /** A seal's keeper, noted on the record (SH-36 (七)). */
    noteSealKeeper: assign(({ context, event }) => {
      assertEvent(event, 'KEEP_SEAL');
      const text = sealNote(event.seal, event.memberId);
      return {
        notes: [...context.notes, { at: event.at, by: event.by.id, role: event.by.role, text }],
      };
    }),
    /** The secretary the residential "two committees" chose, noted on the record (SH 84). */
    noteSecretary: assign(({ context, event }) => {
      assertEvent(event, 'APPOINT_SECRETARY');
      const text = secretaryNote(event.personId);
      return {
        notes: [...context.notes, { at: event.at, by: event.by.id, role: event.by.role, text }],
      };
    }),
    /** The duties the profile sets start with the process (SH-36 (十六)). */
    startDuties: assign(({ context }) => ({ deadlines: startDuties(context, context.now) })),
    /**
     * A reception day held, or the three-party meeting attended: noted with whether it came
     * within its period, and the next period runs from it (SH-36 (十六)).
     */
    dutyDone: assign(({ context, event }) => {
      assertEvent(event, ['HOLD_RECEPTION_DAY', 'ATTEND_THREE_PARTY_MEETING']);
      const duty = event.type === 'HOLD_RECEPTION_DAY' ? 'reception-day' : 'three-party-meeting';
      const entry = context.deadlines[duty];
      const status =
        entry === undefined
          ? 'no-duty'
          : entry.status === 'missed' || isOverdue(entry.due, event.at)
            ? 'late'
            : 'met';
      return {
        deadlines: dutyDone(context, duty, event.at),
        notes: [
          ...context.notes,
          { at: event.at, by: event.by.id, role: event.by.role, text: `${duty}: ${status}` },
        ],
      };
    }),
    /** The meeting and a decision are posted in the complex (SH 26 ¶3). */
    postDecision: assign(({ context, event }) => {
      assertEvent(event, 'POST_DECISION');
      return {
        deadlines: settleDeadline(context.deadlines, decisionPostingId(event.decisionId), event.at),
      };
    }),
    /** A third or more of the members propose an interim meeting (SH 26 ¶1). */
    proposeInterimMeeting: assign(({ context, event }) => {
      assertEvent(event, 'PROPOSE_INTERIM_MEETING');
      return {
        convening: {
          ...context.convening,
          proposal: { at: event.at, proposers: [...new Set(event.proposers)] },
        },
      };
    }),
    /** The chair or a vice-chair did not convene the meeting owed (SH 26 ¶4). */
    recordRefusal: assign(({ context, event }) => {
      assertEvent(event, 'REFUSE_TO_CONVENE');
      const refusal = {
        at: event.at,
        officerId: event.officerId,
        how: event.how,
        recordedBy: event.by.role,
      };
      return {
        convening: { ...context.convening, refusals: [...context.convening.refusals, refusal] },
      };
    }),
    /** The owners' written request to the street office (SH 26 ¶4). */
    recordConvenerRequest: assign(({ context, event }) => {
      assertEvent(event, 'REQUEST_CONVENER');
      return {
        convening: {
          ...context.convening,
          ownersRequest: { at: event.at, reference: event.reference, by: event.by.id },
        },
      };
    }),
    /** The street office names a member to convene and chair (SH 26 ¶4). */
    designateConvener: assign(({ context, event }) => {
      assertEvent(event, 'DESIGNATE_CONVENER');
      return {
        milestones: { ...context.milestones, 'convener-designated': event.at },
        notes: [
          ...context.notes,
          {
            at: event.at,
            by: event.by.id,
            role: event.by.role,
            text: `convener: ${event.memberId}`,
          },
        ],
      };
    }),
  },
});
