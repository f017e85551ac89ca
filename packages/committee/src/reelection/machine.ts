import {
  bilingual,
  type CitationId,
  keepContextShape,
  withCatalog,
  withFastCopies,
} from '@jiayuan/core';
import { and } from 'xstate';
import { electionStates } from '../election/states.js';
import { standInRemedy } from '../group/stand-in-remedy.js';
import { seatingStates } from '../seating/states.js';
import { overdue } from '../shared/effects.js';
import { reElectionEvents } from './catalog.js';
import { initialReElectionContext } from './context.js';
import { FREEZE_TAG } from './freeze.js';
import { reElectionSetup } from './setup.js';

const remedy = standInRemedy({
  until: 'newCommitteeElected',
  target: 'renewed',
  untilLegal: ['SH-28-1'],
  description: 'The stand-in organises the owners and pushes the re-election forward.',
  meta: bilingual(
    '物业治理委员会组织业主协商议事，推动换届改选完成',
    'The stand-in organises owners and pushes the re-election forward',
  ),
});

/**
 * The election's done event: every seat is filled, so the new committee is elected. The term and
 * the audit move on it rather than on eventless transitions, which xstate would check after every
 * microstep of every event (docs/benchmarks-machines.md).
 */
const ELECTED = 'xstate.done.state.reElection.underway.election.frozen.assembly';

/**
 * Transitions on the election's done event, unguarded: the event is the new committee elected
 * (`seatCommittee`, on the same event, records it). xstate's types let `on` name only the
 * machine's own events, while at run time a done event is matched like any other; the path tests
 * check these transitions instead.
 */
function onElected(transition: {
  readonly target: 'renewed' | 'due';
  readonly actions?: readonly ['auditDue'];
  readonly meta: { readonly legal: readonly CitationId[] };
}): object {
  return { [ELECTED]: transition };
}

/** The new committee is elected: the term is renewed. */
const renewed = onElected({
  target: 'renewed',
  meta: { legal: ['SH-28-1'] },
});

// The stand-in waits until the new committee is elected, on the same done event.
const { always: _standInUntil, ...standInState } = remedy.state;

/**
 * Re-election (换届; Shanghai default; RULES TERM-1..4, TERM-8): the committee's report before
 * its term ends, or the owners' request when it does not report; the street office forming the
 * re-election group; then, in parallel, the group's work and the election under the freeze
 * (tag {@link FREEZE_TAG}, TERM-3), the outgoing committee's hand-over of records and seals to
 * the housing office and its return to the new committee after filing, and the term's expiry.
 * Every deadline missed is a visible `overdue` (or `expired`) state. Every external transition
 * is guarded by its event's guard (roles, clock, rules), so `dispatch`, `actor.send` and
 * `snapshot.can` agree.
 */
