import { bilingual, withCatalog } from '@jiayuan/core';
import { initialContext } from '../shared/input.js';
import { committeeSetup } from '../shared/setup.js';
import { meetingsEvents } from './catalog.js';

const act = ['clock', 'meetings'] as const;

/**
 * Committee meetings (Shanghai default; RULES CMTG-1..2): a meeting at least every two months
 * (a deadline; missing it is the visible `overdue` state, where the street office may name a
 * convener on the owners' request), interim meetings on a third of the members, a quorum of more
 * than half of all members in person, decisions signed by more than half of all members and
 * posted within three days. Attendance is kept for the absence ground (`absenceShares`).
 */
export const meetingsMachine = withCatalog(
  committeeSetup.createMachine({
    id: 'meetings',
    context: ({ input }) => initialContext(input),
    on: {
      TICK: { actions: 'clock' },
      POST_DECISION: {
        guard: 'postingPending',
        actions: [...act, { type: 'announce', params: { type: 'post', what: 'decision' } }],
        meta: { legal: ['SH-26-3-posting', 'SH-27'] },
      },
    },
    initial: 'between',
    states: {
      between: {
        meta: { title: bilingual('会议间隔', 'Between meetings'), legal: ['SH-26-1'] },
        initial: 'onTime',
        on: {
          CALL_MEETING: {
            guard: 'callOk',
            target: 'called',
            actions: [...act],
            meta: { legal: ['SH-26-1', 'SH-26-1-interim'] },
          },
        },
        states: {
          onTime: {
            meta: { title: bilingual('两个月内', 'Within two months'), legal: ['SH-26-1'] },
            on: {
              TICK: {
                guard: { type: 'pastDue', params: { id: 'regular-meeting' } },
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
            meta: {
              title: bilingual('逾期未召开会议', 'No meeting for two months'),
              legal: ['SH-26-1', 'SH-26-4', 'SH-31-1'],
              description: bilingual(
                '街镇可应业主书面要求指定其他委员召集；拒不召集的委员可被罢免；连续六个月未开展工作的提前换届',
                'The street office may name another convener on the owners’ request; a member refusing to convene may be removed; six months without activity starts early re-election',
              ),
            },
            on: {
              DESIGNATE_CONVENER: {
                guard: 'convenerOk',
                target: 'designated',
                actions: [...act],
                meta: { legal: ['SH-26-4'] },
              },
            },
          },
          designated: {
            meta: {
              title: bilingual('街镇已指定召集人', 'A convener is designated'),
              legal: ['SH-26-4'],
            },
          },
        },
      },
      called: {
        meta: { title: bilingual('会议已召集', 'Meeting called'), legal: ['SH-26-1'] },
        on: {
          HOLD_MEETING: {
            guard: 'quorumOk',
            target: 'inSession',
            actions: [...act],
            meta: { legal: ['SH-26-2', 'SH-26-2-no-proxy'] },
          },
        },
      },
      inSession: {
        meta: {
          title: bilingual('会议进行中', 'In session'),
          legal: ['SH-26-2', 'SH-26-3'],
        },
        on: {
          DECIDE: { guard: 'decisionOk', actions: [...act], meta: { legal: ['SH-26-3'] } },
          CLOSE_MEETING: {
            target: '#meetings.between.onTime',
            actions: [...act],
            meta: { legal: ['SH-26-1'] },
          },
        },
      },
    },
  }),
  meetingsEvents,
);
