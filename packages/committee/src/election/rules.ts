import {
  advanceNoticeMet,
  type Ballot,
  bilingual,
  checkCast,
  describePeriod,
  epochMillisOf,
  localDateOf,
  type OptionalCitedPeriod,
  periodParts,
} from '@jiayuan/core';
import type { Group } from '../shared/context.js';
import { disqualifyingGrounds } from '../shared/eligibility.js';
import { contextRule } from '../shared/rule.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import type { AssemblyGround } from './assembly-grounds.js';
import { ballotFor, type MultiBallot } from './ballots.js';
import { isOwnerOnRoll, seatsOpen, standingCandidates } from './candidates.js';
import type { ElectionContext } from './context.js';

type Sender = { readonly by: { readonly id: string; readonly role: string } };
type Dated = { readonly at: string };
type Names = { readonly candidateId: string };

/** A group event comes from the group the process has (preparatory or re-election). */
export function groupActs(context: { readonly group: Group | null }, event: Sender): Verdict {
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
  context: Pick<ElectionContext, 'roll' | 'candidates'>,
  event: Names,
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

/**
 * Who may recommend besides the owners: the party organisation where the profile's
 * `formation.partyRecommendsCandidates` says so (SH-36 (四), BJ 40 ¶1 (一)), and the residents'
 * committee where `formation.residentsCommitteeRecommendsCandidates` does (BJ 40 ¶1 (二):
 * "居民委员会、村民委员会推荐").
 */
export function checkNominator(context: Pick<ElectionContext, 'profile'>, event: Sender): Verdict {
  if (event.by.role === 'residential-party-organisation') {
    const party = context.profile.formation.partyRecommendsCandidates;
    return party.value ? true : citing(fail('party-may-not-nominate'), party.cite);
  }
  if (event.by.role !== 'residents-committee') return true;
  const entry = context.profile.formation.residentsCommitteeRecommendsCandidates;
  if (entry?.value === true) return true;
  const refusal = fail('residents-committee-may-not-nominate');
  return entry === undefined ? refusal : citing(refusal, entry.cite);
}

/** The event names a candidate that was nominated. */
export function knownCandidate(
  context: Pick<ElectionContext, 'candidates'>,
  event: Names,
): Verdict {
  if (context.candidates.some((c) => c.id === event.candidateId)) return true;
  return fail('unknown-candidate', { candidateId: event.candidateId });
}

/**
 * Grounds the assembly's rules of procedure add (SH 20 ¶2: "业主大会可以依法决定增加不得担任业主委员会
 * 委员的情形"; PMR 16 ¶2) are taken where the profile's `eligibility.assemblyMayAddGrounds` is on
 * (not under BJ 39 ¶3, which lists the conditions itself), and only where an assembly exists:
 * re-election and membership's by-election. The first election (formation) is held at the first
 * assembly meeting, which the group calls (SH 16 ¶3) and which adopts the rules of procedure the
 * group drafted, so no ground of theirs exists yet.
 */
export function checkAssemblyGrounds(
  context: Pick<ElectionContext, 'procedure' | 'profile'>,
  event: { readonly assemblyGrounds?: readonly AssemblyGround[] | undefined },
): Verdict {
  const count = event.assemblyGrounds?.length ?? 0;
  if (count === 0) return true;
  if (context.procedure === 'formation') {
    return fail('assembly-grounds-before-assembly', undefined, { count });
  }
  const entry = context.profile.eligibility.assemblyMayAddGrounds;
  return entry.value
    ? true
    : citing(fail('assembly-grounds-not-allowed', undefined, { count }), entry.cite);
}

/**
 * A candidate vetting found under a ground that bars them (a ground the profile has on, or one
 * the assembly's rules of procedure add) cannot undertake to meet the conditions (SH 20 ¶3:
 * "业主委员会委员候选人应当书面承诺符合前款规定的条件"). The refusal names the grounds and cites
 * the profile's articles for them.
 */
export function candidateNotBarred(
  context: Pick<ElectionContext, 'candidates' | 'profile'>,
  event: Names,
): Verdict {
  const candidate = context.candidates.find((c) => c.id === event.candidateId);
  if (candidate === undefined || candidate.eligible !== false) return true;
  const grounds = disqualifyingGrounds(context.profile, candidate.groundsFound);
  const added = candidate.assemblyGroundsFound ?? [];
  // The profile's own articles: the undertaking's, each ground's, the added grounds' switch.
  const cites = new Set<string>(context.profile.eligibility.undertakingRequired.cite);
  for (const g of grounds)
    for (const c of context.profile.eligibility.grounds[g].cite) cites.add(c);
  if (added.length > 0) {
    for (const c of context.profile.eligibility.assemblyMayAddGrounds.cite) cites.add(c);
  }
  const refusal = fail(
    'candidate-barred',
    { candidateId: candidate.id, grounds, added: added.map((g) => g.text) },
    { candidateId: candidate.id, grounds, assemblyGrounds: added.map((g) => g.id) },
  );
  return citing(refusal, [...cites]);
}

/** An owner signs only their own undertaking (SH 20 ¶3: 候选人应当书面承诺). */
export function ownUndertaking(_context: unknown, event: Names & Sender): Verdict {
  if (event.by.role !== 'owner' || event.by.id === event.candidateId) return true;
  return fail('undertaking-by-candidate-only');
}

/** The list has enough standing candidates for the open seats (FORM-8..10). */
export function enoughCandidates(
  context: Pick<ElectionContext, 'profile' | 'election' | 'candidates'>,
): Verdict {
  const open = seatsOpen(context);
  const standing = standingCandidates(context).length;
  if (standing >= open && open > 0) return true;
  return fail('too-few-candidates', { standing, open }, { standing, open });
}

/**
 * The notice period before the meeting the election is called to: the first assembly's
 * (formation) or an ordinary meeting's.
 */
export function noticePeriod(
  context: Pick<ElectionContext, 'procedure' | 'profile'>,
): OptionalCitedPeriod {
  return context.procedure === 'formation'
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
  context: Pick<ElectionContext, 'procedure' | 'profile' | 'deadlines'>,
  event: Dated & { readonly meetingAt: string },
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
    const within = context.profile.formation.firstMeetingWithin;
    if (stillPossible && epochMillisOf(event.meetingAt) >= dueMs && within.period !== null) {
      // The profile's period and articles: 90 days (SH 16 ¶3), 60 days (BJ 32 ¶4).
      const period = describePeriod(within.period);
      const refusal = fail(
        'first-meeting-too-late',
        { lastDay: due.due.lastDay, period },
        { due: due.due.dueAt },
      );
      return citing(refusal, within.cite);
    }
  }
  return true;
}

