import { type Bilingual, bilingual } from '@jiayuan/core';
import type { Form, Need } from './forms.js';

/** The names of the forms in both languages. */
export const FORM_NAMES: Readonly<Record<Form, Bilingual>> = {
  branch: bilingual('党支部', 'party branch'),
  'joint-branch': bilingual('联合党支部', 'joint party branch'),
  'work-group': bilingual('党的工作小组', 'party work group'),
  instructor: bilingual('党建指导员（工作覆盖）', 'party-building instructor (work coverage)'),
};

/** What each need asks for, in both languages. */
export const NEED_NAMES: Readonly<Record<Need, Bilingual>> = {
  work: bilingual(
    '无党员：选派党建指导员实现工作覆盖',
    'no members: an instructor brings work coverage',
  ),
  organisation: bilingual(
    '有党员但正式党员不足建支部：组建联合党支部或党的工作小组',
    'members but too few full members for a branch: a joint branch or a work group',
  ),
  branch: bilingual(
    '正式党员达到建支部人数：应当成立党支部',
    'enough full members: a branch must be formed',
  ),
  'branch-committee': bilingual(
    '正式党员达到设支部委员会人数：应当设立支部委员会',
    'enough full members for a branch committee: one must be set up',
  ),
};

/** Texts of the refusals of the coverage catalog's rules. */
export const RULE_TEXT = {
  censusAddsUp: (full: number, probationary: number, headcount: number): Bilingual =>
    bilingual(
      `党员人数不符：正式党员 ${full} 人加预备党员 ${probationary} 人超过总人数 ${headcount} 人。`,
      `The census does not add up: ${full} full and ${probationary} probationary members exceed the headcount of ${headcount}.`,
    ),
  branchMinimum: (full: number, min: number): Bilingual =>
    bilingual(
      `正式党员 ${full} 人，不足 ${min} 人，不能成立党支部（党章第三十条：正式党员三人以上）。`,
      `${full} full members, fewer than ${min}: no branch can be formed (Party Constitution art. 30: three or more full members).`,
    ),
  alreadyBranch: bilingual('本单位已成立党支部。', 'The unit already has its own branch.'),
  jointBranchSize: (units: number, max: number): Bilingual =>
    bilingual(
      `联合党支部覆盖 ${units} 个单位，超过 ${max} 个的上限。`,
      `The joint branch would cover ${units} units, more than the limit of ${max}.`,
    ),
  jointBranchIncludesUnit: (unit: string): Bilingual =>
    bilingual(
      `联合党支部的单位名单须包含本单位 ${unit}，且不得重复。`,
      `The joint branch's unit list must include this unit (${unit}) once, with no repeats.`,
    ),
  jointBranchNotMember: bilingual('本单位不在联合党支部中。', 'The unit is not in a joint branch.'),
  mustBuildBranch: (full: number, min: number): Bilingual =>
    bilingual(
      `正式党员 ${full} 人，已达 ${min} 人，应当单独成立党支部（应建尽建），不能以联合党支部或工作小组代替。`,
      `${full} full members reach ${min}: the unit must form its own branch (应建尽建), not a joint branch or work group.`,
    ),
  needsMembers: bilingual(
    '本单位没有党员，无法组建党组织；应选派党建指导员实现工作覆盖。',
    'The unit has no party members: no organisation can be formed; an instructor brings work coverage.',
  ),
  workGroupDisabled: bilingual(
    '本配置不设党的工作小组。',
    'This profile has no party work groups.',
  ),
  workGroupOnlyFromNothing: bilingual(
    '已有更强的覆盖形式，不能改设党的工作小组。',
    'The unit already has a stronger form; it cannot fall back to a work group.',
  ),
  instructorDisabled: bilingual(
    '本配置不设党建指导员工作覆盖。',
    'This profile has no instructor coverage.',
  ),
  instructorOnlyWithoutMembers: bilingual(
    '党建指导员工作覆盖用于没有党员的单位，且本单位尚无覆盖形式。',
    'Instructor coverage is for a unit without party members and without another form.',
  ),
  notInstructor: bilingual(
    '本单位当前不是党建指导员工作覆盖。',
    'The unit is not covered by an instructor.',
  ),
  firmOnly: bilingual(
    '党建联盟、“双培养”、党建入章只适用于物业服务企业的项目。',
    'The alliance, 双培养 and 党建入章 apply to a property firm’s project only.',
  ),
  firmPartyBuildingOff: bilingual(
    '本配置未启用物业服务企业党建事项。',
    'This profile does not enable firm party building.',
  ),
  alreadyInAlliance: bilingual(
    '本企业项目已加入党建联盟。',
    'The project is already in an alliance.',
  ),
  dualTrainingEmpty: bilingual(
    '“双培养”记录至少一人。',
    'A 双培养 record counts at least one person.',
  ),
  articlesAlready: bilingual('党建已写入企业章程。', 'Party building is already in the articles.'),
  branchCommitteeDue: (full: number, from: number): Bilingual =>
    bilingual(
      `正式党员 ${full} 人，已达 ${from} 人，党支部应当设立支部委员会，不能只选书记。`,
      `${full} full members reach ${from}: the branch must set up a committee, not only a secretary.`,
    ),
  branchCommitteeNotYet: (full: number, from: number): Bilingual =>
    bilingual(
      `正式党员 ${full} 人，不足 ${from} 人，党支部不设支部委员会，选举书记。`,
      `${full} full members, fewer than ${from}: the branch elects a secretary, not a committee.`,
    ),
  branchCommitteeSize: (
    members: number,
    min: number,
    max: number,
    absoluteMax: number,
  ): Bilingual =>
    bilingual(
      `支部委员会 ${members} 人：一般由 ${min} 至 ${max} 人组成，最多不超过 ${absoluteMax} 人。`,
      `A branch committee of ${members}: it has ${min} to ${max} members as a rule, never more than ${absoluteMax}.`,
    ),
  crossAppointmentOff: bilingual(
    '本配置未规定社区“两委”成员交叉任职，不予记录。',
    'This profile does not provide for cross-appointment with the community committees; none is recorded.',
  ),
  crossAppointmentRepeated: (person: string): Bilingual =>
    bilingual(
      `${person} 的该项交叉任职已经记录。`,
      `This cross-appointment of ${person} is already recorded.`,
    ),
} as const;

