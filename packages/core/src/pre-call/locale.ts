import { type Bilingual, bilingual } from '../i18n.js';

/** What the pre-call rules require, in both languages (shown when one refuses). */
export const PRE_CALL_TEXT = {
  'party-report': bilingual(
    '业主委员会就物业服务企业选聘解聘等重大事项启动业主大会决策前，应当主动向居（村）党组织报告',
    'Before calling the owners’ assembly on a major matter such as hiring or dismissing the firm, the committee must report to the residential party organisation',
  ),
  'authorities-notified': bilingual(
    '召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程告知所在地房管机构、居民委员会',
    'Before calling the owners’ assembly the committee tells the housing office and the residents’ committee the time, place and agenda of the meeting',
  ),
  'report-to-party': bilingual('向居（村）党组织报告', 'Report to the party organisation'),
  'report-to-party-description': bilingual(
    '业主委员会就重大事项（如选聘、解聘物业服务企业）启动业主大会决策前，主动向居（村）党组织报告',
    'Before calling the assembly on a major matter (hiring or dismissing the firm is one), the committee reports to the residential party organisation',
  ),
  'notify-authorities': bilingual(
    '书面告知房管机构、居委会',
    'Written notice to the housing office and residents’ committee',
  ),
  'notify-authorities-description': bilingual(
    '业主委员会事先将会议时间、地点、议题和议程书面通知所在地房管机构、居民委员会',
    'The committee tells the housing office and the residents’ committee the meeting’s time, place and agenda in writing beforehand',
  ),
} as const satisfies Readonly<Record<string, Bilingual>>;
