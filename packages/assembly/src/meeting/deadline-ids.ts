/** The street office's period for the committee to call the meeting (SH 25 ¶3). */
export const CALL_ORDER = 'call-order';
/** Posting of the results after the count (SH 27; BJ 37 ¶2: three days). */
export const RESULT_POSTING = 'result-posting';
/** The owners' one year to ask a court to revoke the decision (CC 280 ¶2, SPC 12). */
export const REVOCATION = 'revocation-window';
