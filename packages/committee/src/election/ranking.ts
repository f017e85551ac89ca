import { closeVote, currentTally, type VoteRecord } from '@jiayuan/core';
import type { CandidateResult } from '../shared/context.js';

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

/** Closes every candidate's vote at `at`. */
export function closeVotes(
  votes: Readonly<Record<string, VoteRecord>>,
  at: string,
): Record<string, VoteRecord> {
  return Object.fromEntries(Object.entries(votes).map(([id, v]) => [id, closeVote(v, at)]));
}

function compare(a: CandidateResult, b: CandidateResult): number {
  return b.agreeArea - a.agreeArea || b.agreeHeadcount - a.agreeHeadcount;
}

/**
 * Who takes the seats: candidates who passed, in order of support — agreeing area first, then
 * agreeing headcount. When the last seat falls between candidates tied on both, none of the tied
 * candidates takes it: those seats stay open for a further round (no lot is drawn).
 */
export function fillSeats(results: readonly CandidateResult[], seats: number): string[] {
  const passed = results.filter((r) => r.passed).sort(compare);
  if (passed.length <= seats) return passed.map((r) => r.candidateId);
  const last = passed[seats - 1];
  const next = passed[seats];
  if (last === undefined || next === undefined || compare(last, next) !== 0) {
    return passed.slice(0, seats).map((r) => r.candidateId);
  }
  return passed
    .slice(0, seats)
    .filter((r) => compare(r, last) !== 0)
    .map((r) => r.candidateId);
}
