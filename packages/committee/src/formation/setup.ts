import { actDayGuards, catalogGuards, meetsBar, type ProcedureMeta } from '@jiayuan/core';
import { assertEvent, assign, setup } from 'xstate';
import { electionEffects } from '../election/effects.js';
import { electionGuards } from '../election/guards.js';
import { groupEffects } from '../group/effects.js';
import { seat, seatingEffects } from '../seating/effects.js';
import { settle } from '../shared/deadlines.js';
import { announce, type CommitteeEmitted, clock, clocked, pastDue } from '../shared/effects.js';
import type { FormationInput } from '../shared/input.js';
import { periodEnd, startCommitteeDeadline } from '../shared/time.js';
import { type FormationEvent, formationEvents } from './catalog.js';
import type { FormationContext } from './context.js';
import { deliveryAfter, membersAfterSettlement, triggerMet } from './rules.js';

/** When the first assembly became due: the event for area, the two-year mark for time. */
export function triggeredAt(
  context: Pick<FormationContext, 'delivery' | 'profile' | 'holidays'>,
  at: string,
): string {
  const { delivery, profile } = context;
  const share = profile.formation.trigger.deliveredAreaShare.value;
  const byArea = share !== null && meetsBar(delivery.deliveredArea, delivery.totalArea, share);
  if (byArea || delivery.firstDeliveryAt === null) return at;
  const mark = periodEnd(
    context,
    delivery.firstDeliveryAt,
    profile.formation.trigger.sinceFirstDelivery,
  );
  return mark ?? at;
}

/** The context once the developer reported or the owners asked: the group's 60 days run. */
function groupFormationDue(context: FormationContext, at: string) {
  return startCommitteeDeadline(
    { ...context, deadlines: settle(context, 'developer-report', at) },
    'group-formation',
    at,
    context.profile.formation.groupFormation,
  );
}

/** What a transition's own condition reads. */
interface Args {
  readonly context: FormationContext;
  readonly event: FormationEvent;
}

/**
 * The `setup` of the formation machine, exported so hosts can `provide()` or `extend()` it. Its
 * guards are the catalog's (roles, clock, rules: see `formationEvents`), the shared election's
 * own conditions, and those of its transitions (the trigger, a deadline passed, the first
 * meeting held); its actions are named effects — its own, the group's, the election's and the
 * seating's.
 */
