/**
 * `@jiayuan/assembly`: the owners' assembly meeting (业主大会会议, SH 18, 25; CC 278) with its
 * multi-item ballot — each item a CC 278 matter with its own majority, its quorum counted on its
 * own answers, a part's item decided by that part's owners (SH 69).
 *
 * @packageDocumentation
 */

// The diagram generator is core's; re-exported so `toMermaid` is importable from this package.
export { type LegalRow, legalRows, toMermaid } from '@jiayuan/core';
export {
  type AgendaItem,
  AgendaItemSchema,
  AgendaSchema,
  freezeMatterOf,
  isMajorMatter,
  itemMajority,
} from './ballot/agenda.js';
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
export { type AssemblyEvent, assemblyEvents } from './meeting/catalog.js';
export {
  type AssemblyContext,
  type AssemblyInput,
  AssemblyInputSchema,
  type Call,
  type CallOrder,
  type Decision,
  type InterimProposal,
  type ItemOutcome,
  initialAssemblyContext,
  type MeetingForm,
  MeetingFormSchema,
  type MeetingKind,
  MeetingKindSchema,
  type PreCall,
} from './meeting/context.js';
export { CALL_ORDER, RESULT_POSTING, REVOCATION } from './meeting/deadline-ids.js';
export type { AssemblyEmitted } from './meeting/emitted.js';
export { assemblyMachine } from './meeting/machine.js';
export { ASSEMBLY_SNAPSHOT_VERSION, assemblyMigrations } from './meeting/migrations.js';
export { firstOpeningDay, noticeMet } from './meeting/notice.js';
export {
  outcomesOf,
  type PostedItem,
  type PostedVoter,
  postedResults,
} from './meeting/posted.js';
export { type ProposalShare, proposalShare } from './meeting/proposal.js';
export { assemblySetup } from './meeting/setup.js';