/** Why an existing form does not fit the start input (`existingFormIssue`). */
export const EXISTING_TEXT = {
  afterStart: (form: string, since: string, startedAt: string): Bilingual =>
    bilingual(
      `现有组织形式 ${form} 的建立时间 ${since} 晚于启动时间 startedAt ${startedAt}`,
      `existing ${form} since ${since} is after startedAt ${startedAt}`,
    ),
  branchId: bilingual('现有党支部须注明 branchId', 'an existing branch needs its branchId'),
  branchMembers: (min: number, cite: string, full: number): Bilingual =>
    bilingual(
      `成立党支部须有正式党员${min}名以上（${cite}）；普查为${full}名`,
      `a branch needs at least ${min} full party members (${cite}); the census has ${full}`,
    ),
  jointBranch: bilingual(
    '现有联合党支部须注明 jointBranch { id, units }',
    'an existing joint branch needs jointBranch { id, units }',
  ),
  jointBranchMembers: bilingual(
    '联合党支部的成员单位须有党员；普查无党员',
    'a joint branch member unit needs party members; the census has none',
  ),
  jointBranchUnits: (max: number, cite: string, given: number): Bilingual =>
    bilingual(
      `联合党支部覆盖单位不超过${max}个（${cite}）；现为${given}个`,
      `a joint branch covers at most ${max} units (${cite}); given ${given}`,
    ),
  unitsRepeat: bilingual('联合党支部的单位有重复', 'joint branch units repeat'),
  unitNotListed: (unitId: string): Bilingual =>
    bilingual(
      `联合党支部的单位不含本单位 ${unitId}`,
      `joint branch units do not include this unit ${unitId}`,
    ),
  noWorkGroups: (cite: string): Bilingual =>
    bilingual(
      `本配置不设党的工作小组（${cite || '无文本依据'}）`,
      `the profile has no party work groups (${cite || 'no text'})`,
    ),
  workGroupMembers: bilingual(
    '党的工作小组须有党员；普查无党员',
    'a party work group needs party members; the census has none',
  ),
  noInstructors: bilingual(
    '本配置不设党建指导员',
    'the profile provides no party-building instructors',
  ),
} as const;

/** Texts of a refused start input (see `CoverageInputError`); `issues` is core's `issueSummary`. */
export const INPUT_TEXT = {
  notCoverage: (issues: Bilingual): Bilingual =>
    bilingual(
      `这不是党组织和工作覆盖流程的启动参数（须有 unitId 和单位类型 kind）：${issues['zh-CN']}`,
      `This is not a party-coverage input (it needs a unitId and the unit's kind): ${issues.en}`,
    ),
  invalid: (issues: Bilingual): Bilingual =>
    bilingual(
      `党组织和工作覆盖流程的启动参数有误：${issues['zh-CN']}`,
      `The party-coverage input is invalid: ${issues.en}`,
    ),
} as const;
