import { actDayGuards, catalogGuards, type ProcedureMeta } from '@jiayuan/core';
import { assertEvent, assign, setup } from 'xstate';
import { electionEffects } from '../election/effects.js';
import { electionGuards } from '../election/guards.js';
import { groupEffects } from '../group/effects.js';
import { seat, seatingEffects } from '../seating/effects.js';
import { settle } from '../shared/deadlines.js';
import { announce, type CommitteeEmitted, clock, clocked, pastDue } from '../shared/effects.js';
import type { ReElectionInput } from '../shared/input.js';
import { startCommitteeDeadline } from '../shared/time.js';
import { type ReElectionEvent, reElectionEvents } from './catalog.js';
import type { ReElectionContext } from './context.js';
import { auditPostingElapsed, auditRequired } from './rules.js';

/** What a transition's own condition reads. */
interface Args {
  readonly context: ReElectionContext;
  readonly event: ReElectionEvent;
}

/**
 * The `setup` of the re-election machine, exported so hosts can `provide()` or `extend()` it.
 * Its guards are the catalog's (roles, clock, rules: see `reElectionEvents`), the shared
 * election's own conditions, and those of its transitions (a deadline passed, the new committee
 * elected, the audit required or posted in full); its actions are named effects — its own, the
 * group's, the election's and the seating's.
 */
export const reElectionSetup = setup({
  types: {
    context: {} as ReElectionContext,
    events: {} as ReElectionEvent,
    input: {} as ReElectionInput,
    emitted: {} as CommitteeEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(reElectionEvents),
    ...electionGuards,
    pastDue,
    /** The new committee is elected: the freeze ends and the term is renewed (SH 28). */
    newCommitteeElected: ({ context }) => context.milestones.elected !== undefined,
    // The audit posting is the profile's of the act's day, as the rules read it.
    ...actDayGuards({
      /** The profile asks for no term-end audit posted for owners. */
      auditNotRequired: ({ context }: Args) => !auditRequired(context),
      /** The audit results have stayed posted the whole period (SH 67 ¶2). */
      auditPostingElapsed: ({ context, event }: Args) => auditPostingElapsed(context, event.at),
    }),
  },
  actions: {
    clock,
    announce,
    ...electionEffects,
    ...groupEffects,
    ...seatingEffects,
    /** The committee reported its term end: the street office's 60 days start (SH 28 ¶1). */
    reportTermEnd: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'REPORT_TERM_END');
        return {
          milestones: { ...context.milestones, reported: event.at },
          deadlines: startCommitteeDeadline(
            { ...context, deadlines: settle(context, 'term-report', event.at) },
            'group-formation',
            event.at,
            context.profile.term.groupFormation,
          ),
        };
      }),
    ),
    /** SH 28 ¶2: the street office "may" form the group on the owners' request; no period runs. */
    recordOwnersRequest: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'OWNERS_REQUEST');
        return { milestones: { ...context.milestones, 'owners-requested': event.at } };
      }),
    ),
    callAssembly: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'CALL_ASSEMBLY');
        return { assemblies: [...context.assemblies, { at: event.at, topic: event.topic }] };
      }),
    ),
    /** The re-election group; the outgoing committee's records are due in 10 days (SH 29 ¶1). */
    formGroup: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'FORM_GROUP');
        return {
          group: {
            kind: 're-election' as const,
            formedAt: event.at,
            members: event.members,
            residentsCommittees: event.residentsCommittees,
            trainings: [],
            memberObjections: [],
          },
          deadlines: startCommitteeDeadline(
            { ...context, deadlines: settle(context, 'group-formation', event.at) },
            'records-handover',
            event.at,
            context.profile.term.recordsToAuthority,
          ),
          milestones: { ...context.milestones, 'group-formed': event.at },
        };
      }),
    ),
    handOverRecords: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'HAND_OVER_RECORDS');
        return {
          milestones: { ...context.milestones, 'records-handed-over': event.at },
          deadlines: settle(context, 'records-handover', event.at),
        };
      }),
    ),
    pressHandover: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'PRESS_HANDOVER');
        return { milestones: { ...context.milestones, 'handover-pressed': event.at } };
      }),
    ),
    authorityHandover: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'AUTHORITY_HANDOVER');
        return {
          milestones: { ...context.milestones, 'authority-handed-over': event.at },
          deadlines: settle(context, 'authority-handover', event.at),
        };
      }),
    ),
    /** The term-end audit is posted, by its auditor (SH 67 ¶2). */
    postAudit: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'POST_AUDIT');
        return {
          milestones: { ...context.milestones, 'audit-posted': event.at },
          deadlines: settle(context, 'term-end-audit', event.at),
          notes: [
            ...context.notes,
            { at: event.at, by: event.by.id, role: event.by.role, text: event.auditor },
          ],
        };
      }),
    ),
    /**
     * Once the new committee is elected the term-end audit falls due (SH 67 ¶2; within one month
     * under the expired SH-6 §十一, a profile period). Taken on the election's done event, which
     * carries no time: the election time is the trigger.
     */
    auditDue: assign(({ context }) => {
      const within = context.profile.disclosure.termEndAuditWithin;
      if (within.period === null) return {};
      return {
        deadlines: startCommitteeDeadline(
          context,
          'term-end-audit',
          context.milestones.elected ?? context.now,
          within,
        ),
      };
    }),
    /**
     * Every seat filled: the new committee is elected before the term ends (SH 28 ¶1), posted in
     * 3 days and filed in 30 (SH 21 ¶2, SH 29 ¶2). On the election's done event, which carries no
     * time: the clock already moved.
     */
    seatCommittee: assign(({ context }) =>
      seat(
        { ...context, deadlines: settle(context, 'elect-before-expiry', context.now) },
        context.now,
        context.profile.term.reElectionFiling,
      ),
    ),
    /** The street office completed the filing: the housing office hands over in 10 days. */
    completeFiling: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'COMPLETE_FILING');
        return {
          milestones: { ...context.milestones, 'filing-completed': event.at },
          deadlines: startCommitteeDeadline(
            { ...context, deadlines: settle(context, 'filing-completion', event.at) },
            'authority-handover',
            event.at,
            context.profile.term.authorityHandover,
          ),
        };
      }),
    ),
  },
});
