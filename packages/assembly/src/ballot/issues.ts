import type { BallotIssue, Bilingual } from '@jiayuan/core';

/** Why a ballot sheet was not counted. Stable codes; messages in both locales. */
export const SHEET_ISSUE_CODES = [
  'malformed-sheet',
  'duplicate-sheet',
  'unknown-item',
  'item-refused',
  'unit-voted-before-transfer',
  'unit-transferred',
  'before-registration',
  'roll-frozen',
  'answer-mismatch',
  'unknown-candidate',
  'too-many-candidates',
  'candidate-twice',
] as const;

/** One of {@link SHEET_ISSUE_CODES}. */
export type SheetIssueCode = (typeof SHEET_ISSUE_CODES)[number];

/**
 * A refused sheet. A sheet counts whole or not at all: when one of its answers is refused (an
 * owner outside a part answering the part's item, a ballot after the window…) none is counted,
 * and `item` and `ballot` say which answer and why (core's ballot check).
 */
export interface SheetIssue {
  readonly code: SheetIssueCode;
  /** Position of the sheet in arrival order. */
  readonly position: number;
  readonly sheetId?: string;
  readonly unitId?: string;
  /**
   * The item whose answer was refused (`unknown-item`, `item-refused`, the transfer codes and
   * the election answer codes).
   */
  readonly item?: string;
  /** The candidate named by `unknown-candidate` or `candidate-twice`. */
  readonly candidate?: string;
  /** The transferred unit, for the four transfer codes (CC 214, CC 273 ¶2). */
  readonly transferUnitId?: string;
  /** Core's reason for `item-refused`. */
  readonly ballot?: BallotIssue;
  readonly message: Bilingual;
}
