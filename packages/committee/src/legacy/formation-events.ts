import { eventSchema, InstantSchema, RollSchema } from '@jiayuan/core';
import { z } from 'zod';
import { GroupMemberSchema } from '../shared/context.js';

/** The developer's report documents (SH 14 (一)–(五)). */
export const REPORT_DOCUMENTS = [
  'area-designation',
  'management-premises',
  'owner-register',
  'delivery-dates',
  'fund-register',
] as const;

/** What the group drafts and fixes before the first meeting (SH 16 ¶1 (三)–(六)). */
export const DRAFTS = [
  'management-statute',
  'rules-of-procedure',
  'voting-rules',
  'nomination-method',
  'election-method',
] as const;

/** The filing documents (SH 23 (一)–(六)). */
export const FILING_DOCUMENTS = [
  'minutes-and-decisions',
  'rules-of-procedure',
  'management-statute',
  'fund-statute',
  'members-and-undertakings',
  'training-records',
] as const;

/** Delivery facts that may trigger the first assembly (SH 13 ¶2); areas in 0.01 m². */
export const RecordDeliverySchema = eventSchema('RECORD_DELIVERY', {
  deliveredArea: z.number().int().nonnegative(),
  totalArea: z.number().int().positive(),
  firstDeliveryAt: InstantSchema.optional(),
});
/** The owners, one or few and all agreeing, act as assembly and committee (SH 13 ¶2). */
export const OwnersActDirectlySchema = eventSchema('OWNERS_ACT_DIRECTLY', {
  owners: z.number().int().positive(),
});
/** The developer's written report to the 街镇 (SH 14 ¶1). */
export const DeveloperReportSchema = eventSchema('DEVELOPER_REPORT', {
  documents: z.array(z.enum(REPORT_DOCUMENTS)),
});
/** Owners ask in writing when the developer has not reported (SH 14 ¶2, SH 28 ¶2). */
export const OwnersRequestSchema = eventSchema('OWNERS_REQUEST');
/** The 街镇 forms the group (SH 15, SH 28 ¶3). */
export const FormGroupSchema = eventSchema('FORM_GROUP', {
  members: z.array(GroupMemberSchema).min(1),
  residentsCommittees: z.number().int().positive().default(1),
});
/** The 街镇 trains the preparatory group before its work begins (SH 15 ¶5). */
export const TrainGroupSchema = eventSchema('TRAIN_GROUP', {
  attendees: z.array(z.string().min(1)).min(1),
});
/** An owner objects to a member of the preparatory group (SH 15 ¶4). */
export const ObjectToMemberSchema = eventSchema('OBJECT_TO_MEMBER', {
  memberId: z.string().min(1),
  text: z.string().min(1),
});
/** The 街镇 settles an objection to a group member, replacing the member if upheld (SH 15 ¶4). */
export const SettleMemberObjectionSchema = eventSchema('SETTLE_MEMBER_OBJECTION', {
  objectionId: z.string().min(1),
  outcome: z.enum(['upheld', 'dismissed']),
  answer: z.string().min(1),
  replacement: GroupMemberSchema.optional(),
});
/**
 * The 街镇 records that it formed the stand-in body (物业治理委员会, SH-36 (十八)) because the
 * committee could not be formed or re-elected on time; `reference` names the stand-in's own
 * process (`standInMachine`) or file.
 */
export const RecordStandInSchema = eventSchema('RECORD_STAND_IN', {
  reference: z.string().min(1),
});
/** The preparatory group posts its roster (SH 15 ¶1). */
export const PostRosterSchema = eventSchema('POST_ROSTER');
/** The group confirms and posts the owners, headcount and areas (SH 16 ¶1 (一)). */
export const ConfirmRollSchema = eventSchema('CONFIRM_ROLL', { roll: RollSchema });
/** The group adopts its drafts and sets the number of seats (SH 16 ¶1, SH 20 ¶1). */
export const AdoptDraftsSchema = eventSchema('ADOPT_DRAFTS', {
  drafts: z.array(z.enum(DRAFTS)),
  seats: z.number().int().positive(),
});
/** The members choose the chair and vice-chair(s) among themselves (SH 21 ¶2). */
export const ChooseOfficersSchema = eventSchema('CHOOSE_OFFICERS', {
  chair: z.string().min(1),
  viceChairs: z.array(z.string().min(1)).min(1),
});
/** The group posts the chair, vice-chairs and members (SH 21 ¶2). */
export const PostResultSchema = eventSchema('POST_RESULT');
/** The committee files with the 街镇 (SH 23, SH 29 ¶2). */
export const FileSchema = eventSchema('FILE', { documents: z.array(z.enum(FILING_DOCUMENTS)) });
/** The 街镇 completes the filing (SH 34). */
export const CompleteFilingSchema = eventSchema('COMPLETE_FILING');
/** The residential party organisation or street party committee records its guidance (JA 二(二)). */
export const RecordGuidanceSchema = eventSchema('RECORD_GUIDANCE', { text: z.string().min(1) });
/** A third-party professional organisation records its assistance (JA 二(二)). */
export const AssistSchema = eventSchema('ASSIST', { text: z.string().min(1) });
/** The clock moves (role `system`). */
export const TickSchema = eventSchema('TICK');

