/** The street office's period for the committee to call the meeting (SH 25 ¶3). */
export const CALL_ORDER = 'call-order';
/** Posting of the results after the count (SH 27; BJ 37 ¶2: three days). */
export const RESULT_POSTING = 'result-posting';
/** The owners' one year to ask a court to revoke the decision (CC 280 ¶2, SPC 12). */
export const REVOCATION = 'revocation-window';
/**
 * The committee files a decided change of the rules of procedure or the management statute with
 * the street office (SH 33; BJ 50: 三十日内), from the decision; `term.changeFiling`.
 */
export const RULES_FILING = 'rules-change-filing';
/**
 * The street office completes the committee's filing of a rules change (SH 34: 二十日内), from the
 * filing; `term.changeFilingCompletion`.
 */
export const RULES_FILING_COMPLETION = 'rules-filing-completion';
