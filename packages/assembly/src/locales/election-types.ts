/**
 * The refusals of an assembly's election items in one locale: the agenda's election (seats and
 * candidates, CC 278 ¶1 (三)) and a sheet's answer to it.
 */
export interface ElectionLocale {
  /** An election item fills no seat. */
  readonly noSeats: (item: string) => string;
  /** An election item has fewer candidates than seats. */
  readonly seatsExceedCandidates: (item: string, seats: number, candidates: number) => string;
  /** A candidate is listed twice on an election item. */
  readonly duplicateCandidate: (item: string, candidate: string) => string;
  /** A sheet answers an election item with agree or disagree. */
  readonly candidatesExpected: (item: string) => string;
  /** A sheet answers a matter item with candidates. */
  readonly choiceExpected: (item: string) => string;
  /** A sheet names a candidate the item does not list. */
  readonly unknownCandidate: (item: string, candidate: string) => string;
  /** A sheet chooses more candidates than the item's seats. */
  readonly tooManyCandidates: (item: string, chosen: number, seats: number) => string;
  /** A sheet names a candidate twice (or both for and against). */
  readonly candidateTwice: (item: string, candidate: string) => string;
}
