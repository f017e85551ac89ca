import { bilingual, type CitationId, withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { coverageEvents } from './catalog.js';
import { initialContext } from './context.js';
import { coverageSetup } from './setup.js';

const PARTY_1: CitationId[] = ['PARTY-CONST-30'];
const PARTY_2: CitationId[] = ['PARTY-BRANCH-5', 'JA-2-2-1', 'PARTY-INSTRUCTOR'];
const PARTY_3: CitationId[] = ['PARTY-BRANCH-4', 'PARTY-BRANCH-CH6'];
const PARTY_6: CitationId[] = ['JA-2-3', 'JA-2-3-2', 'JA-2-3-3'];

/**
 * Party organisation and work coverage of one unit — an owners' committee or a property firm's
 * managed project (RULES PARTY-1..6, JA 二(二)1 and 二(三)). The form is data (`context.form`);
 * the state says where the unit stands against what its census calls for: `assess` reads the
 * census after every change and routes to the form it has, or to the form that is due (应建尽建),
 * emitting `form-required`. A census that keeps the unit's branch is assessed on the branch's own
 * transition, which goes to the committee or the secretary that `assess` would route to.
 */
export const coverageMachine = withCatalog(
  coverageSetup.createMachine({
    id: 'partyCoverage',
    // Copied once by a spread: xstate copies the context on every assign, and in V8 a copy built
    // property by property turns into a slow dictionary at its 20th property unless a spread
    // has built the same shape first (docs/benchmarks-machines.md, "Context copies").
    context: ({ input }) => ({ ...initialContext(input) }),
    initial: 'open',
    meta: {
      title: bilingual('党的组织和工作覆盖', 'party organisation and work coverage'),
      legal: [...PARTY_1, ...PARTY_2, 'JA-2-2'],
    },
    states: {
      open: {
        description:
          "The unit is tracked: its census, its form of coverage and, for a firm's project, its party building.",
        meta: { title: bilingual('覆盖中', 'open'), legal: ['JA-2-2-1', ...PARTY_6] },
        initial: 'assess',
        on: {
          CENSUS_UPDATED: {
            guard: 'CENSUS_UPDATED',
            target: '.assess',
            actions: ['clock', 'setCensus'],
          },
          APPROVE_BRANCH: {
            guard: 'APPROVE_BRANCH',
            target: '.assess',
            actions: ['clock', 'approveBranch', 'announceFormChange'],
            meta: { legal: PARTY_1 },
          },
          JOIN_JOINT_BRANCH: {
            guard: 'JOIN_JOINT_BRANCH',
            target: '.assess',
            actions: ['clock', 'joinJointBranch', 'announceFormChange'],
            meta: { legal: ['PARTY-BRANCH-5'] },
          },
          JOINT_BRANCH_UNITS_CHANGED: {
            guard: 'JOINT_BRANCH_UNITS_CHANGED',
            actions: ['clock', 'changeJointUnits'],
            meta: { legal: ['PARTY-BRANCH-5'] },
          },
          LEAVE_JOINT_BRANCH: {
            guard: 'LEAVE_JOINT_BRANCH',
            target: '.assess',
            actions: ['clock', 'leaveJointBranch', 'announceFormChange'],
          },
          FORM_WORK_GROUP: {
            guard: 'FORM_WORK_GROUP',
            target: '.assess',
            actions: ['clock', 'formWorkGroup', 'announceFormChange'],
            meta: { legal: ['JA-2-2-1'] },
          },
          ASSIGN_INSTRUCTOR: {
            guard: 'ASSIGN_INSTRUCTOR',
            target: '.assess',
            actions: ['clock', 'assignInstructor', 'announceFormChange'],
            meta: { legal: ['PARTY-INSTRUCTOR'] },
          },
          WITHDRAW_INSTRUCTOR: {
            guard: 'WITHDRAW_INSTRUCTOR',
            target: '.assess',
            actions: ['clock', 'withdrawInstructor', 'announceFormChange'],
          },
          REVIEW: { guard: 'REVIEW', actions: ['clock', 'review'], meta: { legal: ['JA-2-2-1'] } },
          ALLIANCE_JOINED: {
            guard: 'ALLIANCE_JOINED',
            actions: ['clock', 'joinAlliance'],
            meta: { legal: ['JA-2-3'] },
          },
          DUAL_TRAINING_RECORDED: {
            guard: 'DUAL_TRAINING_RECORDED',
            actions: ['clock', 'recordDualTraining'],
            meta: { legal: ['JA-2-3-2'] },
          },
          ARTICLES_AMENDED: {
            guard: 'ARTICLES_AMENDED',
            actions: ['clock', 'amendArticles'],
            meta: { legal: ['JA-2-3-3'] },
          },
          CROSS_APPOINTMENT_RECORDED: {
            guard: 'CROSS_APPOINTMENT_RECORDED',
            actions: ['clock', 'recordCrossAppointment'],
            meta: { legal: ['MOHURD-2020-10'] },
          },
          TICK: { guard: 'TICK', actions: ['clock', 'tick'] },
          UNIT_CLOSED: { guard: 'UNIT_CLOSED', target: 'closed', actions: ['clock', 'close'] },
        },
        states: {
          assess: {
            description:
              'Reads the census against the profile, lets a form lapse that no longer fits and routes to the form the unit has or the one that is due (应建尽建).',
            meta: {
              title: bilingual('核定覆盖形式', 'assessing the form'),
              legal: [...PARTY_1, ...PARTY_2, ...PARTY_3],
              description: bilingual(
                '按党员情况和配置核定应有的覆盖形式（应建尽建）',
                'Reads the census against the profile to find the form due (应建尽建)',
              ),
            },
            entry: 'assess',
            always: [
              { guard: 'branchCommitteeNeeded', target: 'branch.committee' },
              { guard: 'hasBranch', target: 'branch.secretary' },
              { guard: 'branchNeeded', target: 'branchDue' },
              { guard: 'inJointBranchForm', target: 'jointBranch' },
              { guard: 'inWorkGroupForm', target: 'workGroup' },
              { guard: 'organisationNeeded', target: 'organisationDue' },
              { guard: 'hasInstructorForm', target: 'instructor' },
              { target: 'uncovered' },
            ],
          },
          uncovered: {
            description: 'The unit has no party members and no instructor yet.',
            meta: {
              title: bilingual('未覆盖（无党员）', 'uncovered (no members)'),
              legal: ['PARTY-INSTRUCTOR'],
              description: bilingual(
                '无党员且未选派党建指导员',
                'No members and no instructor yet',
              ),
            },
          },
          instructor: {
            description:
              'A party-building instructor brings work coverage to a unit without an organisation.',
            meta: {
              title: bilingual('党建指导员工作覆盖', 'instructor work coverage'),
              legal: ['PARTY-INSTRUCTOR'],
            },
          },
          organisationDue: {
            description:
              'The unit has members but fewer than three full members: a joint branch or a work group is due.',
            meta: {
              title: bilingual('应建联合党支部或工作小组', 'joint branch or work group due'),
              legal: ['PARTY-BRANCH-5', 'JA-2-2-1'],
              description: bilingual(
                '有党员但正式党员不足三人，应组建联合党支部或党的工作小组',
                'Members but fewer than three full members: a joint branch or work group is due',
              ),
            },
          },
          workGroup: {
            description: 'A party work group gives the unit work coverage without an organisation.',
            meta: { title: bilingual('党的工作小组', 'party work group'), legal: ['JA-2-2-1'] },
          },
          jointBranch: {
            description: 'The unit is covered by a joint branch of at most five units.',
            meta: { title: bilingual('联合党支部', 'joint branch'), legal: ['PARTY-BRANCH-5'] },
          },
          branchDue: {
            description:
              'Three or more full members: a branch of its own is due, awaiting the higher-level organisation.',
            meta: {
              title: bilingual('应建党支部', 'branch due'),
              legal: PARTY_1,
              description: bilingual(
                '正式党员三人以上，应当成立党支部，待上级党组织批准',
                'Three or more full members: a branch is due, awaiting the higher-level organisation',
              ),
            },
          },
          branch: {
            description: 'The unit has its own branch, whose committee or secretary serves a term.',
            meta: { title: bilingual('党支部', 'branch'), legal: PARTY_1 },
            initial: 'secretary',
            on: {
              // A census that keeps the branch goes straight to the committee or the secretary
              // that `assess` would route to, with `assess` as the transition's last action: the
              // same actions in the same order, so the same context and emitted events, without
              // entering `assess` and leaving it again on every census (re-entry was a quarter of
              // the time of `actor.send` in the PARTY-3 run, 7 ↔ 6 full members;
              // docs/benchmarks-machines.md). A census under the branch minimum falls through to
              // `open`'s transition, which re-enters `assess` and lets the branch lapse.
              CENSUS_UPDATED: [
                {
                  guard: and(['CENSUS_UPDATED', 'censusKeepsBranchCommittee']),
                  target: '.committee',
                  actions: ['clock', 'setCensus', 'assess'],
                  meta: { legal: [...PARTY_1, ...PARTY_3] },
                },
                {
                  guard: and(['CENSUS_UPDATED', 'censusKeepsBranch']),
                  target: '.secretary',
                  actions: ['clock', 'setCensus', 'assess'],
                  meta: { legal: [...PARTY_1, ...PARTY_3] },
                },
              ],
              BRANCH_RE_ELECTED: {
                guard: 'BRANCH_RE_ELECTED',
                actions: ['clock', 'reElectBranch'],
                meta: { legal: ['PARTY-CONST-31', 'PARTY-BRANCH-CH6'] },
              },
            },
            states: {
              secretary: {
                description:
                  'Fewer full members than a branch committee needs (seven by default): the branch has a secretary.',
                meta: { title: bilingual('支部书记', 'secretary'), legal: ['PARTY-BRANCH-CH6'] },
              },
              committee: {
                description:
                  'Enough full members for a branch committee (seven by default): the branch has one.',
                meta: {
                  title: bilingual('支部委员会', 'branch committee'),
                  legal: ['PARTY-BRANCH-CH6'],
                },
              },
            },
          },
        },
      },
      closed: {
        type: 'final',
        description: 'The committee was dissolved or the project ended; coverage is over.',
        meta: { title: bilingual('已撤销', 'closed'), legal: ['JA-2-2-1'] },
      },
    },
  }),
  coverageEvents,
);

// The same shape built once from a sample unit and kept with the machine (a hidden property of
// its config, as its catalog is), so that V8 keeps the transitions while no actor runs: a snapshot
// restored from storage, whose context was never spread, is copied along them too.
Object.defineProperty(coverageMachine.config, Symbol.for('jiayuan.context.shape'), {
  value: {
    ...initialContext({
      unitId: 'sample',
      kind: 'owners-committee',
      startedAt: '2026-01-01T00:00:00+08:00',
      census: { headcount: 0, full: 0, probationary: 0 },
    }),
  },
});
