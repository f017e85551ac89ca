import { bilingual, withCatalog } from '@jiayuan/core';
import { initialContext } from './context.js';
import { coverageEvents } from './events.js';
import { coverageSetup } from './setup.js';

const PARTY_1 = ['PARTY-CONST-30'];
const PARTY_2 = ['PARTY-BRANCH-5', 'JA-2-2-1', 'PARTY-INSTRUCTOR'];
const PARTY_3 = ['PARTY-BRANCH-4', 'PARTY-BRANCH-CH6'];
const PARTY_6 = ['JA-2-3', 'JA-2-3-2', 'JA-2-3-3'];

/**
 * Party organisation and work coverage of one unit — an owners' committee or a property firm's
 * managed project (RULES PARTY-1..6, JA 二(二)1 and 二(三)). The form is data (`context.form`);
 * the state says where the unit stands against what its census calls for: `assess` reads the
 * census after every change and routes to the form it has, or to the form that is due (应建尽建),
 * emitting `form-required`.
 */
export const coverageMachine = withCatalog(
  coverageSetup.createMachine({
    id: 'partyCoverage',
    context: ({ input }) => initialContext(input),
    initial: 'open',
    meta: {
      title: bilingual('党的组织和工作覆盖', 'party organisation and work coverage'),
      legal: [...PARTY_1, ...PARTY_2, 'JA-2-2'],
    },
    states: {
      open: {
        meta: { title: bilingual('覆盖中', 'open'), legal: ['JA-2-2-1', ...PARTY_6] },
        initial: 'assess',
        on: {
          CENSUS_UPDATED: {
            guard: 'censusAddsUp',
            target: '.assess',
            actions: ['clock', 'setCensus'],
          },
          APPROVE_BRANCH: {
            guard: 'canApproveBranch',
            target: '.assess',
            actions: ['clock', 'approveBranch', 'announceFormChange'],
            meta: { legal: PARTY_1 },
          },
          JOIN_JOINT_BRANCH: {
            guard: 'canJoinJointBranch',
            target: '.assess',
            actions: ['clock', 'joinJointBranch', 'announceFormChange'],
            meta: { legal: ['PARTY-BRANCH-5'] },
          },
          JOINT_BRANCH_UNITS_CHANGED: {
            guard: 'canChangeJointUnits',
            actions: ['clock', 'changeJointUnits'],
            meta: { legal: ['PARTY-BRANCH-5'] },
          },
          LEAVE_JOINT_BRANCH: {
            guard: 'inJointBranch',
            target: '.assess',
            actions: ['clock', 'leaveJointBranch', 'announceFormChange'],
          },
          FORM_WORK_GROUP: {
            guard: 'canFormWorkGroup',
            target: '.assess',
            actions: ['clock', 'formWorkGroup', 'announceFormChange'],
            meta: { legal: ['JA-2-2-1'] },
          },
          ASSIGN_INSTRUCTOR: {
            guard: 'canAssignInstructor',
            target: '.assess',
            actions: ['clock', 'assignInstructor', 'announceFormChange'],
            meta: { legal: ['PARTY-INSTRUCTOR'] },
          },
          WITHDRAW_INSTRUCTOR: {
            guard: 'hasInstructor',
            target: '.assess',
            actions: ['clock', 'withdrawInstructor', 'announceFormChange'],
          },
          REVIEW: { actions: ['clock', 'review'], meta: { legal: ['JA-2-2-1'] } },
          ALLIANCE_JOINED: {
            guard: 'firmNotInAlliance',
            actions: ['clock', 'joinAlliance'],
            meta: { legal: ['JA-2-3'] },
          },
          DUAL_TRAINING_RECORDED: {
            guard: 'firmDualTraining',
            actions: ['clock', 'recordDualTraining'],
            meta: { legal: ['JA-2-3-2'] },
          },
          ARTICLES_AMENDED: {
            guard: 'firmArticlesNotYet',
            actions: ['clock', 'amendArticles'],
            meta: { legal: ['JA-2-3-3'] },
          },
          TICK: { actions: ['clock', 'tick'] },
          UNIT_CLOSED: { target: 'closed', actions: ['clock', 'close'] },
        },
        states: {
          assess: {
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
            meta: {
              title: bilingual('党建指导员工作覆盖', 'instructor work coverage'),
              legal: ['PARTY-INSTRUCTOR'],
            },
          },
          organisationDue: {
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
            meta: { title: bilingual('党的工作小组', 'party work group'), legal: ['JA-2-2-1'] },
          },
          jointBranch: {
            meta: { title: bilingual('联合党支部', 'joint branch'), legal: ['PARTY-BRANCH-5'] },
          },
          branchDue: {
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
            meta: { title: bilingual('党支部', 'branch'), legal: PARTY_1 },
            initial: 'secretary',
            on: {
              BRANCH_RE_ELECTED: {
                actions: ['clock', 'reElectBranch'],
                meta: { legal: ['PARTY-CONST-31', 'PARTY-BRANCH-CH6'] },
              },
            },
            states: {
              secretary: {
                meta: { title: bilingual('支部书记', 'secretary'), legal: ['PARTY-BRANCH-CH6'] },
              },
              committee: {
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
        meta: { title: bilingual('已撤销', 'closed'), legal: ['JA-2-2-1'] },
      },
    },
  }),
  coverageEvents,
);
