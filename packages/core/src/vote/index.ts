export {
  type CastOutcome,
  castBallot,
  checkCast,
  closeVote,
  currentTally,
  type OpenVoteInput,
  openVote,
  type VoteRecord,
  voteElectorate,
} from './vote-record.js';
