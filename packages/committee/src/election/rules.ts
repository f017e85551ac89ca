import {
  advanceNoticeMet,
  castBallot,
  epochMillisOf,
  localDateOf,
  type OptionalCitedPeriod,
  periodParts,
} from '@jiayuan/core';
import type { z } from 'zod';
import type { CommitteeContext } from '../shared/context.js';
import { fail, type Verdict } from '../shared/verdict.js';
import { ballotFor } from './ballots.js';
import { isOwnerOnRoll, seatsOpen, standingCandidates } from './candidates.js';
import type {
  AnswerObjectionSchema,
  CastBallotSchema,
  CloseElectionSchema,
  NominateSchema,
  OpenElectionSchema,
  PostNoticeSchema,
  SignUndertakingSchema,
  VetCandidateSchema,
} from './events.js';

type Sender = { readonly by: { readonly id: string; readonly role: string } };

/** A group event comes from the group the process has (preparatory or re-election). */
export function groupActs(context: CommitteeContext, event: Sender): Verdict {
  const role = event.by.role;
  if (role !== 'preparatory-group' && role !== 're-election-group') return true;
  const kind = context.group?.kind;
  const expected = kind === 'preparatory' ? 'preparatory-group' : 're-election-group';
  if (kind !== undefined && role === expected) return true;
  return kind === undefined
    ? fail('group-not-formed')
    : fail('procedure-run-by-other-group', { kind });
}

/** A candidate is an owner on the confirmed roll, nominated once (SH 20 ¶2, SH 21 ¶1). */
export function checkNomination(
  context: CommitteeContext,
  event: z.output<typeof NominateSchema>,
): Verdict {
  if (context.roll === null) {
    return fail('nomination-before-roll');
  }
  if (!isOwnerOnRoll(context, event.candidateId)) {
    return fail(
      'candidate-not-owner',
      { candidateId: event.candidateId },
      { candidateId: event.candidateId },
    );
  }
  if (context.candidates.some((c) => c.id === event.candidateId)) {
    return fail('candidate-already-nominated');
  }
  return true;
}

/** The event names a candidate that was nominated. */
export function knownCandidate(
  context: CommitteeContext,
  event: z.output<typeof VetCandidateSchema> | z.output<typeof SignUndertakingSchema>,
): Verdict {
  if (context.candidates.some((c) => c.id === event.candidateId)) return true;
  return fail('unknown-candidate', { candidateId: event.candidateId });
}

/** An owner signs only their own undertaking (SH 20 ¶3: 候选人应当书面承诺). */
export function ownUndertaking(
  _context: CommitteeContext,
  event: z.output<typeof SignUndertakingSchema>,
): Verdict {
  if (event.by.role !== 'owner' || event.by.id === event.candidateId) return true;
  return fail('undertaking-by-candidate-only');
}

/** The list has enough standing candidates for the open seats (FORM-8..10). */
export function enoughCandidates(context: CommitteeContext): Verdict {
  const open = seatsOpen(context);
  const standing = standingCandidates(context).length;
  if (standing >= open && open > 0) return true;
  return fail('too-few-candidates', { standing, open }, { standing, open });
}

/** The notice period before the meeting this group calls. */
export function noticePeriod(context: CommitteeContext): OptionalCitedPeriod {
  return context.group?.kind === 'preparatory'
    ? context.profile.formation.noticeBeforeFirstMeeting
    : context.profile.voting.meetingNotice;
}

function noticeDays(period: OptionalCitedPeriod): number | null {
  if (period.period === null) return null;
  const { unit, count } = periodParts(period.period);
  return unit === 'days' ? count : null;
}

/**
 * The meeting is called at least the notice period ahead (SH 16 ¶2: 十五日前; PMR 14), and a
 * first meeting falls within 90 days of the group forming while that is still possible
 * (SH 16 ¶3).
 */
