import type { AssemblyLocale } from './types.js';

/** English texts. */
export const en: AssemblyLocale = {
  sheet: {
    malformed: (detail) => `The ballot sheet is malformed: ${detail}.`,
    duplicate: (id) => `A ballot sheet with id ${id} was already received.`,
    unknownItem: (item) =>
      `Item ${item} is not on the noticed agenda; no vote is taken on other matters.`,
    itemRefused: (item, reason) => `Item ${item}: ${reason}`,
  },
  rules: {
    callerMayCall: (role) =>
      `The committee calls the assembly; the street office only after the committee missed the period it was given (SH 25 ¶3), not ${role} now.`,
    interimProposers: (have, need) =>
      `An interim meeting needs the proposal of ${need} of the owners; the proposal has ${have}.`,
    interimOnly: 'Only an interim meeting is called on the owners’ proposal.',
    freeze: (items) =>
      `While the re-election group sits, the committee does not call the assembly to decide ${items} (SH 28 ¶4).`,
    proposalUnits: (units) => `These units are not on the roll or not the proposer’s: ${units}.`,
    orderedOnce: 'The street office has already set the committee a period to call the meeting.',
    partyReport:
      'Before calling the assembly on a major matter the committee reports to the residential party organisation.',
    authoritiesNotified:
      'Before calling the assembly the committee tells the housing office and the residents’ committee the time, place and agenda in writing (SH 25 ¶2).',
    assemblyNotice: (earliest, period) =>
      `Owners are told ${period} ahead: voting may open no earlier than ${earliest}.`,
    votingWindow: 'The voting window must end after it opens.',
    agendaParts: (parts) => `No unit of the roll belongs to part ${parts}.`,
    votingOpens: (opensAt) => `Voting opens as noticed, at ${opensAt}.`,
    closeAfterWindow: (closesAt) => `Counting waits for the end of the window, ${closesAt}.`,
    ballotSender:
      'An owner sends only their own sheet, or one they hold written authorisation for (SH 18 ¶3).',
  },
};
