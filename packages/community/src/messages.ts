import { type Bilingual, bilingual } from '@jiayuan/core';

/** The coordinator's own texts, in zh-CN and en. */
export const COMMUNITY_TEXT = {
  oneProcessPerMatter: (matter: string, processId: string): Bilingual =>
    bilingual(
      `事项「${matter}」已有进行中的流程 ${processId}，同一事项同一时间只能有一个流程。`,
      `Matter "${matter}" already has a running process ${processId}; one process per matter at a time.`,
    ),
  otherComplex: (processId: string, complexId: string): Bilingual =>
    bilingual(
      `流程 ${processId} 不属于小区 ${complexId}。`,
      `Process ${processId} does not belong to complex ${complexId}.`,
    ),
  freezeStarted: bilingual(
    '换届改选小组已产生：自即日起至新一届业主委员会选举产生，不得召开业主大会决定选聘、解聘物业（《上海市住宅物业管理规定》第二十八条第四款）。',
    'A re-election group has formed: until the new committee is elected, no assembly may decide hiring or dismissing the firm (SH 28 ¶4).',
  ),
  freezeEnded: bilingual(
    '新一届业主委员会已选举产生，换届冻结解除。',
    'The new committee is elected; the re-election freeze ends.',
  ),
  coverageStarted: bilingual(
    '新一届业主委员会选举产生：开始党的组织和工作覆盖（静安通知二（二））。',
    'A new committee is elected: party coverage starts (Jing’an notice 二(二)).',
  ),
  coverageReview: bilingual(
    '新一届业主委员会选举产生：复核党的组织和工作覆盖情况。',
    'A new committee is elected: party coverage is reviewed.',
  ),
  standInRecorded: bilingual(
    '街镇已组建物业治理委员会：在业主委员会流程中记录临时补位（沪房物业〔2026〕36号（十八））。',
    'The street office has formed the stand-in body: recorded on the committee process (SH-36 (十八)).',
  ),
  standInDissolved: bilingual(
    '业主委员会已依法成立（备案完成）：物业治理委员会完成补位，予以解散。',
    'The committee is lawfully established (filing complete): the stand-in body is dissolved.',
  ),
  replacementDecided: (firmId: string, hiringProcessId: string): Bilingual =>
    bilingual(
      `业主大会已决定另聘物业服务企业 ${firmId}（选聘流程 ${hiringProcessId}）：原物业服务合同期限届满时终止，业主委员会应书面通知原企业（《上海市住宅物业管理规定》第四十六条第一款）。`,
      `The owners hired another firm, ${firmId} (hiring process ${hiringProcessId}): the contract ends when its term does, and the committee notifies the firm in writing (SH 46 ¶1).`,
    ),
  termEndNotAsFiled: (given: string, filed: string, processId: string): Bilingual =>
    bilingual(
      `业主委员会备案的任期于 ${filed} 届满（${processId}），换届不能按 ${given} 计算。`,
      `The committee filed a term ending on ${filed} (${processId}); the re-election cannot count from ${given}.`,
    ),
  matterRaised: (subject: string): Bilingual =>
    bilingual(
      `信息公开逾期，提交小区联席会议：${subject}`,
      `An overdue disclosure goes to the complex joint meeting: ${subject}`,
    ),
  drawingRecorded: (processId: string, costFen: number): Bilingual =>
    bilingual(
      `专项维修资金列支 ${yuan(costFen)} 元（${processId}）已登记，待下一次公布专项维修资金收支情况时列明。`,
      `The drawing of ¥${yuan(costFen)} from the maintenance fund (${processId}) is recorded, to be listed on the next posting of the fund's accounts.`,
    ),
  drawingWithoutCalendar: (processId: string): Bilingual =>
    bilingual(
      `专项维修资金列支（${processId}）未登记：本小区没有进行中的信息公开日历，须另行列入专项维修资金收支情况的公布。`,
      `The drawing from the maintenance fund (${processId}) is not recorded: the complex has no running disclosure calendar; it must be listed on the fund's accounts by other means.`,
    ),
  drawingRefused: (processId: string, reason: Bilingual | undefined): Bilingual =>
    bilingual(
      `专项维修资金列支（${processId}）未被信息公开日历登记：${reason?.['zh-CN'] ?? ''}`,
      `The disclosure calendar did not record the drawing from the maintenance fund (${processId}): ${reason?.en ?? ''}`,
    ),
  termEndAuditOpened: (processId: string): Bilingual =>
    bilingual(
      `新一届业主委员会选举产生（${processId}）：换届财务审计开始计时，审计结果应在物业管理区域内显著位置公告。`,
      `A new committee is elected (${processId}): the term-end audit falls due, its results to be posted in a prominent place in the complex.`,
    ),
  termEndAuditRefused: (processId: string, reason: Bilingual | undefined): Bilingual =>
    bilingual(
      `新一届业主委员会选举产生（${processId}），信息公开日历未开始换届财务审计的计时：${reason?.['zh-CN'] ?? ''}`,
      `A new committee is elected (${processId}), but the disclosure calendar did not open the term-end audit: ${reason?.en ?? ''}`,
    ),
} as const;

/** An amount in fen as yuan, thousands grouped, two decimals (23420000 → "234,200.00"). */
function yuan(fen: number): string {
  return `${Math.trunc(fen / 100).toLocaleString('en')}.${String(fen % 100).padStart(2, '0')}`;
}
