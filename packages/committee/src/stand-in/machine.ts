import { bilingual, withCatalog } from '@jiayuan/core';
import { standInEvents } from './catalog.js';
import { initialStandInContext } from './input.js';
import { standInSetup } from './setup.js';

const act = ['clock', 'standIn'] as const;
const formLegal = ['SH-36-18', 'BJ-52', 'BJ-53', 'BJ-54-1', 'BJ-54-2'] as const;
const roster = { type: 'announce', params: { type: 'post', what: 'stand-in-roster' } } as const;

/**
 * The committee is established or re-elected: the stand-in's transition is over, whether it is
 * still being formed, sitting, or awaiting re-forming (SH-36 (十八) 推动业主委员会组建换届; BJ 52).
 */
const dissolve = {
  DISSOLVE_STAND_IN: {
    target: '#standIn.dissolved',
    actions: [...act, { type: 'announce', params: { type: 'post', what: 'stand-in-dissolved' } }],
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
 * re-forming it. The input must name a profile with a stand-in body. Send events through core's
 * `dispatch`.
 */
export const standInMachine = withCatalog(
  standInSetup.createMachine({
    id: 'standIn',
    context: ({ input }) => initialStandInContext(input),
    on: {
      TICK: { actions: 'clock' },
    },
    initial: 'forming',
    states: {
      forming: {
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
              guard: 'formsWithFiling',
              target: 'sitting.filing',
              actions: [...act, roster],
              meta: { legal: [...formLegal, 'BJ-55'] },
            },
            {
              guard: 'formsOk',
              target: 'sitting.acting',
              actions: [...act, roster],
              meta: { legal: [...formLegal] },
            },
          ],
        },
      },
      sitting: {
        meta: {
          title: bilingual('临时机构在任', 'The stand-in sits'),
          legal: ['SH-36-18', 'BJ-52', 'BJ-58'],
        },
        on: {
          ...dissolve,
          TICK: {
            guard: 'termEnded',
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
            meta: {
              title: bilingual('申请备案', 'Filing with the street office'),
              legal: ['BJ-55'],
            },
            initial: 'onTime',
            on: {
              FILE_STAND_IN: {
                guard: 'filingOk',
                target: 'completion',
                actions: [...act],
                meta: { legal: ['BJ-55'] },
              },
            },
            states: {
              onTime: {
                meta: {
                  title: bilingual('备案期限内', 'Within the filing period'),
                  legal: ['BJ-55'],
                },
                on: {
                  TICK: {
                    guard: 'filingLate',
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
            meta: {
              title: bilingual('街镇核实备案', 'The street office completes the filing'),
              legal: ['BJ-55'],
            },
            initial: 'onTime',
            on: {
              COMPLETE_STAND_IN_FILING: {
                guard: 'withinTerm',
                target: 'acting',
                actions: [
                  ...act,
                  { type: 'announce', params: { type: 'post', what: 'stand-in-filed' } },
                ],
                meta: { legal: ['BJ-55'] },
              },
            },
            states: {
              onTime: {
                meta: {
                  title: bilingual('备案核实期限内', 'Within the period to complete the filing'),
                  legal: ['BJ-55'],
                },
                on: {
                  TICK: {
                    guard: 'completionLate',
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
            meta: {
              title: bilingual(
                '组织协商议事，推动组建换届',
                'Organising deliberation, pushing the committee forward',
              ),
              legal: ['SH-36-18', 'BJ-52', 'BJ-57'],
            },
            on: {
              HOLD_DELIBERATION: {
                guard: 'deliberationOk',
                actions: [...act],
                meta: { legal: ['SH-36-18', 'BJ-52'] },
              },
              COORDINATE_MATTER: {
                guard: 'matterOk',
                actions: [...act],
                meta: { legal: ['SH-36-18'] },
              },
              DECIDE_MATTER: {
                guard: 'decisionOk',
                actions: [...act],
                meta: { legal: ['BJ-57-3-decision'] },
              },
              POST_STAND_IN_DECISION: {
                guard: 'postingOk',
                actions: [
                  ...act,
                  { type: 'announce', params: { type: 'post', what: 'stand-in-decision' } },
                ],
                meta: { legal: ['BJ-57-3-posting', 'BJ-57'] },
              },
              RECORD_PROGRESS: {
                guard: 'withinTerm',
                actions: [...act],
                meta: { legal: ['SH-36-18', 'SH-25-3', 'BJ-52'] },
              },
            },
          },
        },
      },
      expired: {
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
            target: 'forming',
            actions: [...act],
            meta: { legal: ['BJ-58'] },
          },
        },
      },
      dissolved: {
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
