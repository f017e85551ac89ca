import { bilingual, dropDeadline, markMissed, settleDeadline, startDeadline } from '@jiayuan/core';
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { CoverageContext, CoverageInput, CoverageRecord } from './context.js';
import type { CoverageEmitted } from './emitted.js';
import type { CoverageEvent } from './events.js';
import { coverageOfForm, type Form, formFits, formSatisfies, membersOf, needOf } from './forms.js';

/** Id of the deadline of the branch's term (its committee or secretary serves 3 or 5 years). */
export const BRANCH_TERM = 'branch-term';

function record(form: Form | null, since: string | null): CoverageRecord {
  return { ...coverageOfForm(form), form, since: form === null ? null : since };
}

function sameRecord(a: CoverageRecord, b: CoverageRecord): boolean {
  return (
    a.organisational === b.organisational &&
    a.work === b.work &&
    a.form === b.form &&
    a.since === b.since
  );
}

/** The form a context switches to, with the history entry, as one assignment. */
function changeForm(
  context: CoverageContext,
  to: Form | null,
  at: string,
  by: string,
): Pick<CoverageContext, 'form' | 'formSince' | 'history'> {
  return {
    form: to,
    formSince: to === null ? null : at,
    history: [...context.history, { at, by, from: context.form, to }],
  };
}

/**
 * The `setup` of the coverage machine, exported so hosts can `provide()` or extend it. Guards
 * repeat the catalog rules so that a direct `send` cannot bypass them.
 */
