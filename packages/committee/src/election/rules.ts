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
  return fail(
    kind === undefined
      ? '尚未组建小组。'
      : `本程序由${kind === 'preparatory' ? '筹备组' : '换届改选小组'}办理。`,
    kind === undefined
      ? 'No group has been formed yet.'
      : `This procedure is run by the ${kind === 'preparatory' ? 'preparatory' : 're-election'} group.`,
  );
}

/** A candidate is an owner on the confirmed roll, nominated once (SH 20 ¶2, SH 21 ¶1). */
export function checkNomination(
  context: CommitteeContext,
  event: z.output<typeof NominateSchema>,
): Verdict {
  if (context.roll === null) {
    return fail('业主名册尚未确认，不能提名候选人。', 'The roll is not confirmed yet.');
  }
  if (!isOwnerOnRoll(context, event.candidateId)) {
    return fail(
      `${event.candidateId} 不是本物业管理区域的业主，不能成为候选人。`,
      `${event.candidateId} is not an owner on the roll and cannot stand.`,
      { candidateId: event.candidateId },
    );
  }
  if (context.candidates.some((c) => c.id === event.candidateId)) {
    return fail('该候选人已被提名。', 'This candidate is already nominated.');
  }
  return true;
}

/** The event names a candidate that was nominated. */
export function knownCandidate(
  context: CommitteeContext,
  event: z.output<typeof VetCandidateSchema> | z.output<typeof SignUndertakingSchema>,
): Verdict {
  if (context.candidates.some((c) => c.id === event.candidateId)) return true;
  return fail(`没有候选人 ${event.candidateId}。`, `No candidate ${event.candidateId}.`);
}

/** An owner signs only their own undertaking (SH 20 ¶3: 候选人应当书面承诺). */
export function ownUndertaking(
  _context: CommitteeContext,
  event: z.output<typeof SignUndertakingSchema>,
): Verdict {
  if (event.by.role !== 'owner' || event.by.id === event.candidateId) return true;
  return fail('承诺书须由候选人本人签署。', 'Only the candidate can sign their undertaking.');
}

/** The list has enough standing candidates for the open seats (FORM-8..10). */
export function enoughCandidates(context: CommitteeContext): Verdict {
  const open = seatsOpen(context);
  const standing = standingCandidates(context).length;
  if (standing >= open && open > 0) return true;
  return fail(
    `符合条件并已签署承诺书的候选人${standing}名，少于应选名额${open}名。`,
    `${standing} eligible candidates with signed undertakings; ${open} seats to fill.`,
    { standing, open },
  );
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
      `会议须在公告${days}日后召开：${localDateOf(event.at)} 公告，最早 ${localDateOf(event.meetingAt)} 不够。`,
      `The meeting must be at least ${days} days after the notice (posted ${localDateOf(event.at)}, meeting ${localDateOf(event.meetingAt)}).`,
      { days },
    );
  }
  const due = context.deadlines['first-meeting'];
  if (due !== undefined && due.status === 'pending' && days !== null) {
    const dueMs = epochMillisOf(due.due.dueAt);
    const lastDay = new Date(dueMs - 1).toISOString();
    const stillPossible = advanceNoticeMet(event.at, lastDay, days);
    if (stillPossible && epochMillisOf(event.meetingAt) >= dueMs) {
      return fail(
        `首次业主大会会议须在 ${due.due.lastDay} 前召开（筹备组成立之日起九十日内）。`,
        `The first meeting must be held by ${due.due.lastDay} (90 days from the group forming).`,
        { due: due.due.dueAt },
      );
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
  return fail('没有待答复的该项异议。', 'No unanswered objection with this id.');
}

/** Voting opens on the meeting day or later, with every objection answered (SH 16 ¶2). */
export function checkOpening(
  context: CommitteeContext,
  event: z.output<typeof OpenElectionSchema>,
): Verdict {
  const notice = context.notice;
  if (notice === null) return fail('会议尚未公告。', 'The meeting has not been called.');
  if (localDateOf(event.at) < localDateOf(notice.meetingAt)) {
    return fail(
      `会议定于 ${localDateOf(notice.meetingAt)} 召开，此前不能开始表决。`,
      `The meeting is set for ${localDateOf(notice.meetingAt)}; voting cannot open before it.`,
    );
  }
  const unanswered = context.objections.filter((o) => o.answer === null).length;
  if (unanswered > 0) {
    return fail(
      `尚有${unanswered}项异议未答复。`,
      `${unanswered} objection(s) have no answer yet.`,
      { unanswered },
    );
  }
  if (epochMillisOf(event.closesAt) <= epochMillisOf(event.at)) {
    return fail('表决截止时间须晚于开始时间。', 'Voting must close after it opens.');
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
  if (round == null) return fail('表决尚未开始。', 'Voting is not open.');
  const onBallot = Object.keys(round.votes);
  const named = [...event.approve, ...event.oppose];
  const unknown = named.filter((id) => !onBallot.includes(id));
  if (unknown.length > 0) {
    return fail(
      `选票上没有候选人：${unknown.join('、')}。`,
      `Not on the ballot: ${unknown.join(', ')}.`,
      { unknown },
    );
  }
  if (new Set(named).size !== named.length) {
    return fail('同一候选人不能重复或既赞成又反对。', 'A candidate is named twice.');
  }
  if (event.by.role === 'owner' && event.by.id !== event.castBy) {
    return fail('业主只能投自己的票。', 'An owner casts only their own ballot.');
  }
  const first = onBallot[0];
  const vote = first === undefined ? undefined : round.votes[first];
  if (first === undefined || vote === undefined) return fail('选票为空。', 'Empty ballot.');
  const outcome = castBallot(vote, ballotFor(multiOf(event), first, round.seats));
  if (outcome.ok) return true;
  return fail(
    `选票无效：${outcome.issue.code}。`,
    `The ballot is refused: ${outcome.issue.code}.`,
    { issue: outcome.issue.code },
  );
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
  if (round == null) return fail('表决尚未开始。', 'Voting is not open.');
  if (epochMillisOf(event.at) >= epochMillisOf(round.closesAt)) return true;
  return fail(
    `表决于 ${round.closesAt} 截止，此前不能结束计票。`,
    `Voting closes at ${round.closesAt}; it cannot be counted before.`,
  );
}
