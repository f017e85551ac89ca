import { type Bilingual, bilingual, type CitationId, type Cited, defineRule } from '@jiayuan/core';
import type { CommunityPost, CoverageContext } from './context.js';
import { type Census, membersOf } from './forms.js';
import { RULE_TEXT } from './messages.js';

// Each rule is a named guard of the coverage machine (its id): a host may `provide()` its own.
type Snap = { readonly context: CoverageContext };

const fail = (message: Bilingual, details?: Record<string, unknown>) =>
  details === undefined
    ? { ok: false as const, message }
    : { ok: false as const, message, details };

/**
 * The rule's own articles that the profile's entry cites too, else the entry's own (BJ 3 ¶2
 * rather than JA 2.3 under beijing; none where its texts are silent): a refusal cites only the
 * texts of the profile in force.
 */
const citedBy = (own: readonly CitationId[], entry: Cited<unknown>): string[] => {
  const kept = own.filter((c) => entry.cite.includes(c));
  return kept.length > 0 ? kept : [...entry.cite];
};

/** Census numbers must add up: full + probationary ≤ headcount. */
export const censusAddsUp = defineRule({
  id: 'census-adds-up',
  citations: ['PARTY-CONST-30'],
  description: bilingual('党员人数不得超过总人数', 'party members cannot exceed the headcount'),
  check(_snapshot: Snap, event: { readonly census: Census }) {
    const { full, probationary, headcount } = event.census;
    return full + probationary <= headcount
      ? true
      : fail(RULE_TEXT.censusAddsUp(full, probationary, headcount), {
          full,
          probationary,
          headcount,
        });
  },
});

/** A branch needs the profile's minimum of full members (党章 30: 三人以上). */
export const branchMinimum = defineRule({
  id: 'branch-min-full-members',
  citations: ['PARTY-CONST-30'],
  description: bilingual(
    '正式党员三人以上方可成立党支部',
    'a branch needs three or more full members',
  ),
  check({ context }: Snap) {
    const min = context.party.branchMinFullMembers.value;
    return context.census.full >= min
      ? true
      : fail(RULE_TEXT.branchMinimum(context.census.full, min), { full: context.census.full, min });
  },
});

/** A unit with its own branch does not form another. */
export const notAlreadyBranch = defineRule({
  id: 'not-already-branch',
  citations: ['PARTY-CONST-30'],
  description: bilingual('本单位尚未成立党支部', 'the unit has no branch of its own yet'),
  check({ context }: Snap) {
    return context.form === 'branch' ? fail(RULE_TEXT.alreadyBranch) : true;
  },
});

/** A joint branch covers at most the profile's number of units (一般不超过5个). */
export const jointBranchSize = defineRule({
  id: 'joint-branch-max-units',
  citations: ['PARTY-BRANCH-5'],
  description: bilingual(
    '联合党支部覆盖单位一般不超过5个',
    'a joint branch covers at most 5 units',
  ),
  check({ context }: Snap, event: { readonly units: readonly string[] }) {
    const max = context.party.jointBranchMaxUnits.value;
    return event.units.length <= max
      ? true
      : fail(RULE_TEXT.jointBranchSize(event.units.length, max), {
          units: event.units.length,
          max,
        });
  },
});

/** The joint branch's unit list names this unit exactly once and has no repeats. */
export const jointBranchIncludesUnit = defineRule({
  id: 'joint-branch-lists-unit',
  citations: ['PARTY-BRANCH-5'],
  description: bilingual(
    '联合党支部的单位名单包含本单位且不重复',
    "the joint branch's unit list names this unit, with no repeats",
  ),
  check({ context }: Snap, event: { readonly units: readonly string[] }) {
    const distinct = new Set(event.units).size === event.units.length;
    return distinct && event.units.includes(context.unitId)
      ? true
      : fail(RULE_TEXT.jointBranchIncludesUnit(context.unitId));
  },
});

/** The unit is a member of a joint branch. */
export const inJointBranch = defineRule({
  id: 'in-joint-branch',
  citations: ['PARTY-BRANCH-5'],
  description: bilingual('本单位在联合党支部中', 'the unit is in a joint branch'),
  check({ context }: Snap) {
    return context.form === 'joint-branch' ? true : fail(RULE_TEXT.jointBranchNotMember);
  },
});

