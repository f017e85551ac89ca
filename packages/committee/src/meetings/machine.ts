import { bilingual, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { overdue } from '../shared/effects.js';
import { meetingsEvents } from './catalog.js';
import { initialMeetingsContext } from './context.js';
import { meetingsSetup } from './setup.js';

/**
 * Committee meetings (Shanghai default; RULES CMTG-1..2): a meeting at least every two months
 * (a deadline; missing it is the visible `overdue` state), interim meetings on a third of the
 * members proposing; when the chair and vice-chairs do not convene a meeting owed, the street
 * office may name another convener on the owners' written request (SH 26 ¶4); a quorum of more
 * than half of all members in person, decisions signed by more than half of all members and
 * posted within three days. Attendance is kept for the absence ground (`absenceShares`). Every
 * external transition is guarded by its event's guard (roles, clock, rules), so `dispatch`,
 * `actor.send` and `snapshot.can` agree.
 */
export const meetingsMachine = withCatalog(
  meetingsSetup.createMachine({
    id: 'meetings',
    context: ({ input }) => initialMeetingsContext(input),
    description:
      "The sitting committee's meetings: called, held with a quorum, deciding by signed consent, and posting what it decided.",
    meta: { title: bilingual('业主委员会会议', 'Committee meetings'), legal: ['SH-26-1'] },
    // The monthly reception day and three-party meeting, where the profile sets them.
    entry: 'startDuties',
    on: {
      NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE: {
        guard: 'NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE',
        actions: ['clock', 'noteAgendaNotice'],
        meta: { legal: ['BJ-45-3'] },
      },
      KEEP_SEAL: {
        guard: 'KEEP_SEAL',
        actions: ['clock', 'noteSealKeeper'],
        meta: { legal: ['SH-36-7'] },
      },
      APPOINT_SECRETARY: {
        guard: 'APPOINT_SECRETARY',
        actions: ['clock', 'noteSecretary'],
        meta: { legal: ['SH-36-6', 'SH-84-1'] },
      },
      HOLD_RECEPTION_DAY: {
        guard: 'HOLD_RECEPTION_DAY',
        actions: ['clock', 'dutyDone'],
        meta: { legal: ['SH-36-16'] },
      },
      ATTEND_THREE_PARTY_MEETING: {
        guard: 'ATTEND_THREE_PARTY_MEETING',
        actions: ['clock', 'dutyDone'],
        meta: { legal: ['SH-36-16-joint'] },
      },
      TICK: { guard: 'TICK', actions: 'clock' },
      POST_DECISION: {
        guard: 'POST_DECISION',
        actions: [
          'clock',
          'postDecision',
          { type: 'announce', params: { type: 'post', what: 'decision' } },
        ],
        meta: { legal: ['SH-26-3-posting', 'SH-27'] },
      },
    },
    initial: 'between',
    states: {
      between: {
        description: 'No meeting is called; the two-month clock runs from the last one.',
        meta: { title: bilingual('会议间隔', 'Between meetings'), legal: ['SH-26-1'] },
        initial: 'onTime',
        on: {
          CALL_MEETING: {
            guard: 'CALL_MEETING',
            target: 'called',
            actions: ['clock', 'callMeeting'],
            meta: { legal: ['SH-26-1', 'SH-26-1-interim'] },
          },
          PROPOSE_INTERIM_MEETING: {
            guard: 'PROPOSE_INTERIM_MEETING',
            actions: ['clock', 'proposeInterimMeeting'],
            meta: { legal: ['SH-26-1-interim'] },
          },
          REFUSE_TO_CONVENE: {
            guard: 'REFUSE_TO_CONVENE',
            actions: ['clock', 'recordRefusal'],
            meta: { legal: ['SH-26-4'] },
          },
          REQUEST_CONVENER: {
            guard: 'REQUEST_CONVENER',
            actions: ['clock', 'recordConvenerRequest'],
            meta: { legal: ['SH-26-4'] },
          },
          // On the officers' refusal and the owners' request, within the two months or after.
          DESIGNATE_CONVENER: {
            guard: 'DESIGNATE_CONVENER',
            target: '.designated',
            actions: ['clock', 'designateConvener'],
            meta: { legal: ['SH-26-4'] },
          },
        },
        states: {
          onTime: {
            description:
              "The committee has met within the profile's period (SH 26 ¶1, BJ 45 ¶1: two months).",
            meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-26-1'] },
            on: {
              TICK: {
                guard: and(['TICK', overdue('regular-meeting')]),
                target: 'overdue',
                actions: [
                  'clock',
                  { type: 'announce', params: { type: 'notify', what: 'regular-meeting-overdue' } },
                ],
                meta: { legal: ['SH-26-1'] },
              },
            },
          },
          overdue: {
            description:
              "Two months passed without a meeting: a meeting is owed; once the chair and vice-chairs are recorded as not convening it, the street office may name another convener on the owners' written request; a member refusing to convene may be removed, and six months without activity start early re-election.",
            meta: {
              title: bilingual('逾期未召开会议', 'No meeting for two months'),
              legal: ['SH-26-1', 'SH-26-4', 'SH-31-1'],
              description: bilingual(
                '应当召开的会议未召开；记录主任、副主任不召集后，街镇可应业主书面要求指定其他委员召集；拒不召集的委员可被罢免；连续六个月未开展工作的提前换届',
                'A meeting is owed; once the chair and vice-chairs are recorded as not convening it, the street office may name another convener on the owners’ written request; a member refusing to convene may be removed; six months without activity starts early re-election',
              ),
            },
          },
          designated: {
            description: 'The street office has named a member to convene and chair the meeting.',
            meta: {
              title: bilingual('街镇已指定召集人', 'A convener is designated'),
              legal: ['SH-26-4'],
            },
          },
        },
      },
      called: {
        description: 'A meeting is called and waits to be held with a quorum.',
        meta: { title: bilingual('会议已召集', 'Meeting called'), legal: ['SH-26-1'] },
        on: {
          HOLD_MEETING: {
            guard: 'HOLD_MEETING',
            target: 'inSession',
            actions: ['clock', 'holdMeeting'],
            meta: { legal: ['SH-26-2', 'SH-26-2-no-proxy'] },
          },
        },
      },
      inSession: {
        description: 'The meeting is in session and takes decisions by signed consent.',
        meta: {
          title: bilingual('会议进行中', 'In session'),
          legal: ['SH-26-2', 'SH-26-3'],
        },
        on: {
          DECIDE: {
            guard: 'DECIDE',
            actions: ['clock', 'recordDecision'],
            meta: { legal: ['SH-26-3'] },
          },
          CLOSE_MEETING: {
            guard: 'CLOSE_MEETING',
            target: '#meetings.between.onTime',
            actions: ['clock', 'closeMeeting'],
            meta: { legal: ['SH-26-1'] },
          },
        },
      },
    },
  }),
  meetingsEvents,
);