/** The `RecordDelivery` event as the machine receives it (parsed by its schema). */
export interface RecordDeliveryEvent extends z.output<typeof RecordDeliverySchema> {}

/** The `OwnersActDirectly` event as the machine receives it (parsed by its schema). */
export interface OwnersActDirectlyEvent extends z.output<typeof OwnersActDirectlySchema> {}

/** The `DeveloperReport` event as the machine receives it (parsed by its schema). */
export interface DeveloperReportEvent extends z.output<typeof DeveloperReportSchema> {}

/** The `OwnersRequest` event as the machine receives it (parsed by its schema). */
export interface OwnersRequestEvent extends z.output<typeof OwnersRequestSchema> {}

/** The `FormGroup` event as the machine receives it (parsed by its schema). */
export interface FormGroupEvent extends z.output<typeof FormGroupSchema> {}

/** The `TrainGroup` event as the machine receives it (parsed by its schema). */
export interface TrainGroupEvent extends z.output<typeof TrainGroupSchema> {}

/** The `ObjectToMember` event as the machine receives it (parsed by its schema). */
export interface ObjectToMemberEvent extends z.output<typeof ObjectToMemberSchema> {}

/** The `SettleMemberObjection` event as the machine receives it (parsed by its schema). */
export interface SettleMemberObjectionEvent extends z.output<typeof SettleMemberObjectionSchema> {}

/** The `RecordStandIn` event as the machine receives it (parsed by its schema). */
export interface RecordStandInEvent extends z.output<typeof RecordStandInSchema> {}

/** The `PostRoster` event as the machine receives it (parsed by its schema). */
export interface PostRosterEvent extends z.output<typeof PostRosterSchema> {}

/** The `ConfirmRoll` event as the machine receives it (parsed by its schema). */
export interface ConfirmRollEvent extends z.output<typeof ConfirmRollSchema> {}

/** The `AdoptDrafts` event as the machine receives it (parsed by its schema). */
export interface AdoptDraftsEvent extends z.output<typeof AdoptDraftsSchema> {}

/** The `ChooseOfficers` event as the machine receives it (parsed by its schema). */
export interface ChooseOfficersEvent extends z.output<typeof ChooseOfficersSchema> {}

/** The `PostResult` event as the machine receives it (parsed by its schema). */
export interface PostResultEvent extends z.output<typeof PostResultSchema> {}

/** The `File` event as the machine receives it (parsed by its schema). */
export interface FileEvent extends z.output<typeof FileSchema> {}

/** The `CompleteFiling` event as the machine receives it (parsed by its schema). */
export interface CompleteFilingEvent extends z.output<typeof CompleteFilingSchema> {}

/** The `RecordGuidance` event as the machine receives it (parsed by its schema). */
export interface RecordGuidanceEvent extends z.output<typeof RecordGuidanceSchema> {}

/** The `Assist` event as the machine receives it (parsed by its schema). */
export interface AssistEvent extends z.output<typeof AssistSchema> {}

/** The `Tick` event as the machine receives it (parsed by its schema). */
export interface TickEvent extends z.output<typeof TickSchema> {}

/** The formation's own events (the election's are in `election/events.ts`). */
export type FormationOwnEvent =
  | RecordDeliveryEvent
  | OwnersActDirectlyEvent
  | DeveloperReportEvent
  | OwnersRequestEvent
  | FormGroupEvent
  | TrainGroupEvent
  | ObjectToMemberEvent
  | SettleMemberObjectionEvent
  | RecordStandInEvent
  | PostRosterEvent
  | ConfirmRollEvent
  | AdoptDraftsEvent
  | ChooseOfficersEvent
  | PostResultEvent
  | FileEvent
  | CompleteFilingEvent
  | RecordGuidanceEvent
  | AssistEvent
  | TickEvent;