export const coverageSetup = setup({
  types: {
    context: {} as CoverageContext,
    events: {} as CoverageEvent,
    input: {} as CoverageInput,
    emitted: {} as CoverageEmitted,
  },
  guards: {
    /** Census numbers add up. */
    censusAddsUp: ({ event }) =>
      event.type === 'CENSUS_UPDATED' &&
      event.census.full + event.census.probationary <= event.census.headcount,
    /** 党章 30: three or more full members, and no branch yet. */
    canApproveBranch: ({ context }) =>
      context.form !== 'branch' && context.census.full >= context.party.branchMinFullMembers.value,
    /** A joint branch: members, no own-branch duty, at most five units listing this one once. */
    canJoinJointBranch: ({ context, event }) =>
      event.type === 'JOIN_JOINT_BRANCH' &&
      membersOf(context.census) > 0 &&
      context.census.full < context.party.branchMinFullMembers.value &&
      context.form !== 'branch' &&
      event.units.length <= context.party.jointBranchMaxUnits.value &&
      new Set(event.units).size === event.units.length &&
      event.units.includes(context.unitId),
    canChangeJointUnits: ({ context, event }) =>
      event.type === 'JOINT_BRANCH_UNITS_CHANGED' &&
      context.form === 'joint-branch' &&
      event.units.length <= context.party.jointBranchMaxUnits.value &&
      new Set(event.units).size === event.units.length &&
      event.units.includes(context.unitId),
    inJointBranch: ({ context }) => context.form === 'joint-branch',
    canFormWorkGroup: ({ context }) =>
      context.party.workGroupAllowed.value &&
      membersOf(context.census) > 0 &&
      context.census.full < context.party.branchMinFullMembers.value &&
      (context.form === null || context.form === 'instructor'),
    canAssignInstructor: ({ context }) =>
      context.party.instructorCoverage.value &&
      membersOf(context.census) === 0 &&
      context.form === null,
    hasInstructor: ({ context }) => context.form === 'instructor',
    firmNotInAlliance: ({ context }) =>
      context.kind === 'firm-project' &&
      context.party.firmPartyBuilding.value &&
      context.firm.alliance === null,
    firmDualTraining: ({ context, event }) =>
      event.type === 'DUAL_TRAINING_RECORDED' &&
      context.kind === 'firm-project' &&
      context.party.firmPartyBuilding.value &&
      event.membersIntoCoreStaff + event.coreStaffIntoMembers > 0,
    firmArticlesNotYet: ({ context }) =>
      context.kind === 'firm-project' &&
      context.party.firmPartyBuilding.value &&
      context.firm.articles === null,
    branchCommitteeNeeded: ({ context }) =>
      context.form === 'branch' && context.need === 'branch-committee',
    hasBranch: ({ context }) => context.form === 'branch',
    branchNeeded: ({ context }) => context.need === 'branch' || context.need === 'branch-committee',
    inJointBranchForm: ({ context }) =>
      context.need === 'organisation' && context.form === 'joint-branch',
    inWorkGroupForm: ({ context }) =>
      context.need === 'organisation' && context.form === 'work-group',
    organisationNeeded: ({ context }) => context.need === 'organisation',
    hasInstructorForm: ({ context }) => context.form === 'instructor',
  },
  actions: {
    /** Time moves with every event. */
    clock: assign({ now: ({ event }) => event.at }),
    setCensus: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'CENSUS_UPDATED') return;
      const max = context.party.branchMaxMembers.value;
      const before = membersOf(context.census);
      const after = membersOf(event.census);
      enqueue.assign({ census: event.census });
      if (context.form === 'branch' && before <= max && after > max) {
        enqueue.emit({
          type: 'branch-over-size',
          unitId: context.unitId,
          at: event.at,
          members: after,
          max,
        });
      }
    }),
    /**
     * 应建尽建: reads the census against the profile, lets a form lapse that no longer fits,
     * updates the coverage record, and says what is now due.
     */
    assess: enqueueActions(({ context, enqueue }) => {
      const at = context.now;
      let { form } = context;
      let formSince = context.formSince;
      let history = context.history;
      let { deadlines, jointBranch, branch } = context;
      if (form !== null && !formFits(form, context.census, context.party)) {
        enqueue.emit({
          type: 'form-lapsed',
          unitId: context.unitId,
          at,
          form,
          census: context.census,
        });
        enqueue.emit({ type: 'form-changed', unitId: context.unitId, at, from: form, to: null });
        history = [...history, { at, by: 'system', from: form, to: null }];
        if (form === 'branch') {
          deadlines = dropDeadline(deadlines, BRANCH_TERM);
          branch = null;
        }
        if (form === 'joint-branch') jointBranch = null;
        form = null;
        formSince = null;
      }
      const need = needOf(context.census, context.party);
      if (need !== context.need && !formSatisfies(form, need)) {
        enqueue.emit({
          type: 'form-required',
          unitId: context.unitId,
          at,
          need,
          previousNeed: context.need,
          form,
          census: context.census,
          cite:
            need === 'work'
              ? context.party.instructorCoverage.cite
              : need === 'organisation'
                ? [
                    ...context.party.jointBranchMaxUnits.cite,
                    ...context.party.workGroupAllowed.cite,
                  ]
                : need === 'branch'
                  ? context.party.branchMinFullMembers.cite
                  : context.party.branchCommitteeFrom.cite,
        });
      }
      const coverage = record(form, formSince);
      if (!sameRecord(coverage, context.coverage)) {
        enqueue.emit({ type: 'coverage-changed', unitId: context.unitId, at, record: coverage });
      }
      enqueue.assign({ form, formSince, history, deadlines, jointBranch, branch, need, coverage });
    }),
    approveBranch: assign(({ context, event }) => {
      if (event.type !== 'APPROVE_BRANCH') return {};
      const term = context.party.branchCommitteeTerm;
      const period = context.kind === 'owners-committee' ? term.value.community : term.value.other;
      return {
        ...changeForm(context, 'branch', event.at, event.by.id),
        branch: { id: event.branchId, approvedAt: event.at, by: event.by.id },
        jointBranch: null,
        deadlines: startDeadline(context.deadlines, BRANCH_TERM, {
          title: bilingual(
            '党支部委员会（书记）任期届满',
            'the branch committee’s (secretary’s) term ends',
          ),
          trigger: event.at,
          period,
          cite: term.cite,
        }),
      };
    }),
    announceFormChange: emit(({ context, event }) => ({
      type: 'form-changed' as const,
      unitId: context.unitId,
      at: event.at,
      from: context.history.at(-1)?.from ?? null,
      to: context.form,
    })),
    joinJointBranch: assign(({ context, event }) =>
      event.type === 'JOIN_JOINT_BRANCH'
        ? {
            ...changeForm(context, 'joint-branch', event.at, event.by.id),
            jointBranch: { id: event.jointBranchId, units: [...event.units] },
          }
        : {},
    ),
    changeJointUnits: assign(({ context, event }) =>
      event.type === 'JOINT_BRANCH_UNITS_CHANGED' && context.jointBranch !== null
        ? { jointBranch: { id: context.jointBranch.id, units: [...event.units] } }
        : {},
    ),
    leaveJointBranch: assign(({ context, event }) => ({
      ...changeForm(context, null, event.at, event.by.id),
      jointBranch: null,
    })),
    formWorkGroup: assign(({ context, event }) =>
      changeForm(context, 'work-group', event.at, event.by.id),
    ),
    assignInstructor: assign(({ context, event }) =>
      changeForm(context, 'instructor', event.at, event.by.id),
    ),
    withdrawInstructor: assign(({ context, event }) =>
      changeForm(context, null, event.at, event.by.id),
    ),
    reElectBranch: assign(({ context, event }) => {
      const term = context.party.branchCommitteeTerm;
      const period = context.kind === 'owners-committee' ? term.value.community : term.value.other;
      const settled = settleDeadline(context.deadlines, BRANCH_TERM, event.at);
      return {
        deadlines: startDeadline(settled, BRANCH_TERM, {
          title: bilingual(
            '党支部委员会（书记）任期届满',
            'the branch committee’s (secretary’s) term ends',
          ),
          trigger: event.at,
          period,
          cite: term.cite,
        }),
      };
    }),
    review: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'REVIEW') return;
      const review = {
        at: event.at,
        by: event.by.id,
        reason: event.reason,
        census: context.census,
        need: needOf(context.census, context.party),
        record: context.coverage,
        note: event.note ?? null,
      };
      enqueue.assign({ reviews: [...context.reviews, review] });
      enqueue.emit({ type: 'review-recorded', unitId: context.unitId, review });
    }),
    joinAlliance: assign(({ context, event }) =>
      event.type === 'ALLIANCE_JOINED'
        ? { firm: { ...context.firm, alliance: { id: event.allianceId, since: event.at } } }
        : {},
    ),
    recordDualTraining: assign(({ context, event }) => {
      if (event.type !== 'DUAL_TRAINING_RECORDED') return {};
      const d = context.firm.dualTraining;
      return {
        firm: {
          ...context.firm,
          dualTraining: {
            membersIntoCoreStaff: d.membersIntoCoreStaff + event.membersIntoCoreStaff,
            coreStaffIntoMembers: d.coreStaffIntoMembers + event.coreStaffIntoMembers,
          },
        },
      };
    }),
    amendArticles: assign(({ context, event }) =>
      event.type === 'ARTICLES_AMENDED'
        ? { firm: { ...context.firm, articles: { since: event.at, evidence: event.evidence } } }
        : {},
    ),
    tick: enqueueActions(({ context, event, enqueue }) => {
      const before = context.deadlines[BRANCH_TERM];
      const deadlines = markMissed(context.deadlines, event.at);
      const after = deadlines[BRANCH_TERM];
      enqueue.assign({ deadlines });
      if (before?.status === 'pending' && after?.status === 'missed') {
        enqueue.emit({
          type: 'branch-term-ended',
          unitId: context.unitId,
          at: event.at,
          dueAt: after.due.dueAt,
        });
      }
    }),
    close: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'UNIT_CLOSED') return;
      enqueue.assign({
        closedReason: event.reason,
        deadlines: dropDeadline(context.deadlines, BRANCH_TERM),
        coverage: record(null, null),
      });
      enqueue.emit({
        type: 'unit-closed',
        unitId: context.unitId,
        at: event.at,
        reason: event.reason,
      });
    }),
  },
});
