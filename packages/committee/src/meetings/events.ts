import { eventSchema } from '@jiayuan/core';
import { z } from 'zod';

const id = z.string().min(1);

/** The chair (or a designated member) calls a regular or interim meeting (SH 26 ¶1). */
export const CallMeetingSchema = eventSchema('CALL_MEETING', {
  kind: z.enum(['regular', 'interim']),
  /** Members proposing an interim meeting (at least one third, SH 26 ¶1). */
  proposers: z.array(id).default([]),
});
/** The meeting is held: who attended in person, and any proxies offered (SH 26 ¶2). */
export const HoldMeetingSchema = eventSchema('HOLD_MEETING', {
  attended: z.array(id),
  proxies: z.array(id).default([]),
});
/** A decision with the members who signed their consent (SH 26 ¶3). */
export const DecideSchema = eventSchema('DECIDE', { decisionId: id, consenting: z.array(id) });
/** The meeting closes. */
export const CloseMeetingSchema = eventSchema('CLOSE_MEETING');
/** The meeting and a decision are posted in the complex (SH 26 ¶3: within 3 days). */
export const PostDecisionSchema = eventSchema('POST_DECISION', { decisionId: id });
/** On owners' request the street office names a member to convene (SH 26 ¶4). */
export const DesignateConvenerSchema = eventSchema('DESIGNATE_CONVENER', { memberId: id });

/** The `CALL_MEETING` event as the machine receives it. */
export interface CallMeetingEvent extends z.output<typeof CallMeetingSchema> {}
/** The `HOLD_MEETING` event as the machine receives it. */
export interface HoldMeetingEvent extends z.output<typeof HoldMeetingSchema> {}
/** The `DECIDE` event as the machine receives it. */
export interface DecideEvent extends z.output<typeof DecideSchema> {}
/** The `CLOSE_MEETING` event as the machine receives it. */
export interface CloseMeetingEvent extends z.output<typeof CloseMeetingSchema> {}
/** The `POST_DECISION` event as the machine receives it. */
export interface PostDecisionEvent extends z.output<typeof PostDecisionSchema> {}
/** The `DESIGNATE_CONVENER` event as the machine receives it. */
export interface DesignateConvenerEvent extends z.output<typeof DesignateConvenerSchema> {}

/** The committee meetings machine's own events. */
export type MeetingsOwnEvent =
  | CallMeetingEvent
  | HoldMeetingEvent
  | DecideEvent
  | CloseMeetingEvent
  | PostDecisionEvent
  | DesignateConvenerEvent;
