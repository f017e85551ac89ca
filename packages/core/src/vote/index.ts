export { ballotFor, choiceFor, type MultiBallot } from './multi-ballot.js';
export {
  type CandidateResult,
  candidateResults,
  closeVotes,
  compareSupport,
  fillSeats,
} from './seats.js';
export {
  type CastCheck,
  type CastOutcome,
  castBallot,
  castMultiBallot,
  castTypedBallot,
  checkCast,
  checkTypedCast,
  closeVote,
  currentTally,
  type OpenVoteInput,
  openVote,
  type VoteRecord,
  voteElectorate,
} from './vote-record.js';
