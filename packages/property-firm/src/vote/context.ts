import {
  NO_PRE_CALL as CORE_NO_PRE_CALL,
  type PreCall as CorePreCall,
  type DeadlineBook,
  type FollowedLaw,
  type Profile,
  type Roll,
  type VoteRecord,
} from '@jiayuan/core';
import type { Assembly, Decision } from '../shared/context.js';

/**
 * What every procedure of this package keeps: its clock, profile and roll, the re-election
 * freeze, its deadlines and its owners' votes. Plain JSON (docs/guides/machine-conventions.md, rule 6).
 */
export interface CommonContext {
  readonly processId: string;
  readonly now: string;
  readonly profile: Profile;
  /**
   * The history the process follows and the edition held, when started with
   * `{ follows: id }`: the clock moves `profile` to the edition of each event's day. Absent for a
   * fixed profile. A vote keeps the bars it opened with.
   */
  readonly law?: FollowedLaw | undefined;
  readonly roll: Roll;
  readonly electronicAdopted: boolean;
  readonly freeze: { readonly active: boolean; readonly changedAt: string | null };
  readonly deadlines: DeadlineBook;
  /** What the committee did before calling the next assembly (SH-36 (十六), SH 25 ¶2). */
  readonly preCall: PreCall;
  /** The meeting called, until its vote closes. */
  readonly assembly: Assembly | null;
  /** The open vote (at most one at a time). */
  readonly vote: VoteRecord | null;
  /** Closed votes, oldest first. */
  readonly votes: readonly VoteRecord[];
  readonly decisions: readonly Decision[];
}

/**
 * What the committee does before calling an assembly on a major matter — every vote of this
 * package is on hiring or dismissing the firm: it reports to the residential party organisation
 * (SH-36 (十六)) and tells the housing office and the residents' committee the meeting's time,
 * place and agenda in writing (SH 25 ¶2). Kept for the assembly being called, cleared when its
 * vote is counted: the next assembly needs its own. Core's record, shared with the assembly
 * meeting.
 */
export type PreCall = CorePreCall;

/** A {@link PreCall} with nothing done yet. */
export const NO_PRE_CALL: PreCall = CORE_NO_PRE_CALL;