/** 应建尽建: a unit whose census calls for its own branch cannot settle for less. */
export const mustBuildOwnBranch = defineRule({
  id: 'must-build-own-branch',
  citations: ['PARTY-CONST-30', 'JA-2-2-1'],
  description: bilingual('应建尽建', 'build wherever it should be built'),
  check({ context }: Snap) {
    const min = context.party.branchMinFullMembers.value;
    if (context.census.full < min) return true;
    // JA 2.2.1's work group only where the profile has it (not under beijing).
    const citations = ['PARTY-CONST-30', ...citedBy(['JA-2-2-1'], context.party.workGroupAllowed)];
    return { ...fail(RULE_TEXT.mustBuildBranch(context.census.full, min)), citations };
  },
});

/** Organisations need members. */
export const hasMembers = defineRule({
  id: 'has-party-members',
  citations: ['PARTY-BRANCH-5', 'PARTY-INSTRUCTOR'],
  description: bilingual('本单位有党员', 'the unit has party members'),
  check({ context }: Snap) {
    return membersOf(context.census) > 0 ? true : fail(RULE_TEXT.needsMembers);
  },
});

/** The profile allows party work groups. */
export const workGroupAllowed = defineRule({
  id: 'work-group-allowed',
  citations: ['JA-2-2-1'],
  description: bilingual('配置设有党的工作小组', 'the profile has party work groups'),
  check({ context }: Snap) {
    const entry = context.party.workGroupAllowed;
    return entry.value
      ? true
      : { ...fail(RULE_TEXT.workGroupDisabled), citations: citedBy(['JA-2-2-1'], entry) };
  },
});

/** A work group is formed only where the unit has no organisation yet. */
export const workGroupFromNothing = defineRule({
  id: 'work-group-not-weaker',
  citations: ['JA-2-2-1'],
  description: bilingual(
    '仅在尚无党组织时成立党的工作小组',
    'a work group only where the unit has no organisation',
  ),
  check({ context }: Snap) {
    return context.form === null || context.form === 'instructor'
      ? true
      : fail(RULE_TEXT.workGroupOnlyFromNothing);
  },
});

/** The profile allows instructor coverage. */
export const instructorAllowed = defineRule({
  id: 'instructor-allowed',
  citations: ['PARTY-INSTRUCTOR'],
  description: bilingual('配置设有党建指导员', 'the profile has instructor coverage'),
  check({ context }: Snap) {
    return context.party.instructorCoverage.value ? true : fail(RULE_TEXT.instructorDisabled);
  },
});

/** An instructor covers a unit with no members and no form. */
export const instructorWithoutMembers = defineRule({
  id: 'instructor-without-members',
  citations: ['PARTY-INSTRUCTOR'],
  description: bilingual(
    '党建指导员用于无党员、无覆盖形式的单位',
    'an instructor covers a unit without members or another form',
  ),
  check({ context }: Snap) {
    return membersOf(context.census) === 0 && context.form === null
      ? true
      : fail(RULE_TEXT.instructorOnlyWithoutMembers);
  },
});

/** The unit is covered by an instructor. */
export const hasInstructor = defineRule({
  id: 'has-instructor',
  citations: ['PARTY-INSTRUCTOR'],
  description: bilingual('本单位由党建指导员覆盖', 'the unit is covered by an instructor'),
  check({ context }: Snap) {
    return context.form === 'instructor' ? true : fail(RULE_TEXT.notInstructor);
  },
});

/** Firm-only matters: a firm's project, under a profile that enables firm party building. */
export const firmOnly = defineRule({
  id: 'firm-project-only',
  citations: ['JA-2-3'],
  description: bilingual('仅适用于物业服务企业的项目', "a property firm's project only"),
  check({ context }: Snap) {
    const setting = context.party.firmPartyBuilding;
    if (context.kind !== 'firm-project') {
      return { ...fail(RULE_TEXT.firmOnly), citations: citedBy(['JA-2-3'], setting) };
    }
    // Switched off, the refusal cites the profile's own articles (BJ 3 ¶2), not the notice's.
    return setting.value
      ? true
      : { ...fail(RULE_TEXT.firmPartyBuildingOff), citations: [...setting.cite] };
  },
});