export function checkNotice(
  context: CommitteeContext,
  event: z.output<typeof PostNoticeSchema>,
): Verdict {
  const days = noticeDays(noticePeriod(context));
  if (days !== null && !advanceNoticeMet(event.at, event.meetingAt, days)) {
    return fail(
      'notice-too-short',
      { days, postedOn: localDateOf(event.at), meetingOn: localDateOf(event.meetingAt) },
      { days },
    );
  }
  const due = context.deadlines['first-meeting'];
  if (due !== undefined && due.status === 'pending' && days !== null) {
    const dueMs = epochMillisOf(due.due.dueAt);
    const lastDay = new Date(dueMs - 1).toISOString();
    const stillPossible = advanceNoticeMet(event.at, lastDay, days);
    if (stillPossible && epochMillisOf(event.meetingAt) >= dueMs) {
      return fail('first-meeting-too-late', { lastDay: due.due.lastDay }, { due: due.due.dueAt });
    }
  }
  return true;
}

/** The objection exists and is not answered yet. */
export function openObjection(
  context: CommitteeContext,
  event: z.output<typeof AnswerObjectionSchema>,
): Verdict {
  const found = context.objections.find((o) => o.id === event.objectionId);
  if (found !== undefined && found.answer === null) return true;
  return fail('no-open-objection');
}

/** Voting opens on the meeting day or later, with every objection answered (SH 16 ¶2). */
export function checkOpening(
  context: CommitteeContext,
  event: z.output<typeof OpenElectionSchema>,
): Verdict {
  const notice = context.notice;
  if (notice === null) return fail('meeting-not-called');
  if (localDateOf(event.at) < localDateOf(notice.meetingAt)) {
    return fail('voting-before-meeting-day', { meetingOn: localDateOf(notice.meetingAt) });
  }
  const unanswered = context.objections.filter((o) => o.answer === null).length;
  if (unanswered > 0) {
    return fail('objections-unanswered', { unanswered }, { unanswered });
  }
  if (epochMillisOf(event.closesAt) <= epochMillisOf(event.at)) {
    return fail('voting-closes-before-opening');
  }
  return true;
}

/**
 * A ballot names only candidates on it, approves and opposes disjointly, comes from its owner
 * (or is keyed by the group), and passes core's checks against the frozen roll.
 */
export function checkBallot(
  context: CommitteeContext,
  event: z.output<typeof CastBallotSchema>,
): Verdict {
  const round = context.election?.current;
  if (round == null) return fail('voting-not-open');
  const onBallot = Object.keys(round.votes);
  const named = [...event.approve, ...event.oppose];
  const unknown = named.filter((id) => !onBallot.includes(id));
  if (unknown.length > 0) {
    return fail('not-on-ballot', { unknown }, { unknown });
  }
  if (new Set(named).size !== named.length) {
    return fail('candidate-named-twice');
  }
  if (event.by.role === 'owner' && event.by.id !== event.castBy) {
    return fail('own-ballot-only');
  }
  const first = onBallot[0];
  const vote = first === undefined ? undefined : round.votes[first];
  if (first === undefined || vote === undefined) return fail('ballot-empty');
  const outcome = castBallot(vote, ballotFor(multiOf(event), first, round.seats));
  if (outcome.ok) return true;
  return fail('ballot-refused', { code: outcome.issue.code }, { issue: outcome.issue.code });
}

/** The multi-candidate ballot carried by a CAST_BALLOT event. */
export function multiOf(event: z.output<typeof CastBallotSchema>) {
  return {
    id: event.ballotId,
    unitId: event.unitId,
    castBy: event.castBy,
    channel: event.channel,
    at: event.at,
    ...(event.proxy === undefined ? {} : { proxy: event.proxy }),
    approve: event.approve,
    oppose: event.oppose,
  };
}

/** Voting closes at or after its announced close. */
export function checkClosing(
  context: CommitteeContext,
  event: z.output<typeof CloseElectionSchema>,
): Verdict {
  const round = context.election?.current;
  if (round == null) return fail('voting-not-open');
  if (epochMillisOf(event.at) >= epochMillisOf(round.closesAt)) return true;
  return fail('counting-before-close', { closesAt: round.closesAt });
}
