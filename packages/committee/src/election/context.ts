import type { Roll } from '@jiayuan/core';
import type {
  Candidate,
  Election,
  Objection,
  Procedure,
  ProcessContext,
} from '../shared/context.js';

/** The milestone the election records: its assembly meeting opened (the first vote). */
export type ElectionMilestone = 'meeting-held';

/** The meeting the election is called to, as posted (SH 16 ¶2). */
export interface ElectionNotice {
  readonly postedAt: string;
  readonly meetingAt: string;
}

/** What a machine that runs the shared election keeps of it. */
export interface ElectionFields {
  /** The roll the votes are taken on (confirmed by the group, or given as input). */
  readonly roll: Roll | null;
  readonly notice: ElectionNotice | null;
  /** Objections to what was posted, and their answers (FORM-6). */
  readonly objections: readonly Objection[];
  /** The seats the election fills (the group set them, FORM-8; the committee's, by-election). */
  readonly seats: number | null;
  readonly candidates: readonly Candidate[];
  readonly election: Election | null;
}

/**
 * The context the shared election reads and writes: the process basics and
 * {@link ElectionFields}. Formation, re-election and membership contexts all have it, so the
 * election's rules, effects and guards fit each of their setups.
 */
export interface ElectionContext
  extends Omit<ProcessContext<Procedure, ElectionMilestone>, 'complex'>,
    ElectionFields {}
