import type { DeadlineBook, FollowedLaw, HolidayCalendarSpec, Profile } from '@jiayuan/core';
import { z } from 'zod';
import { IdSchema } from '../shared/bounds.js';

/**
 * What a member of the stand-in body represents (BJ 54 ¶1: 居民委员会、村民委员会、业主、物业
 * 使用人代表等): an owner, an occupier (物业使用人), the residents' (or villagers') committee, the
 * street office (街镇), or another body the street office names ("等").
 */
export const STAND_IN_SEATS = [
  'owner',
  'occupier',
  'residents-committee',
  'street',
  'other',
] as const;

/** Zod schema of a member of the stand-in body. */
export const StandInMemberSchema = z.strictObject({
  id: IdSchema,
  seat: z.enum(STAND_IN_SEATS),
  /** The member who chairs (BJ 54 ¶2) or leads (SH-36 (十八), 街镇牵头) the body. */
  chair: z.boolean().default(false),
});

/** A member of the stand-in body. */
export type StandInMember = z.infer<typeof StandInMemberSchema>;

/**
 * Why the stand-in is formed: no committee could be formed on time (`formation`), or the term
 * ran out without a new committee (`re-election`) — SH-36 (十八) "无法按时组建换届", BJ 53.
 */
export const StandInReasonSchema = z.enum(['formation', 're-election']);

/** One of {@link StandInReasonSchema}. */
export type StandInReason = z.infer<typeof StandInReasonSchema>;

/** An owners' deliberation the stand-in organised (SH-36 (十八) 组织业主开展协商议事; BJ 52). */
export interface Deliberation {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly topic: string;
}

/** A governance matter the stand-in coordinated (SH-36 (十八) 协调解决小区物业治理事项). */
export interface CoordinatedMatter {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly matter: string;
}

/** A matter the stand-in decided, with the members who signed (BJ 57 ¶3). */
export interface StandInDecision {
  readonly id: string;
  readonly at: string;
  readonly consenting: readonly string[];
  /** Signed by more than half of all members. */
  readonly passed: boolean;
  readonly postedAt: string | null;
}

/** A step taken to push the committee's formation or re-election forward. */
export interface ProgressStep {
  readonly at: string;
  readonly by: string;
  readonly role: string;
  readonly step: string;
  readonly note: string | null;
}

/** A term that ended with the body re-formed (BJ 58). */
export interface PastTerm {
  readonly term: number;
  readonly formedAt: string;
  readonly endedAt: string;
  readonly members: readonly StandInMember[];
}

/** How the stand-in ended: the committee it stood in for came into being. */
export interface Dissolution {
  readonly at: string;
  readonly by: string;
  /** E.g. the new committee's filing reference. */
  readonly reference: string;
  readonly outcome: 'committee-established' | 'committee-re-elected';
}

/** The milestones of the stand-in process. */
export type StandInMilestone = 'formed' | 'filed' | 'filing-completed' | 're-formed';

/** The context of the stand-in process: plain JSON. */
export interface StandInContext {
  readonly procedure: 'stand-in';
  /** Process clock: the `at` of the last event. */
  readonly now: string;
  readonly profile: Profile;
  /**
   * The history the process follows and the edition it holds, when started with
   * `{ follows: id }`: the clock moves `profile` to the edition of each event's day. Absent for a
   * fixed profile.
   */
  readonly law?: FollowedLaw;
  readonly holidays: HolidayCalendarSpec | null;
  readonly deadlines: DeadlineBook;
  readonly complex: { readonly id: string };
  readonly reason: StandInReason;
  /** Whether an owners' assembly exists (BJ 55: filing only then). */
  readonly assemblyFormed: boolean;
  /** The current term, 1 from the first formation; 0 before it. */
  readonly term: number;
  readonly members: readonly StandInMember[];
  readonly formedAt: string | null;
  /** End of the current term where the profile limits it (BJ 58), else `null`. */
  readonly termEndsAt: string | null;
  /** Milestones by name with their instants. */
  readonly milestones: Readonly<Partial<Record<StandInMilestone, string>>>;
  readonly deliberations: readonly Deliberation[];
  readonly matters: readonly CoordinatedMatter[];
  readonly decisions: readonly StandInDecision[];
  readonly steps: readonly ProgressStep[];
  readonly pastTerms: readonly PastTerm[];
  readonly dissolution: Dissolution | null;
}

/** What the stand-in posts in the complex or notifies. */
export type StandInAnnouncement =
  | 'stand-in-roster'
  | 'stand-in-filed'
  | 'stand-in-decision'
  | 'stand-in-dissolved'
  | 'stand-in-term-ended'
  | 'stand-in-filing-overdue'
  | 'stand-in-filing-completion-overdue';

/** What the stand-in machine emits for the host to carry out: postings and notices. */
export interface StandInEmitted {
  readonly type: 'post' | 'notify';
  /** What is posted or notified. */
  readonly what: StandInAnnouncement;
  readonly at: string;
  /** How long a posting stays up: a decided matter's ten working days (BJ 57 ¶3). */
  readonly until?: string;
}
