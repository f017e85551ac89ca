/**
 * What the committee did before it called an owners' assembly (VOTE-15): its report to the
 * residential party organisation (SH-36 (十六)) and its written notice to the housing office
 * and the residents' committee (SH 25 ¶2).
 */
export interface PreCall {
  /** The report to the residential party organisation. */
  readonly partyReport: { readonly at: string; readonly by: string } | null;
  /** The written notice to the housing office and the residents' committee. */
  readonly writtenNotice: {
    readonly at: string;
    readonly by: string;
    readonly meetingAt: string;
    readonly place: string;
    readonly agenda: string;
  } | null;
}

/** A {@link PreCall} with nothing done yet. */
export const NO_PRE_CALL: PreCall = { partyReport: null, writtenNotice: null };
