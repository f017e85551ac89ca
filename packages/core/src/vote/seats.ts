import { closeVote, currentTally, type VoteRecord } from './vote-record.js';

/** One candidate's standing after a round (seat order: agreeing area, then headcount). */
export interface CandidateResult {
  readonly candidateId: string;
  /** Whether the candidate's own vote passed its rule (CC 278 ¶2 double majority). */
  readonly passed: boolean;
  /** Agreeing area in 0.01 m². */
  readonly agreeArea: number;
  readonly agreeHeadcount: number;
}

/** Each candidate's result from their own vote (CC 278 ¶2 double majority, SH 18 ¶2). */
export function candidateResults(votes: Readonly<Record<string, VoteRecord>>): CandidateResult[] {
  return Object.entries(votes).map(([candidateId, vote]) => {
    const result = currentTally(vote);
    return {
      candidateId,
      passed: result.passed,
      agreeArea: result.counts.agree.area,
      agreeHeadcount: result.counts.agree.headcount,
    };
  });
}

/** Closes every candidate's vote at `at` (closing twice keeps the first results). */
export function closeVotes(
  votes: Readonly<Record<string, VoteRecord>>,
  at: string,
): Record<string, VoteRecord> {
  return Object.fromEntries(Object.entries(votes).map(([id, v]) => [id, closeVote(v, at)]));
}

/**
 * Seat order of two candidates: more agreeing area first, then more agreeing headcount; `0`
 * when tied on both.
 */
export function compareSupport(a: CandidateResult, b: CandidateResult): number {
  return b.agreeArea - a.agreeArea || b.agreeHeadcount - a.agreeHeadcount;
}

/**
 * Who takes the seats: candidates who passed, in order of support — agreeing area first, then
 * agreeing headcount. When the last seat falls between candidates tied on both, none of the tied
 * candidates takes it: those seats stay open for a further round (no lot is drawn). Never more
 * than `seats` are returned.
 */
export function fillSeats(results: readonly CandidateResult[], seats: number): string[] {
  const passed = results.filter((r) => r.passed).sort(compareSupport);
  if (passed.length <= seats) return passed.map((r) => r.candidateId);
  const last = passed[seats - 1];
  const next = passed[seats];
  if (last === undefined || next === undefined || compareSupport(last, next) !== 0) {
    return passed.slice(0, seats).map((r) => r.candidateId);
  }
  return passed
    .slice(0, seats)
    .filter((r) => compareSupport(r, last) !== 0)
    .map((r) => r.candidateId);
}
