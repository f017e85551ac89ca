import type { ElectionFields } from '../election/context.js';
import type { Group, Note, ProcessContext } from '../shared/context.js';

/** The procedures a group runs: the preparatory group (formation), the re-election group. */
export type GroupProcedure = 'formation' | 're-election';

/** The milestones of the group's work, shared by formation and re-election. */
export type GroupMilestone =
  /** The street office formed the group (SH 15, SH 28 ¶3). */
  | 'group-formed'
  /** The group confirmed and posted the roll (SH 16 ¶1 (一)). */
  | 'roll-confirmed'
  /** The group adopted its drafts and set the seats (SH 16 ¶1, SH 20 ¶1). */
  | 'drafts'
  /** The street office recorded the stand-in body it formed (SH-36 (十八)). */
  | 'stand-in-formed'
  /** The filing is complete and the group dissolves (SH 16 ¶4). */
  | 'group-dissolved';

/** What a procedure run by a group keeps of it. */
export interface GroupFields {
  /** The group, once the street office formed it. */
  readonly group: Group | null;
  /** The drafts the group adopted (SH 16 ¶1 (三)–(六)). */
  readonly drafts: readonly string[];
  /** Acts of the organisations that lead or assist, and the stand-in's reference (FORM-13). */
  readonly notes: readonly Note[];
}

/**
 * The context the group's shared rules and effects read and write: the process basics, the
 * group, and the roll and seats it sets for the election.
 */
export interface GroupContext
  extends ProcessContext<GroupProcedure, GroupMilestone>,
    GroupFields,
    Pick<ElectionFields, 'roll' | 'seats'> {}
