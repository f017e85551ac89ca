import { bilingual, keepContextShape, withCatalog, withFastCopies } from '@jiayuan/core';
import { and } from 'xstate';
import { electionStates } from '../election/states.js';
import { standInRemedy } from '../group/stand-in-remedy.js';
import { seatingStates } from '../seating/states.js';
import { overdue } from '../shared/effects.js';
import { formationEvents } from './catalog.js';
import { initialFormationContext } from './context.js';
import { formationSetup } from './setup.js';

const remedy = standInRemedy({
  until: 'meetingHeld',
  target: 'held',
  untilLegal: ['SH-16-3'],
  description: 'The stand-in organises the owners and pushes the first meeting forward.',
  meta: bilingual(
    '物业治理委员会组织业主协商议事，推动首次业主大会召开',
    'The stand-in organises owners and pushes the first meeting forward',
  ),
});

/** The first meeting has been held (its first vote opened): the 90 days are settled. */
const meetingHeld = { guard: 'meetingHeld', target: 'held', meta: { legal: ['SH-16-3'] } } as const;

/**
 * First owners' assembly and committee formation (Shanghai default; RULES FORM-1..13): the
 * trigger, the developer's report or the owners' request, the preparatory group, its work and
 * posting, the election (the shared state config), officers, posting and filing. Every external
 * transition is guarded by its event's guard (roles, clock, rules), so `dispatch`, `actor.send`
 * and `snapshot.can` agree.
 */
