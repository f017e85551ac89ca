// The re-election's catalog entries shared with the formation before it owned its rules; removed
// once the re-election machine has its own catalog.
import { bilingual } from '@jiayuan/core';
import {
  facilitatorAllowedRule,
  reElectionComposition,
  reElectionDrafts,
  standInAvailableRule,
} from '../group/rules.js';
import { filingDocuments, officersAreMembers } from '../seating/rules.js';
import {
  AdoptDraftsSchema,
  AssistSchema,
  ChooseOfficersSchema,
  CompleteFilingSchema,
  ConfirmRollSchema,
  FileSchema,
  FormGroupSchema,
  PostResultSchema,
  RecordGuidanceSchema,
  RecordStandInSchema,
  TickSchema,
} from './formation-events.js';

/** Shared catalog entries of the steps after the election (officers, posting, filing). */
export const committeeSeatingSpecs = (group: 'preparatory-group' | 're-election-group') => ({
  CHOOSE_OFFICERS: {
    schema: ChooseOfficersSchema,
    roles: ['committee'] as const,
    title: bilingual('推选主任、副主任', 'Choose chair and vice-chair'),
    description: bilingual('委员中推选主任、副主任', 'Members choose the chair and vice-chair(s)'),
    rules: [officersAreMembers],
  },
  POST_RESULT: {
    schema: PostResultSchema,
    roles: [group] as const,
    title: bilingual('公告委员名单', 'Post the members'),
    description: bilingual('选举完成之日起三日内公告', 'Posted within 3 days of the election'),
  },
  FILE: {
    schema: FileSchema,
    roles: ['committee'] as const,
    title: bilingual('办理备案', 'File with the street office'),
    description: bilingual('选举产生之日起三十日内备案', 'Files within 30 days of election'),
    rules: [filingDocuments],
  },
  COMPLETE_FILING: {
    schema: CompleteFilingSchema,
    roles: ['street-office'] as const,
    title: bilingual('完成备案', 'Complete the filing'),
    description: bilingual(
      '街镇受理后二十日内完成备案',
      'The street office completes filing in 20 days',
    ),
  },
  TICK: {
    schema: TickSchema,
    roles: ['system'] as const,
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期',
      'The clock moves; overdue deadlines are marked',
    ),
  },
});

/** Catalog entries of the group's formation (FORM-4, TERM-2), shared with re-election. */
export const groupSpecs = {
  FORM_GROUP: {
    schema: FormGroupSchema,
    roles: ['street-office'] as const,
    title: bilingual('组建小组', 'Form the group'),
    description: bilingual('街镇组建筹备组或换届改选小组', 'The street office forms the group'),
    rules: [reElectionComposition],
  },
  CONFIRM_ROLL: {
    schema: ConfirmRollSchema,
    roles: ['preparatory-group', 're-election-group'] as const,
    title: bilingual('确认业主名册', 'Confirm the roll'),
    description: bilingual(
      '确认并公示业主身份、人数及专有部分面积',
      'Confirm and post owners, headcount and areas',
    ),
  },
  ADOPT_DRAFTS: {
    schema: AdoptDraftsSchema,
    roles: ['preparatory-group', 're-election-group'] as const,
    title: bilingual('确定筹备事项及委员人数', 'Adopt drafts and seats'),
    description: bilingual(
      '草拟规约和议事规则、表决规则、候选人产生和选举办法，确定委员人数',
      'Draft the statute and rules, voting rules, nomination and election methods; set the seats',
    ),
    rules: [reElectionDrafts],
  },
  RECORD_GUIDANCE: {
    schema: RecordGuidanceSchema,
    roles: ['residential-party-organisation', 'street-party-committee'] as const,
    title: bilingual('党组织指导', 'Party guidance'),
    description: bilingual(
      '居民区党组织领导业委会组建、换届，记录其指导',
      'The residential party organisation leads formation and re-election; its guidance is recorded',
    ),
  },
  ASSIST: {
    schema: AssistSchema,
    roles: ['third-party-organisation'] as const,
    title: bilingual('第三方协助', 'Third-party assistance'),
    description: bilingual(
      '第三方专业社会组织全程参与协助',
      'A third-party professional organisation assists throughout',
    ),
    rules: [facilitatorAllowedRule],
  },
};

/** Catalog entry of the stand-in body (TERM-9), shared with re-election. */
export const standInSpecs = {
  RECORD_STAND_IN: {
    schema: RecordStandInSchema,
    // `system`: a coordinator records the stand-in the street office formed in its own process.
    roles: ['street-office', 'system'] as const,
    title: bilingual('记录组建物业治理委员会', 'Record the stand-in body'),
    description: bilingual(
      '业主委员会无法按时组建、换届的，街镇牵头组建物业治理委员会临时补位',
      'When the committee cannot be formed or re-elected in time, the street office forms a temporary stand-in',
    ),
    rules: [standInAvailableRule],
  },
};
