import { bilingual, defineEvents, type EventOf, eventSchema, type Rule } from '@jiayuan/core';
import { z } from 'zod';
import type { CoverageContext } from './context.js';
import { REVIEW_REASONS } from './context.js';
import { RULE_TEXT } from './messages.js';
import {
  branchMinimum,
  censusAddsUp,
  firmOnly,
  hasMembers,
  instructorAllowed,
  instructorWithoutMembers,
  jointBranchIncludesUnit,
  jointBranchSize,
  mustBuildOwnBranch,
  notAlreadyBranch,
  workGroupAllowed,
  workGroupFromNothing,
} from './rules.js';

const count = z.number().int().nonnegative().max(100_000);
const id = z.string().min(1).max(200);
const units = z.array(id).min(1).max(100);

// Whether the numbers add up is a catalog rule (with its citation), not a schema refinement.
const CensusPayload = z.strictObject({ headcount: count, full: count, probationary: count });

/** The census of party members changed (new members, members leaving, staff changes). */
export const CensusUpdatedSchema = eventSchema('CENSUS_UPDATED', { census: CensusPayload });
/** The higher-level organisation approves the unit's own branch. */
export const ApproveBranchSchema = eventSchema('APPROVE_BRANCH', { branchId: id });
/** The unit joins a joint branch with nearby units; `units` lists all of them. */
export const JoinJointBranchSchema = eventSchema('JOIN_JOINT_BRANCH', {
  jointBranchId: id,
  units,
});
/** The joint branch's units changed (another unit joined or left). */
export const JointBranchUnitsChangedSchema = eventSchema('JOINT_BRANCH_UNITS_CHANGED', { units });
/** The unit leaves its joint branch. */
export const LeaveJointBranchSchema = eventSchema('LEAVE_JOINT_BRANCH');
/** A party work group is set up in the unit. */
export const FormWorkGroupSchema = eventSchema('FORM_WORK_GROUP');
/** A party-building instructor is dispatched to a unit without members. */
export const AssignInstructorSchema = eventSchema('ASSIGN_INSTRUCTOR', { instructorId: id });
/** The instructor is withdrawn. */
export const WithdrawInstructorSchema = eventSchema('WITHDRAW_INSTRUCTOR');
/** The branch elected its committee or secretary for a new term. */
export const BranchReElectedSchema = eventSchema('BRANCH_RE_ELECTED');
/** A review of the unit's coverage. */
export const ReviewSchema = eventSchema('REVIEW', {
  reason: z.enum(REVIEW_REASONS),
  note: z.string().max(2000).optional(),
});
/** The firm's project joins a property-firm party-building alliance. */
export const AllianceJoinedSchema = eventSchema('ALLIANCE_JOINED', { allianceId: id });
/** 双培养 counted: members trained into core staff, core staff trained into members. */
export const DualTrainingRecordedSchema = eventSchema('DUAL_TRAINING_RECORDED', {
  membersIntoCoreStaff: count,
  coreStaffIntoMembers: count,
});
/** Party building written into the firm's articles (党建入章), with the evidence. */
export const ArticlesAmendedSchema = eventSchema('ARTICLES_AMENDED', { evidence: id });
/** The unit ends (committee dissolved, project handed over). */
export const UnitClosedSchema = eventSchema('UNIT_CLOSED', { reason: id });
/** The clock moves. */
export const TickSchema = eventSchema('TICK');

type Snap = { readonly context: CoverageContext };

const inJointBranch: Rule<object, Snap> = {
  id: 'in-joint-branch',
  citations: ['PARTY-BRANCH-5'],
  check: ({ context }) =>
    context.form === 'joint-branch' ? true : { ok: false, message: RULE_TEXT.jointBranchNotMember },
};
const hasInstructor: Rule<object, Snap> = {
  id: 'has-instructor',
  citations: ['PARTY-INSTRUCTOR'],
  check: ({ context }) =>
    context.form === 'instructor' ? true : { ok: false, message: RULE_TEXT.notInstructor },
};
const notInAlliance: Rule<object, Snap> = {
  id: 'not-in-alliance',
  citations: ['JA-2-3'],
  check: ({ context }) =>
    context.firm.alliance === null ? true : { ok: false, message: RULE_TEXT.alreadyInAlliance },
};
const dualTrainingNonEmpty: Rule<z.output<typeof DualTrainingRecordedSchema>, Snap> = {
  id: 'dual-training-non-empty',
  citations: ['JA-2-3-2'],
  check: (_s, e) =>
    e.membersIntoCoreStaff + e.coreStaffIntoMembers > 0
      ? true
      : { ok: false, message: RULE_TEXT.dualTrainingEmpty },
};
const articlesNotYet: Rule<object, Snap> = {
  id: 'articles-not-yet',
  citations: ['JA-2-3-3'],
  check: ({ context }) =>
    context.firm.articles === null ? true : { ok: false, message: RULE_TEXT.articlesAlready },
};

const PARTY_ORGS = [
  'residential-party-organisation',
  'street-party-committee',
  'higher-party-organisation',
] as const;

