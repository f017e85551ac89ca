import type { Bar } from '@jiayuan/core';

/** The texts of this package in one locale: sheet refusals, rule refusals, the fund's refusals. */
export interface AssemblyLocale {
  /** A refused start of the assembly meeting (`AssemblyInputError`). */
  readonly meeting: {
    readonly inputInvalid: (detail: string) => string;
  };
  readonly sheet: {
    readonly malformed: (detail: string) => string;
    readonly duplicate: (sheetId: string) => string;
    readonly unknownItem: (itemId: string) => string;
    readonly itemRefused: (itemId: string, reason: string) => string;
    /** Refusals because of a change of ownership during the window (CC 214, CC 273 ¶2). */
    readonly transfer: Readonly<
      Record<
        'unit-voted-before-transfer' | 'unit-transferred' | 'before-registration' | 'roll-frozen',
        (itemId: string, unitId: string, registeredAt: string) => string
      >
    >;
  };
  readonly rules: {
    readonly callerMayCall: (role: string) => string;
    /** As `callerMayCall`, naming the articles of the profile in force (BJ 36), if any. */
    readonly callerMayCallUnder: (role: string, articles: string) => string;
    /** A profile's texts are silent on a step: what decides it instead. */
    readonly silentOn: (profile: string, topic: string, decides: string) => string;
    /** The topics and deciders `silentOn` names. */
    readonly silence: {
      readonly streetOfficeCall: string;
      readonly byOrderCall: string;
      readonly partDecision: string;
      readonly byRollParts: string;
    };
    readonly interimProposers: (have: string, need: string) => string;
    readonly interimOnly: string;
    readonly freeze: (items: string) => string;
    readonly proposalUnits: (units: string) => string;
    readonly orderedOnce: string;
    readonly assemblyNotice: (earliest: string, period: string) => string;
    readonly votingWindow: string;
    readonly agendaParts: (parts: string) => string;
    readonly votingOpens: (opensAt: string) => string;
    readonly closeAfterWindow: (closesAt: string) => string;
    readonly ballotSender: string;
    /** As `ballotSender`, naming the articles of the profile in force (PMR 12 ¶2). */
    readonly ballotSenderUnder: (articles: string) => string;
    readonly challengeWindow: (lastDay: string) => string;
    readonly challengeOpen: (challengeId: string) => string;
    readonly transferUnit: (unitId: string) => string;
    readonly transferStock: (unitId: string) => string;
    readonly transferFrom: (unitId: string, owners: string) => string;
    readonly transferSameOwners: string;
    readonly transferNotYetRegistered: (registeredAt: string) => string;
    readonly transferOutOfOrder: (unitId: string, previous: string) => string;
    readonly transferAfterWindow: (closesAt: string) => string;
    /** The filing of a change of the rules of procedure or the statute (SH 33, BJ 50). */
    readonly noRulesChange: string;
    readonly rulesFilingNotInProfile: string;
    readonly rulesFiled: (filedAt: string) => string;
    /** Who may file a change under the profile (SH 33: the committee; BJ 50: or the stand-in). */
    readonly rulesFiler: (profile: string) => string;
    /** The street office's completion of the filing (SH 34). */
    readonly noFilingToComplete: string;
    readonly filingCompleted: (completedAt: string) => string;
  };
  /** Refusals of the record of the rules of procedure and the management statute (CC 278 ¶1). */
  readonly record: {
    readonly malformedRecord: (detail: string) => string;
    readonly malformedVersion: (detail: string) => string;
    readonly alreadyRecorded: (meetingId: string, itemId: string) => string;
    readonly full: (max: number) => string;
    readonly versionNotNext: (document: string, version: number, next: number) => string;
    readonly decidedBeforeLast: (decidedAt: string, last: string) => string;
  };
  /**
   * Refusals of the maintenance fund machines (RULES FUND-1..8): the ordinary use, the emergency
   * repair with its immediate measures and the committee's refusal of a plan (SH 73), the
   * re-raising and public revenue to a short fund (BJ 74 ¶2).
   */
  readonly fund: {
    readonly inputInvalid: (detail: string) => string;
    readonly noFundSection: (profile: string) => string;
    readonly fundUsable: string;
    readonly planProposer: (role: string) => string;
    readonly reviewsDone: (missing: string) => string;
    readonly consultationRoute: (route: string) => string;
    readonly noRouteBeforeAssembly: string;
    readonly approver: (approver: string) => string;
    readonly decisionMatches: (detail: string) => string;
    readonly costsReviewed: string;
    readonly listedEmergency: (kind: string) => string;
    readonly reviewLapsed: (due: string) => string;
    readonly substituteAllowed: string;
    readonly withdrawalNotice: string;
    readonly raisingDecision: (detail: string) => string;
    readonly paymentNoticeDue: (detail: string) => string;
    readonly balanceTooLarge: string;
    /** The profile sets no duty of immediate measures (SH 73 ¶1 sets one in Shanghai). */
    readonly measuresDuty: string;
    /** The record of measures is full. */
    readonly measuresFull: (max: number) => string;
    /** A refusal after the committee's review period ended. */
    readonly reviewOpen: (due: string) => string;
    /** The committee has refused as many plans as a repair records. */
    readonly rejectionsFull: (max: number) => string;
    /** Less than the profile's share of the revenue goes to the short fund. */
    readonly revenueToFund: (share: Bar, toFundFen: number, revenueFen: number) => string;
    /** More goes to the fund than the revenue. */
    readonly allocationExceeds: (toFundFen: number, revenueFen: number) => string;
    /** The amounts are too large to compare exactly with the profile's share. */
    readonly revenueTooLarge: string;
    /** The pieces a refusal's reason is made of. */
    readonly parts: {
      readonly separator: string;
      readonly priceReview: string;
      readonly procedureReview: string;
      readonly otherItem: (itemId: string) => string;
      readonly matterKind: (kind: string) => string;
      readonly majority: (majority: string) => string;
      readonly decidedBy: (decidedBy: string | null, planPart: string | null) => string;
      /** `decidedBy`'s piece where the profile's texts do not give a part's owners the decision. */
      readonly partSilent: (piece: string) => string;
      readonly rulesProvide: string;
      readonly assemblyMayDecide: (due: string) => string;
    };
  };
  /**
   * The refusals of election items: the agenda's election (seats and candidates, CC 278 ¶1 (三))
   * and a sheet's answer to it.
   */
  readonly election: {
    /** An election item fills no seat. */
    readonly noSeats: (item: string) => string;
    /** An election item has fewer candidates than seats. */
    readonly seatsExceedCandidates: (item: string, seats: number, candidates: number) => string;
    /** A candidate is listed twice on an election item. */
    readonly duplicateCandidate: (item: string, candidate: string) => string;
    /** A sheet answers an election item with agree or disagree. */
    readonly candidatesExpected: (item: string) => string;
    /** A sheet answers a matter item with candidates. */
    readonly choiceExpected: (item: string) => string;
    /** A sheet names a candidate the item does not list. */
    readonly unknownCandidate: (item: string, candidate: string) => string;
    /** A sheet chooses more candidates than the item's seats. */
    readonly tooManyCandidates: (item: string, chosen: number, seats: number) => string;
    /** A sheet names a candidate twice (or both for and against). */
    readonly candidateTwice: (item: string, candidate: string) => string;
  };
}
