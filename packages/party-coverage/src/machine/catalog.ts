import { bilingual, defineCatalog, type EventOf, IdSchema } from '@jiayuan/core';
import { z } from 'zod';
import { UnitsSchema } from './bounds.js';
import { COMMUNITY_POSTS, REVIEW_REASONS } from './context.js';
import { COVERAGE_KEEPS } from './kept.js';
import {
  articlesNotYet,
  branchLeadershipFits,
  branchMinimum,
  censusAddsUp,
  crossAppointmentNew,
  crossAppointmentProvided,
  dualTrainingNonEmpty,
  firmOnly,
  hasInstructor,
  hasMembers,
  inJointBranch,
  instructorAllowed,
  instructorWithoutMembers,
  jointBranchIncludesUnit,
  jointBranchSize,
  mustBuildOwnBranch,
  notAlreadyBranch,
  notInAlliance,
  workGroupAllowed,
  workGroupFromNothing,
} from './rules.js';

const count = z.number().int().nonnegative().max(100_000);
const id = IdSchema;
const units = UnitsSchema;

// Whether the numbers add up is a catalog rule (with its citation), not a schema refinement.
const CensusPayload = z.strictObject({ headcount: count, full: count, probationary: count });

const PARTY_ORGS = [
  'residential-party-organisation',
  'street-party-committee',
  'higher-party-organisation',
] as const;

/**
 * The coverage machine's events: each entry is the only definition of its event — payload, who
 * may send it, its rules (guards of the machine, named by their ids), the named actions its
 * transitions apply and its articles. The context keeps the profile's party section
 * ({@link COVERAGE_KEEPS}), so the rules read the section of the act's day.
 */
