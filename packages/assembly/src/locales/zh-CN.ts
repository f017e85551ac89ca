import type { AssemblyLocale } from './types.js';

/** 中文文本。 */
export const zhCN: AssemblyLocale = {
  sheet: {
    malformed: (detail) => `表决票格式有误：${detail}。`,
    duplicate: (id) => `编号为${id}的表决票已收到。`,
    unknownItem: (item) => `议题${item}不在已通知的议题之内，不得就议题以外的事项表决。`,
    itemRefused: (item, reason) => `议题${item}：${reason}`,
  },
  rules: {
    callerMayCall: (role) =>
      `业主大会会议由业主委员会召集；业主委员会逾期不召开的，街道办事处方可组织召开（上海条例第二十五条第三款），${role}此时不得召集。`,
    interimProposers: (have, need) => `召开临时会议须经${need}业主提议；现有提议${have}。`,
    interimOnly: '只有临时会议依业主提议召开。',
    freeze: (items) =>
      `换届改选小组产生至新一届业主委员会选举产生期间，业主委员会不得组织召开业主大会会议对${items}作出决定（上海条例第二十八条第四款）。`,
    proposalUnits: (units) => `以下专有部分不在业主名册中，或不属于提议人：${units}。`,
    orderedOnce: '街道办事处已责令业主委员会限期召开。',
    partyReport: '业主委员会就重大事项启动业主大会决策前，应当向居（村）党组织报告。',
    authoritiesNotified:
      '召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程书面通知房管机构、居民委员会（上海条例第二十五条第二款）。',
    assemblyNotice: (earliest, period) =>
      `应当提前${period}通知全体业主：表决最早于${earliest}开始。`,
    votingWindow: '表决期的结束时间应晚于开始时间。',
    agendaParts: (parts) => `业主名册中没有属于部分共用部分${parts}的专有部分。`,
    votingOpens: (opensAt) => `按通知于${opensAt}开始表决。`,
    closeAfterWindow: (closesAt) => `表决期于${closesAt}届满后方可计票。`,
    ballotSender: '业主只能投本人的表决票，或凭书面委托书代为投票（上海条例第十八条第三款）。',
  },
};
