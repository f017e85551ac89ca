import { bilingual, defineCatalog, type EventOf, InstantSchema } from '@jiayuan/core';
import { z } from 'zod';
import { electionEntries } from '../election/catalog.js';
import { groupEntries } from '../group/catalog.js';
import { preparatoryComposition, preparatoryOwnerReps } from '../group/rules.js';
import { seatingEntries } from '../seating/catalog.js';
import { AreaSchema, IdSchema, TextSchema } from '../shared/bounds.js';
import { GroupMemberSchema } from '../shared/context.js';
import { TICK_DEFINITION } from '../shared/tick.js';
import { applicantsQualify, leaderAppointable, leaderAppointedFirst } from './application.js';
import {
  attendeesAreMembers,
  deliveryConsistent,
  fewOwnersAllowed,
  objectionNamesMember,
  ownersAllAgree,
  REPORT_DOCUMENTS,
  reportDocuments,
  settlementKeepsComposition,
} from './rules.js';

/**
 * The formation machine's events (FORM-1..13): its own, the preparatory group's work, the shared
 * election's and the seating's, each defined once.
 */
export const formationEvents = defineCatalog({
  RECORD_DELIVERY: {
    /** Delivery facts that may trigger the first assembly (SH 13 ¶2); areas in 0.01 m². */
    payload: {
      deliveredArea: AreaSchema,
      totalArea: AreaSchema.positive(),
      firstDeliveryAt: InstantSchema.optional(),
    },
    roles: ['developer', 'street-office', 'housing-office'],
    title: bilingual('记录交付情况', 'Record deliveries'),
    description: bilingual(
      '记录已出售并交付的面积及首套交付时间',
      'Record the delivered area and the first delivery',
    ),
    rules: [deliveryConsistent],
    actions: ['recordDelivery'],
    cite: ['SH-13'],
  },
  OWNERS_ACT_DIRECTLY: {
    /**
     * The owners of record — the process holds no roll before the preparatory group confirms
     * one — and, where there is more than one, their written agreement (SH 13 ¶2).
     */
    payload: {
      owners: z.number().int().positive(),
      agreement: z
        .strictObject({
          /** Where the signed agreement is kept. */
          reference: IdSchema,
          /** How many owners signed it. */
          signatories: z.number().int().positive(),
        })
        .optional(),
    },
    roles: ['street-office'],
    title: bilingual('业主共同履职', 'Owners act directly'),
    description: bilingual(
      '只有一个业主或业主人数较少且全体同意不成立业主大会',
      'One owner, or few owners all agreeing, act as assembly and committee',
    ),
    rules: [fewOwnersAllowed, ownersAllAgree],
    actions: ['ownersActDirectly'],
    cite: ['SH-13-2-few-owners'],
  },
  DEVELOPER_REPORT: {
    payload: { documents: z.array(z.enum(REPORT_DOCUMENTS)) },
    roles: ['developer'],
    title: bilingual('建设单位书面报告', "Developer's report"),
    description: bilingual(
      '在配置规定的期限内提出成立业主大会的书面报告',
      "Reports within the profile's period",
    ),
    rules: [reportDocuments],
    actions: ['recordReport'],
    cite: ['SH-14'],
  },
  OWNERS_REQUEST: {
    roles: ['owner'],
    title: bilingual('业主书面要求', "Owners' written request"),
    description: bilingual(
      '建设单位未及时报告的，业主书面要求成立业主大会',
      'When the developer has not reported in time, owners ask in writing',
    ),
    actions: ['recordOwnersRequest'],
    cite: ['SH-14-2'],
  },
  APPLY_TO_FORM: {
    /**
     * The owners applying, as the street office counts them (BJ 30): absent when the developer
     * applies. The base of the area share is the building's total area of the delivery facts.
     */
    payload: {
      applicants: z
        .strictObject({
          /** Owners who signed the application. */
          owners: z.number().int().positive(),
          /** All owners of record. */
          ofOwners: z.number().int().positive(),
          /** The exclusive area the applicants hold, in 0.01 m². */
          area: z.number().int().nonnegative(),
        })
        .optional(),
    },
    roles: ['owner', 'developer', 'residents-committee'],
    title: bilingual('申请成立业主大会', 'Apply to form the assembly'),
    description: bilingual(
      '百分之五以上的业主、专有部分占建筑物总面积百分之五以上的业主或者建设单位向街镇提出申请；居民委员会可以组织业主申请',
      "Owners who are 5% or more of the owners or hold 5% or more of the area, or the developer, apply to the street office; the residents' committee may organise the owners",
    ),
    rules: [applicantsQualify],
    actions: ['recordApplication'],
    cite: ['BJ-30-applicants'],
  },
  APPOINT_GROUP_LEADER: {
    roles: ['street-office'],
    title: bilingual('指定筹备组组长', 'Appoint the group leader'),
    description: bilingual(
      '街镇接到书面申请后三十日内审核，指定居民委员会工作人员担任筹备组组长',
      "The street office reviews the application within 30 days and appoints a residents' committee worker to lead the group",
    ),
    rules: [leaderAppointable],
    actions: ['appointLeader'],
    cite: ['BJ-31-1', 'BJ-31-1-leader'],
  },
  TRAIN_GROUP: {
    payload: { attendees: z.array(IdSchema).min(1).max(200) },
    roles: ['street-office'],
    title: bilingual('培训筹备组成员', 'Train the group'),
    description: bilingual(
      '街镇在筹备组开展筹备工作前组织成员培训',
      'The street office trains the members before the work begins',
    ),
    rules: [attendeesAreMembers],
    actions: ['trainGroup'],
    cite: ['SH-15-5'],
  },
  OBJECT_TO_MEMBER: {
    payload: { memberId: IdSchema, text: TextSchema },
    roles: ['owner'],
    title: bilingual('对筹备组成员提出异议', 'Object to a group member'),
    description: bilingual(
      '业主对筹备组成员有异议的，由街镇协调解决',
      'An owner objects to a group member; the street office settles it',
    ),
    rules: [objectionNamesMember],
    actions: ['objectToMember'],
    cite: ['SH-15-4'],
  },
  SETTLE_MEMBER_OBJECTION: {
    payload: {
      objectionId: IdSchema,
      outcome: z.enum(['upheld', 'dismissed']),
      answer: TextSchema,
      replacement: GroupMemberSchema.optional(),
    },
    roles: ['street-office'],
    title: bilingual('协调解决成员异议', 'Settle an objection to a member'),
    description: bilingual(
      '异议成立的，街镇调整成员，筹备组组成仍须合法',
      'If upheld, the street office replaces the member; the group stays lawfully composed',
    ),
    rules: [settlementKeepsComposition],
    actions: ['settleMemberObjection'],
    cite: ['SH-15-4'],
  },
  POST_ROSTER: {
    roles: ['preparatory-group'],
    title: bilingual('公告筹备组名单', 'Post the group roster'),
    description: bilingual(
      '筹备组成立之日起在配置规定的期限内公告',
      "Within the profile's period of forming",
    ),
    actions: ['postRoster', 'announce'],
    cite: ['SH-15-roster'],
  },
  ...groupEntries('preparatory'),
  // Where the profile has the leader convene the group (BJ 31 ¶2), it forms after the appointment.
  FORM_GROUP: {
    ...groupEntries('preparatory').FORM_GROUP,
    rules: [preparatoryComposition, preparatoryOwnerReps, leaderAppointedFirst],
  },
  ...electionEntries('preparatory-group'),
  ...seatingEntries('preparatory-group'),
  TICK: TICK_DEFINITION,
});

/** The events the formation machine takes (from its catalog). */
export type FormationEvent = EventOf<typeof formationEvents>;
