/**
 * `@jiayuan/assembly`: the owners' assembly meeting (业主大会会议, SH 18, 25; CC 278) with its
 * multi-item ballot — each item a CC 278 matter with its own majority, its quorum counted on its
 * own answers, a part's item decided by that part's owners (SH 69).
 *
 * @packageDocumentation
 */

export { type AgendaItem, AgendaItemSchema, AgendaSchema, itemMajority } from './ballot/agenda.js';
export { SHEET_ISSUE_CODES, type SheetIssue, type SheetIssueCode } from './ballot/issues.js';
export {
  answerBallot,
  castSheet,
  checkSheet,
  closeItemVotes,
  type ItemResult,
  type ItemVotes,
  itemResults,
  type OpenItemVotesInput,
  openItemVotes,
  type SheetCast,
  type SheetCheck,
  type SheetTally,
  type TallySheetsInput,
  tallySheets,
} from './ballot/item-votes.js';
export { type BallotSheet, BallotSheetSchema } from './ballot/sheet.js';