export const reElectionMachine = withCatalog(
  reElectionSetup.createMachine({
    id: 'reElection',
    context: ({ input }) => withFastCopies(initialReElectionContext(input)),
    description:
      "The committee's re-election: its report, the re-election group, the election under the freeze, the records' hand-over and the term-end audit.",
    meta: { title: bilingual('换届改选', 'Re-election'), legal: ['SH-28-1', 'SH-29-2'] },
    on: {
      TICK: { guard: 'TICK', actions: 'clock' },
      RECORD_GUIDANCE: {
        guard: 'RECORD_GUIDANCE',
        actions: ['recordNote'],
        meta: { legal: ['JA-2-2', 'SH-36-3'] },
      },
      ASSIST: {
        guard: 'ASSIST',
        actions: ['recordNote'],
        meta: { legal: ['JA-2-2-2'] },
      },
      CALL_ASSEMBLY: {
        guard: 'CALL_ASSEMBLY',
        actions: ['callAssembly'],
        meta: { legal: ['SH-28-4'] },
      },
    },
    initial: 'awaitingReport',
    states: {
      awaitingReport: {
        description:
          'The committee reports its coming term end to the street office five months before it ends.',
        meta: {
          title: bilingual('等待业主委员会书面报告', "Awaiting the committee's report"),
          legal: ['SH-28-1'],
        },
        initial: 'onTime',
        on: {
          REPORT_TERM_END: {
            guard: 'REPORT_TERM_END',
            target: 'awaitingGroup',
            actions: ['reportTermEnd'],
            meta: { legal: ['SH-28-1'] },
          },
        },
        states: {
          onTime: {
            description: 'Within the period before the report is due.',
            meta: {
              title: bilingual('报告期限前', 'Before the report is due'),
              legal: ['SH-28-1'],
            },
            on: {
              TICK: {
                guard: and(['TICK', overdue('term-report')]),
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
            description:
              'The report is overdue: the owners may ask the street office in writing, and the committee may still report late.',
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
                guard: 'OWNERS_REQUEST',
                target: '#reElection.awaitingGroup.onRequest',
                actions: ['recordOwnersRequest'],
                meta: { legal: ['SH-28-2'] },
              },
            },
          },
        },
      },
      awaitingGroup: {
        description: 'The street office forms the re-election group.',
        meta: {
          title: bilingual('等待组建换届改选小组', 'Awaiting the re-election group'),
          legal: ['SH-28-1-group', 'SH-28-3'],
        },
        initial: 'onTime',
        on: {
          FORM_GROUP: [
            {
              // A profile without the term-end audit posting: the audit region starts finished.
              guard: and(['auditNotRequired', 'FORM_GROUP']),
              target: '#reElection.underway.audit.notRequired',
              actions: [
                'formGroup',
                { type: 'announce', params: { type: 'post', what: 'group-roster' } },
              ],
              meta: { legal: ['SH-28-1-group', 'SH-28-2', 'SH-28-3', 'SH-36-3'] },
            },
            {
              guard: 'FORM_GROUP',
              target: 'underway',
              actions: [
                'formGroup',
                { type: 'announce', params: { type: 'post', what: 'group-roster' } },
              ],
              meta: { legal: ['SH-28-1-group', 'SH-28-2', 'SH-28-3', 'SH-36-3'] },
            },
          ],
        },
        states: {
          onTime: {
            description: "Within the profile's period.",
            meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-28-1-group'] },
            on: {
              TICK: {
                guard: and(['TICK', overdue('group-formation')]),
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
            description:
              'The period passed: the miss is recorded, and the street office must still form the group.',
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
            description: "On the owners' request, with no period set.",
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
        description:
          "The re-election runs: the election under the freeze, the records' hand-over, the term-end audit and the outgoing term, in parallel.",
        type: 'parallel',
        meta: {
          title: bilingual('换届改选', 'Re-election under way'),
          legal: ['SH-28-1', 'SH-28-4', 'SH-29-1', 'SH-29-2'],
        },
        onDone: { target: 'completed', meta: { legal: ['SH-29-2-handover'] } },
        states: {
          election: {
            description: 'The new committee is elected under the freeze, seated and filed.',
            meta: {
              title: bilingual('选举与备案', 'Election and filing'),
              legal: ['SH-28-1', 'SH-29-2'],
            },
            initial: 'frozen',
            states: {
              frozen: {
                description:
                  "From the group's formation until the new committee is elected, the outgoing committee may not decide frozen matters.",
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
                    description: 'The group confirms the roll.',
                    meta: {
                      title: bilingual('确认业主名册', 'Confirming the roll'),
                      legal: ['SH-28-1', 'SH-16-1'],
                    },
                    on: {
                      CONFIRM_ROLL: {
                        guard: 'CONFIRM_ROLL',
                        target: 'drafts',
                        actions: [
                          'confirmRoll',
                          { type: 'announce', params: { type: 'post', what: 'roll' } },
                        ],
                        meta: { legal: ['SH-16-1'] },
                      },
                    },
                  },
                  drafts: {
                    description: 'The group sets the number of seats.',
                    meta: {
                      title: bilingual('确定委员人数', 'Setting the seats'),
                      legal: ['SH-20-1'],
                    },
                    on: {
                      ADOPT_DRAFTS: {
                        guard: 'ADOPT_DRAFTS',
                        target: 'assembly',
                        actions: ['adoptDrafts'],
                        meta: { legal: ['SH-20-1'] },
                      },
                    },
                  },
                  assembly: {
                    ...electionStates(),
                    onDone: {
                      target: '#reElection.underway.election.officers',
                      actions: ['seatCommittee'],
                      meta: { legal: ['SH-28-1', 'SH-21-2'] },
                    },
                  },
                },
              },
              ...seatingStates({
                filingTitle: bilingual('换届备案', 'Re-election filing'),
                filingLegal: ['SH-29-2'],
                completedTarget: 'filed',
                completedLegal: ['SH-34', 'SH-29-2'],
              }),
              filed: {
                description: 'The new committee is filed.',
                type: 'final',
                meta: {
                  title: bilingual('新一届已备案', 'The new committee is filed'),
                  legal: ['SH-29-2', 'SH-34'],
                },
              },
            },
          },
          records: {
            description:
              "The outgoing committee's records and seals go to the housing office, then to the new committee.",
            meta: {
              title: bilingual('档案资料和印章', 'Records and seals'),
              legal: ['SH-29-1', 'SH-29-2', 'SH-29-3'],
            },
            initial: 'due',
            states: {
              due: {
                description:
                  "The outgoing committee hands its records and seals to the housing office within the profile's period (SH 29 ¶1: 10 days).",
                meta: {
                  title: bilingual('移交房管机构', 'To the housing office'),
                  legal: ['SH-29-1'],
                },
                initial: 'onTime',
                on: {
                  HAND_OVER_RECORDS: {
                    guard: 'HAND_OVER_RECORDS',
                    target: 'withAuthority',
                    actions: ['handOverRecords'],
                    meta: { legal: ['SH-29-1'] },
                  },
                },
                states: {
                  onTime: {
                    description: "Within the profile's period.",
                    meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-29-1'] },
                    on: {
                      TICK: {
                        guard: and(['TICK', overdue('records-handover')]),
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
                    description:
                      'The hand-over is overdue: the street office may press it, the police assisting.',
                    meta: {
                      title: bilingual(
                        '逾期未移交，街镇可督促',
                        'Overdue: the street office may press',
                      ),
                      legal: ['SH-29-3'],
                    },
                    on: {
                      PRESS_HANDOVER: {
                        guard: 'PRESS_HANDOVER',
                        target: 'pressed',
                        actions: [
                          'pressHandover',
                          { type: 'announce', params: { type: 'notify', what: 'police-assist' } },
                        ],
                        meta: { legal: ['SH-29-3'] },
                      },
                    },
                  },
                  pressed: {
                    description: 'The street office has pressed the hand-over.',
                    meta: {
                      title: bilingual('街镇督促移交，公安协助', 'Pressed, the police assisting'),
                      legal: ['SH-29-3'],
                    },
                  },
                },
              },
              withAuthority: {
                description:
                  'The housing office holds the records until the new committee is filed.',
                meta: {
                  title: bilingual('房管机构保管', 'Held by the housing office'),
                  legal: ['SH-29-1', 'SH-29-2'],
                },
                initial: 'holding',
                on: {
                  AUTHORITY_HANDOVER: {
                    guard: 'AUTHORITY_HANDOVER',
                    target: 'returned',
                    actions: ['authorityHandover'],
                    meta: { legal: ['SH-29-2', 'SH-29-2-handover'] },
                  },
                },
                states: {
                  holding: {
                    description:
                      "The housing office hands the records over within the profile's period of the filing (SH 29 ¶2: 10 days).",
                    meta: {
                      title: bilingual('期限内', 'Within the period'),
                      legal: ['SH-29-2-handover'],
                    },
                    on: {
                      TICK: {
                        guard: and(['TICK', overdue('authority-handover')]),
                        target: 'overdue',
                        actions: ['clock'],
                        meta: { legal: ['SH-29-2-handover'] },
                      },
                    },
                  },
                  overdue: {
                    description: 'The housing office is late; it must still hand over.',
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
                description: 'The records are with the new committee.',
                type: 'final',
                meta: {
                  title: bilingual('已移交新一届', 'Returned to the new committee'),
                  legal: ['SH-29-2-handover'],
                },
              },
            },
          },
          audit: {
            description: 'The term-end audit, due once the new committee is elected.',
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
                on: onElected({
                  target: 'due',
                  actions: ['auditDue'],
                  meta: { legal: ['SH-67', 'SH-6-11-term'] },
                }),
              },
              due: {
                description: 'The term-end audit is due within a month of the election.',
                meta: {
                  title: bilingual('换届财务审计', 'Audit due'),
                  legal: ['SH-67', 'SH-6-11-term'],
                },
                initial: 'onTime',
                on: {
                  POST_AUDIT: {
                    guard: 'POST_AUDIT',
                    target: 'posted',
                    actions: [
                      'postAudit',
                      { type: 'announce', params: { type: 'post', what: 'term-end-audit' } },
                    ],
                    meta: { legal: ['SH-67'] },
                  },
                },
                states: {
                  onTime: {
                    description: "Within the profile's period.",
                    meta: {
                      title: bilingual('期限内', 'Within the period'),
                      legal: ['SH-6-11-term'],
                    },
                    on: {
                      TICK: {
                        guard: and(['TICK', overdue('term-end-audit')]),
                        target: 'overdue',
                        actions: ['clock'],
                        meta: { legal: ['SH-6-11-term'] },
                      },
                    },
                  },
                  overdue: {
                    description: 'The audit is overdue; it must still be done and posted.',
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
                description:
                  "The audit results stay posted for the profile's period (SH 67: 30 days).",
                meta: {
                  title: bilingual('审计结果公告中', 'Results on posting'),
                  legal: ['SH-67'],
                },
                on: {
                  TICK: {
                    guard: and(['TICK', 'auditPostingElapsed']),
                    target: 'done',
                    actions: ['clock'],
                    meta: { legal: ['SH-67'] },
                  },
                },
              },
              done: {
                description: 'The audit results were posted for the whole period.',
                type: 'final',
                meta: {
                  title: bilingual('审计结果已公告期满', 'Audit posted in full'),
                  legal: ['SH-67'],
                },
              },
              notRequired: {
                description: 'The profile asks for no term-end audit posting.',
                type: 'final',
                meta: {
                  title: bilingual('规则未要求换届审计公告', 'No term-end audit in this profile'),
                  legal: ['CC-277'],
                },
              },
            },
          },
          term: {
            description: "The outgoing committee's term, until the new committee is elected.",
            meta: {
              title: bilingual('任期', 'The outgoing term'),
              legal: ['SH-28-1'],
            },
            initial: 'running',
            states: {
              running: {
                description: 'The term runs.',
                meta: {
                  title: bilingual('任期届满前', 'Before the term ends'),
                  legal: ['SH-28-1'],
                },
                on: {
                  ...renewed,
                  TICK: {
                    guard: and(['TICK', overdue('elect-before-expiry')]),
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
                description:
                  'The term ended without a new committee: the street office may lead a temporary stand-in while the re-election goes on.',
                meta: {
                  title: bilingual('任期届满未选出新一届', 'Term ended without a new committee'),
                  legal: ['SH-28-1', 'SH-36-18'],
                  description: bilingual(
                    '街镇可牵头组建物业治理委员会临时代行，换届改选继续进行',
                    'The street office may lead a temporary governance committee; the re-election goes on',
                  ),
                },
                on: { ...renewed, ...remedy.on },
              },
              standIn: { ...standInState, on: renewed },
              renewed: {
                description: 'The new committee is elected.',
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
        description: 'The re-election is complete; the records are with the new committee.',
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

// The shape of its context, kept with the machine, so that restored snapshots copy fast too.
keepContextShape(
  reElectionMachine,
  initialReElectionContext({
    procedure: 're-election',
    complexId: 'sample',
    floorArea: 1,
    startAt: '2026-01-01T00:00:00+08:00',
    termEndsOn: '2026-12-31',
    members: ['sample'],
  }),
);
