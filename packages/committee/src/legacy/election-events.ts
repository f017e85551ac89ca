import { ChannelSchema, eventSchema, InstantSchema, ProxySchema } from '@jiayuan/core';
import { z } from 'zod';
import { EligibilityGroundSchema } from '../shared/context.js';

const id = z.string().min(1);

/** A candidate is put forward: by themselves, by owners, by the party organisation or the group. */
export const NominateSchema = eventSchema('NOMINATE', { candidateId: id });
/** The group records the eligibility grounds it found for a candidate (FORM-9). */
export const VetCandidateSchema = eventSchema('VET_CANDIDATE', {
  candidateId: id,
  grounds: z.array(EligibilityGroundSchema),
});
/** A candidate signs the written undertaking (履职承诺书, SH 20 ¶3). */
export const SignUndertakingSchema = eventSchema('SIGN_UNDERTAKING', { candidateId: id });
/** The group reports the candidate list to the 街镇 and the 街镇党(工)委 (SH 21 ¶1, SH-36 (四)). */
export const ReportCandidatesSchema = eventSchema('REPORT_CANDIDATES');
/** The joint review (联审) strikes candidates, with reasons (SH-36 (四), SH-6 §八). */
export const JointReviewSchema = eventSchema('JOINT_REVIEW', {
  struck: z.array(z.strictObject({ candidateId: id, reason: z.string().min(1) })),
});
/** The group posts the meeting notice with the candidate list (SH 16 ¶2, PMR 14). */
export const PostNoticeSchema = eventSchema('POST_NOTICE', {
  meetingAt: InstantSchema,
});
/** An owner objects to what was posted (SH 16 ¶2). */
export const ObjectSchema = eventSchema('OBJECT', { text: z.string().min(1) });
/** The group answers an objection (SH 16 ¶2). */
export const AnswerObjectionSchema = eventSchema('ANSWER_OBJECTION', {
  objectionId: id,
  answer: z.string().min(1),
});
/** Voting opens at the meeting; each candidate's vote freezes the roll and rule. */
export const OpenElectionSchema = eventSchema('OPEN_ELECTION', {
  closesAt: InstantSchema,
});
/** One owner's ballot approving (and opposing) candidates. */
export const CastBallotSchema = eventSchema('CAST_BALLOT', {
  ballotId: id,
  unitId: id,
  castBy: id,
  channel: ChannelSchema,
  proxy: ProxySchema.optional(),
  approve: z.array(id),
  oppose: z.array(id).default([]),
});
/** Voting closes; every candidate is tallied and seats are filled in order of support. */
export const CloseElectionSchema = eventSchema('CLOSE_ELECTION');

/** The `Nominate` event as the machine receives it (parsed by its schema). */
export interface NominateEvent extends z.output<typeof NominateSchema> {}

/** The `VetCandidate` event as the machine receives it (parsed by its schema). */
export interface VetCandidateEvent extends z.output<typeof VetCandidateSchema> {}

/** The `SignUndertaking` event as the machine receives it (parsed by its schema). */
export interface SignUndertakingEvent extends z.output<typeof SignUndertakingSchema> {}

/** The `ReportCandidates` event as the machine receives it (parsed by its schema). */
export interface ReportCandidatesEvent extends z.output<typeof ReportCandidatesSchema> {}

/** The `JointReview` event as the machine receives it (parsed by its schema). */
export interface JointReviewEvent extends z.output<typeof JointReviewSchema> {}

/** The `PostNotice` event as the machine receives it (parsed by its schema). */
export interface PostNoticeEvent extends z.output<typeof PostNoticeSchema> {}

/** The `Object` event as the machine receives it (parsed by its schema). */
export interface ObjectEvent extends z.output<typeof ObjectSchema> {}

/** The `AnswerObjection` event as the machine receives it (parsed by its schema). */
export interface AnswerObjectionEvent extends z.output<typeof AnswerObjectionSchema> {}

/** The `OpenElection` event as the machine receives it (parsed by its schema). */
export interface OpenElectionEvent extends z.output<typeof OpenElectionSchema> {}

/** The `CastBallot` event as the machine receives it (parsed by its schema). */
export interface CastBallotEvent extends z.output<typeof CastBallotSchema> {}

/** The `CloseElection` event as the machine receives it (parsed by its schema). */
export interface CloseElectionEvent extends z.output<typeof CloseElectionSchema> {}

/** The election's events. */
export type ElectionEvent =
  | NominateEvent
  | VetCandidateEvent
  | SignUndertakingEvent
  | ReportCandidatesEvent
  | JointReviewEvent
  | PostNoticeEvent
  | ObjectEvent
  | AnswerObjectionEvent
  | OpenElectionEvent
  | CastBallotEvent
  | CloseElectionEvent;
