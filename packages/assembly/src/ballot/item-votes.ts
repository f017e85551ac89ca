import {
  type Ballot,
  type BallotIssue,
  bilingual,
  castTypedBallot,
  checkTypedCast,
  closeVote,
  currentTally,
  openVote,
  type Profile,
  type Roll,
  type TallyResult,
  type VoteRecord,
} from '@jiayuan/core';
import { dequal } from 'dequal';
import type { z } from 'zod';
import { en, text, zhCN } from '../locales/index.js';
import type { AgendaItem } from './agenda.js';
import { answerIssue, ElectionItemError, electionItemIssues, itemChoice } from './election.js';
import { countElection, type ElectionCount } from './election-count.js';
import type { SheetIssue } from './issues.js';
import { type BallotSheet, BallotSheetSchema } from './sheet.js';
import {
  type ItemTransfer,
  type TransferPolicy,
  transferPolicyOf,
  type VoidedAnswer,
} from './transfer.js';
import { reclaimedForLateSheet, transferRefusal } from './transfer-votes.js';

/**
 * The votes of one assembly meeting as plain JSON: one core `VoteRecord` per agenda item (its
 * electorate the whole complex or the item's part, SH 69; its rule the profile's for the item's
 * kind, CC 278 ¶2; all frozen when voting opened), the sheets received and the sheets refused.
 */
export interface ItemVotes {
  readonly items: readonly AgendaItem[];
  /** Item id → its vote. */
  readonly votes: Readonly<Record<string, VoteRecord>>;
  /** Every sheet accepted, in arrival order. */
  readonly sheets: readonly BallotSheet[];
  readonly refused: readonly SheetIssue[];
  /** Changes of ownership registered during the window and what each did to the items. */
  readonly transfers: readonly ItemTransfer[];
  /** Answers a transfer recorded later took out of their item's count. */
  readonly voided: readonly VoidedAnswer[];
  /**
   * What a change of ownership during the window does (RULES VOTE-18), as the profile's
   * `voting.transferDuringWindow` said when the votes opened: frozen with the bars, so a later
   * edition of the law does not change it mid-window.
   */
  readonly transferPolicy: TransferPolicy;
}

/** What opening the votes of a meeting needs. */
export interface OpenItemVotesInput {
  readonly meetingId: string;
  readonly items: readonly AgendaItem[];
  readonly roll: Roll;
  readonly profile: Profile;
  readonly openedAt: string;
  readonly closesAt: string;
  /** Whether the assembly has adopted electronic voting (RULES VOTE-14). */
  readonly electronicAdopted?: boolean;
}

/**
 * Opens one vote per item on the same frozen roll, window and channels. An election item's vote
 * takes every answer to it; each candidate is counted from it (`countElection`).
 *
 * @throws {ElectionItemError} when an election item fills no seat, has fewer candidates than
 * seats or lists one twice (the meeting refuses such an agenda at the call).
 */
export function openItemVotes(input: OpenItemVotesInput): ItemVotes {
  const unsound = electionItemIssues(input.items)[0];
  if (unsound !== undefined) throw new ElectionItemError(unsound);
  const votes: Record<string, VoteRecord> = {};
  for (const item of input.items) {
    votes[item.id] = openVote({
      id: `${input.meetingId}/${item.id}`,
      matter: {
        id: item.id,
        kind: item.kind,
        title: item.title,
        ...(item.part === undefined ? {} : { part: item.part }),
      },
      roll: input.roll,
      profile: input.profile,
      openedAt: input.openedAt,
      closesAt: input.closesAt,
      ...(input.electronicAdopted === undefined
        ? {}
        : { electronicAdopted: input.electronicAdopted }),
    });
  }
  return {
    items: input.items,
    votes,
    sheets: [],
    refused: [],
    transfers: [],
    voided: [],
    transferPolicy: transferPolicyOf(input.profile),
  };
}

/**
 * The ballot a sheet's answer to one item is, in core's form: id `<sheet>#<item>`. An election
 * answer is a ballot of the item's participation (see `itemChoice`); each candidate's choice is
 * read from the sheet when counting.
 */
export function answerBallot(sheet: BallotSheet, itemId: string): Ballot {
  const answer = sheet.answers[itemId];
  if (answer === undefined) throw new RangeError(`sheet ${sheet.id} does not answer ${itemId}`);
  return {
    id: `${sheet.id}#${itemId}`,
    unitId: sheet.unitId,
    castBy: sheet.castBy,
    choice: itemChoice(answer),
    channel: sheet.channel,
    at: sheet.at,
    ...(sheet.proxy === undefined ? {} : { proxy: sheet.proxy }),
  };
}

