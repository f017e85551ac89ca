import type { DeadlineBook, Profile, Roll, VoteRecord } from '@jiayuan/core';
import type { Assembly, Decision } from '../shared/context.js';

/**
 * What every procedure of this package keeps: its clock, profile and roll, the re-election
 * freeze, its deadlines and its owners' votes. Plain JSON (docs/guides/machine-conventions.md, rule 6).
 */
export interface CommonContext {
  readonly processId: string;
  readonly now: string;
  readonly profile: Profile;
  readonly roll: Roll;
  readonly electronicAdopted: boolean;
  readonly freeze: { readonly active: boolean; readonly changedAt: string | null };
  readonly deadlines: DeadlineBook;
  /** The meeting called, until its vote closes. */
  readonly assembly: Assembly | null;
  /** The open vote (at most one at a time). */
  readonly vote: VoteRecord | null;
  /** Closed votes, oldest first. */
  readonly votes: readonly VoteRecord[];
  readonly decisions: readonly Decision[];
}
