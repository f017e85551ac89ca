import { bilingual, defineEvents } from '@jiayuan/core';
import { electionSpecs } from '../legacy/election-catalog.js';
import { OwnersRequestSchema } from '../legacy/formation-events.js';
import { committeeSeatingSpecs, groupSpecs, standInSpecs } from '../legacy/specs.js';
import { contextRule } from '../shared/rule.js';
import {
  AuthorityHandoverSchema,
  CallAssemblySchema,
  HandOverRecordsSchema,
  PostAuditSchema,
  PressHandoverSchema,
  ReportTermEndSchema,
} from './events.js';
import { checkFreeze } from './freeze.js';
import { checkAudit, filingCompleted, handoverOverdue, recordsPending } from './rules.js';

/** The re-election machine's event catalog (TERM-1..4, TERM-8). */
export const reElectionEvents = defineEvents({
  REPORT_TERM_END: {
    schema: ReportTermEndSchema,
    roles: ['committee'],
    title: bilingual('书面报告任期届满', 'Report the coming term end'),
    description: bilingual(
      '任期届满五个月前书面报告街镇',
      'Report to the street office five months before the term ends',
    ),
  },
  OWNERS_REQUEST: {
    schema: OwnersRequestSchema,
    roles: ['owner'],
    title: bilingual('业主书面要求组建换届改选小组', "Owners' written request"),
    description: bilingual(
      '业主委员会未按期报告的，业主书面要求街镇组建换届改选小组',
      'When the committee has not reported, owners ask the street office in writing to form the group',
    ),
  },
  CALL_ASSEMBLY: {
    schema: CallAssemblySchema,
    roles: ['committee'],
    title: bilingual('组织召开业主大会会议', 'Call an owners’ assembly'),
    description: bilingual(
      '换届期间不得就选聘解聘物业、调整收费、重大维修等作出决定',
      'During re-election no decision on the firm, fees, major repairs or other major matters',
    ),
    rules: [
      contextRule(
        'freeze',
        ['SH-28-4'],
        bilingual('换届期间冻结重大事项', 'The re-election freeze'),
        checkFreeze,
      ),
    ],
  },
  HAND_OVER_RECORDS: {
    schema: HandOverRecordsSchema,
    roles: ['committee'],
    title: bilingual('移交档案资料和印章', 'Hand records and seals to the housing office'),
    description: bilingual(
      '换届改选小组成立之日起十日内移交房管机构',
      'Within 10 days of the group forming, to the housing office',
    ),
    rules: [
      contextRule(
        'records-once',
        ['SH-29-1'],
        bilingual('档案资料只移交一次', 'Records are handed over once'),
        (context) => recordsPending(context),
      ),
    ],
  },
  PRESS_HANDOVER: {
    schema: PressHandoverSchema,
    roles: ['street-office'],
    title: bilingual('督促移交', 'Press the hand-over'),
    description: bilingual(
      '拒不移交的，街镇督促移交，公安机关协助',
      'On refusal the street office presses, the police assisting',
    ),
    rules: [
      contextRule(
        'handover-overdue',
        ['SH-29-3'],
        bilingual('移交已逾期', 'The hand-over is overdue'),
        (context) => handoverOverdue(context),
      ),
    ],
  },
  AUTHORITY_HANDOVER: {
    schema: AuthorityHandoverSchema,
    roles: ['housing-office'],
    title: bilingual('房管机构移交新一届', 'Housing office hands over'),
    description: bilingual(
      '备案后十日内移交新一届业主委员会',
      'Within 10 days of filing, to the new committee',
    ),
    rules: [
      contextRule(
        'filing-completed',
        ['SH-29-2', 'SH-29-2-handover'],
        bilingual('换届备案已完成', 'The re-election filing is complete'),
        (context) => filingCompleted(context),
      ),
    ],
  },
  POST_AUDIT: {
    schema: PostAuditSchema,
    roles: ['committee'],
    title: bilingual('公告换届财务审计结果', 'Post the term-end audit'),
    description: bilingual(
      '委托有资质的中介机构进行换届财务审计，结果公告三十日',
      'A qualified firm audits the term; the results stay posted for 30 days',
    ),
    rules: [
      contextRule(
        'audit-scope',
        ['SH-67'],
        bilingual('审计覆盖维修资金、公共收益和工作经费', 'The audit covers every fund'),
        checkAudit,
      ),
    ],
  },
  ...groupSpecs,
  ...standInSpecs,
  ...electionSpecs('re-election-group'),
  ...committeeSeatingSpecs('re-election-group'),
});
