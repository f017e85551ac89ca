import { formatBar } from '@jiayuan/core';
import type { AssemblyLocale } from './types.js';

/** English texts. */
export const en: AssemblyLocale = {
  meeting: {
    inputInvalid: (detail) => `The assembly meeting input is invalid: ${detail}.`,
  },
  sheet: {
    malformed: (detail) => `The ballot sheet is malformed: ${detail}.`,
    duplicate: (id) => `A ballot sheet with id ${id} was already received.`,
    unknownItem: (item) =>
      `Item ${item} is not on the noticed agenda; no vote is taken on other matters.`,
    itemRefused: (item, reason) => `Item ${item}: ${reason}`,
    transfer: {
      'unit-voted-before-transfer': (item, unit, at) =>
        `Item ${item}: the ballot the owner of unit ${unit} cast before its transfer was registered (${at}) stands; no other answer for that unit or its owner's other units is taken from then on (CC 214, SPC 9).`,
      'unit-transferred': (item, unit, at) =>
        `Item ${item}: unit ${unit} passed to its new owner of record on ${at}; the old owner no longer answers for it (CC 214, CC 273 ¶2).`,
      'before-registration': (item, unit, at) =>
        `Item ${item}: the sheet is dated before unit ${unit}'s transfer was registered (${at}); the new owner answers only as owner of record (CC 214, SPC 1).`,
      'roll-frozen': (item, unit, at) =>
        `Item ${item}: unit ${unit} was transferred on ${at}, but under this profile the roll frozen at the opening decides who votes for the whole window.`,
    },
  },
  rules: {
    callerMayCall: (role) =>
      `The committee calls the assembly; the street office only after the committee missed the period it was given (SH 25 ¶3), not ${role} now.`,
    callerMayCallUnder: (role, articles) =>
      `The committee calls the assembly; the street office only after the committee missed the period it was given${articles === '' ? '' : ` (${articles})`}, not ${role} now.`,
    silentOn: (profile, topic, decides) =>
      `The texts the ${profile} profile follows are silent on ${topic}; ${decides}.`,
    silence: {
      streetOfficeCall: 'the street office ordering or making the call',
      byOrderCall: 'the period the street office set with ORDER_CALL decides',
      partDecision: 'decisions by the owners of one part of the complex',
      byRollParts: 'the parts the roll gives each unit decide who answers an item of a part',
    },
    interimProposers: (have, need) =>
      `An interim meeting needs the proposal of ${need} of the owners; the proposal has ${have}.`,
    interimOnly: 'Only an interim meeting is called on the owners’ proposal.',
    freeze: (items) =>
      `While the re-election group sits, the committee does not call the assembly to decide ${items} (SH 28 ¶4).`,
    proposalUnits: (units) => `These units are not on the roll or not the proposer’s: ${units}.`,
    orderedOnce: 'The street office has already set the committee a period to call the meeting.',
    assemblyNotice: (earliest, period) =>
      `Owners are told ${period} ahead: voting may open no earlier than ${earliest}.`,
    votingWindow: 'The voting window must end after it opens.',
    agendaParts: (parts) => `No unit of the roll belongs to part ${parts}.`,
    votingOpens: (opensAt) => `Voting opens as noticed, at ${opensAt}.`,
    closeAfterWindow: (closesAt) => `Counting waits for the end of the window, ${closesAt}.`,
    ballotSender:
      'An owner sends only their own sheet, or one they hold written authorisation for (SH 18 ¶3).',
    ballotSenderUnder: (articles) =>
      `An owner sends only their own sheet, or one they send as the owner's proxy (${articles}).`,
    challengeWindow: (lastDay) =>
      `An owner asks a court to revoke the decision within one year of it (CC 280 ¶2, SPC 12): the year ended at 24:00 of ${lastDay}.`,
    transferUnit: (unit) => `Unit ${unit} is not on the meeting's roll.`,
    transferStock: (unit) =>
      `Unit ${unit} is in the developer's stock: its buyer becomes an owner by registration or delivery (SPC 1), not by this transfer.`,
    transferFrom: (unit, owners) =>
      `The owners of record of unit ${unit} are ${owners}: a transfer starts from the register as it stands (CC 214).`,
    transferSameOwners: 'A transfer changes the owners of record: the new owners are the old ones.',
    transferNotYetRegistered: (at) =>
      `The register's instant ${at} is still to come: a right changes when it is recorded (CC 214).`,
    transferOutOfOrder: (unit, previous) =>
      `Unit ${unit}'s previous transfer was registered at ${previous}: transfers are recorded in the register's order.`,
    transferAfterWindow: (closesAt) =>
      `The voting window closed at ${closesAt}: a transfer registered after it changes nothing in this vote.`,
    challengeOpen: (challengeId) =>
      `No challenge ${challengeId} awaits a ruling: a ruling answers a challenge filed and not yet decided.`,
    noRulesChange:
      'Nothing to file: no item adopting or amending the rules of procedure or the management statute passed at this count.',
    rulesFilingNotInProfile:
      "The profile's texts set no filing of a change of the rules of procedure or the management statute: the step does not exist here.",
    rulesFiled: (filedAt) => `The change was already filed at ${filedAt}.`,
    rulesFiler: (profile) =>
      `Under ${profile}, only the owners' committee files a change of the rules of procedure or the statute; the stand-in property-management committee files only where the texts name it (BJ 50).`,
    noFilingToComplete:
      'Nothing to complete: the change of the rules has not been filed with the street office.',
    filingCompleted: (completedAt) => `The filing was already completed at ${completedAt}.`,
  },
  record: {
    malformedRecord: (detail) => `Not a record of rules versions: ${detail}.`,
    malformedVersion: (detail) => `Not a decided version: ${detail}.`,
    alreadyRecorded: (meetingId, itemId) =>
      `The decision of item ${itemId} of meeting ${meetingId} is already recorded.`,
    full: (max) => `The record keeps at most ${max} versions.`,
    versionNotNext: (document, version, next) =>
      `Version ${version} of the ${document === 'rules-of-procedure' ? 'rules of procedure' : 'management statute'} is not the next one: the record expects version ${next} (CC 278 ¶1).`,
    decidedBeforeLast: (decidedAt, last) =>
      `A version decided at ${decidedAt} cannot follow one decided at ${last}.`,
  },
  fund: {
    inputInvalid: (detail) => `The fund process input is invalid: ${detail}.`,
    noFundSection: (profile) =>
      `Profile ${profile} has no fund section: the maintenance fund machines need one.`,
    fundUsable:
      'Before the developer has made its written report for forming the assembly the fund is not used; the developer repairs (SH 71 ¶1).',
    planProposer: (role) =>
      `Before the assembly exists the property firm proposes the repair plan (SH 71 ¶2), not ${role}.`,
    reviewsDone: (missing) =>
      `The use of the fund goes through a project price review and a review of its procedure first (SH 67 ¶1); missing: ${missing}.`,
    consultationRoute: (route) => `The owners are consulted by ${route} at this stage.`,
    noRouteBeforeAssembly:
      "This profile's texts give no route to the fund before the assembly exists.",
    approver: (approver) => `The plan is approved by ${approver} at this stage (SH 73 ¶3).`,
    decisionMatches: (detail) =>
      `The decision is not the owners' decision on this plan: ${detail}.`,
    costsReviewed: 'The costs are drawn from the fund on the price review report.',
    listedEmergency: (kind) =>
      `"${kind}" is not an emergency this profile's texts list for the emergency route.`,
    reviewLapsed: (due) =>
      `The committee's review runs until ${due}; the district housing department repairs in its stead only after it lapsed without approval.`,
    substituteAllowed:
      "This profile's texts give the district housing department no substitute repair.",
    withdrawalNotice:
      "A substitute repair's costs are drawn on the price review report and the district housing department's withdrawal notice (SH 73 ¶3).",
    raisingDecision: (detail) =>
      `Re-raising the fund is an assembly decision by special majority (CC 278 ¶2): ${detail}.`,
    paymentNoticeDue: (detail) => `The committee's payment notice is not due: ${detail}.`,
    balanceTooLarge: 'The balance and the first collection must be safe whole numbers of fen.',
    measuresDuty: "This profile's texts set no duty of immediate emergency measures on the firm.",
    measuresFull: (max) => `A repair records at most ${max} entries of emergency measures.`,
    reviewOpen: (due) =>
      `The committee refuses a plan within its review period, which ran until ${due} (SH 73 ¶3).`,
    rejectionsFull: (max) => `A repair records at most ${max} refusals of its plan.`,
    revenueToFund: (share, toFundFen, revenueFen) =>
      `While the fund is short, ${formatBar(share, 'en')} of the public revenue goes first to the fund (BJ 74 ¶2): ${toFundFen} of ${revenueFen} fen is less.`,
    allocationExceeds: (toFundFen, revenueFen) =>
      `${toFundFen} fen to the fund is more than the revenue of ${revenueFen} fen.`,
    revenueTooLarge:
      "The amounts are too large to compare exactly with the profile's share; report them in smaller parts.",
    parts: {
      separator: '; ',
      priceReview: 'price review',
      procedureReview: 'procedure review',
      otherItem: (item) => `item ${item} is not this plan's`,
      matterKind: (kind) => `the matter is ${kind}`,
      majority: (majority) => `the majority is ${majority}`,
      decidedBy: (decidedBy, part) =>
        `decided by ${decidedBy === null ? 'all owners' : `the owners of ${decidedBy}`}, the plan is for ${part === null ? 'the whole complex' : part}`,
      partSilent: (piece) =>
        `${piece} (this profile's texts do not say that the owners of a part decide its repair: the decision is held to the plan's part as proposed)`,
      rulesProvide: "the fund's rules provide for re-raising",
      assemblyMayDecide: (due) => `the assembly may decide until ${due}`,
    },
  },
  election: {
    noSeats: (item) =>
      `Election item ${item} fills no seat: an election of committee members (CC 278 ¶1 (3)) fills at least one.`,
    seatsExceedCandidates: (item, seats, candidates) =>
      `Election item ${item} has ${seats} seats but only ${candidates} candidates: no more can be elected than stand.`,
    duplicateCandidate: (item, candidate) =>
      `Election item ${item} lists candidate ${candidate} more than once.`,
    candidatesExpected: (item) =>
      `Item ${item} is an election: the answer names the candidates chosen (or abstains, or is spoilt), not agree or disagree.`,
    choiceExpected: (item) =>
      `Item ${item} is not an election: the answer is agree, disagree, abstain or spoilt, not a list of candidates.`,
    unknownCandidate: (item, candidate) =>
      `Item ${item}: ${candidate} is not one of the item's candidates; no vote is taken on others.`,
    tooManyCandidates: (item, chosen, seats) =>
      `Item ${item}: the sheet chooses ${chosen} candidates for ${seats} seats; at most ${seats} may be chosen.`,
    candidateTwice: (item, candidate) =>
      `Item ${item}: the sheet names candidate ${candidate} more than once.`,
  },
};
