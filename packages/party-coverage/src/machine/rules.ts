import { type Bilingual, bilingual, type Rule } from '@jiayuan/core';
import type { CoverageContext } from './context.js';
import { type Census, membersOf } from './forms.js';
import { RULE_TEXT } from './messages.js';

type Snap = { readonly context: CoverageContext };
type Verdict =
  | true
  | { readonly ok: false; readonly message: Bilingual; readonly details?: Record<string, unknown> };

const fail = (message: Bilingual, details?: Record<string, unknown>): Verdict =>
  details === undefined ? { ok: false, message } : { ok: false, message, details };

/** Census numbers must add up: full + probationary ≤ headcount. */
export const censusAddsUp: Rule<{ readonly census: Census }, Snap> = {
  id: 'census-adds-up',
  citations: ['PARTY-CONST-30'],
  description: bilingual('党员人数不得超过总人数', 'party members cannot exceed the headcount'),
  check(_snapshot, event) {
    const { full, probationary, headcount } = event.census;
    return full + probationary <= headcount
      ? true
      : fail(RULE_TEXT.censusAddsUp(full, probationary, headcount), {
          full,
          probationary,
          headcount,
        });
  },
};

/** A branch needs the profile's minimum of full members (党章 30: 三人以上). */
export const branchMinimum: Rule<object, Snap> = {
  id: 'branch-min-full-members',
  citations: ['PARTY-CONST-30'],
  description: bilingual(
    '正式党员三人以上方可成立党支部',
    'a branch needs three or more full members',
  ),
  check({ context }) {
    const min = context.party.branchMinFullMembers.value;
    return context.census.full >= min
      ? true
      : fail(RULE_TEXT.branchMinimum(context.census.full, min), { full: context.census.full, min });
  },
};

/** A unit with its own branch does not form another. */
export const notAlreadyBranch: Rule<object, Snap> = {
  id: 'not-already-branch',
  citations: ['PARTY-CONST-30'],
  check({ context }) {
    return context.form === 'branch' ? fail(RULE_TEXT.alreadyBranch) : true;
  },
};

/** A joint branch covers at most the profile's number of units (一般不超过5个). */
export const jointBranchSize: Rule<{ readonly units: readonly string[] }, Snap> = {
  id: 'joint-branch-max-units',
  citations: ['PARTY-BRANCH-5'],
  description: bilingual(
    '联合党支部覆盖单位一般不超过5个',
    'a joint branch covers at most 5 units',
  ),
  check({ context }, event) {
    const max = context.party.jointBranchMaxUnits.value;
    return event.units.length <= max
      ? true
      : fail(RULE_TEXT.jointBranchSize(event.units.length, max), {
          units: event.units.length,
          max,
        });
  },
};

/** The joint branch's unit list names this unit exactly once and has no repeats. */
export const jointBranchIncludesUnit: Rule<{ readonly units: readonly string[] }, Snap> = {
  id: 'joint-branch-lists-unit',
  citations: ['PARTY-BRANCH-5'],
  check({ context }, event) {
    const distinct = new Set(event.units).size === event.units.length;
    return distinct && event.units.includes(context.unitId)
      ? true
      : fail(RULE_TEXT.jointBranchIncludesUnit(context.unitId));
  },
};

/** 应建尽建: a unit whose census calls for its own branch cannot settle for less. */
export const mustBuildOwnBranch: Rule<object, Snap> = {
  id: 'must-build-own-branch',
  citations: ['PARTY-CONST-30', 'JA-2-2-1'],
  description: bilingual('应建尽建', 'build wherever it should be built'),
  check({ context }) {
    const min = context.party.branchMinFullMembers.value;
    return context.census.full < min
      ? true
      : fail(RULE_TEXT.mustBuildBranch(context.census.full, min));
  },
};

/** Organisations need members. */
export const hasMembers: Rule<object, Snap> = {
  id: 'has-party-members',
  citations: ['PARTY-BRANCH-5', 'PARTY-INSTRUCTOR'],
  check({ context }) {
    return membersOf(context.census) > 0 ? true : fail(RULE_TEXT.needsMembers);
  },
};

/** The profile allows party work groups. */
export const workGroupAllowed: Rule<object, Snap> = {
  id: 'work-group-allowed',
  citations: ['JA-2-2-1'],
  check({ context }) {
    return context.party.workGroupAllowed.value ? true : fail(RULE_TEXT.workGroupDisabled);
  },
};

/** A work group is formed only where the unit has no organisation yet. */
export const workGroupFromNothing: Rule<object, Snap> = {
  id: 'work-group-not-weaker',
  citations: ['JA-2-2-1'],
  check({ context }) {
    return context.form === null || context.form === 'instructor'
      ? true
      : fail(RULE_TEXT.workGroupOnlyFromNothing);
  },
};

/** The profile allows instructor coverage. */
export const instructorAllowed: Rule<object, Snap> = {
  id: 'instructor-allowed',
  citations: ['PARTY-INSTRUCTOR'],
  check({ context }) {
    return context.party.instructorCoverage.value ? true : fail(RULE_TEXT.instructorDisabled);
  },
};

/** An instructor covers a unit with no members and no form. */
export const instructorWithoutMembers: Rule<object, Snap> = {
  id: 'instructor-without-members',
  citations: ['PARTY-INSTRUCTOR'],
  check({ context }) {
    return membersOf(context.census) === 0 && context.form === null
      ? true
      : fail(RULE_TEXT.instructorOnlyWithoutMembers);
  },
};

/** Firm-only matters. */
export const firmOnly: Rule<object, Snap> = {
  id: 'firm-project-only',
  citations: ['JA-2-3'],
  check({ context }) {
    if (context.kind !== 'firm-project') return fail(RULE_TEXT.firmOnly);
    return context.party.firmPartyBuilding.value ? true : fail(RULE_TEXT.firmPartyBuildingOff);
  },
};
