import { type Bilingual, bilingual } from '@jiayuan/core';

/** The deadlines the committee procedures keep, by id, with their titles. */
export const DEADLINE_TITLES = {
  'developer-report': bilingual('建设单位书面报告（三十日内）', "Developer's report (30 days)"),
  'group-formation': bilingual(
    '街镇组建小组（六十日内）',
    'Street office forms the group (60 days)',
  ),
  'group-convening': bilingual(
    '筹备组组长召开首次筹备组会议（三十日内）',
    'The leader convenes the group (30 days)',
  ),
  'roster-posting': bilingual('筹备组公告成员名单（七日内）', 'Group posts its roster (7 days)'),
  'first-meeting': bilingual('召开首次业主大会会议（九十日内）', 'First meeting held (90 days)'),
  'officers-chosen': bilingual(
    '首次会议推选主任、副主任（七日内）',
    'Officers chosen at the first meeting (7 days)',
  ),
  'election-posting': bilingual('公告委员名单（三日内）', 'Members posted (3 days)'),
  filing: bilingual('业主委员会备案（三十日内）', 'Committee files (30 days)'),
  'filing-completion': bilingual(
    '街镇完成备案（二十日内）',
    'Street office completes filing (20 days)',
  ),
  'term-report': bilingual('任期届满五个月前书面报告', 'Report before term end'),
  'records-handover': bilingual(
    '移交档案资料和印章（十日内）',
    'Records and seals handed to the housing office (10 days)',
  ),
  'elect-before-expiry': bilingual(
    '任期届满前选举产生新一届',
    'New committee elected before expiry',
  ),
  'authority-handover': bilingual(
    '房管机构移交新一届（备案后十日内）',
    'Housing office hands over to the new committee (10 days)',
  ),
  'term-end-audit': bilingual(
    '换届财务审计（新一届选出后一个月内）',
    'Term-end audit (a month after the election)',
  ),
  'member-handover': bilingual(
    '不再担任委员的，十日内移交',
    'A departing member hands over within 10 days',
  ),
  'change-filing': bilingual(
    '委员变更后三十日内办理变更备案',
    'Membership change filed within 30 days',
  ),
  'regular-meeting': bilingual(
    '至少每两个月召开一次业主委员会会议',
    'A committee meeting at least every two months',
  ),
  'decision-posting': bilingual('决定三日内公告', 'Decision posted within 3 days'),
} as const satisfies Record<string, Bilingual>;

/** The id of a committee deadline. */
export type DeadlineId = keyof typeof DEADLINE_TITLES;
