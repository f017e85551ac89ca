import { type Bilingual, type Choice, ChoiceSchema, choiceFor } from '@jiayuan/core';
import { z } from 'zod';
import { text } from '../locales/index.js';

const candidateId = z.string().min(1, { error: 'candidate id must not be empty' }).max(100);

/** One candidate on an election item: an id the sheets name, and the name posted with the result. */
export const CandidateSchema = z.strictObject({
  id: candidateId,
  name: z.string().min(1, { error: 'candidate name must not be empty' }).max(200),
});
/** See {@link CandidateSchema}. */
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * The election an item of kind `elect-committee` holds (CC 278 ¶1 (三) 选举业主委员会): the seats
 * to fill and the candidates. Each candidate is counted by the item's ordinary majority on the
 * item's own participation (CC 278 ¶2); the seats go by core's allocation (`fillSeats`). Zero
 * seats, more seats than candidates and a candidate listed twice parse here and are refused by
 * {@link electionItemIssues}, coded.
 */
export const ElectionSchema = z.strictObject({
  seats: z.number().int().min(0).max(100),
  candidates: z.array(CandidateSchema).min(1, { error: 'an election has candidates' }).max(200),
});
/** See {@link ElectionSchema}. */
export type Election = z.infer<typeof ElectionSchema>;

/**
 * A sheet's answer to an election item: the candidates chosen (at most the seats) and, where the
 * ballot asks for it, those opposed. A candidate named in neither is an abstention on them: a
 * returned answer takes part for every candidate (CC 278 ¶2, RULES VOTE-9).
 */
export const ElectionAnswerSchema = z.strictObject({
  approve: z.array(candidateId).max(200),
  oppose: z.array(candidateId).max(200).optional(),
});
/** See {@link ElectionAnswerSchema}. */
export type ElectionAnswer = z.infer<typeof ElectionAnswerSchema>;

/**
 * A sheet's answer to one item: a choice for a matter item; for an election item the candidates
 * chosen, or `abstain` or `spoilt` for every candidate.
 */
export const SheetAnswerSchema = z.union([ChoiceSchema, ElectionAnswerSchema]);
/** See {@link SheetAnswerSchema}. */
export type SheetAnswer = z.infer<typeof SheetAnswerSchema>;

/** Why an election item is refused on the agenda. Stable codes; messages in both locales. */
export const ELECTION_ITEM_ISSUE_CODES = [
  'election-no-seats',
  'election-seats-exceed-candidates',
  'election-duplicate-candidate',
] as const;
/** One of {@link ELECTION_ITEM_ISSUE_CODES}. */
export type ElectionItemIssueCode = (typeof ELECTION_ITEM_ISSUE_CODES)[number];

/** An election item refused, with its reason. */
export interface ElectionItemIssue {
  readonly code: ElectionItemIssueCode;
  readonly item: string;
  readonly candidate?: string;
  readonly message: Bilingual;
}

/** The shape {@link electionItemIssues} and the answer checks read of an agenda item. */
interface ElectionItem {
  readonly id: string;
  readonly election?: Election | undefined;
}

/**
 * The refusals of the election items of `items`: no seat to fill, more seats than candidates
 * (no more are elected than stand), a candidate listed twice. Empty when every one is sound.
 */
export function electionItemIssues(items: readonly ElectionItem[]): ElectionItemIssue[] {
  const found: ElectionItemIssue[] = [];
  for (const { id, election } of items) {
    if (election === undefined) continue;
    const { seats, candidates } = election;
    if (seats === 0) {
      found.push({
        code: 'election-no-seats',
        item: id,
        message: text((l) => l.election.noSeats(id)),
      });
    } else if (seats > candidates.length) {
      found.push({
        code: 'election-seats-exceed-candidates',
        item: id,
        message: text((l) => l.election.seatsExceedCandidates(id, seats, candidates.length)),
      });
    }
    const seen = new Set<string>();
    for (const c of candidates) {
      if (seen.has(c.id)) {
        found.push({
          code: 'election-duplicate-candidate',
          item: id,
          candidate: c.id,
          message: text((l) => l.election.duplicateCandidate(id, c.id)),
        });
        break;
      }
      seen.add(c.id);
    }
  }
  return found;
}

/** An agenda error thrown by a counting function given an unsound election item. */
export class ElectionItemError extends Error {
  /** The first refusal found. */
  readonly issue: ElectionItemIssue;
  constructor(issue: ElectionItemIssue) {
    super(issue.message.en);
    this.name = 'ElectionItemError';
    this.issue = issue;
  }
}

/** Why a sheet's answer does not fit its item. Stable codes; messages in both locales. */
export type AnswerIssueCode =
  | 'answer-mismatch'
  | 'unknown-candidate'
  | 'too-many-candidates'
  | 'candidate-twice';

/** A sheet's answer refused for its item. */
export interface AnswerIssue {
  readonly code: AnswerIssueCode;
  readonly candidate?: string;
  readonly message: Bilingual;
}

/**
 * Whether `answer` fits `item`: a matter item takes a choice; an election item takes the
 * candidates chosen — at most its seats, each one of its candidates and named once — or
 * `abstain` or `spoilt`. `null` when it fits.
 */
export function answerIssue(item: ElectionItem, answer: SheetAnswer): AnswerIssue | null {
  const { id, election } = item;
  if (election === undefined) {
    return typeof answer === 'string'
      ? null
      : { code: 'answer-mismatch', message: text((l) => l.election.choiceExpected(id)) };
  }
  if (typeof answer === 'string') {
    return answer === 'abstain' || answer === 'spoilt'
      ? null
      : { code: 'answer-mismatch', message: text((l) => l.election.candidatesExpected(id)) };
  }
  const listed = new Set(election.candidates.map((c) => c.id));
  const named = [...answer.approve, ...(answer.oppose ?? [])];
  const unknown = named.find((c) => !listed.has(c));
  if (unknown !== undefined) {
    return {
      code: 'unknown-candidate',
      candidate: unknown,
      message: text((l) => l.election.unknownCandidate(id, unknown)),
    };
  }
  const twice = named.find((c, i) => named.indexOf(c) !== i);
  if (twice !== undefined) {
    return {
      code: 'candidate-twice',
      candidate: twice,
      message: text((l) => l.election.candidateTwice(id, twice)),
    };
  }
  if (answer.approve.length > election.seats) {
    const chosen = answer.approve.length;
    return {
      code: 'too-many-candidates',
      message: text((l) => l.election.tooManyCandidates(id, chosen, election.seats)),
    };
  }
  return null;
}

/**
 * The choice an answer counts as on its item's own vote. For an election item that vote carries
 * the item's participation (its quorum, CC 278 ¶2): `agree` when the answer chooses someone,
 * `abstain` when it chooses no one, `spoilt` as given; each candidate is counted apart.
 */
export function itemChoice(answer: SheetAnswer): Choice {
  if (typeof answer === 'string') return answer;
  return answer.approve.length > 0 ? 'agree' : 'abstain';
}

/**
 * The choice an election answer counts as on one candidate (core's `choiceFor`): chosen —
 * agree; opposed — disagree; neither — abstain; an answer `abstain` or `spoilt` is that for every
 * candidate.
 */
export function candidateChoice(answer: SheetAnswer, candidate: string, seats: number): Choice {
  // `agree` or `disagree` alone is refused on an election item (`answerIssue`).
  if (typeof answer === 'string') return answer === 'spoilt' ? 'spoilt' : 'abstain';
  return choiceFor({ approve: answer.approve, oppose: answer.oppose ?? [] }, candidate, seats);
}