/** The outcome of {@link checkSheet}. */
export type SheetCheck =
  | { readonly ok: true; readonly sheet: BallotSheet }
  | { readonly ok: false; readonly issue: SheetIssue };

/**
 * Whether {@link castSheet} would accept `input`, recording nothing: the sheet parses, its id
 * is new, every answered item is on the agenda, no recorded transfer keeps the sheet from an
 * item (see `transferRefusal`; an old owner's sheet dated before a registration recorded earlier
 * is checked on the votes `reclaimedForLateSheet` gives), and every answer passes core's ballot
 * check for its item (the frozen roll and part, the window, the channels).
 */
export function checkSheet(votes: ItemVotes, input: unknown): SheetCheck {
  const parsed = BallotSheetSchema.safeParse(input);
  return parsed.success ? checkParsedSheet(votes, parsed.data) : malformed(votes, parsed.error);
}

// A sheet the schema refuses, with every field at fault.
function malformed(votes: ItemVotes, error: z.ZodError): SheetCheck {
  const detail = error.issues.map((i) => `${i.path.join('.') || 'sheet'}: ${i.message}`).join('; ');
  const position = votes.sheets.length + votes.refused.length;
  return {
    ok: false,
    issue: { code: 'malformed-sheet', position, message: text((l) => l.sheet.malformed(detail)) },
  };
}

// The checks of a sheet that parsed, `sheet` being zod's copy of it.
function checkParsedSheet(votes: ItemVotes, sheet: BallotSheet): SheetCheck {
  const position = votes.sheets.length + votes.refused.length;
  const where = { position, sheetId: sheet.id, unitId: sheet.unitId };
  if (votes.sheets.some((s) => s.id === sheet.id)) {
    return {
      ok: false,
      issue: {
        code: 'duplicate-sheet',
        ...where,
        message: text((l) => l.sheet.duplicate(sheet.id)),
      },
    };
  }
  // An old owner's sheet dated before a registration recorded earlier stands (VOTE-18).
  const base = reclaimedForLateSheet(votes, sheet);
  for (const itemId of Object.keys(sheet.answers)) {
    const vote = base.votes[itemId];
    if (vote === undefined) {
      return {
        ok: false,
        issue: {
          code: 'unknown-item',
          ...where,
          item: itemId,
          message: text((l) => l.sheet.unknownItem(itemId)),
        },
      };
    }
    const item = votes.items.find((i) => i.id === itemId);
    const misfit = item === undefined ? null : answerIssue(item, sheet.answers[itemId]!);
    if (misfit !== null) {
      return {
        ok: false,
        issue: {
          code: misfit.code,
          ...where,
          item: itemId,
          ...(misfit.candidate === undefined ? {} : { candidate: misfit.candidate }),
          message: misfit.message,
        },
      };
    }
    const transferred = transferRefusal(base, sheet, itemId);
    if (transferred !== null) {
      return {
        ok: false,
        issue: {
          code: transferred.code,
          ...where,
          item: itemId,
          transferUnitId: transferred.unitId,
          message: text((l) =>
            l.sheet.transfer[transferred.code](
              itemId,
              transferred.unitId,
              transferred.registeredAt,
            ),
          ),
        },
      };
    }
    // The answer's ballot is built from the parsed sheet, every field of it checked there.
    const verdict = checkTypedCast(vote, answerBallot(sheet, itemId));
    if (!verdict.ok) return { ok: false, issue: itemRefused(where, itemId, verdict.issue) };
  }
  return { ok: true, sheet };
}

function itemRefused(
  where: { readonly position: number; readonly sheetId: string; readonly unitId: string },
  itemId: string,
  ballot: BallotIssue,
): SheetIssue {
  return {
    code: 'item-refused',
    ...where,
    item: itemId,
    ballot,
    message: bilingual(
      zhCN.sheet.itemRefused(itemId, ballot.message['zh-CN']),
      en.sheet.itemRefused(itemId, ballot.message.en),
    ),
  };
}

/** The outcome of {@link castSheet}. */
export type SheetCast =
  | { readonly ok: true; readonly votes: ItemVotes; readonly sheet: BallotSheet }
  | { readonly ok: false; readonly votes: ItemVotes; readonly issue: SheetIssue };

