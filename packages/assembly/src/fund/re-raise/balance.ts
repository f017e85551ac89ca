import { type Bar, meetsBar, type Profile } from '@jiayuan/core';
import { fundOf } from '../shared.js';

/**
 * Whether a balance is below the profile's sufficient share of the first collection (SH 65 ¶1
 * "余额不足首期筹集金额百分之三十": 30% itself is not below), by integer cross-multiplication.
 * A profile without a share (national) finds no shortfall.
 */
export function isBelowShare(profile: Profile, balanceFen: number, firstFen: number): boolean {
  const bar = fundOf(profile).sufficientBalance.value;
  return bar !== null && !meetsBar(balanceFen, firstFen, bar);
}

/**
 * The share the balance is restored to after the payment notice (SH 65 ¶3: 50%); where the
 * profile sets none, the sufficient share (the shortfall ends, BJ 83).
 */
export function restoreBar(profile: Profile): Bar | null {
  const fund = fundOf(profile);
  return fund.restoreTo.value ?? fund.sufficientBalance.value;
}

/** Whether a balance meets the restore share of {@link restoreBar}. */
export function isRestored(profile: Profile, balanceFen: number, firstFen: number): boolean {
  const bar = restoreBar(profile);
  return bar === null || meetsBar(balanceFen, firstFen, bar);
}
