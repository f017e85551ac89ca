import { type Bilingual, bilingual, type Period } from '@jiayuan/core';
import { periodWords } from './period-words.js';

/** A title built from the period its deadline was computed from (zh-CN, en). */
type Template = (p: Bilingual) => readonly [zh: string, en: string];

// Each title names the period the profile in force gave, never a fixed number: under `beijing`
// the first meeting is due in 60 days, under `shanghai` in 90 (issue 18).
const TEMPLATES = {
  'developer-report': (p) => [
    `建设单位书面报告（${p['zh-CN']}内）`,
    `Developer's report (${p.en})`,
  ],
  'group-formation': (p) => [
    `街镇组建小组（${p['zh-CN']}内）`,
    `Street office forms the group (${p.en})`,
  ],
  'group-convening': (p) => [
    `筹备组组长召开首次筹备组会议（${p['zh-CN']}内）`,
    `The leader convenes the group (${p.en})`,
  ],
  'roster-posting': (p) => [
    `筹备组公告成员名单（${p['zh-CN']}内）`,
    `Group posts its roster (${p.en})`,
  ],
  'first-meeting': (p) => [
    `召开首次业主大会会议（${p['zh-CN']}内）`,
    `First meeting held (${p.en})`,
  ],
  'officers-chosen': (p) => [
    `首次会议推选主任、副主任（${p['zh-CN']}内）`,
    `Officers chosen at the first meeting (${p.en})`,
  ],
  'election-posting': (p) => [`公告委员名单（${p['zh-CN']}内）`, `Members posted (${p.en})`],
  filing: (p) => [`业主委员会备案（${p['zh-CN']}内）`, `Committee files (${p.en})`],
  'filing-completion': (p) => [
    `街镇完成备案（${p['zh-CN']}内）`,
    `Street office completes filing (${p.en})`,
  ],
  'term-report': (p) => [`任期届满${p['zh-CN']}前书面报告`, `Report ${p.en} before term end`],
  'records-handover': (p) => [
    `移交档案资料和印章（${p['zh-CN']}内）`,
    `Records and seals handed to the housing office (${p.en})`,
  ],
  'authority-handover': (p) => [
    `房管机构移交新一届（备案后${p['zh-CN']}内）`,
    `Housing office hands over to the new committee (${p.en})`,
  ],
  'term-end-audit': (p) => [
    `换届财务审计（新一届选出后${p['zh-CN']}内）`,
    `Term-end audit (within ${p.en} of the election)`,
  ],
  'member-handover': (p) => [
    `不再担任委员的，${p['zh-CN']}内移交`,
    `A departing member hands over within ${p.en}`,
  ],
  'change-filing': (p) => [
    `委员变更后${p['zh-CN']}内办理变更备案`,
    `Membership change filed within ${p.en}`,
  ],
  'regular-meeting': (p) => [
    `至少每${p['zh-CN']}召开一次业主委员会会议`,
    `A committee meeting at least every ${p.en}`,
  ],
  'decision-posting': (p) => [`决定${p['zh-CN']}内公告`, `Decision posted within ${p.en}`],
} as const satisfies Record<string, Template>;

/** The committee deadlines whose title names no period: the term's own end. */
const FIXED = {
  'elect-before-expiry': bilingual(
    '任期届满前选举产生新一届',
    'New committee elected before expiry',
  ),
} as const satisfies Record<string, Bilingual>;

/** The id of a committee deadline measured by a profile period. */
export type PeriodDeadlineId = keyof typeof TEMPLATES;

/** The id of a committee deadline. */
export type DeadlineId = PeriodDeadlineId | keyof typeof FIXED;

/** Every committee deadline id, those measured by a profile period first. */
export const DEADLINE_IDS: readonly DeadlineId[] = [
  ...(Object.keys(TEMPLATES) as PeriodDeadlineId[]),
  ...(Object.keys(FIXED) as (keyof typeof FIXED)[]),
];

/**
 * The title of committee deadline `id`, naming `period` — the one the deadline was computed from
 * (the profile in force), in both languages: `deadlineTitle('first-meeting', { days: 60 })` →
 * `召开首次业主大会会议（六十日内）` / `First meeting held (60 days)`.
 *
 * @throws TypeError / RangeError when `period` is not a period (core's `periodParts`).
 */
export function deadlineTitle(id: PeriodDeadlineId, period: Period): Bilingual;
export function deadlineTitle(id: keyof typeof FIXED): Bilingual;
export function deadlineTitle(id: DeadlineId, period?: Period): Bilingual {
  if (id in FIXED) return FIXED[id as keyof typeof FIXED];
  if (period === undefined) throw new TypeError(`deadline ${id} is titled from its period`);
  const [zh, en] = TEMPLATES[id as PeriodDeadlineId](periodWords(period));
  return bilingual(zh, en);
}
