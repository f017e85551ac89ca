import { bilingual, type CitationId, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { matterEvents } from './catalog.js';
import { initialMatterContext } from './context.js';
import { matterSetup } from './setup.js';

const LEVELS: CitationId[] = ['JA-2-1', 'JA-2-1-1', 'JA-2-1-2', 'JA-2-1-3', 'JA-2-1-4'];

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
        description:
          'The matter is before a level of the joint meetings, or in mediation below the street.',
        meta: { title: bilingual('待议', 'open'), legal: LEVELS },
        initial: 'atLevel',
        entry: 'startLevel',
        on: {
          TICK: [
            {
              guard: and(['TICK', 'escalationOverdue']),
              target: '.atLevel',
              reenter: true,
              actions: ['clock', 'markMissed', 'escalateByPeriod'],
              meta: { legal: ['JA-2-1'] },
            },
            { guard: 'TICK', actions: ['clock', 'markMissed'] },
          ],
        },
        states: {
          atLevel: {
            description:
              "The level's convener meets on the matter, then resolves it or passes it up.",
            meta: { title: bilingual('本级研究', 'at its level'), legal: LEVELS },
            on: {
              HOLD_MEETING: {
                guard: 'HOLD_MEETING',
                actions: ['clock', 'recordMeeting'],
                meta: { legal: LEVELS },
              },
              RESOLVE: {
                guard: 'RESOLVE',
                target: '#jointMeetingMatter.resolved',
                actions: ['clock', 'resolve'],
                meta: { legal: LEVELS },
              },
              ESCALATE: {
                guard: 'ESCALATE',
                target: 'atLevel',
                reenter: true,
                actions: ['clock', 'escalate'],
                meta: { legal: ['JA-2-1'] },
              },
              REQUEST_MEDIATION: {
                guard: 'REQUEST_MEDIATION',
                target: 'mediation',
                actions: ['clock', 'requestMediation'],
                meta: { legal: ['SH-36', 'SH-5'] },
              },
            },
          },
          mediation: {
            description: "The residents' committee's mediation committee mediates.",
            meta: { title: bilingual('人民调解', 'mediation'), legal: ['SH-36', 'SH-5'] },
            on: {
              MEDIATION_CONCLUDED: [
                {
                  guard: and(['MEDIATION_CONCLUDED', 'agreed']),
                  target: '#jointMeetingMatter.resolved',
                  actions: ['clock', 'concludeMediation', 'resolve'],
                  meta: { legal: ['SH-36'] },
                },
                {
                  guard: 'MEDIATION_CONCLUDED',
                  target: 'atLevel',
                  actions: ['clock', 'concludeMediation'],
                },
              ],
            },
          },
        },
      },
      resolved: {
        type: 'final',
        description: 'The matter was resolved at a level or by mediation.',
        meta: { title: bilingual('已解决', 'resolved'), legal: LEVELS },
      },
    },
  }),
  matterEvents,
);