export const formationSetup = setup({
  types: {
    context: {} as FormationContext,
    events: {} as FormationEvent,
    input: {} as FormationInput,
    emitted: {} as CommitteeEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(formationEvents),
    ...electionGuards,
    pastDue,
    // The trigger is the profile's of the act's day, as the rules read it.
    ...actDayGuards({
      /** The delivery recorded makes the first assembly due (SH 13 ¶2). */
      deliveryTriggers: ({ context, event }: Args) => {
        assertEvent(event, 'RECORD_DELIVERY');
        return triggerMet(context, deliveryAfter(context, event), event.at);
      },
      /** Two full years have passed since the first delivery (SH 13 ¶2). */
      timeTriggers: ({ context, event }: Args) => triggerMet(context, context.delivery, event.at),
    }),
    /** The first assembly meeting has been held: its first vote opened (SH 16 ¶3). */
    meetingHeld: ({ context }) => context.milestones['meeting-held'] !== undefined,
  },
  actions: {
    clock,
    announce,
    ...electionEffects,
    ...groupEffects,
    ...seatingEffects,
    recordDelivery: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'RECORD_DELIVERY');
        return { delivery: deliveryAfter(context, event) };
      }),
    ),
    /** The first assembly is due: the developer's 30 days start (SH 14). */
    triggered: assign(({ context, event }) => {
      const when = triggeredAt(context, event.at);
      return {
        milestones: { ...context.milestones, triggered: when },
        deadlines: startCommitteeDeadline(
          context,
          'developer-report',
          when,
          context.profile.formation.developerReport,
        ),
      };
    }),
    /** The owners act as assembly and committee: their count and agreement kept (SH 13 ¶2). */
    ownersActDirectly: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'OWNERS_ACT_DIRECTLY');
        const { agreement } = event;
        return {
          milestones: { ...context.milestones, 'owners-act-directly': event.at },
          ownersActing: {
            at: event.at,
            owners: event.owners,
            agreement:
              agreement === undefined
                ? null
                : { reference: agreement.reference, signatories: agreement.signatories },
          },
        };
      }),
    ),
    /** The developer's report: the street office's 60 days start (SH 14, SH 15). */
    recordReport: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'DEVELOPER_REPORT');
        return {
          milestones: { ...context.milestones, reported: event.at },
          deadlines: groupFormationDue(context, event.at),
        };
      }),
    ),
    /** The owners' written request when the developer has not reported (SH 14 ¶2). */
    recordOwnersRequest: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'OWNERS_REQUEST');
        return {
          milestones: { ...context.milestones, 'owners-requested': event.at },
          deadlines: groupFormationDue(context, event.at),
        };
      }),
    ),
    /**
     * The owners' or the developer's application (BJ 30): the street office's review runs
     * (BJ 31 ¶1: 三十日内).
     */
    recordApplication: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'APPLY_TO_FORM');
        return {
          milestones: { ...context.milestones, applied: event.at },
          deadlines: groupFormationDue(context, event.at),
        };
      }),
    ),
    /**
     * The street office reviewed the application and appointed the leader (BJ 31 ¶1): the review
     * is settled and the leader's 30 days to convene the group run (BJ 31 ¶2).
     */
    appointLeader: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'APPOINT_GROUP_LEADER');
        const deadlines = settle(context, 'group-formation', event.at);
        const convening = context.profile.formation.leaderConvenesGroup;
        return {
          milestones: { ...context.milestones, 'leader-appointed': event.at },
          deadlines:
            convening === undefined
              ? deadlines
              : startCommitteeDeadline(
                  { ...context, deadlines },
                  'group-convening',
                  event.at,
                  convening,
                ),
        };
      }),
    ),
    /** The preparatory group: its roster posted in 7 days, the first meeting in 90 (SH 15–16). */
    formGroup: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'FORM_GROUP');
        const f = context.profile.formation;
        let deadlines = settle(context, 'group-formation', event.at);
        deadlines = settle({ deadlines }, 'group-convening', event.at);
        deadlines = startCommitteeDeadline(
          { ...context, deadlines },
          'roster-posting',
          event.at,
          f.groupRosterPosting,
        );
        deadlines = startCommitteeDeadline(
          { ...context, deadlines },
          'first-meeting',
          event.at,
          f.firstMeetingWithin,
        );
        return {
          group: {
            kind: 'preparatory' as const,
            formedAt: event.at,
            members: event.members,
            residentsCommittees: event.residentsCommittees,
            trainings: [],
            memberObjections: [],
          },
          deadlines,
          milestones: { ...context.milestones, 'group-formed': event.at },
        };
      }),
    ),
    /** The 街镇 trains the group before its work begins (SH 15 ¶5). */
    trainGroup: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'TRAIN_GROUP');
        const group = context.group;
        if (group === null) return {};
        const training = { at: event.at, attendees: [...event.attendees] };
        return { group: { ...group, trainings: [...group.trainings, training] } };
      }),
    ),
    /** An owner's objection to a group member (SH 15 ¶4). */
    objectToMember: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'OBJECT_TO_MEMBER');
        const group = context.group;
        if (group === null) return {};
        const objection = {
          id: `m${group.memberObjections.length + 1}`,
          memberId: event.memberId,
          by: event.by.id,
          at: event.at,
          text: event.text,
          settlement: null,
        };
        return { group: { ...group, memberObjections: [...group.memberObjections, objection] } };
      }),
    ),
    /** The 街镇 settles it; an upheld one replaces the member (SH 15 ¶4). */
    settleMemberObjection: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'SETTLE_MEMBER_OBJECTION');
        const group = context.group;
        if (group === null) return {};
        const settlement = {
          at: event.at,
          outcome: event.outcome,
          answer: event.answer,
          replacement: event.outcome === 'upheld' ? (event.replacement ?? null) : null,
        };
        return {
          group: {
            ...group,
            members: membersAfterSettlement(context, event),
            memberObjections: group.memberObjections.map((o) =>
              o.id === event.objectionId ? { ...o, settlement } : o,
            ),
          },
        };
      }),
    ),
    /** The group posts its roster (SH 15 ¶1: within 7 days). */
    postRoster: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'POST_ROSTER');
        return {
          deadlines: settle(context, 'roster-posting', event.at),
          milestones: { ...context.milestones, roster: event.at },
        };
      }),
    ),
    /** The first meeting is held: its 90-day deadline settles when the first vote opened. */
    settleFirstMeeting: assign(({ context }) => ({
      deadlines: settle(
        context,
        'first-meeting',
        context.milestones['meeting-held'] ?? context.now,
      ),
    })),
    /** Every seat filled: the first committee sits; posting in 3 days, filing in 30 (SH 21–23). */
    seatCommittee: assign(({ context }) =>
      // On the election's done event, which carries no time: the clock already moved.
      seat(context, context.now, context.profile.formation.filing),
    ),
    /** The street office completed the filing (SH 34). */
    completeFiling: assign(
      clocked(({ context, event }) => {
        assertEvent(event, 'COMPLETE_FILING');
        return {
          milestones: { ...context.milestones, 'filing-completed': event.at },
          deadlines: settle(context, 'filing-completion', event.at),
        };
      }),
    ),
  },
});
