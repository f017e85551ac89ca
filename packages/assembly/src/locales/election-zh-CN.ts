import type { ElectionLocale } from './election-types.js';

/** The election items' refusals in Chinese. */
export const electionZhCN: ElectionLocale = {
  noSeats: (item) =>
    `选举议题${item}的应选名额为零：选举业主委员会（《民法典》第二百七十八条第一款第三项）至少应选一名。`,
  seatsExceedCandidates: (item, seats, candidates) =>
    `选举议题${item}应选${seats}名，候选人只有${candidates}名：当选人数不得多于候选人数。`,
  duplicateCandidate: (item, candidate) => `选举议题${item}重复列出候选人${candidate}。`,
  candidatesExpected: (item) =>
    `议题${item}是选举：表决票应写明所选候选人（或弃权、废票），不能只答同意或不同意。`,
  choiceExpected: (item) =>
    `议题${item}不是选举：表决票应为同意、不同意、弃权或废票，不能列候选人。`,
  unknownCandidate: (item, candidate) =>
    `议题${item}：${candidate}不是本议题的候选人，不对其他人表决。`,
  tooManyCandidates: (item, chosen, seats) =>
    `议题${item}：表决票选了${chosen}名候选人，应选${seats}名，至多选${seats}名。`,
  candidateTwice: (item, candidate) => `议题${item}：表决票重复填写候选人${candidate}。`,
};
