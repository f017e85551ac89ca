import { bilingual, withCatalog } from '@jiayuan/core';
import { electionStateConfig } from '../election/legacy-states.js';
import { initialContext } from '../shared/input.js';
import { seatingStateConfigs } from '../shared/seating-states.js';
import { committeeSetup } from '../shared/setup.js';
import { standInRemedy } from '../shared/stand-in-remedy.js';
import { formationEvents } from './catalog.js';

const act = ['clock', 'formation'] as const;

const remedy = standInRemedy({
  until: 'meetingHeld',
  target: 'held',
  untilLegal: ['SH-16-3'],
  description: bilingual(
    '物业治理委员会组织业主协商议事，推动首次业主大会召开',
    'The stand-in organises owners and pushes the first meeting forward',
  ),
});

/**
 * First owners' assembly and committee formation (Shanghai default; RULES FORM-1..13): the
 * trigger, the developer's report or the owners' request, the preparatory group, its work and
 * posting, the election (the shared state config), officers, posting and filing. Send events
 * through core's `dispatch`.
 */
export const formationMachine = withCatalog(
  committeeSetup.createMachine({
    id: 'formation',
    context: ({ input }) => initialContext(input),
    on: {
      TICK: { actions: 'clock' },
      RECORD_GUIDANCE: { actions: [...act], meta: { legal: ['JA-2-2', 'SH-6'] } },
      ASSIST: { guard: 'facilitatorAllowed', actions: [...act], meta: { legal: ['JA-2-2-2'] } },
    },
    initial: 'awaitingTrigger',
    states: {
      awaitingTrigger: {
        meta: {
          title: bilingual('等待成立条件', 'Awaiting the trigger'),
          legal: ['SH-13'],
          description: bilingual(
            '交付面积达到百分之五十以上，或首套交付已满两年',
            'Delivered area reaches 50%, or two years pass since the first delivery',
          ),
        },
        on: {
          RECORD_DELIVERY: [
            {
              guard: 'deliveryTriggers',
              target: 'awaitingReport',
              actions: [...act, 'triggered'],
              meta: { legal: ['SH-13'] },
            },
            { guard: 'deliveryOk', actions: [...act] },
          ],
          TICK: {
            guard: 'timeTriggers',
            target: 'awaitingReport',
            actions: ['clock', 'triggered'],
            meta: { legal: ['SH-13'] },
          },
          OWNERS_ACT_DIRECTLY: {
            guard: 'fewOwnersMayAct',
            target: 'ownersActDirectly',
            actions: [...act],
            meta: { legal: ['SH-13-2-few-owners'] },
          },
        },
      },
      awaitingReport: {
        meta: {
          title: bilingual('等待建设单位报告', "Awaiting the developer's report"),
          legal: ['SH-14'],
        },
        initial: 'onTime',
        on: {
          DEVELOPER_REPORT: {
            guard: 'reportOk',
            target: 'awaitingGroup',
            actions: [...act],
            meta: { legal: ['SH-14'] },
          },
          OWNERS_ACT_DIRECTLY: {
            guard: 'fewOwnersMayAct',
            target: 'ownersActDirectly',
            actions: [...act],
            meta: { legal: ['SH-13-2-few-owners'] },
          },
        },
        states: {
          onTime: {
            meta: { title: bilingual('报告期内', 'Within 30 days'), legal: ['SH-14'] },
            on: {
              TICK: {
                guard: { type: 'pastDue', params: { id: 'developer-report' } },
                target: 'overdue',
                actions: [
                  'clock',
                  {
                    type: 'announce',
                    params: { type: 'notify', what: 'developer-report-overdue' },
                  },
                ],
                meta: { legal: ['SH-14-2'] },
              },
            },
          },
          overdue: {
            meta: {
              title: bilingual(
                '建设单位逾期未报告，业主可书面要求',
                'Report overdue: owners may ask',
              ),
              legal: ['SH-14-2'],
            },
            on: {
              OWNERS_REQUEST: {
                target: '#formation.awaitingGroup',
                actions: [...act],
                meta: { legal: ['SH-14-2'] },
              },
            },
          },
        },
      },
      awaitingGroup: {
        meta: {
          title: bilingual('等待组建筹备组', 'Awaiting the preparatory group'),
          legal: ['SH-15'],
        },
        initial: 'onTime',
        on: {
          FORM_GROUP: {
            guard: 'groupOk',
            target: 'convening',
            actions: [...act],
            meta: {
              legal: ['SH-15', 'SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader', 'SH-36-3'],
            },
          },
        },
        states: {
          onTime: {
            meta: { title: bilingual('六十日内', 'Within 60 days'), legal: ['SH-15'] },
            on: {
              TICK: {
                guard: { type: 'pastDue', params: { id: 'group-formation' } },
                target: 'overdue',
                actions: [
                  'clock',
                  { type: 'announce', params: { type: 'notify', what: 'group-formation-overdue' } },
                ],
                meta: { legal: ['SH-15'] },
              },
            },
          },
          overdue: {
            meta: {
              title: bilingual('街镇逾期未组建筹备组', 'Group formation overdue'),
              legal: ['SH-15'],
              description: bilingual(
                '逾期已记录；街镇仍应组建，区房屋行政管理部门可督促',
                'The miss is recorded; the street office must still form it',
              ),
            },
          },
        },
      },
      convening: {
        type: 'parallel',
        meta: {
          title: bilingual('筹备并召开首次业主大会', 'Preparing and holding the first meeting'),
          legal: ['SH-15', 'SH-16-1', 'SH-16-3'],
        },
        on: {
          OBJECT_TO_MEMBER: {
            guard: 'memberObjectionOk',
            actions: [...act],
            meta: { legal: ['SH-15-4'] },
          },
          SETTLE_MEMBER_OBJECTION: {
            guard: 'settlementOk',
            actions: [...act],
            meta: { legal: ['SH-15-4', 'SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader'] },
          },
        },
        onDone: { target: 'officers', meta: { legal: ['SH-21-2'] } },
        states: {
          work: {
            meta: { title: bilingual('筹备工作', "The group's work"), legal: ['SH-16-1'] },
            initial: 'preparing',
            states: {
              preparing: {
                meta: { title: bilingual('筹备', 'Preparing'), legal: ['SH-15', 'SH-16-1'] },
                initial: 'roster',
                on: {
                  TRAIN_GROUP: {
                    guard: 'trainingOk',
                    actions: [...act],
                    meta: { legal: ['SH-15-5'] },
                  },
                },
                states: {
                  roster: {
                    meta: {
                      title: bilingual('公告筹备组名单', 'Posting the roster'),
                      legal: ['SH-15-roster'],
                    },
                    on: {
                      POST_ROSTER: {
                        target: 'roll',
                        actions: [
                          ...act,
                          { type: 'announce', params: { type: 'post', what: 'group-roster' } },
                        ],
                        meta: { legal: ['SH-15-roster'] },
                      },
                    },
                  },
                  roll: {
                    meta: {
                      title: bilingual('确认业主名册', 'Confirming the roll'),
                      legal: ['SH-16-1', 'SH-15-5'],
                    },
                    on: {
                      CONFIRM_ROLL: {
                        guard: 'trainedFirst',
                        target: 'drafts',
                        actions: [
                          ...act,
                          { type: 'announce', params: { type: 'post', what: 'roll' } },
                        ],
                        meta: { legal: ['SH-16-1', 'SH-15-5'] },
                      },
                    },
                  },
                  drafts: {
                    meta: {
                      title: bilingual('草拟规约规则，确定委员人数', 'Drafting; setting the seats'),
                      legal: ['SH-16-1', 'SH-20-1'],
                    },
                    on: {
                      ADOPT_DRAFTS: {
                        guard: 'draftsOk',
                        target: '#formation.convening.work.assembly',
                        actions: [...act],
                        meta: { legal: ['SH-16-1', 'SH-20-1'] },
                      },
                    },
                  },
                },
              },
              assembly: {
                ...electionStateConfig(),
                onDone: {
                  target: 'elected',
                  actions: ['seatCommittee'],
                  meta: { legal: ['SH-21-2', 'SH-20-1'] },
                },
              },
              elected: {
                type: 'final',
                meta: {
                  title: bilingual('首届业主委员会委员已选出', 'The first committee is elected'),
                  legal: ['SH-21-2'],
                },
              },
            },
          },
          firstMeeting: {
            meta: {
              title: bilingual('首次业主大会会议期限', 'The first meeting deadline'),
              legal: ['SH-16-3'],
            },
            initial: 'onTime',
            states: {
              onTime: {
                meta: { title: bilingual('九十日内', 'Within 90 days'), legal: ['SH-16-3'] },
                always: { guard: 'meetingHeld', target: 'held', meta: { legal: ['SH-16-3'] } },
                on: {
                  TICK: {
                    guard: { type: 'pastDue', params: { id: 'first-meeting' } },
                    target: 'overdue',
                    actions: [
                      'clock',
                      {
                        type: 'announce',
                        params: { type: 'notify', what: 'first-meeting-overdue' },
                      },
                    ],
                    meta: { legal: ['SH-16-3', 'SH-36-18'] },
                  },
                },
              },
              overdue: {
                meta: {
                  title: bilingual('逾期未召开首次业主大会会议', 'First meeting overdue'),
                  legal: ['SH-16-3', 'SH-36-18'],
                  description: bilingual(
                    '逾期已记录；筹备组仍应召开会议，街镇可牵头组建物业治理委员会临时补位',
                    'Recorded; the group must still hold it, and the street office may form a temporary stand-in',
                  ),
                },
                always: { guard: 'meetingHeld', target: 'held', meta: { legal: ['SH-16-3'] } },
                on: remedy.on,
              },
              standIn: remedy.state,
              held: {
                type: 'final',
                meta: {
                  title: bilingual('首次业主大会会议已召开', 'The first meeting is held'),
                  legal: ['SH-16-3'],
                },
              },
            },
          },
        },
      },
      ...seatingStateConfigs({
        filingTitle: bilingual('备案', 'Filing'),
        filingLegal: ['SH-23'],
        completedTarget: 'established',
        completedLegal: ['SH-34', 'SH-23', 'SH-16-4'],
      }),
      established: {
        type: 'final',
        meta: {
          title: bilingual(
            '业主委员会依法成立，筹备组解散',
            'Committee established; group dissolved',
          ),
          legal: ['SH-16-4', 'SH-23', 'SH-34'],
        },
      },
      ownersActDirectly: {
        type: 'final',
        meta: {
          title: bilingual('业主共同履行职责', 'Owners act as assembly and committee'),
          legal: ['SH-13-2-few-owners'],
        },
      },
    },
  }),
  formationEvents,
);
