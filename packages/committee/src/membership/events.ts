import { ChannelSchema, eventSchema, InstantSchema, ProxySchema } from '@jiayuan/core';
import { z } from 'zod';

const id = z.string().min(1);

/** The grounds that end membership by themselves (SH 31 ¶2: 自然终止). */
export const AUTOMATIC_GROUNDS = ['no-longer-owner', 'resigned'] as const;
/** The grounds the assembly decides on: termination (三) or removal, 罢免 (四)–(六). */
export const ASSEMBLY_GROUNDS = [
  'unable-to-serve',
  'refuses-to-convene',
  'absent',
  'breaks-undertaking',
] as const;

/** A membership ends by itself: no longer an owner, or written resignation (SH 31 (一)(二)). */
export const MembershipEndsSchema = eventSchema('MEMBERSHIP_ENDS', {
  memberId: id,
  ground: z.enum(AUTOMATIC_GROUNDS),
});
/** A termination or removal is put to the assembly (SH 31 (三)–(六)). */
export const ProposeRemovalSchema = eventSchema('PROPOSE_REMOVAL', {
  memberId: id,
  ground: z.enum(ASSEMBLY_GROUNDS),
  closesAt: InstantSchema,
});
/** An owner's ballot on the removal motion. */
export const RemovalBallotSchema = eventSchema('REMOVAL_BALLOT', {
  ballotId: id,
  unitId: id,
  castBy: id,
  channel: ChannelSchema,
  proxy: ProxySchema.optional(),
  choice: z.enum(['agree', 'disagree', 'abstain']),
});
/** Voting on the removal motion closes and is tallied (CC 278 ¶2). */
export const CloseRemovalVoteSchema = eventSchema('CLOSE_REMOVAL_VOTE');
/** A departing member has handed over what they kept (SH 30). */
export const MemberHandsOverSchema = eventSchema('MEMBER_HANDS_OVER', { memberId: id });
/** The assembly starts a by-election for the vacant seats (SH 32 ¶1). */
export const StartByElectionSchema = eventSchema('START_BY_ELECTION');
/** The assembly, convened by the street office, starts early re-election (SH 32 ¶2 (三)(四)). */
export const DecideEarlyReElectionSchema = eventSchema('DECIDE_EARLY_RE_ELECTION', {
  reason: z.enum(['unlawful-decisions', 'cannot-function']),
});
/** The committee files the membership change with the street office (SH 33, 变更备案). */
export const FileChangeSchema = eventSchema('FILE_CHANGE');
/** A committee meeting was held, with who attended (SH 26; activity, attendance). */
export const RecordMeetingSchema = eventSchema('RECORD_MEETING', { attended: z.array(id) });

/** The `MEMBERSHIP_ENDS` event as the machine receives it. */
export interface MembershipEndsEvent extends z.output<typeof MembershipEndsSchema> {}
/** The `PROPOSE_REMOVAL` event as the machine receives it. */
export interface ProposeRemovalEvent extends z.output<typeof ProposeRemovalSchema> {}
/** The `REMOVAL_BALLOT` event as the machine receives it. */
export interface RemovalBallotEvent extends z.output<typeof RemovalBallotSchema> {}
/** The `CLOSE_REMOVAL_VOTE` event as the machine receives it. */
export interface CloseRemovalVoteEvent extends z.output<typeof CloseRemovalVoteSchema> {}
/** The `MEMBER_HANDS_OVER` event as the machine receives it. */
export interface MemberHandsOverEvent extends z.output<typeof MemberHandsOverSchema> {}
/** The `START_BY_ELECTION` event as the machine receives it. */
export interface StartByElectionEvent extends z.output<typeof StartByElectionSchema> {}
/** The `DECIDE_EARLY_RE_ELECTION` event as the machine receives it. */
export interface DecideEarlyReElectionEvent extends z.output<typeof DecideEarlyReElectionSchema> {}
/** The `FILE_CHANGE` event as the machine receives it. */
export interface FileChangeEvent extends z.output<typeof FileChangeSchema> {}
/** The `RECORD_MEETING` event as the machine receives it. */
export interface RecordMeetingEvent extends z.output<typeof RecordMeetingSchema> {}

/** The membership machine's own events (the by-election's are the election's). */
export type MembershipOwnEvent =
  | MembershipEndsEvent
  | ProposeRemovalEvent
  | RemovalBallotEvent
  | CloseRemovalVoteEvent
  | MemberHandsOverEvent
  | StartByElectionEvent
  | DecideEarlyReElectionEvent
  | FileChangeEvent
  | RecordMeetingEvent;