/**
 * Records one sheet: each answer is cast on its item's vote (a later answer of the same person
 * to the same item replaces the earlier one under the profile's revote policy). A refused
 * sheet is kept in `refused` with its reason and no answer of it is counted.
 */
export function castSheet(votes: ItemVotes, input: unknown): SheetCast {
  return castChecked(votes, checkSheet(votes, input));
}

// The meeting checks one sheet several times on the same votes: the rule `sheet-valid` as its
// guard, `snapshot.can` and `dispatch`'s explanation of a refusal with the same guard, then the
// action recording it. The last check of a sheet that parsed rides on the votes object itself,
// hidden (not enumerable, so never persisted or compared, as core's vote records keep their
// running count; no module-level cache), with the sheet as it parsed then (zod's copy): a sheet
// object changed in place since — a host re-sending the event it edited — no longer equals it
// and is checked again.
const LAST_CHECK = Symbol.for('jiayuan.assembly.sheet-check');

interface LastCheck {
  readonly input: object;
  readonly sheet: BallotSheet;
  readonly check: SheetCheck;
}

function lastCheck(votes: ItemVotes): LastCheck | undefined {
  const found: unknown = Reflect.get(votes, LAST_CHECK);
  return typeof found === 'object' && found !== null ? (found as LastCheck) : undefined;
}

/**
 * {@link checkSheet} of `votes` and the sheet `input`, worked out once while neither changes:
 * for the machine, which checks the same sheet as a guard and again as it records it.
 */
export function checkSheetOnce(votes: ItemVotes, input: unknown): SheetCheck {
  if (typeof input !== 'object' || input === null) return checkSheet(votes, input);
  const last = lastCheck(votes);
  if (last?.input === input && dequal(input, last.sheet)) return last.check;
  const parsed = BallotSheetSchema.safeParse(input);
  if (!parsed.success) return malformed(votes, parsed.error);
  const check = checkParsedSheet(votes, parsed.data);
  if (Object.isExtensible(votes)) {
    const value: LastCheck = { input, sheet: parsed.data, check };
    Object.defineProperty(votes, LAST_CHECK, { value, enumerable: false, writable: true });
  }
  return check;
}

/** {@link castSheet} of a sheet {@link checkSheetOnce} checked against the same `votes`. */
export function castSheetOnce(votes: ItemVotes, input: unknown): SheetCast {
  return castChecked(votes, checkSheetOnce(votes, input));
}

function castChecked(votes: ItemVotes, check: SheetCheck): SheetCast {
  if (!check.ok) {
    return {
      ok: false,
      votes: { ...votes, refused: [...votes.refused, check.issue] },
      issue: check.issue,
    };
  }
  const sheet = check.sheet;
  // The votes checkSheet checked it against (see `reclaimedForLateSheet`).
  const base = reclaimedForLateSheet(votes, sheet);
  const next: Record<string, VoteRecord> = { ...base.votes };
  for (const itemId of Object.keys(sheet.answers)) {
    const outcome = castTypedBallot(next[itemId]!, answerBallot(sheet, itemId));
    // checkSheet passed every answer through the same check.
    next[itemId] = outcome.vote;
  }
  return { ok: true, votes: { ...base, votes: next, sheets: [...votes.sheets, sheet] }, sheet };
}

/** Closes every item's vote at `at` (closing twice keeps the first results). */
export function closeItemVotes(votes: ItemVotes, at: string): ItemVotes {
  const next: Record<string, VoteRecord> = {};
  for (const item of votes.items) next[item.id] = closeVote(votes.votes[item.id]!, at);
  return { ...votes, votes: next };
}

/**
 * One item's result: its own electorate, participation, majority and four checks. For an
 * election item `result` is the item's participation (its quorum) and `election` each
 * candidate's count and who is elected.
 */
export interface ItemResult {
  readonly item: AgendaItem;
  readonly result: TallyResult;
  readonly election?: ElectionCount;
}

/** Each item's result, in agenda order (the running tally until the votes are closed). */
export function itemResults(votes: ItemVotes): readonly ItemResult[] {
  return votes.items.map((item) => {
    const vote = votes.votes[item.id]!;
    const result = currentTally(vote);
    if (item.election === undefined) return { item, result };
    return { item, result, election: countElection(item.id, item.election, vote, votes.sheets) };
  });
}
