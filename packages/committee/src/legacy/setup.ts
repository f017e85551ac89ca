import { assign, emit, setup } from 'xstate';
import { standingCandidates } from '../election/candidates.js';
import { closingFillsAllSeats, newElection } from '../election/count.js';
import {
  checkBallot,
  checkClosing,
  checkNomination,
  checkNotice,
  checkOpening,
  enoughCandidates,
  knownCandidate,
  openObjection,
  ownUndertaking,
} from '../election/rules.js';
import { facilitatorAllowed, standInAvailable } from '../group/rules.js';
import type { ReElectionOwnEvent } from '../reelection/events.js';
import { checkFreeze } from '../reelection/freeze.js';
import { onAuditDue, reduceReElection } from '../reelection/reducer.js';
import {
  auditPostingElapsed,
  auditRequired,
  checkAudit,
  filingCompleted,
  handoverOverdue,
  recordsPending,
} from '../reelection/rules.js';
import { checkFiling, checkOfficers } from '../seating/rules.js';
import type { CommitteeContext } from '../shared/context.js';
import type { DeadlineId } from '../shared/deadline-titles.js';
import type { AnnounceParams, CommitteeEmitted } from '../shared/effects.js';
import { checkReElectionGroup } from '../shared/group.js';
import type { ReElectionInput } from '../shared/input.js';
import { checkCommitteeSize } from '../shared/size.js';
import { isPastDue } from '../shared/time.js';
import type { ElectionEvent } from './election-events.js';
import { reduceElection } from './election-reducer.js';
import type { FormationOwnEvent } from './formation-events.js';
import { onElected, reduceFormation, tick } from './formation-reducer.js';

/** Every event of the committee procedures (each machine's catalog accepts a subset). */
export type CommitteeEvent = ElectionEvent | FormationOwnEvent | ReElectionOwnEvent;

export type { CommitteeEmitted } from '../shared/effects.js';

const ELECTION_TYPES: ReadonlySet<string> = new Set([
  'NOMINATE',
  'VET_CANDIDATE',
  'SIGN_UNDERTAKING',
  'REPORT_CANDIDATES',
  'JOINT_REVIEW',
  'POST_NOTICE',
  'OBJECT',
  'ANSWER_OBJECTION',
  'OPEN_ELECTION',
  'CAST_BALLOT',
  'CLOSE_ELECTION',
]);
const RE_ELECTION_TYPES: ReadonlySet<string> = new Set([
  'REPORT_TERM_END',
  'CALL_ASSEMBLY',
  'HAND_OVER_RECORDS',
  'PRESS_HANDOVER',
  'AUTHORITY_HANDOVER',
  'POST_AUDIT',
]);

function isElectionEvent(e: CommitteeEvent): e is ElectionEvent {
  return ELECTION_TYPES.has(e.type);
}
function isReElectionEvent(e: CommitteeEvent): e is ReElectionOwnEvent {
  return RE_ELECTION_TYPES.has(e.type);
}
function isFormationEvent(e: CommitteeEvent): e is FormationOwnEvent {
  return !isElectionEvent(e) && !isReElectionEvent(e);
}

/**
 * The setup of the re-election machine until it owns its rules (to be replaced by its own
 * setup). Hosts `provide()` or `extend()` the machine built from it.
 */
