/** The assembly's period to decide the re-raising, from the shortfall (SH 65 ¶3: 九十日). */
export const RE_RAISE_DECISION = 're-raise-decision';
/** The owners' period to restore the balance, from the payment notice (SH 65 ¶3: 九十日). */
export const RESTORE_BALANCE = 'restore-balance';
