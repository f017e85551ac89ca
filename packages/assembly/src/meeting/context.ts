import {
  type PreCall as CorePreCall,
  type DeadlineBook,
  type FollowedLaw,
  type FollowLaw,
  HolidayCalendarInputSchema,
  type HolidayCalendarSpec,
  IdSchema,
  type Measure,
  NO_PRE_CALL,
  type Profile,
  ProfileChoiceSchema,
  type Roll,
  RollInputSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import type { AgendaItem } from '../ballot/agenda.js';
import type { ElectionOutcome } from '../ballot/election-count.js';
import type { ItemVotes } from '../ballot/item-votes.js';
import type { Transfer } from '../ballot/transfer.js';
import { electronicAdoptedUnder } from '../rules/apply.js';
import { type RulesInForce, RulesInForceSchema } from '../rules/versions.js';
import type { Challenge, Revocation } from './challenge.js';
import { meetingStart } from './input-error.js';
import type { RulesFiling } from './rules-filing.js';

/** A regular meeting (定期会议, per the rules of procedure) or an interim one (临时会议, SH 25). */
export const MeetingKindSchema = z.enum(['regular', 'interim']);
/** One of {@link MeetingKindSchema}. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/** Collective discussion or written consultation (SH 18 ¶1). */
export const MeetingFormSchema = z.enum(['collective-discussion', 'written-consultation']);
/** One of {@link MeetingFormSchema}. */
export type MeetingForm = z.infer<typeof MeetingFormSchema>;

/** What a host passes to start an assembly meeting. */
export interface AssemblyInput {
  readonly meetingId: string;
  readonly kind: MeetingKind;
  /** The roll as confirmed; frozen for the votes when voting opens. */
  readonly roll: Roll;
  readonly startedAt: string;
  /**
   * Whether the assembly has adopted electronic voting (RULES VOTE-14), for a host that keeps no
   * record of the rules of procedure; `rules.settings.electronicVoting` decides when given.
   */
  readonly electronicAdopted?: boolean | undefined;
  /**
   * The rules of procedure in force when the meeting is started (`rulesInForce` of the complex's
   * record): its version and switches, which the votes open under. A version decided later —
   * by this meeting's own item too — applies to later meetings only.
   */
  readonly rules?: RulesInForce | null | undefined;
  /**
   * The host's statutory holidays and adjusted working days: periods in working days skip them,
   * and a period whose last day is a holiday runs to the day after it (CC 203). Absent: weekends
   * only, no holidays.
   */
  readonly holidays?: HolidayCalendarSpec | undefined;
  /** A fixed profile, or `{ follows: 'shanghai' }` for each day's edition (see `../law.ts`). */
  readonly profile?: Profile | FollowLaw | undefined;
}

/** Zod schema of {@link AssemblyInput} (annotated: the profile type is too large to print). */
export const AssemblyInputSchema: z.ZodType<AssemblyInput> = z
  .strictObject({
    meetingId: IdSchema,
    kind: MeetingKindSchema,
    roll: RollInputSchema as z.ZodType<Roll>,
    startedAt: z.iso.datetime({ offset: true }),
    electronicAdopted: z.boolean().optional(),
    rules: RulesInForceSchema.nullable().optional(),
    holidays: HolidayCalendarInputSchema.optional(),
    profile: ProfileChoiceSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const adopted = input.rules?.settings.electronicVoting;
    if (
      adopted !== undefined &&
      input.electronicAdopted !== undefined &&
      adopted !== input.electronicAdopted
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['electronicAdopted'],
        message: 'electronicAdopted contradicts the rules of procedure in force (VOTE-14)',
      });
    }
  });

/** The owners' proposal of an interim meeting (SH 25 ¶1): the units whose owners signed it. */
export interface InterimProposal {
  readonly firstAt: string;
  readonly units: readonly string[];
}

/** The street office's order to call the meeting within a period (SH 25 ¶3). */
export interface CallOrder {
  readonly at: string;
  readonly by: string;
}

/** What the committee did before the call (SH-36 (十六), SH 25 ¶2): core's record (VOTE-15). */
export type PreCall = CorePreCall;

/** The call: the notice to all owners with the agenda and the voting window. */
export interface Call {
  readonly at: string;
  readonly by: string;
  readonly role: 'committee' | 'street-office';
  readonly opensAt: string;
  readonly closesAt: string;
  readonly place: string;
  readonly form: 'collective-discussion' | 'written-consultation';
  readonly items: readonly AgendaItem[];
}

