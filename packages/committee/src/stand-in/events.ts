import { eventSchema } from '@jiayuan/core';
import { z } from 'zod';
import { StandInMemberSchema } from './context.js';

const id = z.string().min(1);
const text = z.string().min(1);

/** The papers the stand-in files with the street office (BJ 55 ¶1 (一)–(三)). */
export const STAND_IN_FILING_DOCUMENTS = [
  'assembly-minutes-and-decisions',
  'rules-of-procedure',
  'management-statute',
] as const;

/** Steps that push the committee's formation or re-election forward (SH-36 (十八); BJ 52). */
export const PROGRESS_STEPS = [
  'owners-mobilised',
  'assembly-convened',
  'group-formed',
  'candidates-sought',
  'election-called',
  'other',
] as const;

/** The street office forms the stand-in body: its members, one of them chairing (SH-36 (十八); BJ 52, 54). */
export const FormStandInSchema = eventSchema('FORM_STAND_IN', {
  members: z.array(StandInMemberSchema).min(1),
});
/** The stand-in applies to the street office for filing, with its papers (BJ 55 ¶1). */
export const FileStandInSchema = eventSchema('FILE_STAND_IN', {
  documents: z.array(z.enum(STAND_IN_FILING_DOCUMENTS)),
});
/** The street office has checked the papers and completed the filing (BJ 55 ¶2). */
export const CompleteStandInFilingSchema = eventSchema('COMPLETE_STAND_IN_FILING');
/** The stand-in organised an owners' deliberation (SH-36 (十八) 组织业主开展协商议事; BJ 52). */
export const HoldDeliberationSchema = eventSchema('HOLD_DELIBERATION', {
  deliberationId: id,
  topic: text,
});
/** The stand-in coordinated a governance matter (SH-36 (十八) 协调解决小区物业治理事项). */
export const CoordinateMatterSchema = eventSchema('COORDINATE_MATTER', {
  matterId: id,
  matter: text,
});
/** The stand-in decided a matter, with the members who signed their consent (BJ 57 ¶3). */
export const DecideMatterSchema = eventSchema('DECIDE_MATTER', {
  decisionId: id,
  consenting: z.array(id),
});
/** A decided matter is posted in the complex (BJ 57 ¶3). */
export const PostStandInDecisionSchema = eventSchema('POST_STAND_IN_DECISION', {
  decisionId: id,
});
/** A step taken to push the committee's formation or re-election forward. */
export const RecordProgressSchema = eventSchema('RECORD_PROGRESS', {
  step: z.enum(PROGRESS_STEPS),
  note: z.string().optional(),
});
/** The committee has been established or re-elected: the stand-in is dissolved. */
export const DissolveStandInSchema = eventSchema('DISSOLVE_STAND_IN', {
  /** Where the new committee is on record, e.g. its filing reference. */
  reference: text,
});
/** The term ran out with no committee: the street office re-forms the body (BJ 58). */
export const ReformStandInSchema = eventSchema('REFORM_STAND_IN');
/** The clock moves; overdue deadlines are marked. */
export const StandInTickSchema = eventSchema('TICK');

/** The `FORM_STAND_IN` event as the machine receives it. */
export interface FormStandInEvent extends z.output<typeof FormStandInSchema> {}
/** The `FILE_STAND_IN` event as the machine receives it. */
export interface FileStandInEvent extends z.output<typeof FileStandInSchema> {}
/** The `COMPLETE_STAND_IN_FILING` event as the machine receives it. */
export interface CompleteStandInFilingEvent extends z.output<typeof CompleteStandInFilingSchema> {}
/** The `HOLD_DELIBERATION` event as the machine receives it. */
export interface HoldDeliberationEvent extends z.output<typeof HoldDeliberationSchema> {}
/** The `COORDINATE_MATTER` event as the machine receives it. */
export interface CoordinateMatterEvent extends z.output<typeof CoordinateMatterSchema> {}
/** The `DECIDE_MATTER` event as the machine receives it. */
export interface DecideMatterEvent extends z.output<typeof DecideMatterSchema> {}
/** The `POST_STAND_IN_DECISION` event as the machine receives it. */
export interface PostStandInDecisionEvent extends z.output<typeof PostStandInDecisionSchema> {}
/** The `RECORD_PROGRESS` event as the machine receives it. */
export interface RecordProgressEvent extends z.output<typeof RecordProgressSchema> {}
/** The `DISSOLVE_STAND_IN` event as the machine receives it. */
export interface DissolveStandInEvent extends z.output<typeof DissolveStandInSchema> {}
/** The `REFORM_STAND_IN` event as the machine receives it. */
export interface ReformStandInEvent extends z.output<typeof ReformStandInSchema> {}
/** The stand-in's `TICK` event as the machine receives it. */
export interface StandInTickEvent extends z.output<typeof StandInTickSchema> {}

/** Every event of the stand-in machine. */
export type StandInEvent =
  | FormStandInEvent
  | FileStandInEvent
  | CompleteStandInFilingEvent
  | HoldDeliberationEvent
  | CoordinateMatterEvent
  | DecideMatterEvent
  | PostStandInDecisionEvent
  | RecordProgressEvent
  | DissolveStandInEvent
  | ReformStandInEvent
  | StandInTickEvent;
