import { eventSchema, FreezeMatterSchema } from '@jiayuan/core';
import { z } from 'zod';

/** Topics an assembly may be called on: the TERM-3 matters, or a routine one. */
export const AssemblyTopicSchema = z.union([FreezeMatterSchema, z.literal('routine')]);

/** The committee reports its coming term end to the 街镇 (SH 28 ¶1). */
export const ReportTermEndSchema = eventSchema('REPORT_TERM_END');
/** The sitting committee calls an owners' assembly on a topic (SH 25; frozen ones: SH 28 ¶4). */
export const CallAssemblySchema = eventSchema('CALL_ASSEMBLY', { topic: AssemblyTopicSchema });
/** The outgoing committee hands records and seals to the housing office (SH 29 ¶1). */
export const HandOverRecordsSchema = eventSchema('HAND_OVER_RECORDS');
/** The 街镇 presses a refused hand-over, police assisting (SH 29 ¶3). */
export const PressHandoverSchema = eventSchema('PRESS_HANDOVER');
/** The housing office hands records to the new committee (SH 29 ¶2). */
export const AuthorityHandoverSchema = eventSchema('AUTHORITY_HANDOVER');

/** What the term-end audit covers (SH 67 ¶2). */
export const AUDIT_SCOPE = ['maintenance-fund', 'public-revenue', 'committee-funds'] as const;

/**
 * The committee posts the term-end financial audit by a qualified firm (SH 67 ¶2: 换届财务审计;
 * results posted 30 days).
 */
export const PostAuditSchema = eventSchema('POST_AUDIT', {
  auditor: z.string().min(1),
  covers: z.array(z.enum(AUDIT_SCOPE)),
});

/** The `ReportTermEnd` event as the machine receives it (parsed by its schema). */
export interface ReportTermEndEvent extends z.output<typeof ReportTermEndSchema> {}

/** The `CallAssembly` event as the machine receives it (parsed by its schema). */
export interface CallAssemblyEvent extends z.output<typeof CallAssemblySchema> {}

/** The `HandOverRecords` event as the machine receives it (parsed by its schema). */
export interface HandOverRecordsEvent extends z.output<typeof HandOverRecordsSchema> {}

/** The `PressHandover` event as the machine receives it (parsed by its schema). */
export interface PressHandoverEvent extends z.output<typeof PressHandoverSchema> {}

/** The `AuthorityHandover` event as the machine receives it (parsed by its schema). */
export interface AuthorityHandoverEvent extends z.output<typeof AuthorityHandoverSchema> {}

/** The `PostAudit` event as the machine receives it (parsed by its schema). */
export interface PostAuditEvent extends z.output<typeof PostAuditSchema> {}

/** The re-election's own events (shared ones are in `formation/events.ts`). */
export type ReElectionOwnEvent =
  | ReportTermEndEvent
  | CallAssemblyEvent
  | HandOverRecordsEvent
  | PressHandoverEvent
  | AuthorityHandoverEvent
  | PostAuditEvent;
