import type { TallyMessages } from './messages.js';

/** Chinese texts of the tally (the language of CC 278 and SH 18). */
export const zhCN: TallyMessages = {
  issue: {
    malformed: (p) => `选票格式错误：${p.detail ?? ''}`,
    'unknown-unit': (p) => `选票 ${p.ballotId} 所投房屋「${p.unitId}」不在本小区名册中`,
    'unit-excluded': (p) =>
      `选票 ${p.ballotId} 所投房屋「${p.unitId}」不参加本次表决（${p.reason}）`,
    'not-owner': (p) =>
      `投票人「${p.castBy}」不是房屋「${p.unitId}」的业主，不能投票（选票 ${p.ballotId}）`,
    'duplicate-ballot': (p) => `选票编号 ${p.ballotId} 重复`,
    'duplicate-voter': (p) =>
      `房屋「${p.unitId}」的业主已经投票，本次表决不允许改票（选票 ${p.ballotId}）`,
    'before-open': (p) => `选票 ${p.ballotId} 的投票时间 ${p.at} 早于表决开始时间 ${p.bound}`,
    'after-close': (p) => `选票 ${p.ballotId} 的投票时间 ${p.at} 晚于表决截止时间 ${p.bound}`,
    'channel-not-allowed': (p) =>
      `选票 ${p.ballotId} 的投票方式「${p.channel}」未经业主大会同意使用`,
    'electronic-not-city-system': (p) =>
      `选票 ${p.ballotId}：互联网方式表决应当通过市住房和城乡建设主管部门建立的电子投票系统进行，该票来自${p.system === '' ? '未说明的系统' : `「${p.system}」`}`,
  },
  check: {
    'quorum-headcount': '参与表决人数 / 业主总人数',
    'quorum-area': '参与表决专有部分面积 / 总面积',
    'approval-headcount': '同意人数 / 参与表决人数',
    'approval-area': '同意面积 / 参与表决面积',
  },
  majority: { ordinary: '一般事项', special: '特别事项' },
  verdict: {
    passed: '表决通过',
    failedQuorum: '未通过：参与表决的人数或面积未达到三分之二',
    failedApproval: '未通过：同意的人数或面积未达到法定比例',
  },
  heading: (majority) => `表决结果（${majority}，《民法典》第二百七十八条第二款）`,
  electorate: (headcount, area, scope) =>
    `${scope}：业主 ${headcount} 人，专有部分面积 ${area} 平方米`,
  scope: { whole: '全体业主', part: (part) => `共有部分「${part}」的业主` },
  parking: {
    literal: '车位：可登记的车位按专有部分计入面积和人数',
    exclude: '车位：按议事规则不计入',
  },
  excluded: (n) => `未计入表决的专有部分：${n} 个`,
  coOwnerMerge: (sets, persons, merged) =>
    `按议事规则，有共同业主的专有部分按同一买受人计算（司法解释第九条）：${sets} 组业主计为 ${persons} 人，合并 ${merged} 人`,
  counts: (choice, headcount, area) => `${choice}：${headcount} 人，${area} 平方米`,
  choice: { agree: '同意', disagree: '反对', abstain: '弃权', spoilt: '废票' },
  line: (check, ratio, bar, passed) =>
    `${check} = ${ratio}，要求${bar}：${passed ? '达到' : '未达到'}`,
  ballots: (received, counted, superseded, rejected) =>
    `收到选票 ${received} 张，有效计入 ${counted} 张，被改票替换 ${superseded} 张，不予计入 ${rejected} 张`,
  revote: {
    'last-wins': '改票：以截止前最后一次投票为准',
    'first-only': '改票：不允许，以首次投票为准',
  },
  basis: (date) => `适用的条文（以${date}施行的文本为准）：`,
  cited: (citation, version, inForce) =>
    `${inForce ? '' : '【当日未施行】'}${citation}（${version}）`,
};
