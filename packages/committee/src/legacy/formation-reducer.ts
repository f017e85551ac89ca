import { markMissed, meetsBar } from '@jiayuan/core';
import { deliveryAfter, membersAfterSettlement } from '../formation/rules.js';
import type { CommitteeContext } from '../shared/context.js';
import { DEADLINE_TITLES, type DeadlineId } from '../shared/deadline-titles.js';
import { settle } from '../shared/deadlines.js';
import { periodEnd, startFor } from '../shared/time.js';
import type { FormationOwnEvent } from './formation-events.js';

type Period = Parameters<typeof startFor>[4];

/** Starts a committee deadline on the context (returns the new book). */
export function start(
  context: CommitteeContext,
  id: DeadlineId,
  trigger: string,
  period: Period,
): CommitteeContext['deadlines'] {
  return startFor(context, id, DEADLINE_TITLES[id], trigger, period);
}

/** When the first assembly became due: the event for area, the two-year mark for time. */
export function triggeredAt(context: CommitteeContext, at: string): string {
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

/** Marks overdue deadlines missed and moves the clock (every event). */
export function tick(context: CommitteeContext, at: string): Partial<CommitteeContext> {
  return { now: at, deadlines: markMissed(context.deadlines, at) };
}

/** Context once the first assembly is due: the developer's 30 days start (SH 14). */
export function onTriggered(context: CommitteeContext, at: string): Partial<CommitteeContext> {
  const when = triggeredAt(context, at);
  return {
    milestones: { ...context.milestones, triggered: when },
    deadlines: start(context, 'developer-report', when, context.profile.formation.developerReport),
  };
}

/** How a formation (or re-election) event changes the context. Pure. */
export function reduceFormation(
  context: CommitteeContext,
  event: FormationOwnEvent,
): Partial<CommitteeContext> {
  const f = context.profile.formation;
  const mark = (name: string) => ({ ...context.milestones, [name]: event.at });
  switch (event.type) {
    case 'RECORD_DELIVERY':
      return { delivery: deliveryAfter(context, event) };
    case 'OWNERS_ACT_DIRECTLY':
      return { milestones: mark('owners-act-directly') };
    case 'DEVELOPER_REPORT':
    case 'OWNERS_REQUEST': {
      const reported = context.procedure === 'formation' ? 'developer-report' : 'term-report';
      const withSettled = { ...context, deadlines: settle(context, reported, event.at) };
      const period =
        context.procedure === 'formation' ? f.groupFormation : context.profile.term.groupFormation;
      return {
        milestones: mark(event.type === 'DEVELOPER_REPORT' ? 'reported' : 'owners-requested'),
        deadlines: start(withSettled, 'group-formation', event.at, period),
      };
    }
    case 'FORM_GROUP': {
      const group = {
        kind:
          context.procedure === 'formation' ? ('preparatory' as const) : ('re-election' as const),
        formedAt: event.at,
        members: event.members,
        residentsCommittees: event.residentsCommittees,
        trainings: [],
        memberObjections: [],
      };
      let next: CommitteeContext = {
        ...context,
        group,
        deadlines: settle(context, 'group-formation', event.at),
      };
      if (context.procedure === 'formation') {
        next = {
          ...next,
          deadlines: start(next, 'roster-posting', event.at, f.groupRosterPosting),
        };
        next = { ...next, deadlines: start(next, 'first-meeting', event.at, f.firstMeetingWithin) };
      } else {
        const t = context.profile.term;
        next = {
          ...next,
          deadlines: start(next, 'records-handover', event.at, t.recordsToAuthority),
        };
      }
      return { group: next.group, deadlines: next.deadlines, milestones: mark('group-formed') };
    }
    case 'TRAIN_GROUP': {
      if (context.group === null) return {};
      const training = { at: event.at, attendees: [...event.attendees] };
      return { group: { ...context.group, trainings: [...context.group.trainings, training] } };
    }
    case 'OBJECT_TO_MEMBER': {
      if (context.group === null) return {};
      const objection = {
        id: `m${context.group.memberObjections.length + 1}`,
        memberId: event.memberId,
        by: event.by.id,
        at: event.at,
        text: event.text,
        settlement: null,
      };
      const memberObjections = [...context.group.memberObjections, objection];
      return { group: { ...context.group, memberObjections } };
    }
    case 'SETTLE_MEMBER_OBJECTION': {
      if (context.group === null) return {};
      const settlement = {
        at: event.at,
        outcome: event.outcome,
        answer: event.answer,
        replacement: event.outcome === 'upheld' ? (event.replacement ?? null) : null,
      };
      return {
        group: {
          ...context.group,
          members: membersAfterSettlement(context, event),
          memberObjections: context.group.memberObjections.map((o) =>
            o.id === event.objectionId ? { ...o, settlement } : o,
          ),
        },
      };
    }
    case 'RECORD_STAND_IN':
      return {
        milestones: mark('stand-in-formed'),
        notes: [
          ...context.notes,
          { at: event.at, by: event.by.id, role: event.by.role, text: event.reference },
        ],
      };
    case 'POST_ROSTER':
      return { deadlines: settle(context, 'roster-posting', event.at), milestones: mark('roster') };
    case 'CONFIRM_ROLL':
      return { roll: event.roll, milestones: mark('roll-confirmed') };
    case 'ADOPT_DRAFTS':
      return { drafts: [...event.drafts], seats: event.seats, milestones: mark('drafts') };
    case 'CHOOSE_OFFICERS':
      return { officers: { chair: event.chair, viceChairs: [...event.viceChairs] } };
    case 'POST_RESULT':
      return {
        deadlines: settle(context, 'election-posting', event.at),
        milestones: mark('result-posted'),
      };
    case 'FILE': {
      const withSettled = { ...context, deadlines: settle(context, 'filing', event.at) };
      return {
        milestones: mark('filed'),
        deadlines: start(withSettled, 'filing-completion', event.at, f.filingCompletion),
      };
    }
    case 'COMPLETE_FILING': {
      const withSettled = { ...context, deadlines: settle(context, 'filing-completion', event.at) };
      const deadlines =
        context.procedure === 're-election'
          ? start(
              withSettled,
              'authority-handover',
              event.at,
              context.profile.term.authorityHandover,
            )
          : withSettled.deadlines;
      return { milestones: mark('filing-completed'), deadlines };
    }
    case 'RECORD_GUIDANCE':
    case 'ASSIST':
      return {
        notes: [
          ...context.notes,
          { at: event.at, by: event.by.id, role: event.by.role, text: event.text },
        ],
      };
    case 'TICK':
      return {};
  }
}

/** Context once the election has filled every seat: the committee sits, posting and filing run. */
export function onElected(context: CommitteeContext, at: string): Partial<CommitteeContext> {
  const elected = context.election?.elected ?? [];
  const f = context.profile.formation;
  const filingPeriod =
    context.procedure === 'formation' ? f.filing : context.profile.term.reElectionFiling;
  let next: CommitteeContext = {
    ...context,
    deadlines: settle(context, 'elect-before-expiry', at),
  };
  next = { ...next, deadlines: start(next, 'election-posting', at, f.electionPosting) };
  next = { ...next, deadlines: start(next, 'filing', at, filingPeriod) };
  return {
    members: elected.map((id) => ({ id, since: at })),
    officers: { chair: null, viceChairs: [] },
    milestones: { ...context.milestones, elected: at },
    deadlines: next.deadlines,
  };
}
