import { assign, emit, setup } from 'xstate';
import { standingCandidates } from '../election/candidates.js';
import type { ElectionEvent } from '../election/events.js';
import { closingFillsAllSeats, newElection, reduceElection } from '../election/reducer.js';
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
import type { FormationOwnEvent } from '../formation/events.js';
import { onElected, onTriggered, reduceFormation, tick } from '../formation/reducer.js';
import {
  checkDelivery,
  checkDrafts,
  checkFiling,
  checkGroup,
  checkMemberObjection,
  checkOfficers,
  checkReport,
  checkSettlement,
  checkTraining,
  deliveryAfter,
  facilitatorAllowed,
  fewOwnersMayAct,
  standInAvailable,
  trainedFirst,
  triggerMet,
} from '../formation/rules.js';
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
import type { CommitteeContext } from './context.js';
import type { DeadlineId } from './deadline-titles.js';
import type { AnnounceParams, CommitteeEmitted } from './effects.js';
import type { FormationInput, ReElectionInput } from './input.js';
import { isPastDue } from './time.js';

/** Every event of the committee procedures (each machine's catalog accepts a subset). */
export type CommitteeEvent = ElectionEvent | FormationOwnEvent | ReElectionOwnEvent;

export type { CommitteeEmitted } from './effects.js';

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
 * The setup shared by the formation and re-election machines, so the election's state config
 * (one factory, `electionStateConfig`) is typed once and reused. Hosts `provide()` or `extend()`
 * the machines built from it.
 */
export const committeeSetup = setup({
  types: {
    context: {} as CommitteeContext,
    events: {} as CommitteeEvent,
    input: {} as FormationInput | ReElectionInput,
    emitted: {} as CommitteeEmitted,
  },
  guards: {
    pastDue: ({ context, event }, params: { id: DeadlineId }) =>
      isPastDue(context, params.id, event.at),
    deliveryTriggers: ({ context, event }) =>
      event.type === 'RECORD_DELIVERY' &&
      checkDelivery(context, event) === true &&
      triggerMet(context, deliveryAfter(context, event), event.at),
    deliveryOk: ({ context, event }) =>
      event.type === 'RECORD_DELIVERY' && checkDelivery(context, event) === true,
    timeTriggers: ({ context, event }) => triggerMet(context, context.delivery, event.at),
    fewOwnersMayAct: ({ context }) => fewOwnersMayAct(context) === true,
    reportOk: ({ context, event }) =>
      event.type === 'DEVELOPER_REPORT' && checkReport(context, event) === true,
    groupOk: ({ context, event }) =>
      event.type === 'FORM_GROUP' && checkGroup(context, event) === true,
    draftsOk: ({ context, event }) =>
      event.type === 'ADOPT_DRAFTS' && checkDrafts(context, event) === true,
    officersOk: ({ context, event }) =>
      event.type === 'CHOOSE_OFFICERS' && checkOfficers(context, event) === true,
    filingOk: ({ context, event }) => event.type === 'FILE' && checkFiling(context, event) === true,
    facilitatorAllowed: ({ context }) => facilitatorAllowed(context) === true,
    trainingOk: ({ context, event }) =>
      event.type === 'TRAIN_GROUP' && checkTraining(context, event) === true,
    trainedFirst: ({ context }) => trainedFirst(context) === true,
    memberObjectionOk: ({ context, event }) =>
      event.type === 'OBJECT_TO_MEMBER' && checkMemberObjection(context, event) === true,
    settlementOk: ({ context, event }) =>
      event.type === 'SETTLE_MEMBER_OBJECTION' && checkSettlement(context, event) === true,
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
    triggered: assign(({ context, event }) => onTriggered(context, event.at)),
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