export const committeeSetup = setup({
  types: {
    context: {} as CommitteeContext,
    events: {} as CommitteeEvent,
    input: {} as ReElectionInput,
    emitted: {} as CommitteeEmitted,
  },
  guards: {
    pastDue: ({ context, event }, params: { id: DeadlineId }) =>
      isPastDue(context, params.id, event.at),
    groupOk: ({ context, event }) =>
      event.type === 'FORM_GROUP' && checkReElectionGroup(context.profile, event) === true,
    draftsOk: ({ context, event }) =>
      event.type === 'ADOPT_DRAFTS' &&
      context.roll !== null &&
      checkCommitteeSize(context.profile, context.complex.floorArea, context.roll, event.seats) ===
        true,
    officersOk: ({ context, event }) =>
      event.type === 'CHOOSE_OFFICERS' && checkOfficers(context, event) === true,
    filingOk: ({ context, event }) => event.type === 'FILE' && checkFiling(context, event) === true,
    facilitatorAllowed: ({ context }) => facilitatorAllowed(context) === true,
    standInAvailable: ({ context }) => standInAvailable(context) === true,
    meetingHeld: ({ context }) => context.milestones['meeting-held'] !== undefined,
    nominationOk: ({ context, event }) =>
      event.type === 'NOMINATE' && checkNomination(context, event) === true,
    vetOk: ({ context, event }) =>
      event.type === 'VET_CANDIDATE' && knownCandidate(context, event) === true,
    undertakingOk: ({ context, event }) =>
      event.type === 'SIGN_UNDERTAKING' &&
      knownCandidate(context, event) === true &&
      ownUndertaking(context, event) === true,
    enoughCandidates: ({ context }) => enoughCandidates(context) === true,
    jointReviewRequired: ({ context }) => context.profile.formation.candidateJointReview.value,
    enoughAfterReview: ({ context, event }) => {
      if (event.type !== 'JOINT_REVIEW') return false;
      const struck = new Set(event.struck.map((s) => s.candidateId));
      const after = {
        ...context,
        candidates: context.candidates.map((c) =>
          struck.has(c.id) ? { ...c, struck: 'joint review' } : c,
        ),
      };
      const open = (context.election?.seats ?? 0) - (context.election?.elected.length ?? 0);
      return standingCandidates(after).length >= open;
    },
    noticeOk: ({ context, event }) =>
      event.type === 'POST_NOTICE' && checkNotice(context, event) === true,
    answerOk: ({ context, event }) =>
      event.type === 'ANSWER_OBJECTION' && openObjection(context, event) === true,
    openingOk: ({ context, event }) =>
      event.type === 'OPEN_ELECTION' && checkOpening(context, event) === true,
    ballotOk: ({ context, event }) =>
      event.type === 'CAST_BALLOT' && checkBallot(context, event) === true,
    closingOk: ({ context, event }) =>
      event.type === 'CLOSE_ELECTION' && checkClosing(context, event) === true,
    fillsAllSeats: ({ context, event }) => closingFillsAllSeats(context, event.at),
    freezeOk: ({ context, event }) =>
      event.type === 'CALL_ASSEMBLY' && checkFreeze(context, event) === true,
    recordsPending: ({ context }) => recordsPending(context) === true,
    handoverOverdue: ({ context }) => handoverOverdue(context) === true,
    filingCompleted: ({ context }) => filingCompleted(context) === true,
    newCommitteeElected: ({ context }) => context.milestones.elected !== undefined,
    auditNotRequired: ({ context }) => !auditRequired(context),
    auditOk: ({ context, event }) =>
      event.type === 'POST_AUDIT' && checkAudit(context, event) === true,
    auditPostingElapsed: ({ context, event }) => auditPostingElapsed(context, event.at),
  },
  actions: {
    /** Moves the clock to the event and marks overdue deadlines missed. */
    clock: assign(({ context, event }) => tick(context, event.at)),
    election: assign(({ context, event }) =>
      isElectionEvent(event) ? reduceElection(context, event) : {},
    ),
    formation: assign(({ context, event }) =>
      isFormationEvent(event) ? reduceFormation(context, event) : {},
    ),
    reElection: assign(({ context, event }) =>
      isReElectionEvent(event) ? reduceReElection(context, event) : {},
    ),
    auditDue: assign(({ context }) => onAuditDue(context)),
    beginElection: assign(({ context }) => ({ election: newElection(context.seats ?? 0) })),
    // Taken on the election's done event, which carries no `at`: the clock already moved.
    seatCommittee: assign(({ context }) => onElected(context, context.now)),
    // SH 28 ¶2: the street office "may" form the group on the owners' request; no period runs.
    ownersRequested: assign(({ context, event }) => ({
      milestones: { ...context.milestones, 'owners-requested': event.at },
    })),
    dissolveGroup: assign(({ context, event }) => ({
      milestones: { ...context.milestones, 'group-dissolved': event.at },
    })),
    announce: emit(({ event }, params: AnnounceParams) => ({
      type: params.type,
      what: params.what,
      at: event.at,
    })),
  },
});
