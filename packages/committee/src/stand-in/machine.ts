import { bilingual, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { standInEvents } from './catalog.js';
import { initialStandInContext } from './input.js';
import { standInSetup } from './setup.js';

const formLegal = ['SH-36-18', 'BJ-52', 'BJ-53', 'BJ-54-1', 'BJ-54-2'] as const;
const roster = { type: 'announce', params: { type: 'post', what: 'stand-in-roster' } } as const;

/**
 * The committee is established or re-elected: the stand-in's transition is over, whether it is
 * still being formed, sitting, or awaiting re-forming (SH-36 (十八) 推动业主委员会组建换届; BJ 52).
 */
const dissolve = {
  DISSOLVE_STAND_IN: {
    guard: 'DISSOLVE_STAND_IN',
    target: '#standIn.dissolved',
    actions: [
      'clock',
      'dissolve',
      { type: 'announce', params: { type: 'post', what: 'stand-in-dissolved' } },
    ],
    meta: { legal: ['SH-36-18', 'BJ-52'] },
  },
} as const;

/**
 * The stand-in body when no owners' committee can be formed or re-elected on time (RULES
 * TERM-9): Shanghai's 物业治理委员会, led by the 街镇 (SH-36 (十八)), or Beijing's 物业管理委员会
 * with its numbers (BJ 52–58). The street office forms it (composition checked against the
 * profile); where an assembly exists and the profile sets filing periods, it files and the
 * street office completes the filing (each a deadline, `onTime`/`overdue`); it then organises
 * the owners' deliberation, coordinates matters, decides by more than half of its members where
 * the profile's body does (posted within the profile's period) and records the steps that push
 * the committee forward. It is dissolved once the committee is established or re-elected; a
 * term that runs out (BJ 58) is the visible `expired` state, whose remedy is the street office
 * re-forming it. The input must name a profile with a stand-in body. Every external transition
 * is guarded by its event's guard (roles, clock, rules), so `dispatch`, `actor.send` and
 * `snapshot.can` agree.
 */
export const standInMachine = withCatalog(
  standInSetup.createMachine({
    id: 'standIn',
    context: ({ input }) => initialStandInContext(input),
    description:
      'The stand-in body that acts when no committee is formed or re-elected on time, until one is.',
    meta: { title: bilingual('临时补位机构', 'The stand-in body'), legal: ['SH-36-18', 'BJ-52'] },
    on: {
      TICK: { guard: 'TICK', actions: 'clock' },
    },
    initial: 'forming',
    states: {
      forming: {
        description:
          'No committee could be formed or re-elected on time: the street office forms the stand-in body.',
        meta: {
          title: bilingual('街镇组建临时机构', 'The street office forms the stand-in'),
          legal: ['SH-36-18', 'BJ-52', 'BJ-53'],
          description: bilingual(
            '业主委员会无法按时组建或换届：街镇牵头组建物业治理委员会（上海）或组建物业管理委员会（北京）',
            'No committee could be formed or re-elected on time: the street office forms a governance committee (Shanghai) or a property-management committee (Beijing)',
          ),
        },
        on: {
          ...dissolve,
          FORM_STAND_IN: [
            {
              guard: and(['FORM_STAND_IN', 'filingRequired']),
              target: 'sitting.filing',
              actions: ['clock', 'formStandIn', roster],
              meta: { legal: [...formLegal, 'BJ-55'] },
            },
            {
              guard: 'FORM_STAND_IN',
              target: 'sitting.acting',
              actions: ['clock', 'formStandIn', roster],
              meta: { legal: [...formLegal] },
            },
          ],
        },
      },
      sitting: {
        description: 'The stand-in body sits for its term.',
        meta: {
          title: bilingual('临时机构在任', 'The stand-in sits'),
          legal: ['SH-36-18', 'BJ-52', 'BJ-58'],
        },
        on: {
          ...dissolve,
          TICK: {
            guard: and(['TICK', 'termEnded']),
            target: 'expired',
            actions: [
              'clock',
              { type: 'announce', params: { type: 'notify', what: 'stand-in-term-ended' } },
            ],
            meta: { legal: ['BJ-58'] },
          },
        },
        initial: 'acting',
        states: {
          filing: {
            description: 'The body applies to the street office for filing, within its period.',
            meta: {
              title: bilingual('申请备案', 'Filing with the street office'),
              legal: ['BJ-55'],
            },
            initial: 'onTime',
            on: {
              FILE_STAND_IN: {
                guard: 'FILE_STAND_IN',
                target: 'completion',
                actions: ['clock', 'fileStandIn'],
                meta: { legal: ['BJ-55'] },
              },
            },
            states: {
              onTime: {
                description: 'Within the filing period.',
                meta: {
                  title: bilingual('备案期限内', 'Within the filing period'),
                  legal: ['BJ-55'],
                },
                on: {
                  TICK: {
                    guard: and(['TICK', 'filingLate']),
                    target: 'overdue',
                    actions: [
                      'clock',
                      {
                        type: 'announce',
                        params: { type: 'notify', what: 'stand-in-filing-overdue' },
                      },
                    ],
                    meta: { legal: ['BJ-55'] },
                  },
                },
              },
              overdue: {
                description:
                  'The filing period passed; the body still files, and the delay stays on record.',
                meta: {
                  title: bilingual('逾期未申请备案', 'Filing overdue'),
                  legal: ['BJ-55'],
                  description: bilingual(
                    '逾期仍应申请备案；迟延记录在期限簿中',
                    'The body still files; the delay stays on record in the deadline book',
                  ),
                },
              },
            },
          },
          completion: {
            description:
              'The street office checks the papers and completes the filing, within its period.',
            meta: {
              title: bilingual('街镇核实备案', 'The street office completes the filing'),
              legal: ['BJ-55'],
            },
            initial: 'onTime',
            on: {
              COMPLETE_STAND_IN_FILING: {
                guard: 'COMPLETE_STAND_IN_FILING',
                target: 'acting',
                actions: [
                  'clock',
                  'completeStandInFiling',
                  { type: 'announce', params: { type: 'post', what: 'stand-in-filed' } },
                ],
                meta: { legal: ['BJ-55'] },
              },
            },
            states: {
              onTime: {
                description: 'Within the period to complete the filing.',
                meta: {
                  title: bilingual('备案核实期限内', 'Within the period to complete the filing'),
                  legal: ['BJ-55'],
                },
                on: {
                  TICK: {
                    guard: and(['TICK', 'completionLate']),
                    target: 'overdue',
                    actions: [
                      'clock',
                      {
                        type: 'announce',
                        params: { type: 'notify', what: 'stand-in-filing-completion-overdue' },
                      },
                    ],
                    meta: { legal: ['BJ-55'] },
                  },
                },
              },
              overdue: {
                description:
                  'The completion period passed; the street office still completes the filing, the delay on record.',
                meta: {
                  title: bilingual('街镇逾期未予备案', 'Filing completion overdue'),
                  legal: ['BJ-55'],
                  description: bilingual(
                    '街镇仍应核实并予以备案；迟延记录在期限簿中',
                    'The street office still completes the filing; the delay stays on record',
                  ),
                },
              },
            },
          },
          acting: {
            description:
              "The body organises the owners' deliberation, coordinates matters, decides where it may, and pushes the committee forward.",
            meta: {
              title: bilingual(
                '组织协商议事，推动组建换届',
                'Organising deliberation, pushing the committee forward',
              ),
              legal: ['SH-36-18', 'BJ-52', 'BJ-57'],
            },
            on: {
              HOLD_DELIBERATION: {
                guard: 'HOLD_DELIBERATION',
                actions: ['clock', 'recordDeliberation'],
                meta: { legal: ['SH-36-18', 'BJ-52'] },
              },
              COORDINATE_MATTER: {
                guard: 'COORDINATE_MATTER',
                actions: ['clock', 'recordMatter'],
                meta: { legal: ['SH-36-18'] },
              },
              DECIDE_MATTER: {
                guard: 'DECIDE_MATTER',
                actions: ['clock', 'recordDecision'],
                meta: { legal: ['BJ-57-3-decision'] },
              },
              POST_STAND_IN_DECISION: {
                guard: 'POST_STAND_IN_DECISION',
                actions: ['clock', 'postDecision', 'announceDecision'],
                meta: { legal: ['BJ-57-3-posting', 'BJ-57'] },
              },
              RECORD_PROGRESS: {
                guard: 'RECORD_PROGRESS',
                actions: ['clock', 'recordProgress'],
                meta: { legal: ['SH-36-18', 'SH-25-3', 'BJ-52'] },
              },
            },
          },
        },
      },
      expired: {
        description: 'The term ran out with no committee: the street office re-forms the body.',
        meta: {
          title: bilingual('任期届满，待重新组建', 'Term ended; to be re-formed'),
          legal: ['BJ-58'],
          description: bilingual(
            '任期届满仍未推动成立业主大会、选举产生业主委员会的，由街镇重新组建',
            'The term ran out with no committee: the street office re-forms the body for a new term',
          ),
        },
        on: {
          ...dissolve,
          REFORM_STAND_IN: {
            guard: 'REFORM_STAND_IN',
            target: 'forming',
            actions: ['clock', 'reform'],
            meta: { legal: ['BJ-58'] },
          },
        },
      },
      dissolved: {
        description: 'The committee is established or re-elected: the stand-in is dissolved.',
        type: 'final',
        meta: {
          title: bilingual(
            '已解散：业主委员会已组建或换届',
            'Dissolved: the committee is in place',
          ),
          legal: ['SH-36-18', 'BJ-52'],
        },
      },
    },
  }),
  standInEvents,
);
