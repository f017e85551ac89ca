import { formatBar } from '@jiayuan/core';
import type { FundStepsLocale } from './fund-steps-types.js';

/** The fund's later steps in English. */
export const fundStepsEn: FundStepsLocale = {
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
};
