import { bilingual, withCatalog } from '@jiayuan/core';
import { initialMatterContext } from './context.js';
import { matterEvents } from './events.js';
import { matterSetup } from './setup.js';

const LEVELS = ['JA-2-1', 'JA-2-1-1', 'JA-2-1-2', 'JA-2-1-3', 'JA-2-1-4'];

/**
 * One property-management matter through the four-level joint meetings (JA 二(一), RULES
 * section 8): raised at a level, met on by that level's convener with its required participants,
 * resolved there or passed one level up with a reason — or sent up when the profile's escalation
 * period runs out — until the district, the last resort. Mediation by the residents' committee's
 * mediation committee (SH 36) is an optional step below the street level.
 */
export const matterMachine = withCatalog(
  matterSetup.createMachine({
    id: 'jointMeetingMatter',
    context: ({ input }) => initialMatterContext(input),
    initial: 'open',
    meta: { title: bilingual('联席会议事项', 'joint-meeting matter'), legal: LEVELS },
    states: {
      open: {
        meta: { title: bilingual('待议', 'open'), legal: LEVELS },
        initial: 'atLevel',
        entry: 'startLevel',
        on: {
          TICK: [
            {
              guard: 'escalationOverdue',
              target: '.atLevel',
              reenter: true,
              actions: ['clock', 'markMissed', 'escalateByPeriod'],
              meta: { legal: ['JA-2-1'] },
            },
            { actions: ['clock', 'markMissed'] },
          ],
        },
        states: {
          atLevel: {
            meta: { title: bilingual('本级研究', 'at its level'), legal: LEVELS },
            on: {
              HOLD_MEETING: {
                guard: 'canHoldMeeting',
                actions: ['clock', 'recordMeeting'],
                meta: { legal: LEVELS },
              },
              RESOLVE: {
                guard: 'canResolve',
                target: '#jointMeetingMatter.resolved',
                actions: ['clock', 'resolve'],
                meta: { legal: LEVELS },
              },
              ESCALATE: {
                guard: 'canEscalate',
                target: 'atLevel',
                reenter: true,
                actions: ['clock', 'escalate'],
                meta: { legal: ['JA-2-1'] },
              },
              REQUEST_MEDIATION: {
                guard: 'canMediate',
                target: 'mediation',
                actions: ['clock', 'requestMediation'],
                meta: { legal: ['SH-36', 'SH-5'] },
              },
            },
          },
          mediation: {
            meta: { title: bilingual('人民调解', 'mediation'), legal: ['SH-36', 'SH-5'] },
            on: {
              MEDIATION_CONCLUDED: [
                {
                  guard: 'agreed',
                  target: '#jointMeetingMatter.resolved',
                  actions: ['clock', 'concludeMediation', 'resolve'],
                  meta: { legal: ['SH-36'] },
                },
                { target: 'atLevel', actions: ['clock', 'concludeMediation'] },
              ],
            },
          },
        },
      },
      resolved: { type: 'final', meta: { title: bilingual('已解决', 'resolved'), legal: LEVELS } },
    },
  }),
  matterEvents,
);
