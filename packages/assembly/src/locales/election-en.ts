import type { ElectionLocale } from './election-types.js';

/** The election items' refusals in English. */
export const electionEn: ElectionLocale = {
  noSeats: (item) =>
    `Election item ${item} fills no seat: an election of committee members (CC 278 ¶1 (3)) fills at least one.`,
  seatsExceedCandidates: (item, seats, candidates) =>
    `Election item ${item} has ${seats} seats but only ${candidates} candidates: no more can be elected than stand.`,
  duplicateCandidate: (item, candidate) =>
    `Election item ${item} lists candidate ${candidate} more than once.`,
  candidatesExpected: (item) =>
    `Item ${item} is an election: the answer names the candidates chosen (or abstains, or is spoilt), not agree or disagree.`,
  choiceExpected: (item) =>
    `Item ${item} is not an election: the answer is agree, disagree, abstain or spoilt, not a list of candidates.`,
  unknownCandidate: (item, candidate) =>
    `Item ${item}: ${candidate} is not one of the item's candidates; no vote is taken on others.`,
  tooManyCandidates: (item, chosen, seats) =>
    `Item ${item}: the sheet chooses ${chosen} candidates for ${seats} seats; at most ${seats} may be chosen.`,
  candidateTwice: (item, candidate) =>
    `Item ${item}: the sheet names candidate ${candidate} more than once.`,
};
