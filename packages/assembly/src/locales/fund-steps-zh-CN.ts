import { formatBar } from '@jiayuan/core';
import type { FundStepsLocale } from './fund-steps-types.js';

/** 专项维修资金后续环节的中文文本。 */
export const fundStepsZhCN: FundStepsLocale = {
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
};