/** One item's outcome as decided: its electorate, participation and verdict. */
export interface ItemOutcome {
  readonly itemId: string;
  readonly majority: 'ordinary' | 'special';
  readonly part: string | null;
  readonly electorate: Measure;
  readonly participation: Measure;
  readonly agree: Measure;
  readonly quorumMet: boolean;
  /** For an election item: every seat was filled. */
  readonly passed: boolean;
  /** An election item's candidates' standing and who is elected (CC 278 ¶1 (三)). */
  readonly election?: ElectionOutcome;
}

/** The decision record: the count, its posting, and from when it binds (CC 280). */
export interface Decision {
  readonly countedAt: string;
  readonly outcomes: readonly ItemOutcome[];
  readonly postedAt: string | null;
  readonly evidence: string | null;
}

/** A change of ownership as the meeting recorded it: the register's entry, when and by whom. */
export interface RecordedTransfer extends Transfer {
  readonly recordedAt: string;
  readonly by: string;
}

/** The machine's context: plain JSON. */
export interface AssemblyContext {
  readonly now: string;
  readonly meetingId: string;
  readonly complexId: string;
  readonly kind: MeetingKind;
  readonly profile: Profile;
  /** The history the meeting follows and the edition it holds, when started with `{ follows }`. */
  readonly law?: FollowedLaw;
  /**
   * The roll as the register stands: the confirmed roll with every transfer recorded since
   * (CC 214). The votes froze it when voting opened; a transfer during the window reaches them as
   * the profile's `voting.transferDuringWindow` says.
   */
  readonly roll: Roll;
  /** Changes of ownership recorded by the meeting, in the register's order (CC 209, 214). */
  readonly transfers: readonly RecordedTransfer[];
  /** Whether e-voting is adopted, as the rules in force (or the host) said at the start. */
  readonly electronicAdopted: boolean;
  /** The rules of procedure in force when the meeting was started; `null`: none recorded. */
  readonly rules: RulesInForce | null;
  /** The host's holiday calendar, as data (see {@link AssemblyInput.holidays}). */
  readonly holidays?: HolidayCalendarSpec;
  /** The re-election freeze (SH 28 ¶4), as the community coordinator reports it. */
  readonly freeze: { readonly active: boolean; readonly changedAt: string | null };
  readonly proposal: InterimProposal | null;
  readonly callOrder: CallOrder | null;
  readonly preCall: PreCall;
  readonly call: Call | null;
  /** The items' votes, from the opening of voting. */
  readonly ballots: ItemVotes | null;
  readonly decision: Decision | null;
  /** Owners' requests to a court to revoke the decision, with the rulings (CC 280 ¶2, SPC 12). */
  readonly challenges: readonly Challenge[];
  /** The court's revocation of the decision, or of some of its items; `null` while it stands. */
  readonly revocation: Revocation | null;
  /**
   * The committee's (or the stand-in's, BJ 50) filing of the rules or statute changed at the
   * count (SH 33), with the street office's completion (SH 34); `null` until filed.
   */
  readonly rulesFiling: RulesFiling | null;
  readonly deadlines: DeadlineBook;
}

/**
 * The context a validated input starts with.
 *
 * @throws {AssemblyInputError} `invalid-input` naming the fields at fault.
 */
export function initialAssemblyContext(raw: AssemblyInput): AssemblyContext {
  const { input, profile, law } = meetingStart(AssemblyInputSchema, raw);
  return {
    now: input.startedAt,
    meetingId: input.meetingId,
    complexId: input.roll.complexId,
    kind: input.kind,
    profile,
    ...(law === undefined ? {} : { law }),
    roll: input.roll,
    transfers: [],
    electronicAdopted: electronicAdoptedUnder(input.rules?.settings, input.electronicAdopted),
    rules: input.rules ?? null,
    ...(input.holidays === undefined ? {} : { holidays: input.holidays }),
    freeze: { active: false, changedAt: null },
    proposal: null,
    callOrder: null,
    preCall: NO_PRE_CALL,
    call: null,
    ballots: null,
    decision: null,
    challenges: [],
    revocation: null,
    rulesFiling: null,
    deadlines: {},
  };
}
