import { bilingual, withCatalog } from '@jiayuan/core';
import { electionStateConfig } from '../legacy/election-states.js';
import { seatingStateConfigs } from '../legacy/seating-states.js';
import { committeeSetup } from '../legacy/setup.js';
import { standInRemedy } from '../legacy/stand-in-remedy.js';
import { initialContext } from '../shared/input.js';
import { reElectionEvents } from './catalog.js';
import { FREEZE_TAG } from './freeze.js';

const act = ['clock', 'formation'] as const;
const own = ['clock', 'reElection'] as const;

const remedy = standInRemedy({
  until: 'newCommitteeElected',
  target: 'renewed',
  untilLegal: ['SH-28-1'],
  description: bilingual(
    '物业治理委员会组织业主协商议事，推动换届改选完成',
    'The stand-in organises owners and pushes the re-election forward',
  ),
});

/**
 * Re-election (换届; Shanghai default; RULES TERM-1..4, TERM-8): the committee's report before
 * its term ends, or the owners' request when it does not report; the street office forming the
 * re-election group; then, in parallel, the group's work and the election under the freeze
 * (tag {@link FREEZE_TAG}, TERM-3), the outgoing committee's hand-over of records and seals to
 * the housing office and its return to the new committee after filing, and the term's expiry.
 * Every deadline missed is a visible `overdue` (or `expired`) state. Send events through core's
 * `dispatch`.
 */
