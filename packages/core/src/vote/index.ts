export {
  type CastOutcome,
  castBallot,
  closeVote,
  currentTally,
  type OpenVoteInput,
  openVote,
  type VoteRecord,
  voteElectorate,
} from './vote-record.js';