export const formationMachine = withCatalog(
  formationSetup.createMachine({
    id: 'formation',
    context: ({ input }) => withFastCopies(initialFormationContext(input)),
    description:
      "The first owners' assembly and committee: from the trigger through the preparatory group's work and the election to the filed committee.",
    meta: {
      title: bilingual('首次业主大会与首届业主委员会', 'First assembly and committee'),
      legal: ['SH-13', 'SH-16-4'],
    },
    on: {
      TICK: { guard: 'TICK', actions: 'clock' },
      RECORD_GUIDANCE: {
        guard: 'RECORD_GUIDANCE',
        actions: ['recordNote'],
        meta: { legal: ['JA-2-2', 'SH-6'] },
      },
      ASSIST: {
        guard: 'ASSIST',
        actions: ['recordNote'],
        meta: { legal: ['JA-2-2-2'] },
      },
    },
    initial: 'awaitingTrigger',
    states: {
      awaitingTrigger: {
        description:
          'The first assembly is due once half the area is delivered, or two years after the first delivery.',
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
              guard: and(['RECORD_DELIVERY', 'deliveryTriggers']),
              target: 'awaitingReport',
              actions: ['recordDelivery', 'triggered'],
              meta: { legal: ['SH-13'] },
            },
            { guard: 'RECORD_DELIVERY', actions: ['recordDelivery'] },
          ],
          TICK: {
            guard: and(['TICK', 'timeTriggers']),
            target: 'awaitingReport',
            actions: ['clock', 'triggered'],
            meta: { legal: ['SH-13'] },
          },
          OWNERS_ACT_DIRECTLY: {
            guard: 'OWNERS_ACT_DIRECTLY',
            target: 'ownersActDirectly',
            actions: ['ownersActDirectly'],
            meta: { legal: ['SH-13-2-few-owners'] },
          },
        },
      },
      awaitingReport: {
        description:
          "The developer reports to the street office within the profile's period of the trigger (SH 14: 30 days).",
        meta: {
          title: bilingual('等待建设单位报告', "Awaiting the developer's report"),
          legal: ['SH-14'],
        },
        initial: 'onTime',
        on: {
          DEVELOPER_REPORT: {
            guard: 'DEVELOPER_REPORT',
            target: 'awaitingGroup',
            actions: ['recordReport'],
            meta: { legal: ['SH-14'] },
          },
          OWNERS_ACT_DIRECTLY: {
            guard: 'OWNERS_ACT_DIRECTLY',
            target: 'ownersActDirectly',
            actions: ['ownersActDirectly'],
            meta: { legal: ['SH-13-2-few-owners'] },
          },
          // BJ 30: owners holding the profile's share, or the developer, apply to form it.
          APPLY_TO_FORM: {
            guard: 'APPLY_TO_FORM',
            target: 'awaitingGroup',
            actions: ['recordApplication'],
            meta: { legal: ['BJ-30-applicants', 'BJ-31-1'] },
          },
        },
        states: {
          onTime: {
            description: "Within the profile's period.",
            meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-14'] },
            on: {
              TICK: {
                guard: and(['TICK', overdue('developer-report')]),
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
            description: 'The developer has not reported in time: the owners may ask in writing.',
            meta: {
              title: bilingual(
                '建设单位逾期未报告，业主可书面要求',
                'Report overdue: owners may ask',
              ),
              legal: ['SH-14-2'],
            },
            on: {
              OWNERS_REQUEST: {
                guard: 'OWNERS_REQUEST',
                target: '#formation.awaitingGroup',
                actions: ['recordOwnersRequest'],
                meta: { legal: ['SH-14-2'] },
              },
            },
          },
        },
      },
      awaitingGroup: {
        description:
          "The street office forms the preparatory group within the profile's period (SH 15: 60 days).",
        meta: {
          title: bilingual('等待组建筹备组', 'Awaiting the preparatory group'),
          legal: ['SH-15'],
        },
        initial: 'onTime',
        on: {
          // BJ 31 ¶1: the review ends with the leader appointed; the leader's 30 days run.
          APPOINT_GROUP_LEADER: {
            guard: 'APPOINT_GROUP_LEADER',
            actions: ['appointLeader'],
            meta: { legal: ['BJ-31-1-leader', 'BJ-31-2'] },
          },
          FORM_GROUP: {
            guard: 'FORM_GROUP',
            target: 'convening',
            actions: ['formGroup'],
            meta: {
              legal: ['SH-15', 'SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader', 'SH-36-3'],
            },
          },
        },
        states: {
          onTime: {
            description: "Within the profile's period.",
            meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-15'] },
            on: {
              TICK: [
                {
                  guard: and(['TICK', overdue('group-formation')]),
                  target: 'overdue',
                  actions: [
                    'clock',
                    {
                      type: 'announce',
                      params: { type: 'notify', what: 'group-formation-overdue' },
                    },
                  ],
                  meta: { legal: ['SH-15'] },
                },
                {
                  guard: and(['TICK', overdue('group-convening')]),
                  target: 'overdue',
                  actions: [
                    'clock',
                    {
                      type: 'announce',
                      params: { type: 'notify', what: 'group-formation-overdue' },
                    },
                  ],
                  meta: { legal: ['BJ-31-2'] },
                },
              ],
            },
          },
          overdue: {
            description:
              'The period passed: the miss is recorded, and the street office must still form the group.',
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
        description:
          'The preparatory group prepares and holds the first meeting, which elects the committee, while the 90-day deadline for that meeting runs.',
        meta: {
          title: bilingual('筹备并召开首次业主大会', 'Preparing and holding the first meeting'),
          legal: ['SH-15', 'SH-16-1', 'SH-16-3'],
        },
        on: {
          OBJECT_TO_MEMBER: {
            guard: 'OBJECT_TO_MEMBER',
            actions: ['objectToMember'],
            meta: { legal: ['SH-15-4'] },
          },
          SETTLE_MEMBER_OBJECTION: {
            guard: 'SETTLE_MEMBER_OBJECTION',
            actions: ['settleMemberObjection'],
            meta: { legal: ['SH-15-4', 'SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader'] },
          },
        },
        onDone: { target: 'officers', meta: { legal: ['SH-21-2'] } },
        states: {
          work: {
            description: "The group's work, from its roster to the elected committee.",
            meta: { title: bilingual('筹备工作', "The group's work"), legal: ['SH-16-1'] },
            initial: 'preparing',
            states: {
              preparing: {
                description:
                  'The group posts its roster, is trained, confirms the roll and adopts its drafts and the seats.',
                meta: { title: bilingual('筹备', 'Preparing'), legal: ['SH-15', 'SH-16-1'] },
                initial: 'roster',
                on: {
                  TRAIN_GROUP: {
                    guard: 'TRAIN_GROUP',
                    actions: ['trainGroup'],
                    meta: { legal: ['SH-15-5'] },
                  },
                },
                states: {
                  roster: {
                    description:
                      "The group posts its roster within the profile's period of forming (SH 15: 7 days).",
                    meta: {
                      title: bilingual('公告筹备组名单', 'Posting the roster'),
                      legal: ['SH-15-roster'],
                    },
                    on: {
                      POST_ROSTER: {
                        guard: 'POST_ROSTER',
                        target: 'roll',
                        actions: [
                          'postRoster',
                          { type: 'announce', params: { type: 'post', what: 'group-roster' } },
                        ],
                        meta: { legal: ['SH-15-roster'] },
                      },
                    },
                  },
                  roll: {
                    description:
                      'Once trained, the group confirms and posts the owners, headcount and areas.',
                    meta: {
                      title: bilingual('确认业主名册', 'Confirming the roll'),
                      legal: ['SH-16-1', 'SH-15-5'],
                    },
                    on: {
                      CONFIRM_ROLL: {
                        guard: 'CONFIRM_ROLL',
                        target: 'drafts',
                        actions: [
                          'confirmRoll',
                          { type: 'announce', params: { type: 'post', what: 'roll' } },
                        ],
                        meta: { legal: ['SH-16-1', 'SH-15-5'] },
                      },
                    },
                  },
                  drafts: {
                    description:
                      'The group drafts the statute, rules and methods, and sets the number of seats.',
                    meta: {
                      title: bilingual('草拟规约规则，确定委员人数', 'Drafting; setting the seats'),
                      legal: ['SH-16-1', 'SH-20-1'],
                    },
                    on: {
                      ADOPT_DRAFTS: {
                        guard: 'ADOPT_DRAFTS',
                        target: '#formation.convening.work.assembly',
                        actions: ['adoptDrafts'],
                        meta: { legal: ['SH-16-1', 'SH-20-1'] },
                      },
                    },
                  },
                },
              },
              assembly: {
                ...electionStates(),
                onDone: {
                  target: 'elected',
                  actions: ['seatCommittee'],
                  meta: { legal: ['SH-21-2', 'SH-20-1'] },
                },
              },
              elected: {
                type: 'final',
                description: 'The first committee is elected.',
                meta: {
                  title: bilingual('首届业主委员会委员已选出', 'The first committee is elected'),
                  legal: ['SH-21-2'],
                },
              },
            },
          },
          firstMeeting: {
            description:
              "The first meeting is due within the profile's period of the group forming (SH 16 ¶3: 90 days; BJ 32: 60 days).",
            meta: {
              title: bilingual('首次业主大会会议期限', 'The first meeting deadline'),
              legal: ['SH-16-3'],
            },
            initial: 'onTime',
            states: {
              onTime: {
                description: "Within the profile's period.",
                meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-16-3'] },
                always: meetingHeld,
                on: {
                  TICK: {
                    guard: and(['TICK', overdue('first-meeting')]),
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
                description:
                  'The period passed: the group must still hold the meeting, and the street office may form a temporary stand-in.',
                meta: {
                  title: bilingual('逾期未召开首次业主大会会议', 'First meeting overdue'),
                  legal: ['SH-16-3', 'SH-36-18'],
                  description: bilingual(
                    '逾期已记录；筹备组仍应召开会议，街镇可牵头组建物业治理委员会临时补位',
                    'Recorded; the group must still hold it, and the street office may form a temporary stand-in',
                  ),
                },
                always: meetingHeld,
                on: remedy.on,
              },
              standIn: remedy.state,
              held: {
                type: 'final',
                entry: 'settleFirstMeeting',
                description: 'The first meeting is held.',
                meta: {
                  title: bilingual('首次业主大会会议已召开', 'The first meeting is held'),
                  legal: ['SH-16-3'],
                },
              },
            },
          },
        },
      },
      ...seatingStates({
        filingTitle: bilingual('备案', 'Filing'),
        filingLegal: ['SH-23'],
        completedTarget: 'established',
        completedLegal: ['SH-34', 'SH-23', 'SH-16-4'],
      }),
      established: {
        type: 'final',
        description: 'The committee is established; the preparatory group dissolves.',
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
        description:
          'The one owner, or the few owners all agreeing, act as assembly and committee.',
        meta: {
          title: bilingual('业主共同履行职责', 'Owners act as assembly and committee'),
          legal: ['SH-13-2-few-owners'],
        },
      },
    },
  }),
  formationEvents,
);

// The shape of its context, kept with the machine, so that restored snapshots copy fast too.
keepContextShape(
  formationMachine,
  initialFormationContext({
    procedure: 'formation',
    complexId: 'sample',
    floorArea: 1,
    startAt: '2026-01-01T00:00:00+08:00',
  }),
);