/** The objection exists and is not answered yet. */
export function openObjection(
  context: Pick<ElectionContext, 'objections'>,
  event: { readonly objectionId: string },
): Verdict {
  const found = context.objections.find((o) => o.id === event.objectionId);
  if (found !== undefined && found.answer === null) return true;
  return fail('no-open-objection');
}

/** Voting opens on the meeting day or later, with every objection answered (SH 16 ¶2). */
export function checkOpening(
  context: Pick<ElectionContext, 'notice' | 'objections'>,
  event: Dated & { readonly closesAt: string },
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

/** A CAST_BALLOT event as the rules and effects read it. */
export interface BallotEvent extends Dated, Sender {
  readonly ballotId: string;
  readonly unitId: string;
  readonly castBy: string;
  readonly channel: Ballot['channel'];
  readonly system?: string | undefined;
  readonly proxy?: Ballot['proxy'] | undefined;
  readonly approve: readonly string[];
  readonly oppose: readonly string[];
}

/**
 * A ballot names only candidates on it, approves and opposes disjointly, comes from its owner
 * (or is keyed by the group), and passes core's checks against the frozen roll.
 */
export function checkBallot(
  context: Pick<ElectionContext, 'election' | 'profile'>,
  event: BallotEvent,
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
  // A check that records nothing: the `castBallot` effect casts the ballot once.
  const outcome = checkCast(vote, ballotFor(multiOf(event), first, round.seats));
  if (outcome.ok) return true;
  const { code, message } = outcome.issue;
  const refusal = fail('ballot-refused', { code, reason: message }, { issue: code });
  // BJ 35 ¶3: the city's e-voting system, as the profile cites it.
  return code === 'electronic-not-city-system'
    ? citing(refusal, context.profile.voting.electronicChannelCitySystemOnly.cite)
    : refusal;
}

/** The multi-candidate ballot carried by a CAST_BALLOT event. */
export function multiOf(event: BallotEvent): MultiBallot {
  return {
    id: event.ballotId,
    unitId: event.unitId,
    castBy: event.castBy,
    channel: event.channel,
    ...(event.system === undefined ? {} : { system: event.system }),
    at: event.at,
    ...(event.proxy === undefined ? {} : { proxy: event.proxy }),
    approve: event.approve,
    oppose: event.oppose,
  };
}

/** Voting closes at or after its announced close. */
export function checkClosing(context: Pick<ElectionContext, 'election'>, event: Dated): Verdict {
  const round = context.election?.current;
  if (round == null) return fail('voting-not-open');
  if (epochMillisOf(event.at) >= epochMillisOf(round.closesAt)) return true;
  return fail('counting-before-close', { closesAt: round.closesAt });
}

/** SH 20 ¶2, SH 21 ¶1: a candidate is an owner on the roll, nominated once. */
export const candidateIsOwner = contextRule(
  'candidate-is-owner',
  ['SH-20-2', 'SH-21-1', 'SH-36-4-pool'],
  bilingual('候选人须为本区域业主且未被提名', 'A candidate is an owner, nominated once'),
  checkNomination,
);

/**
 * SH-36 (四), BJ 40 ¶1: the party organisation and the residents' committee nominate where the
 * profile allows it.
 */
export const nominatorAllowed = contextRule(
  'nominator-allowed',
  ['SH-36-4-pool', 'BJ-40', 'BJ-40-residents-committee'],
  bilingual(
    '党组织、居民委员会推荐候选人须规则允许',
    "The party organisation and the residents' committee recommend candidates where the profile allows it",
  ),
  checkNominator,
);

/** SH 21 ¶1: the event names a nominated candidate. */
export const knownCandidateRule = contextRule(
  'known-candidate',
  ['SH-21-1'],
  bilingual('须为已提名的候选人', 'Must be a nominated candidate'),
  knownCandidate,
);

/** SH 20 ¶3: candidates sign their own undertaking. */
export const ownUndertakingRule = contextRule(
  'own-undertaking',
  ['SH-20-3'],
  bilingual('承诺书由候选人本人签署', 'Candidates sign their own undertaking'),
  ownUndertaking,
);

/** SH 20 ¶2, PMR 16 ¶2: the assembly's added grounds, where the profile allows them. */
export const assemblyGroundsAllowed = contextRule(
  'assembly-grounds-allowed',
  ['SH-20-2-more', 'PMR-16-2', 'BJ-39-3', 'SH-16-3'],
  bilingual(
    '业主大会议事规则增加的不得担任委员情形，须规则允许且业主大会已成立',
    "Grounds the assembly's rules of procedure add, where the profile allows them and an assembly exists",
  ),
  checkAssemblyGrounds,
);

/** SH 20 ¶3: a barred candidate cannot undertake to meet the conditions. */
export const candidateNotBarredRule = contextRule(
  'candidate-not-barred',
  ['SH-20-3', 'SH-20-2', 'SH-20-2-more'],
  bilingual(
    '经审查不符合条件的候选人不能签署履职承诺书',
    'A candidate vetting found ineligible cannot sign the undertaking',
  ),
  candidateNotBarred,
);

/** SH 20 ¶1, SH 21 ¶1, SH 20 ¶3: at least as many standing candidates as open seats. */
export const enoughCandidatesRule = contextRule(
  'enough-candidates',
  ['SH-20-1', 'SH-21-1', 'SH-20-3'],
  bilingual('符合条件的候选人不少于应选名额', 'At least as many eligible candidates as seats'),
  (context: Pick<ElectionContext, 'profile' | 'election' | 'candidates'>) =>
    enoughCandidates(context),
);

/** SH 16 ¶2–3, PMR 14: 15 days' notice; a first meeting within 90 days. */
export const noticePeriodRule = contextRule(
  'notice-period',
  ['SH-16-2', 'PMR-14', 'SH-16-3'],
  bilingual(
    '会议按配置规定的期限提前公告；首次会议在配置规定的期限内召开',
    'The profile’s notice before the meeting; the first meeting within the profile’s period',
  ),
  checkNotice,
);

/** SH 16 ¶2: an answer answers an open objection. */
export const openObjectionRule = contextRule(
  'open-objection',
  ['SH-16-2'],
  bilingual('须为待答复的异议', 'Must be an unanswered objection'),
  openObjection,
);

/** SH 16 ¶2, CC 278 ¶2: voting opens on the meeting day, every objection answered. */
export const meetingReady = contextRule(
  'meeting-ready',
  ['SH-16-2', 'CC-278-2'],
  bilingual('会议日已到且异议均已答复', 'The meeting day has come and objections are answered'),
  checkOpening,
);

/** CC 278 ¶2, SH 18 ¶1, ¶3, SPC 9: a valid ballot on the frozen roll. */
export const validBallot = contextRule(
  'valid-ballot',
  ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SPC-9'],
  bilingual('选票须有效', 'The ballot must be valid'),
  checkBallot,
);

/** CC 278 ¶2: the count follows the close of voting. */
export const votingClosed = contextRule(
  'voting-closed',
  ['CC-278-2'],
  bilingual('表决期届满后计票', 'Count after voting closes'),
  checkClosing,
);
