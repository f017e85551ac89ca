import { formatBar } from '@jiayuan/core';
import type { AssemblyLocale } from './types.js';

/** 中文文本。 */
export const zhCN: AssemblyLocale = {
  meeting: {
    inputInvalid: (detail) => `业主大会会议的输入无效：${detail}。`,
  },
  sheet: {
    malformed: (detail) => `表决票格式有误：${detail}。`,
    duplicate: (id) => `编号为${id}的表决票已收到。`,
    unknownItem: (item) => `议题${item}不在已通知的议题之内，不得就议题以外的事项表决。`,
    itemRefused: (item, reason) => `议题${item}：${reason}`,
    transfer: {
      'unit-voted-before-transfer': (item, unit, at) =>
        `议题${item}：房屋${unit}的原业主在转移登记（${at}）前已投的票有效；此后不再接受该房屋或该业主其他房屋的表决（民法典第二百一十四条、司法解释第九条）。`,
      'unit-transferred': (item, unit, at) =>
        `议题${item}：房屋${unit}已于${at}转移登记给新业主，原业主不再就该房屋表决（民法典第二百一十四条、第二百七十三条第二款）。`,
      'before-registration': (item, unit, at) =>
        `议题${item}：表决票日期早于房屋${unit}的转移登记（${at}）；新业主自登记时起方为业主（民法典第二百一十四条、司法解释第一条）。`,
      'roll-frozen': (item, unit, at) =>
        `议题${item}：房屋${unit}已于${at}转让，但按本规则整个表决期以开始表决时冻结的名册确定表决人。`,
    },
  },
  rules: {
    callerMayCall: (role) =>
      `业主大会会议由业主委员会召集；业主委员会逾期不召开的，街道办事处方可组织召开（上海条例第二十五条第三款），${role}此时不得召集。`,
    callerMayCallUnder: (role, articles) =>
      `业主大会会议由业主委员会召集；业主委员会逾期仍未召集的，街道办事处方可组织召集${articles === '' ? '' : `（${articles}）`}，${role}此时不得召集。`,
    silentOn: (profile, topic, decides) => `${profile}配置所依据的文本未规定${topic}；${decides}。`,
    silence: {
      streetOfficeCall: '街道办事处责令限期召开或者组织召开业主大会会议',
      byOrderCall: '以街道办事处督促限期召开（ORDER_CALL）所定的期限为准',
      partDecision: '部分业主就部分共用事项作出决定',
      byRollParts: '由业主名册中各专有部分所属的部分确定哪些业主就该部分的议题表决',
    },
    interimProposers: (have, need) => `召开临时会议须经${need}业主提议；现有提议${have}。`,
    interimOnly: '只有临时会议依业主提议召开。',
    freeze: (items) =>
      `换届改选小组产生至新一届业主委员会选举产生期间，业主委员会不得组织召开业主大会会议对${items}作出决定（上海条例第二十八条第四款）。`,
    proposalUnits: (units) => `以下专有部分不在业主名册中，或不属于提议人：${units}。`,
    orderedOnce: '街道办事处已责令业主委员会限期召开。',
    assemblyNotice: (earliest, period) =>
      `应当提前${period}通知全体业主：表决最早于${earliest}开始。`,
    votingWindow: '表决期的结束时间应晚于开始时间。',
    agendaParts: (parts) => `业主名册中没有属于部分共用部分${parts}的专有部分。`,
    votingOpens: (opensAt) => `按通知于${opensAt}开始表决。`,
    closeAfterWindow: (closesAt) => `表决期于${closesAt}届满后方可计票。`,
    ballotSender: '业主只能投本人的表决票，或凭书面委托书代为投票（上海条例第十八条第三款）。',
    ballotSenderUnder: (articles) =>
      `业主只能投本人的表决票，或作为业主委托的代理人代为投票（${articles}）。`,
    challengeWindow: (lastDay) =>
      `业主请求人民法院撤销决定，应当自决定作出之日起一年内行使（民法典第二百八十条第二款、最高人民法院建筑物区分所有权解释第十二条）；该期间已于${lastDay}二十四时届满。`,
    transferUnit: (unit) => `房屋${unit}不在本次会议的业主名册上。`,
    transferStock: (unit) =>
      `房屋${unit}属于建设单位未售或未交付的房屋：买受人依登记或交付成为业主（司法解释第一条），不适用本转让登记。`,
    transferFrom: (unit, owners) =>
      `房屋${unit}的登记业主为${owners}：转让应以不动产登记簿的现有记载为准（民法典第二百一十四条）。`,
    transferSameOwners: '转让应变更登记业主：新业主与原业主相同。',
    transferNotYetRegistered: (at) =>
      `登记时间${at}尚未到来：物权自记载于不动产登记簿时发生效力（民法典第二百一十四条）。`,
    transferOutOfOrder: (unit, previous) =>
      `房屋${unit}的上一次转移登记时间为${previous}：转让按登记先后记录。`,
    transferAfterWindow: (closesAt) => `表决期已于${closesAt}结束：此后登记的转让不影响本次表决。`,
    challengeOpen: (challengeId) =>
      `没有待裁判的撤销请求${challengeId}：裁判结果只能对应已提起且尚未裁判的请求。`,
    noRulesChange: '无需备案：本次计票没有通过制定或者修改业主大会议事规则、管理规约的议题。',
    rulesFilingNotInProfile:
      '所适用的法规文本未规定业主大会议事规则、管理规约变更备案：不适用此步骤。',
    rulesFiled: (filedAt) => `该变更已于${filedAt}办理备案。`,
    rulesFiler: (profile) =>
      `按${profile}的规定，议事规则、管理规约的变更备案由业主委员会办理；物业管理委员会仅在法规明确规定时方可办理（北京条例第五十条）。`,
    noFilingToComplete: '无可完成的备案：议事规则、管理规约的变更尚未向街道办事处办理备案。',
    filingCompleted: (completedAt) => `该备案已于${completedAt}完成。`,
  },
  record: {
    malformedRecord: (detail) => `不是有效的议事规则与管理规约版本记录：${detail}。`,
    malformedVersion: (detail) => `不是有效的已决定版本：${detail}。`,
    alreadyRecorded: (meetingId, itemId) => `会议${meetingId}议题${itemId}的决定已经记录。`,
    full: (max) => `版本记录最多保存${max}个版本。`,
    versionNotNext: (document, version, next) =>
      `${document === 'rules-of-procedure' ? '业主大会议事规则' : '管理规约'}第${version}版不是下一版本：应为第${next}版（民法典第二百七十八条第一款）。`,
    decidedBeforeLast: (decidedAt, last) => `${decidedAt}作出的版本不能排在${last}作出的版本之后。`,
  },
  fund: {
    inputInvalid: (detail) => `专项维修资金流程的输入有误：${detail}。`,
    noFundSection: (profile) => `配置${profile}没有专项维修资金部分，无法运行维修资金流程。`,
    fundUsable:
      '建设单位未按照规定提出成立业主大会书面报告前，专项维修资金不得动用，由建设单位承担物业维修责任（上海规定第七十一条第一款）。',
    planProposer: (role) =>
      `业主大会尚未成立期间，由物业服务企业提出维修实施方案（上海规定第七十一条第二款），${role}不得提出。`,
    reviewsDone: (missing) =>
      `专项维修资金的使用实行工程审价和使用程序审核（上海规定第六十七条第一款）；尚缺：${missing}。`,
    consultationRoute: (route) => `此阶段由${route}征询业主意见。`,
    noRouteBeforeAssembly: '本配置所依据的文本未规定业主大会成立前使用维修资金的途径。',
    approver: (approver) => `此阶段由${approver}审核同意方案（上海规定第七十三条第三款）。`,
    decisionMatches: (detail) => `该决定不是业主对本方案的决定：${detail}。`,
    costsReviewed: '维修费用凭审价报告在专项维修资金中列支。',
    listedEmergency: (kind) => `“${kind}”不是本配置所依据文本列明的紧急情况。`,
    reviewLapsed: (due) =>
      `业主委员会审核期至${due}；审核期届满未审核同意的，区房屋行政管理部门方可组织代为维修。`,
    substituteAllowed: '本配置所依据的文本未规定区房屋行政管理部门代为维修。',
    withdrawalNotice:
      '代为维修的费用凭审价报告和区房屋行政管理部门出具的支取通知在专项维修资金中列支（上海规定第七十三条第三款）。',
    raisingDecision: (detail) =>
      `再次筹集专项维修资金由业主大会以特别多数决定（民法典第二百七十八条第二款）：${detail}。`,
    paymentNoticeDue: (detail) => `业主委员会尚不应发出交款通知：${detail}。`,
    balanceTooLarge: '余额和首期筹集金额应为以分计的安全整数。',
    measuresDuty: '本配置依据的文本未规定物业服务企业立即采取应急防范措施的义务。',
    measuresFull: (max) => `一项维修最多记录${max}条应急防范措施。`,
    reviewOpen: (due) =>
      `业主委员会应在审核期限内作出不同意的决定，审核期限至${due}届满（第七十三条第三款）。`,
    rejectionsFull: (max) => `一项维修最多记录${max}次不同意维修方案的决定。`,
    revenueToFund: (share, toFundFen, revenueFen) =>
      `专项维修资金余额不足时，${formatBar(share, 'zh-CN')}的公共收益金额应当优先用于补充专项维修资金（北京条例第七十四条第二款）：${revenueFen}分中补充${toFundFen}分，比例不足。`,
    allocationExceeds: (toFundFen, revenueFen) =>
      `补充专项维修资金的${toFundFen}分超过公共收益${revenueFen}分。`,
    revenueTooLarge: '金额过大，无法与配置的比例精确比较；请分笔报告。',
    parts: {
      separator: '；',
      priceReview: '工程审价',
      procedureReview: '使用程序审核',
      otherItem: (item) => `议题${item}不是本方案的议题`,
      matterKind: (kind) => `事项类别为${kind}`,
      majority: (majority) => `表决规则为${majority}`,
      decidedBy: (decidedBy, part) =>
        `表决范围为${decidedBy ?? '全体业主'}，方案涉及${part ?? '全体共用部分'}`,
      partSilent: (piece) =>
        `${piece}（本配置所依据的文本未规定部分共用部分的维修由该部分业主决定，按方案所列范围核对）`,
      rulesProvide: '专项维修资金管理规约已就再次筹集作出约定',
      assemblyMayDecide: (due) => `业主大会作出决定的期限至${due}`,
    },
  },
  election: {
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
  },
};
