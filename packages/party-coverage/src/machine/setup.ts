import {
  actDayGuards,
  type CitationId,
  catalogGuards,
  clockKept,
  dropDeadline,
  markMissed,
  type ProcedureMeta,
  settleDeadline,
} from '@jiayuan/core';
import { match } from 'ts-pattern';
import { assertEvent, assign, emit, enqueueActions, setup } from 'xstate';
import { type CoverageEvent, coverageEvents } from './catalog.js';
import type { BranchLeadership, CoverageContext, CoverageRecord } from './context.js';
import { BRANCH_TERM, startBranchTerm } from './deadlines.js';
import type { CoverageEmitted } from './emitted.js';
import {
  coverageOfForm,
  type Form,
  formFits,
  formSatisfies,
  membersOf,
  type Need,
  needOf,
  quotaCheck,
} from './forms.js';
import type { CoverageInput } from './input.js';
import { COVERAGE_KEEPS } from './kept.js';

function record(form: Form | null, since: string | null): CoverageRecord {
  const { organisational, work } = coverageOfForm(form);
  return { organisational, work, form, since: form === null ? null : since };
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

type CensusArgs = { readonly context: CoverageContext; readonly event: CoverageEvent };

/**
 * What a census update calls for when it leaves the unit's branch in place (the census still
 * fits the form); `null` when there is no branch, or the branch lapses.
 */
function needKeepingBranch(context: CoverageContext, event: CoverageEvent): Need | null {
  if (event.type !== 'CENSUS_UPDATED' || context.form !== 'branch') return null;
  if (!formFits('branch', event.census, context.party)) return null;
  return needOf(event.census, context.party);
}

/** The profile's citations for what a need calls for. */
function citationsOfNeed(need: Need, party: CoverageContext['party']): readonly CitationId[] {
  return match(need)
    .with('work', () => party.instructorCoverage.cite)
    .with('organisation', () => [...party.jointBranchMaxUnits.cite, ...party.workGroupAllowed.cite])
    .with('branch', () => party.branchMinFullMembers.cite)
    .with('branch-committee', () => party.branchCommitteeFrom.cite)
    .exhaustive();
}

/**
 * The `setup` of the coverage machine, exported so hosts can `provide()` or extend it. Its guards
 * are the catalog's — `permitted` (roles), `inOrder` (the clock), one per rule and one per event
 * type (see `coverageEvents`) — plus the conditions by which `assess` routes to a state.
 */
export const coverageSetup = setup({
  types: {
    context: {} as CoverageContext,
    events: {} as CoverageEvent,
    input: {} as CoverageInput,
    emitted: {} as CoverageEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(coverageEvents),
    /** A branch with enough full members for a committee (PARTY-BRANCH-CH6). */
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
    // Where `assess` will route a census that keeps the branch, read before the transition's
    // actions run: the census is the event's, the party section the act day's (as `clock` will
    // hold it). The branch lapses under `branchMinFullMembers` (formFits); it has a committee
    // where the census calls for one (needOf, PARTY-BRANCH-CH6), else a secretary.
    ...actDayGuards(
      {
        censusKeepsBranchCommittee: ({ context, event }: CensusArgs) =>
          needKeepingBranch(context, event) === 'branch-committee',
        censusKeepsBranch: ({ context, event }: CensusArgs) =>
          needKeepingBranch(context, event) !== null,
      },
      COVERAGE_KEEPS,
    ),
  },
  actions: {
    /**
     * Time moves with every event; a process that follows the law takes the party section of
     * the edition in force on the event's day, as its rules saw it (`COVERAGE_KEEPS`).
     */
    clock: assign(({ context, event }) => clockKept(COVERAGE_KEEPS, context, event.at)),
    setCensus: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'CENSUS_UPDATED');
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
          cite: citationsOfNeed(need, context.party),
        });
      }
      const coverage = record(form, formSince);
      if (!sameRecord(coverage, context.coverage)) {
        enqueue.emit({ type: 'coverage-changed', unitId: context.unitId, at, record: coverage });
      }
      const memberQuota = quotaCheck(context.kind, context.census, context.party);
      const share = context.party.memberQuota.value.share;
      if (memberQuota !== null && share !== null && memberQuota.met !== context.memberQuota?.met) {
        // Short is announced on the first assessment too; met only after being short.
        if (!memberQuota.met) {
          enqueue.emit({
            type: 'member-quota-short',
            unitId: context.unitId,
            at,
            check: memberQuota,
            share,
          });
        } else if (context.memberQuota !== null) {
          enqueue.emit({
            type: 'member-quota-met',
            unitId: context.unitId,
            at,
            check: memberQuota,
            share,
          });
        }
      }
      enqueue.assign({
        form,
        formSince,
        history,
        deadlines,
        jointBranch,
        branch,
        need,
        coverage,
        memberQuota,
      });
    }),
    approveBranch: assign(({ context, event }) => {
      assertEvent(event, 'APPROVE_BRANCH');
      return {
        ...changeForm(context, 'branch', event.at, event.by.id),
        branch: { id: event.branchId, approvedAt: event.at, by: event.by.id, leadership: null },
        jointBranch: null,
        deadlines: startBranchTerm(context.deadlines, context.kind, context.party, event.at),
      };
    }),
    /** Announces the form change the event's own action just recorded in the history. */
    announceFormChange: emit(({ context, event }) => ({
      type: 'form-changed' as const,
      unitId: context.unitId,
      at: event.at,
      from: context.history.at(-1)?.from ?? null,
      to: context.form,
    })),
    joinJointBranch: assign(({ context, event }) => {
      assertEvent(event, 'JOIN_JOINT_BRANCH');
      return {
        ...changeForm(context, 'joint-branch', event.at, event.by.id),
        jointBranch: { id: event.jointBranchId, units: [...event.units] },
      };
    }),
    changeJointUnits: assign(({ context, event }) => {
      assertEvent(event, 'JOINT_BRANCH_UNITS_CHANGED');
      // Taken only in a joint branch (rule `in-joint-branch`), whose id stays.
      const id = context.jointBranch?.id;
      return id === undefined ? {} : { jointBranch: { id, units: [...event.units] } };
    }),
    leaveJointBranch: assign(({ context, event }) => {
      assertEvent(event, 'LEAVE_JOINT_BRANCH');
      return { ...changeForm(context, null, event.at, event.by.id), jointBranch: null };
    }),
    formWorkGroup: assign(({ context, event }) => {
      assertEvent(event, 'FORM_WORK_GROUP');
      return changeForm(context, 'work-group', event.at, event.by.id);
    }),
    assignInstructor: assign(({ context, event }) => {
      assertEvent(event, 'ASSIGN_INSTRUCTOR');
      return changeForm(context, 'instructor', event.at, event.by.id);
    }),
    withdrawInstructor: assign(({ context, event }) => {
      assertEvent(event, 'WITHDRAW_INSTRUCTOR');
      return changeForm(context, null, event.at, event.by.id);
    }),
    /** The term restarts; the committee (its size) or secretary elected is recorded (PARTY-3). */
    reElectBranch: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'BRANCH_RE_ELECTED');
      const settled = settleDeadline(context.deadlines, BRANCH_TERM, event.at);
      const members = event.committeeMembers;
      const leadership: BranchLeadership =
        members === undefined
          ? { kind: 'secretary', electedAt: event.at }
          : { kind: 'committee', members, electedAt: event.at };
      enqueue.assign({
        deadlines: startBranchTerm(settled, context.kind, context.party, event.at),
        branch: context.branch === null ? null : { ...context.branch, leadership },
      });
      const max = context.party.branchCommitteeSize.value.max;
      if (members !== undefined && members > max) {
        enqueue.emit({
          type: 'branch-committee-over-usual',
          unitId: context.unitId,
          at: event.at,
          members,
          max,
        });
      }
    }),
    recordCrossAppointment: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'CROSS_APPOINTMENT_RECORDED');
      const appointment = {
        at: event.at,
        by: event.by.id,
        personId: event.personId,
        communityPost: event.communityPost,
      };
      enqueue.assign({ crossAppointments: [...context.crossAppointments, appointment] });
      enqueue.emit({ type: 'cross-appointment-recorded', unitId: context.unitId, appointment });
    }),
    review: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'REVIEW');
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
    joinAlliance: assign(({ context, event }) => {
      assertEvent(event, 'ALLIANCE_JOINED');
      return { firm: { ...context.firm, alliance: { id: event.allianceId, since: event.at } } };
    }),
    recordDualTraining: assign(({ context, event }) => {
      assertEvent(event, 'DUAL_TRAINING_RECORDED');
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
    amendArticles: assign(({ context, event }) => {
      assertEvent(event, 'ARTICLES_AMENDED');
      return { firm: { ...context.firm, articles: { since: event.at, evidence: event.evidence } } };
    }),
    /** An elapsed branch term is marked missed and announced once. */
    tick: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'TICK');
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
      assertEvent(event, 'UNIT_CLOSED');
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
