import { bilingual, defineCatalog, type EventOf } from '@jiayuan/core';
import { z } from 'zod';
import { electionEntries } from '../election/catalog.js';
import { groupEntries } from '../group/catalog.js';
import { seatingEntries } from '../seating/catalog.js';
import { TextSchema } from '../shared/bounds.js';
import { TICK_DEFINITION } from '../shared/tick.js';
import { AssemblyTopicSchema, freezeRule } from './freeze.js';
import {
  AUDIT_SCOPE,
  auditScope,
  filingCompletedRule,
  handoverOverdueRule,
  recordsOnce,
} from './rules.js';

/**
 * The re-election machine's events (TERM-1..4, TERM-8): its own, the re-election group's work,
 * the shared election's and the seating's, each defined once.
 */
export const reElectionEvents = defineCatalog({
  REPORT_TERM_END: {
    roles: ['committee'],
    title: bilingual('书面报告任期届满', 'Report the coming term end'),
    description: bilingual(
      '任期届满前按配置规定的期限书面报告街镇',
      "Report to the street office the profile's period before the term ends",
    ),
    actions: ['reportTermEnd'],
    cite: ['SH-28-1'],
  },
  OWNERS_REQUEST: {
    roles: ['owner'],
    title: bilingual('业主书面要求组建换届改选小组', "Owners' written request"),
    description: bilingual(
      '业主委员会未按期报告的，业主书面要求街镇组建换届改选小组',
      'When the committee has not reported, owners ask the street office in writing to form the group',
    ),
    actions: ['recordOwnersRequest'],
    cite: ['SH-28-2'],
  },
  CALL_ASSEMBLY: {
    /** The topic: a TERM-3 matter, or a routine one (SH 25; frozen ones: SH 28 ¶4). */
    payload: { topic: AssemblyTopicSchema },
    roles: ['committee'],
    title: bilingual('组织召开业主大会会议', 'Call an owners’ assembly'),
    description: bilingual(
      '换届期间不得就选聘解聘物业、调整收费、重大维修等作出决定',
      'During re-election no decision on the firm, fees, major repairs or other major matters',
    ),
    rules: [freezeRule],
    actions: ['callAssembly'],
    cite: ['SH-28-4'],
  },
  HAND_OVER_RECORDS: {
    roles: ['committee'],
    title: bilingual('移交档案资料和印章', 'Hand records and seals to the housing office'),
    description: bilingual(
      '换届改选小组成立之日起在配置规定的期限内移交房管机构',
      "Within the profile's period of the group forming, to the housing office",
    ),
    rules: [recordsOnce],
    actions: ['handOverRecords'],
    cite: ['SH-29-1'],
  },
  PRESS_HANDOVER: {
    roles: ['street-office'],
    title: bilingual('督促移交', 'Press the hand-over'),
    description: bilingual(
      '拒不移交的，街镇督促移交，公安机关协助',
      'On refusal the street office presses, the police assisting',
    ),
    rules: [handoverOverdueRule],
    actions: ['pressHandover', 'announce'],
    cite: ['SH-29-3'],
  },
  AUTHORITY_HANDOVER: {
    roles: ['housing-office'],
    title: bilingual('房管机构移交新一届', 'Housing office hands over'),
    description: bilingual(
      '备案后在配置规定的期限内移交新一届业主委员会',
      "Within the profile's period of filing, to the new committee",
    ),
    rules: [filingCompletedRule],
    actions: ['authorityHandover'],
    cite: ['SH-29-2-handover'],
  },
  POST_AUDIT: {
    /** The audit by a qualified firm, and what it covers (SH 67 ¶2: 换届财务审计). */
    payload: { auditor: TextSchema, covers: z.array(z.enum(AUDIT_SCOPE)) },
    roles: ['committee'],
    title: bilingual('公告换届财务审计结果', 'Post the term-end audit'),
    description: bilingual(
      '委托有资质的中介机构进行换届财务审计，结果按配置规定的期限公告',
      "A qualified firm audits the term; the results stay posted for the profile's period",
    ),
    rules: [auditScope],
    actions: ['postAudit', 'announce'],
    cite: ['SH-67'],
  },
  ...groupEntries('re-election'),
  ...electionEntries('re-election-group'),
  ...seatingEntries('re-election-group'),
  TICK: TICK_DEFINITION,
});

/** The events the re-election machine takes (from its catalog). */
export type ReElectionEvent = EventOf<typeof reElectionEvents>;
