import type { ElectionFields, ElectionMilestone } from '../election/context.js';
import type {
  MeetingRecord,
  Member,
  MembershipEnding,
  ProcessContext,
  RemovalMotion,
} from '../shared/context.js';
import { type MembershipInput, parseCommitteeInput } from '../shared/input.js';
import { startingProfile } from '../shared/profile.js';

/** The milestones of the membership process. */
export type MembershipMilestone =
  | ElectionMilestone
  /** The committee last met or acted (the six-month inactivity clock, SH 32 ¶2 (二)). */
  | 'last-activity'
  /** The assembly started a by-election (SH 32 ¶1). */
  | 'by-election'
  /** The by-elected members took their seats. */
  | 'by-elected'
  /** The assembly decided early re-election (SH 32 ¶2 (三)(四)). */
  | 'early-re-election'
  /** The committee's latest change filing (SH 33). */
  | 'change-filed'
  /** The chair's or a vice-chair's office last fell vacant (SH-36 (七)). */
  | 'officer-vacant'
  /** The members last chose their officers (SH 21 ¶2, SH-36 (七)). */
  | 'officers-chosen';

/**
 * The context of the membership machine: the sitting committee, its substitutes, endings and
 * removal votes, the meetings it held, and the shared election's part for a by-election.
 */
export interface MembershipContext
  extends ProcessContext<'membership', MembershipMilestone>,
    ElectionFields {
  /** The sitting members. */
  readonly members: readonly Member[];
  readonly officers: { readonly chair: string | null; readonly viceChairs: readonly string[] };
  /** Substitute members (候补委员) in order of their votes (SH-36 (五)). */
  readonly substitutes: readonly string[];
  /** Memberships that ended (TERM-5). */
  readonly endings: readonly MembershipEnding[];
  /** The removal motion before the assembly, if any. */
  readonly removal: RemovalMotion | null;
  /** Committee meetings held, with attendance (CMTG-1, TERM-5 (五)). */
  readonly meetings: readonly MeetingRecord[];
}

/**
 * The first context of a membership process: the sitting committee as given.
 *
 * @throws {CommitteeInputError} when the input is another procedure's or breaks its schema.
 */
export function initialMembershipContext(raw: MembershipInput): MembershipContext {
  const input = parseCommitteeInput('membership', raw);
  const held = startingProfile('membership', input.profile, input.startAt);
  return {
    procedure: 'membership',
    now: input.startAt,
    profile: held.profile,
    ...(held.law === undefined ? {} : { law: held.law }),
    holidays: input.holidays ?? null,
    deadlines: {},
    complex: { id: input.complexId, floorArea: input.floorArea },
    milestones: { 'last-activity': input.lastActivityAt ?? input.startAt },
    roll: input.roll,
    notice: null,
    objections: [],
    seats: input.seats,
    candidates: [],
    election: null,
    members: input.members.map((id) => ({ id, since: input.startAt })),
    officers: {
      chair: input.officers?.chair ?? null,
      viceChairs: input.officers?.viceChairs ?? [],
    },
    substitutes: input.substitutes,
    endings: [],
    removal: null,
    meetings: [],
  };
}
