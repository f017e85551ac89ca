import { bilingual, defineEvents } from '@jiayuan/core';
import { electionSpecs } from '../election/legacy-catalog.js';
import type { CommitteeContext } from '../shared/context.js';
import { contextRule } from '../shared/rule.js';
import {
  AdoptDraftsSchema,
  AssistSchema,
  ChooseOfficersSchema,
  CompleteFilingSchema,
  ConfirmRollSchema,
  DeveloperReportSchema,
  FileSchema,
  FormGroupSchema,
  ObjectToMemberSchema,
  OwnersActDirectlySchema,
  OwnersRequestSchema,
  PostResultSchema,
  PostRosterSchema,
  RecordDeliverySchema,
  RecordGuidanceSchema,
  RecordStandInSchema,
  SettleMemberObjectionSchema,
  TickSchema,
  TrainGroupSchema,
} from './events.js';
import {
  checkDelivery,
  checkDrafts,
  checkFiling,
  checkGroup,
  checkMemberObjection,
  checkOfficers,
  checkReport,
  checkSettlement,
  checkTraining,
  facilitatorAllowed,
  fewOwnersMayAct,
  standInAvailable,
  trainedFirst,
} from './rules.js';

/** Shared catalog entries of the steps after the election (officers, posting, filing). */
export const committeeSeatingSpecs = (group: 'preparatory-group' | 're-election-group') => ({
  CHOOSE_OFFICERS: {
    schema: ChooseOfficersSchema,
    roles: ['committee'] as const,
    title: bilingual('推选主任、副主任', 'Choose chair and vice-chair'),
    description: bilingual('委员中推选主任、副主任', 'Members choose the chair and vice-chair(s)'),
    rules: [
      contextRule(
        'officers-are-members',
        ['SH-21-2'],
        bilingual('主任、副主任须为不同委员', 'Officers are distinct members'),
        checkOfficers,
      ),
    ],
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
    rules: [
      contextRule(
        'filing-documents',
        ['SH-23', 'SH-29-2'],
        bilingual('备案文件齐全', 'All filing documents'),
        checkFiling,
      ),
    ],
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
    rules: [
      contextRule(
        'group-composition',
        ['SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader', 'SH-28-3', 'SH-6-6'],
        bilingual('小组组成合法', 'The group is lawfully composed'),
        checkGroup,
      ),
    ],
  },
  CONFIRM_ROLL: {
    schema: ConfirmRollSchema,
    roles: ['preparatory-group', 're-election-group'] as const,
    title: bilingual('确认业主名册', 'Confirm the roll'),
    description: bilingual(
      '确认并公示业主身份、人数及专有部分面积',
      'Confirm and post owners, headcount and areas',
    ),
    rules: [
      contextRule(
        'trained-first',
        ['SH-15-5'],
        bilingual('筹备工作开展前已组织培训', 'The group was trained before its work'),
        (context: CommitteeContext) => trainedFirst(context),
      ),
    ],
  },
  ADOPT_DRAFTS: {
    schema: AdoptDraftsSchema,
    roles: ['preparatory-group', 're-election-group'] as const,
    title: bilingual('确定筹备事项及委员人数', 'Adopt drafts and seats'),
    description: bilingual(
      '草拟规约和议事规则、表决规则、候选人产生和选举办法，确定委员人数',
      'Draft the statute and rules, voting rules, nomination and election methods; set the seats',
    ),
    rules: [
      contextRule(
        'drafts-and-size',
        ['SH-16-1', 'SH-20-1'],
        bilingual('筹备事项齐备，委员人数合法', 'Drafts complete; lawful size'),
        checkDrafts,
      ),
    ],
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
    rules: [
      contextRule(
        'facilitator-allowed',
        ['JA-2-2-2'],
        bilingual('规则允许第三方参与', 'The profile allows a facilitator'),
        (context: CommitteeContext) => facilitatorAllowed(context),
      ),
    ],
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
    rules: [
      contextRule(
        'stand-in-available',
        ['SH-36-18'],
        bilingual('规则规定了临时代行机构', 'The profile provides a stand-in'),
        (context: CommitteeContext) => standInAvailable(context),
      ),
    ],
  },
};

/** The formation machine's event catalog. */
export const formationEvents = defineEvents({
  RECORD_DELIVERY: {
    schema: RecordDeliverySchema,
    roles: ['developer', 'street-office', 'housing-office'],
    title: bilingual('记录交付情况', 'Record deliveries'),
    description: bilingual(
      '记录已出售并交付的面积及首套交付时间',
      'Record the delivered area and the first delivery',
    ),
    rules: [
      contextRule(
        'delivery-consistent',
        ['SH-13'],
        bilingual('交付面积不大于总面积', 'Delivered area within the total'),
        checkDelivery,
      ),
    ],
  },
  OWNERS_ACT_DIRECTLY: {
    schema: OwnersActDirectlySchema,
    roles: ['street-office'],
    title: bilingual('业主共同履职', 'Owners act directly'),
    description: bilingual(
      '只有一个业主或业主人数较少且全体同意不成立业主大会',
      'One owner, or few owners all agreeing, act as assembly and committee',
    ),
    rules: [
      contextRule(
        'few-owners-allowed',
        ['SH-13-2-few-owners'],
        bilingual('规则允许业主直接履职', 'The profile allows it'),
        (context: CommitteeContext) => fewOwnersMayAct(context),
      ),
    ],
  },
  DEVELOPER_REPORT: {
    schema: DeveloperReportSchema,
    roles: ['developer'],
    title: bilingual('建设单位书面报告', "Developer's report"),
    description: bilingual('三十日内提出成立业主大会的书面报告', 'Reports within 30 days'),
    rules: [
      contextRule(
        'report-documents',
        ['SH-14'],
        bilingual('报告附全部五项资料', 'The report has all five documents'),
        checkReport,
      ),
    ],
  },
  OWNERS_REQUEST: {
    schema: OwnersRequestSchema,
    roles: ['owner'],
    title: bilingual('业主书面要求', "Owners' written request"),
    description: bilingual(
      '建设单位未及时报告的，业主书面要求成立业主大会',
      'When the developer has not reported in time, owners ask in writing',
    ),
  },
  TRAIN_GROUP: {
    schema: TrainGroupSchema,
    roles: ['street-office'],
    title: bilingual('培训筹备组成员', 'Train the group'),
    description: bilingual(
      '街镇在筹备组开展筹备工作前组织成员培训',
      'The street office trains the members before the work begins',
    ),
    rules: [
      contextRule(
        'attendees-are-members',
        ['SH-15-5'],
        bilingual('参加培训的为筹备组成员', 'Attendees are group members'),
        checkTraining,
      ),
    ],
  },
  OBJECT_TO_MEMBER: {
    schema: ObjectToMemberSchema,
    roles: ['owner'],
    title: bilingual('对筹备组成员提出异议', 'Object to a group member'),
    description: bilingual(
      '业主对筹备组成员有异议的，由街镇协调解决',
      'An owner objects to a group member; the street office settles it',
    ),
    rules: [
      contextRule(
        'objection-names-member',
        ['SH-15-4'],
        bilingual('异议针对筹备组成员', 'The objection names a member'),
        checkMemberObjection,
      ),
    ],
  },
  SETTLE_MEMBER_OBJECTION: {
    schema: SettleMemberObjectionSchema,
    roles: ['street-office'],
    title: bilingual('协调解决成员异议', 'Settle an objection to a member'),
    description: bilingual(
      '异议成立的，街镇调整成员，筹备组组成仍须合法',
      'If upheld, the street office replaces the member; the group stays lawfully composed',
    ),
    rules: [
      contextRule(
        'settlement-keeps-composition',
        ['SH-15-4', 'SH-15-2', 'SH-15-2-owner-share', 'SH-15-2-leader'],
        bilingual('处理待决异议，组成仍合法', 'An open objection; lawful composition after'),
        checkSettlement,
      ),
    ],
  },
  ...standInSpecs,
  POST_ROSTER: {
    schema: PostRosterSchema,
    roles: ['preparatory-group'],
    title: bilingual('公告筹备组名单', 'Post the group roster'),
    description: bilingual('筹备组成立之日起七日内公告', 'Within 7 days of forming'),
  },
  ...groupSpecs,
  ...electionSpecs('preparatory-group'),
  ...committeeSeatingSpecs('preparatory-group'),
});
