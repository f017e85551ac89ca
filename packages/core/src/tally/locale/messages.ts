import type { BallotIssueCode } from '../ballot-issue.js';
import type { CheckId } from '../result.js';

/** Parameters a ballot-issue message may use. */
export interface BallotIssueParams {
  readonly ballotId?: string;
  readonly unitId?: string;
  readonly castBy?: string;
  readonly at?: string;
  readonly bound?: string;
  readonly channel?: string;
  readonly system?: string;
  readonly reason?: string;
  readonly detail?: string;
}

/** The texts a tally needs in one locale. */
export interface TallyMessages {
  readonly issue: Readonly<Record<BallotIssueCode, (p: BallotIssueParams) => string>>;
  readonly check: Readonly<Record<CheckId, string>>;
  readonly majority: { readonly ordinary: string; readonly special: string };
  readonly verdict: {
    readonly passed: string;
    readonly failedQuorum: string;
    readonly failedApproval: string;
  };
  readonly heading: (majority: string) => string;
  readonly electorate: (headcount: number, area: string, scope: string) => string;
  readonly scope: { readonly whole: string; readonly part: (part: string) => string };
  readonly parking: { readonly literal: string; readonly exclude: string };
  readonly excluded: (n: number) => string;
  /** Units sharing co-owners merged (RULES VOTE-7): `sets` owner sets count as `persons`. */
  readonly coOwnerMerge: (sets: number, persons: number, merged: number) => string;
  readonly counts: (choice: string, headcount: number, area: string) => string;
  readonly choice: {
    readonly agree: string;
    readonly disagree: string;
    readonly abstain: string;
    readonly spoilt: string;
  };
  readonly line: (check: string, ratio: string, bar: string, passed: boolean) => string;
  readonly ballots: (
    received: number,
    counted: number,
    superseded: number,
    rejected: number,
  ) => string;
  readonly revote: { readonly 'last-wins': string; readonly 'first-only': string };
  /** Heads the cited articles when a count is explained on a day. */
  readonly basis: (date: string) => string;
  /** One cited article with its text version; `inForce` false flags one not in force that day. */
  readonly cited: (citation: string, version: string, inForce: boolean) => string;
}