/** The coverage machine's events: schemas, the roles that may send them, and their rules. */
export const coverageEvents = defineEvents({
  CENSUS_UPDATED: {
    schema: CensusUpdatedSchema,
    roles: ['committee', 'committee-chair', 'property-firm', ...PARTY_ORGS],
    title: bilingual('更新党员情况', 'Update the census'),
    description: bilingual(
      '报告正式党员、预备党员和总人数',
      'Report full and probationary members and the headcount',
    ),
    rules: [censusAddsUp],
  },
  APPROVE_BRANCH: {
    schema: ApproveBranchSchema,
    roles: ['higher-party-organisation'],
    title: bilingual('批准成立党支部', 'Approve the branch'),
    description: bilingual(
      '上级党组织批准成立党支部',
      'The higher-level organisation approves a branch',
    ),
    rules: [notAlreadyBranch, branchMinimum],
  },
  JOIN_JOINT_BRANCH: {
    schema: JoinJointBranchSchema,
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
  },
  JOINT_BRANCH_UNITS_CHANGED: {
    schema: JointBranchUnitsChangedSchema,
    roles: ['higher-party-organisation'],
    title: bilingual('联合党支部单位变动', 'Joint branch units changed'),
    description: bilingual('联合党支部覆盖的单位名单变化', 'The units of the joint branch changed'),
    rules: [inJointBranch, jointBranchSize, jointBranchIncludesUnit],
  },
  LEAVE_JOINT_BRANCH: {
    schema: LeaveJointBranchSchema,
    roles: ['higher-party-organisation'],
    title: bilingual('退出联合党支部', 'Leave the joint branch'),
    description: bilingual('本单位退出联合党支部', 'The unit leaves its joint branch'),
    rules: [inJointBranch],
  },
  FORM_WORK_GROUP: {
    schema: FormWorkGroupSchema,
    roles: ['residential-party-organisation', 'higher-party-organisation'],
    title: bilingual('成立党的工作小组', 'Form a party work group'),
    description: bilingual('在本单位成立党的工作小组', 'Set up a party work group in the unit'),
    rules: [workGroupAllowed, hasMembers, mustBuildOwnBranch, workGroupFromNothing],
  },
  ASSIGN_INSTRUCTOR: {
    schema: AssignInstructorSchema,
    roles: ['street-party-committee', 'residential-party-organisation'],
    title: bilingual('选派党建指导员', 'Dispatch an instructor'),
    description: bilingual(
      '向无党员单位选派党建指导员',
      'Dispatch an instructor to a unit without members',
    ),
    rules: [instructorAllowed, instructorWithoutMembers],
  },
  WITHDRAW_INSTRUCTOR: {
    schema: WithdrawInstructorSchema,
    roles: ['street-party-committee', 'residential-party-organisation'],
    title: bilingual('撤回党建指导员', 'Withdraw the instructor'),
    description: bilingual('撤回党建指导员', 'Withdraw the party-building instructor'),
    rules: [hasInstructor],
  },
  BRANCH_RE_ELECTED: {
    schema: BranchReElectedSchema,
    roles: ['higher-party-organisation'],
    title: bilingual('支部换届', 'Branch re-elected'),
    description: bilingual(
      '党支部换届选举产生新一届委员会或书记',
      'The branch elects its committee or secretary for a new term',
    ),
  },
  REVIEW: {
    schema: ReviewSchema,
    roles: [...PARTY_ORGS],
    title: bilingual('覆盖情况复核', 'Review coverage'),
    description: bilingual(
      '定期或因换届、人员变动复核覆盖情况',
      'Review coverage periodically or on term end, membership change, re-election',
    ),
  },
  ALLIANCE_JOINED: {
    schema: AllianceJoinedSchema,
    roles: ['street-party-committee', 'property-firm'],
    title: bilingual('加入物业党建联盟', 'Join the firm alliance'),
    description: bilingual(
      '物业项目加入物业服务企业党建联盟',
      'The project joins the property-firm party-building alliance',
    ),
    rules: [firmOnly, notInAlliance],
  },
  DUAL_TRAINING_RECORDED: {
    schema: DualTrainingRecordedSchema,
    roles: ['property-firm'],
    title: bilingual('记录“双培养”', 'Record 双培养'),
    description: bilingual(
      '把党员培养成业务骨干、把业务骨干培养成党员',
      'Members trained into core staff, core staff into members',
    ),
    rules: [firmOnly, dualTrainingNonEmpty],
  },
  ARTICLES_AMENDED: {
    schema: ArticlesAmendedSchema,
    roles: ['property-firm'],
    title: bilingual('党建入章', 'Party building into the articles'),
    description: bilingual('企业章程写入党建工作', "The firm's articles take in party building"),
    rules: [firmOnly, articlesNotYet],
  },
  UNIT_CLOSED: {
    schema: UnitClosedSchema,
    roles: ['street-party-committee', 'higher-party-organisation'],
    title: bilingual('单位撤销', 'Unit closed'),
    description: bilingual(
      '业委会解散或物业项目撤场，覆盖结束',
      'The committee is dissolved or the project ends',
    ),
  },
  TICK: {
    schema: TickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
  },
});

/** The events the coverage machine takes. */
export type CoverageEvent = EventOf<typeof coverageEvents>;
