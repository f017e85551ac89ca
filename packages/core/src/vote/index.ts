export { ballotFor, choiceFor, type MultiBallot } from './multi-ballot.js';
export {
  type CandidateResult,
  candidateResults,
  closeVotes,
  compareSupport,
  fillSeats,
} from './seats.js';
export {
  type CastOutcome,
  castBallot,
  castMultiBallot,
  checkCast,
  closeVote,
  currentTally,
  type OpenVoteInput,
  openVote,
  type VoteRecord,
  voteElectorate,
} from './vote-record.js';
