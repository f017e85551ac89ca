import type { Bilingual } from '../i18n.js';

/** Why a ballot was not counted. Stable codes; messages are in both locales. */
export const BALLOT_ISSUE_CODES = [
  'malformed',
  'unknown-unit',
  'unit-excluded',
  'not-owner',
  'duplicate-ballot',
  'duplicate-voter',
  'before-open',
  'after-close',
  'channel-not-allowed',
  'electronic-not-city-system',
] as const;

/** One of {@link BALLOT_ISSUE_CODES}. */
export type BallotIssueCode = (typeof BALLOT_ISSUE_CODES)[number];

/** A refused ballot: which record, which field, why. */
export interface BallotIssue {
  readonly code: BallotIssueCode;
  /** Position of the ballot in the input list (batch) or arrival order (incremental). */
  readonly position: number;
  readonly ballotId?: string;
  readonly unitId?: string;
  /** The offending field, e.g. `castBy`, `at`, `choice`. */
  readonly field?: string;
  readonly message: Bilingual;
}