export const coverageEvents = defineCatalog(
  {
    CENSUS_UPDATED: {
      payload: { census: CensusPayload },
      roles: ['committee', 'committee-chair', 'property-firm', ...PARTY_ORGS],
      title: bilingual('更新党员情况', 'Update the census'),
      description: bilingual(
        '报告正式党员、预备党员和总人数',
        'Report full and probationary members and the headcount',
      ),
      rules: [censusAddsUp],
      actions: ['clock', 'setCensus'],
      cite: ['PARTY-CONST-30'],
    },
    APPROVE_BRANCH: {
      payload: { branchId: id },
      roles: ['higher-party-organisation'],
      title: bilingual('批准成立党支部', 'Approve the branch'),
      description: bilingual(
        '上级党组织批准成立党支部',
        'The higher-level organisation approves a branch',
      ),
      rules: [notAlreadyBranch, branchMinimum],
      actions: ['clock', 'approveBranch', 'announceFormChange'],
      cite: ['PARTY-CONST-30'],
    },
    JOIN_JOINT_BRANCH: {
      payload: { jointBranchId: id, units },
      roles: ['higher-party-organisation'],
      title: bilingual('加入联合党支部', 'Join a joint branch'),
      description: bilingual(
        '与邻近单位组建或加入联合党支部',
        'Form or join a joint branch with nearby units',
      ),
      rules: [
        hasMembers,
        mustBuildOwnBranch,
        notAlreadyBranch,
        jointBranchSize,
        jointBranchIncludesUnit,
      ],
      actions: ['clock', 'joinJointBranch', 'announceFormChange'],
      cite: ['PARTY-BRANCH-5'],
    },
    JOINT_BRANCH_UNITS_CHANGED: {
      payload: { units },
      roles: ['higher-party-organisation'],
      title: bilingual('联合党支部单位变动', 'Joint branch units changed'),
      description: bilingual(
        '联合党支部覆盖的单位名单变化',
        'The units of the joint branch changed',
      ),
      rules: [inJointBranch, jointBranchSize, jointBranchIncludesUnit],
      actions: ['clock', 'changeJointUnits'],
      cite: ['PARTY-BRANCH-5'],
    },
    LEAVE_JOINT_BRANCH: {
      roles: ['higher-party-organisation'],
      title: bilingual('退出联合党支部', 'Leave the joint branch'),
      description: bilingual('本单位退出联合党支部', 'The unit leaves its joint branch'),
      rules: [inJointBranch],
      actions: ['clock', 'leaveJointBranch', 'announceFormChange'],
      cite: ['PARTY-BRANCH-5'],
    },
    FORM_WORK_GROUP: {
      roles: ['residential-party-organisation', 'higher-party-organisation'],
      title: bilingual('成立党的工作小组', 'Form a party work group'),
      description: bilingual('在本单位成立党的工作小组', 'Set up a party work group in the unit'),
      rules: [workGroupAllowed, hasMembers, mustBuildOwnBranch, workGroupFromNothing],
      actions: ['clock', 'formWorkGroup', 'announceFormChange'],
      cite: ['JA-2-2-1'],
    },
    ASSIGN_INSTRUCTOR: {
      payload: { instructorId: id },
      roles: ['street-party-committee', 'residential-party-organisation'],
      title: bilingual('选派党建指导员', 'Dispatch an instructor'),
      description: bilingual(
        '向无党员单位选派党建指导员',
        'Dispatch an instructor to a unit without members',
      ),
      rules: [instructorAllowed, instructorWithoutMembers],
      actions: ['clock', 'assignInstructor', 'announceFormChange'],
      cite: ['PARTY-INSTRUCTOR'],
    },
    WITHDRAW_INSTRUCTOR: {
      roles: ['street-party-committee', 'residential-party-organisation'],
      title: bilingual('撤回党建指导员', 'Withdraw the instructor'),
      description: bilingual('撤回党建指导员', 'Withdraw the party-building instructor'),
      rules: [hasInstructor],
      actions: ['clock', 'withdrawInstructor', 'announceFormChange'],
      cite: ['PARTY-INSTRUCTOR'],
    },
    BRANCH_RE_ELECTED: {
      // The committee's size; absent, the branch elected a secretary (PARTY-3).
      payload: { committeeMembers: z.number().int().nonnegative().max(100).optional() },
      roles: ['higher-party-organisation'],
      title: bilingual('支部换届', 'Branch re-elected'),
      description: bilingual(
        '党支部换届选举产生新一届委员会或书记',
        'The branch elects its committee or secretary for a new term',
      ),
      rules: [branchLeadershipFits],
      actions: ['clock', 'reElectBranch'],
      cite: ['PARTY-CONST-31', 'PARTY-BRANCH-CH6'],
    },
    CROSS_APPOINTMENT_RECORDED: {
      payload: { personId: id, communityPost: z.enum(COMMUNITY_POSTS) },
      roles: ['residential-party-organisation', 'street-party-committee'],
      title: bilingual('记录交叉任职', 'Record a cross-appointment'),
      description: bilingual(
        '社区“两委”成员与业委会、物业企业党员交叉任职',
        'A member of the community committees also serves on the unit',
      ),
      rules: [crossAppointmentProvided, crossAppointmentNew],
      actions: ['clock', 'recordCrossAppointment'],
      cite: ['MOHURD-2020-10'],
    },
    REVIEW: {
      payload: { reason: z.enum(REVIEW_REASONS), note: z.string().max(2000).optional() },
      roles: PARTY_ORGS,
      title: bilingual('覆盖情况复核', 'Review coverage'),
      description: bilingual(
        '定期或因换届、人员变动复核覆盖情况',
        'Review coverage periodically or on term end, membership change, re-election',
      ),
      actions: ['clock', 'review'],
      cite: ['JA-2-2-1'],
    },
    ALLIANCE_JOINED: {
      payload: { allianceId: id },
      roles: ['street-party-committee', 'property-firm'],
      title: bilingual('加入物业党建联盟', 'Join the firm alliance'),
      description: bilingual(
        '物业项目加入物业服务企业党建联盟',
        'The project joins the property-firm party-building alliance',
      ),
      rules: [firmOnly, notInAlliance],
      actions: ['clock', 'joinAlliance'],
      cite: ['JA-2-3'],
    },
    DUAL_TRAINING_RECORDED: {
      payload: { membersIntoCoreStaff: count, coreStaffIntoMembers: count },
      roles: ['property-firm'],
      title: bilingual('记录“双培养”', 'Record 双培养'),
      description: bilingual(
        '把党员培养成业务骨干、把业务骨干培养成党员',
        'Members trained into core staff, core staff into members',
      ),
      rules: [firmOnly, dualTrainingNonEmpty],
      actions: ['clock', 'recordDualTraining'],
      cite: ['JA-2-3-2'],
    },
    ARTICLES_AMENDED: {
      payload: { evidence: id },
      roles: ['property-firm'],
      title: bilingual('党建入章', 'Party building into the articles'),
      description: bilingual('企业章程写入党建工作', "The firm's articles take in party building"),
      rules: [firmOnly, articlesNotYet],
      actions: ['clock', 'amendArticles'],
      cite: ['JA-2-3-3'],
    },
    UNIT_CLOSED: {
      payload: { reason: id },
      roles: ['street-party-committee', 'higher-party-organisation'],
      title: bilingual('单位撤销', 'Unit closed'),
      description: bilingual(
        '业委会解散或物业项目撤场，覆盖结束',
        'The committee is dissolved or the project ends',
      ),
      actions: ['clock', 'close'],
    },
    TICK: {
      roles: ['system'],
      title: bilingual('时间推进', 'Clock tick'),
      description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
      actions: ['clock', 'tick'],
    },
  },
  { keeps: COVERAGE_KEEPS },
);

/** The events the coverage machine takes, derived from {@link coverageEvents}. */
export type CoverageEvent = EventOf<typeof coverageEvents>;