export const reElectionMachine = withCatalog(
  committeeSetup.createMachine({
    id: 'reElection',
    context: ({ input }) => initialContext(input),
    on: {
      TICK: { actions: 'clock' },
      RECORD_GUIDANCE: { actions: [...act], meta: { legal: ['JA-2-2', 'SH-36-3'] } },
      ASSIST: { guard: 'facilitatorAllowed', actions: [...act], meta: { legal: ['JA-2-2-2'] } },
      CALL_ASSEMBLY: { guard: 'freezeOk', actions: [...own], meta: { legal: ['SH-28-4'] } },
    },
    initial: 'awaitingReport',
    states: {
      awaitingReport: {
        meta: {
          title: bilingual('等待业主委员会书面报告', "Awaiting the committee's report"),
          legal: ['SH-28-1'],
        },
        initial: 'onTime',
        on: {
          REPORT_TERM_END: {
            target: 'awaitingGroup',
            actions: [...own],
            meta: { legal: ['SH-28-1'] },
          },
        },
        states: {
          onTime: {
            meta: {
              title: bilingual('任期届满五个月前', 'Five months before the term ends'),
              legal: ['SH-28-1'],
            },
            on: {
              TICK: {
                guard: { type: 'pastDue', params: { id: 'term-report' } },
                target: 'overdue',
                actions: [
                  'clock',
                  { type: 'announce', params: { type: 'notify', what: 'term-report-overdue' } },
                ],
                meta: { legal: ['SH-28-1', 'SH-28-2'] },
              },
            },
          },
          overdue: {
            meta: {
              title: bilingual(
                '业主委员会未按期报告，业主可书面要求',
                'Report overdue: owners may ask the street office',
              ),
              legal: ['SH-28-2'],
              description: bilingual(
                '街镇可以应业主书面要求组建换届改选小组；业主委员会仍可补报',
                'The street office may form the group on the owners’ written request; the committee may still report late',
              ),
            },
            on: {
              OWNERS_REQUEST: {
                target: '#reElection.awaitingGroup.onRequest',
                actions: ['clock', 'ownersRequested'],
                meta: { legal: ['SH-28-2'] },
              },
            },
          },
        },
      },
      awaitingGroup: {
        meta: {
          title: bilingual('等待组建换届改选小组', 'Awaiting the re-election group'),
          legal: ['SH-28-1-group', 'SH-28-3'],
        },
        initial: 'onTime',
        on: {
          FORM_GROUP: {
            guard: 'groupOk',
            target: 'underway',
            actions: [...act, { type: 'announce', params: { type: 'post', what: 'group-roster' } }],
            meta: { legal: ['SH-28-1-group', 'SH-28-2', 'SH-28-3', 'SH-36-3'] },
          },
        },
        states: {
          onTime: {
            meta: { title: bilingual('六十日内', 'Within 60 days'), legal: ['SH-28-1-group'] },
            on: {
              TICK: {
                guard: { type: 'pastDue', params: { id: 'group-formation' } },
                target: 'overdue',
                actions: [
                  'clock',
                  { type: 'announce', params: { type: 'notify', what: 'group-formation-overdue' } },
                ],
                meta: { legal: ['SH-28-1-group'] },
              },
            },
          },
          overdue: {
            meta: {
              title: bilingual('街镇逾期未组建换届改选小组', 'Group formation overdue'),
              legal: ['SH-28-1-group'],
              description: bilingual(
                '逾期已记录；街镇仍应组建，区房屋行政管理部门可督促',
                'The miss is recorded; the street office must still form the group',
              ),
            },
          },
          onRequest: {
            meta: {
              title: bilingual('应业主要求组建', 'On the owners’ request'),
              legal: ['SH-28-2'],
              description: bilingual(
                '第二款未规定组建期限',
                'SH 28 ¶2 sets no period for forming the group',
              ),
            },
          },
        },
      },
      underway: {
        type: 'parallel',
        meta: {
          title: bilingual('换届改选', 'Re-election under way'),
          legal: ['SH-28-1', 'SH-28-4', 'SH-29-1', 'SH-29-2'],
        },
        onDone: { target: 'completed', meta: { legal: ['SH-29-2-handover'] } },
        states: {
          election: {
            meta: {
              title: bilingual('选举与备案', 'Election and filing'),
              legal: ['SH-28-1', 'SH-29-2'],
            },
            initial: 'frozen',
            states: {
              frozen: {
                tags: [FREEZE_TAG],
                meta: {
                  title: bilingual(
                    '冻结期：小组产生至新一届选举产生',
                    'Freeze: from the group to the new election',
                  ),
                  legal: ['SH-28-4'],
                },
                initial: 'roll',
                states: {
                  roll: {
                    meta: {
                      title: bilingual('确认业主名册', 'Confirming the roll'),
                      legal: ['SH-28-1', 'SH-16-1'],
                    },
                    on: {
                      CONFIRM_ROLL: {
                        target: 'drafts',
                        actions: [
                          ...act,
                          { type: 'announce', params: { type: 'post', what: 'roll' } },
                        ],
                        meta: { legal: ['SH-16-1'] },
                      },
                    },
                  },
                  drafts: {
                    meta: {
                      title: bilingual('确定委员人数', 'Setting the seats'),
                      legal: ['SH-20-1'],
                    },
                    on: {
                      ADOPT_DRAFTS: {
                        guard: 'draftsOk',
                        target: 'assembly',
                        actions: [...act],
                        meta: { legal: ['SH-20-1'] },
                      },
                    },
                  },
                  assembly: {
                    ...electionStateConfig(),
                    onDone: {
                      target: '#reElection.underway.election.officers',
                      actions: ['seatCommittee'],
                      meta: { legal: ['SH-28-1', 'SH-21-2'] },
                    },
                  },
                },
              },
              ...seatingStateConfigs({
                filingTitle: bilingual('换届备案', 'Re-election filing'),
                filingLegal: ['SH-29-2'],
                completedTarget: 'filed',
                completedLegal: ['SH-34', 'SH-29-2'],
              }),
              filed: {
                type: 'final',
                meta: {
                  title: bilingual('新一届已备案', 'The new committee is filed'),
                  legal: ['SH-29-2', 'SH-34'],
                },
              },
            },
          },
          records: {
            meta: {
              title: bilingual('档案资料和印章', 'Records and seals'),
              legal: ['SH-29-1', 'SH-29-2', 'SH-29-3'],
            },
            initial: 'due',
            states: {
              due: {
                meta: {
                  title: bilingual('移交房管机构', 'To the housing office'),
                  legal: ['SH-29-1'],
                },
                initial: 'onTime',
                on: {
                  HAND_OVER_RECORDS: {
                    guard: 'recordsPending',
                    target: 'withAuthority',
                    actions: [...own],
                    meta: { legal: ['SH-29-1'] },
                  },
                },
                states: {
                  onTime: {
                    meta: { title: bilingual('十日内', 'Within 10 days'), legal: ['SH-29-1'] },
                    on: {
                      TICK: {
                        guard: { type: 'pastDue', params: { id: 'records-handover' } },
                        target: 'overdue',
                        actions: [
                          'clock',
                          {
                            type: 'announce',
                            params: { type: 'notify', what: 'records-handover-overdue' },
                          },
                        ],
                        meta: { legal: ['SH-29-1', 'SH-29-3'] },
                      },
                    },
                  },
                  overdue: {
                    meta: {
                      title: bilingual(
                        '逾期未移交，街镇可督促',
                        'Overdue: the street office may press',
                      ),
                      legal: ['SH-29-3'],
                    },
                    on: {
                      PRESS_HANDOVER: {
                        guard: 'handoverOverdue',
                        target: 'pressed',
                        actions: [
                          ...own,
                          { type: 'announce', params: { type: 'notify', what: 'police-assist' } },
                        ],
                        meta: { legal: ['SH-29-3'] },
                      },
                    },
                  },
                  pressed: {
                    meta: {
                      title: bilingual('街镇督促移交，公安协助', 'Pressed, the police assisting'),
                      legal: ['SH-29-3'],
                    },
                  },
                },
              },
              withAuthority: {
                meta: {
                  title: bilingual('房管机构保管', 'Held by the housing office'),
                  legal: ['SH-29-1', 'SH-29-2'],
                },
                initial: 'holding',
                on: {
                  AUTHORITY_HANDOVER: {
                    guard: 'filingCompleted',
                    target: 'returned',
                    actions: [...own],
                    meta: { legal: ['SH-29-2', 'SH-29-2-handover'] },
                  },
                },
                states: {
                  holding: {
                    meta: {
                      title: bilingual('备案后十日内移交', 'Handed over within 10 days of filing'),
                      legal: ['SH-29-2-handover'],
                    },
                    on: {
                      TICK: {
                        guard: { type: 'pastDue', params: { id: 'authority-handover' } },
                        target: 'overdue',
                        actions: ['clock'],
                        meta: { legal: ['SH-29-2-handover'] },
                      },
                    },
                  },
                  overdue: {
                    meta: {
                      title: bilingual('房管机构逾期未移交', 'Housing office overdue'),
                      legal: ['SH-29-2-handover'],
                      description: bilingual(
                        '逾期已记录；房管机构仍应移交',
                        'Recorded; the housing office must still hand over',
                      ),
                    },
                  },
                },
              },
              returned: {
                type: 'final',
                meta: {
                  title: bilingual('已移交新一届', 'Returned to the new committee'),
                  legal: ['SH-29-2-handover'],
                },
              },
            },
          },
          audit: {
            meta: {
              title: bilingual('换届财务审计', 'The term-end audit'),
              legal: ['SH-67'],
            },
            initial: 'awaitingElection',
            states: {
              awaitingElection: {
                meta: {
                  title: bilingual('新一届选出后审计', 'Audited once the new committee is elected'),
                  legal: ['SH-67'],
                },
                always: [
                  { guard: 'auditNotRequired', target: 'notRequired' },
                  {
                    guard: 'newCommitteeElected',
                    target: 'due',
                    actions: ['auditDue'],
                    meta: { legal: ['SH-67', 'SH-6-11-term'] },
                  },
                ],
              },
              due: {
                meta: {
                  title: bilingual('换届财务审计', 'Audit due'),
                  legal: ['SH-67', 'SH-6-11-term'],
                },
                initial: 'onTime',
                on: {
                  POST_AUDIT: {
                    guard: 'auditOk',
                    target: 'posted',
                    actions: [
                      ...own,
                      { type: 'announce', params: { type: 'post', what: 'term-end-audit' } },
                    ],
                    meta: { legal: ['SH-67'] },
                  },
                },
                states: {
                  onTime: {
                    meta: {
                      title: bilingual('选举后一个月内', 'Within a month of the election'),
                      legal: ['SH-6-11-term'],
                    },
                    on: {
                      TICK: {
                        guard: { type: 'pastDue', params: { id: 'term-end-audit' } },
                        target: 'overdue',
                        actions: ['clock'],
                        meta: { legal: ['SH-6-11-term'] },
                      },
                    },
                  },
                  overdue: {
                    meta: {
                      title: bilingual('审计逾期', 'Audit overdue'),
                      legal: ['SH-6-11-term', 'SH-67'],
                      description: bilingual(
                        '逾期已记录；仍应完成审计并公告',
                        'Recorded; the audit must still be done and posted',
                      ),
                    },
                  },
                },
              },
              posted: {
                meta: {
                  title: bilingual('审计结果公告三十日', 'Results posted for 30 days'),
                  legal: ['SH-67'],
                },
                on: {
                  TICK: {
                    guard: 'auditPostingElapsed',
                    target: 'done',
                    actions: ['clock'],
                    meta: { legal: ['SH-67'] },
                  },
                },
              },
              done: {
                type: 'final',
                meta: {
                  title: bilingual('审计结果已公告期满', 'Audit posted in full'),
                  legal: ['SH-67'],
                },
              },
              notRequired: {
                type: 'final',
                meta: {
                  title: bilingual('规则未要求换届审计公告', 'No term-end audit in this profile'),
                  legal: ['CC-277'],
                },
              },
            },
          },
          term: {
            meta: {
              title: bilingual('任期', 'The outgoing term'),
              legal: ['SH-28-1'],
            },
            initial: 'running',
            states: {
              running: {
                meta: {
                  title: bilingual('任期届满前', 'Before the term ends'),
                  legal: ['SH-28-1'],
                },
                always: {
                  guard: 'newCommitteeElected',
                  target: 'renewed',
                  meta: { legal: ['SH-28-1'] },
                },
                on: {
                  TICK: {
                    guard: { type: 'pastDue', params: { id: 'elect-before-expiry' } },
                    target: 'expired',
                    actions: [
                      'clock',
                      { type: 'announce', params: { type: 'notify', what: 'term-expired' } },
                    ],
                    meta: { legal: ['SH-28-1', 'SH-36-18'] },
                  },
                },
              },
              expired: {
                meta: {
                  title: bilingual('任期届满未选出新一届', 'Term ended without a new committee'),
                  legal: ['SH-28-1', 'SH-36-18'],
                  description: bilingual(
                    '街镇可牵头组建物业治理委员会临时代行，换届改选继续进行',
                    'The street office may lead a temporary governance committee; the re-election goes on',
                  ),
                },
                always: {
                  guard: 'newCommitteeElected',
                  target: 'renewed',
                  meta: { legal: ['SH-28-1'] },
                },
                on: remedy.on,
              },
              standIn: remedy.state,
              renewed: {
                type: 'final',
                meta: {
                  title: bilingual('新一届已选举产生', 'The new committee is elected'),
                  legal: ['SH-28-1'],
                },
              },
            },
          },
        },
      },
      completed: {
        type: 'final',
        meta: {
          title: bilingual(
            '换届完成，新一届接管档案印章',
            'Re-election complete; records with the new committee',
          ),
          legal: ['SH-29-2', 'SH-29-2-handover'],
        },
      },
    },
  }),
  reElectionEvents,
);
