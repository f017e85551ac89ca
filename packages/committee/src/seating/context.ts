import type { ElectionFields } from '../election/context.js';
import type { GroupProcedure } from '../group/context.js';
import type { Member, ProcessContext } from '../shared/context.js';

/** The milestones of the committee's seating, shared by formation and re-election. */
export type SeatingMilestone =
  /** Every seat was filled (SH 21 ¶2). */
  | 'elected'
  /** The members chose the chair and vice-chairs (SH 21 ¶2, BJ 42). */
  | 'officers-chosen'
  /** The members were posted (SH 21 ¶2). */
  | 'result-posted'
  /** The committee filed with the street office (SH 23, SH 29 ¶2). */
  | 'filed'
  /** The street office completed the filing (SH 34). */
  | 'filing-completed';

/** The elected committee: its members and officers. */
export interface SeatingFields {
  /** The elected committee (in re-election, the outgoing one until the new one is seated). */
  readonly members: readonly Member[];
  readonly officers: { readonly chair: string | null; readonly viceChairs: readonly string[] };
  /**
   * The last day of the elected committee's term as it filed it (SH 20 ¶1: "任期为三年到五年",
   * as the rules of procedure set it); `null` until the filing.
   */
  readonly filedTermEndsOn: string | null;
}

/** The context the seating's shared rules and effects read and write. */
export interface SeatingContext
  extends ProcessContext<GroupProcedure, SeatingMilestone>,
    SeatingFields,
    Pick<ElectionFields, 'election'> {}
