import type { ReadField, ReadMessageTemplates } from './types.js';

const EXPECTED: Readonly<Record<ReadField, string>> = {
  processId: '非空的流程编号',
  principal: '编号为1至128个字符的身份',
  locale: '“zh-CN”或“en”',
  log: '0至1000的整数',
  dueBefore: 'Date 或带 Z 或时区偏移的 ISO 8601 时刻',
  status: 'scheduled、delivered、refused、cancelled 之一',
  limit: '1至10000的整数',
  machine: '本主机登记的状态机',
};

/** The read model's refusal texts in Chinese. */
export const zhCN: ReadMessageTemplates = {
  'machine-mismatch': ({ processId, runs, asked }) =>
    `流程“${processId}”运行的是状态机“${runs}”，不是“${asked}”。`,
  'invalid-read': ({ field }) => `参数 ${field} 应为${EXPECTED[field]}。`,
};