/** The firm's project is not yet in an alliance. */
export const notInAlliance = defineRule({
  id: 'not-in-alliance',
  citations: ['JA-2-3'],
  description: bilingual('尚未加入党建联盟', 'not yet in an alliance'),
  check({ context }: Snap) {
    return context.firm.alliance === null ? true : fail(RULE_TEXT.alreadyInAlliance);
  },
});

/** A 双培养 record counts at least one person. */
export const dualTrainingNonEmpty = defineRule({
  id: 'dual-training-non-empty',
  citations: ['JA-2-3-2'],
  description: bilingual('“双培养”记录至少一人', 'a 双培养 record counts at least one person'),
  check(
    _snapshot: Snap,
    event: { readonly membersIntoCoreStaff: number; readonly coreStaffIntoMembers: number },
  ) {
    return event.membersIntoCoreStaff + event.coreStaffIntoMembers > 0
      ? true
      : fail(RULE_TEXT.dualTrainingEmpty);
  },
});

/** Party building is written into the firm's articles once. */
export const articlesNotYet = defineRule({
  id: 'articles-not-yet',
  citations: ['JA-2-3-3'],
  description: bilingual('党建尚未写入企业章程', 'party building is not yet in the articles'),
  check({ context }: Snap) {
    return context.firm.articles === null ? true : fail(RULE_TEXT.articlesAlready);
  },
});

/**
 * PARTY-3: a branch with the profile's `branchCommitteeFrom` full members (7: "有正式党员7人以上的
 * 党支部，设立党支部委员会") elects a committee, one with fewer a secretary; a committee has
 * between the profile's usual fewest and its absolute most members (3 and 7: "一般由3至5人组成，
 * 一般不超过7人"). A committee above the usual most (5) is accepted and announced. Refusals cite
 * the profile's own articles.
 */
export const branchLeadershipFits = defineRule({
  id: 'branch-committee-size',
  citations: ['PARTY-BRANCH-CH6'],
  description: bilingual(
    '正式党员7人以上设支部委员会（3至5人，不超过7人），不足7人设书记',
    'seven or more full members elect a committee of 3–5 (at most 7); fewer, a secretary',
  ),
  check({ context }: Snap, event: { readonly committeeMembers?: number | undefined }) {
    const from = context.party.branchCommitteeFrom;
    const size = context.party.branchCommitteeSize;
    const full = context.census.full;
    const members = event.committeeMembers;
    if (members === undefined) {
      return full < from.value
        ? true
        : {
            ...fail(RULE_TEXT.branchCommitteeDue(full, from.value), { full, from: from.value }),
            citations: [...from.cite],
          };
    }
    if (full < from.value) {
      return {
        ...fail(RULE_TEXT.branchCommitteeNotYet(full, from.value), { full, from: from.value }),
        citations: [...from.cite],
      };
    }
    const { min, max, absoluteMax } = size.value;
    return members >= min && members <= absoluteMax
      ? true
      : {
          ...fail(RULE_TEXT.branchCommitteeSize(members, min, max, absoluteMax), {
            members,
            min,
            absoluteMax,
          }),
          citations: [...size.cite],
        };
  },
});

/** PARTY-7: cross-appointment is recorded only where the profile provides for it. */
export const crossAppointmentProvided = defineRule({
  id: 'cross-appointment-provided',
  citations: ['MOHURD-2020-10'],
  description: bilingual(
    '配置设有社区“两委”交叉任职',
    'the profile provides for cross-appointment with the community committees',
  ),
  check({ context }: Snap) {
    const setting = context.party.crossAppointment;
    return setting.value
      ? true
      : { ...fail(RULE_TEXT.crossAppointmentOff), citations: [...setting.cite] };
  },
});

/** A person is recorded once for each community post they hold on the unit. */
export const crossAppointmentNew = defineRule({
  id: 'cross-appointment-new',
  citations: ['MOHURD-2020-10'],
  description: bilingual('同一人同一职务只记录一次', 'one record per person and post'),
  check(
    { context }: Snap,
    event: { readonly personId: string; readonly communityPost: CommunityPost },
  ) {
    const seen = context.crossAppointments.some(
      (a) => a.personId === event.personId && a.communityPost === event.communityPost,
    );
    return seen ? fail(RULE_TEXT.crossAppointmentRepeated(event.personId)) : true;
  },
});
