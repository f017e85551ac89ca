/** The texts of this package in one locale: sheet refusals and rule refusals. */
export interface AssemblyLocale {
  readonly sheet: {
    readonly malformed: (detail: string) => string;
    readonly duplicate: (sheetId: string) => string;
    readonly unknownItem: (itemId: string) => string;
    readonly itemRefused: (itemId: string, reason: string) => string;
  };
  readonly rules: {
    readonly callerMayCall: (role: string) => string;
    readonly interimProposers: (have: string, need: string) => string;
    readonly interimOnly: string;
    readonly freeze: (items: string) => string;
    readonly proposalUnits: (units: string) => string;
    readonly orderedOnce: string;
    readonly partyReport: string;
    readonly authoritiesNotified: string;
    readonly assemblyNotice: (earliest: string, period: string) => string;
    readonly votingWindow: string;
    readonly agendaParts: (parts: string) => string;
    readonly votingOpens: (opensAt: string) => string;
    readonly closeAfterWindow: (closesAt: string) => string;
    readonly ballotSender: string;
  };
}
