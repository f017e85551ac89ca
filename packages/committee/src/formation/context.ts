import type { ElectionFields, ElectionMilestone } from '../election/context.js';
import type { GroupFields, GroupMilestone } from '../group/context.js';
import type { SeatingFields, SeatingMilestone } from '../seating/context.js';
import type { ProcessContext } from '../shared/context.js';
import { type FormationInput, parseCommitteeInput } from '../shared/input.js';
import { startingProfile } from '../shared/profile.js';

/** The milestones of the formation process. */
export type FormationMilestone =
  | ElectionMilestone
  | GroupMilestone
  | SeatingMilestone
  /** The first assembly became due (SH 13 ¶2). */
  | 'triggered'
  /** The developer reported (SH 14 ¶1). */
  | 'reported'
  /** Owners asked in writing (SH 14 ¶2). */
  | 'owners-requested'
  /** Owners holding the profile's share, or the developer, applied to form the assembly (BJ 30). */
  | 'applied'
  /** The street office reviewed the application and appointed the group leader (BJ 31 ¶1). */
  | 'leader-appointed'
  /** One owner, or few all agreeing, act as assembly and committee (SH 13 ¶2). */
  | 'owners-act-directly'
  /** The preparatory group posted its roster (SH 15 ¶1). */
  | 'roster';

/**
 * Owners acting as assembly and committee themselves (SH 13 ¶2): when the street office
 * recorded it, how many owners there are, and their written agreement (`null` for one owner).
 */
export interface OwnersActing {
  readonly at: string;
  readonly owners: number;
  readonly agreement: { readonly reference: string; readonly signatories: number } | null;
}

/**
 * The context of the formation machine: the delivery facts of the trigger, the preparatory
 * group's work, the shared election's part, and the first committee it elects.
 */
export interface FormationContext
  extends ProcessContext<'formation', FormationMilestone>,
    ElectionFields,
    GroupFields,
    SeatingFields {
  /** Delivery facts for the formation trigger (FORM-1), areas in 0.01 m². */
  readonly delivery: {
    readonly deliveredArea: number;
    readonly totalArea: number;
    readonly firstDeliveryAt: string | null;
  };
  /** Owners acting directly instead of forming an assembly, once recorded (FORM-1). */
  readonly ownersActing: OwnersActing | null;
}

/**
 * The first context of a formation process.
 *
 * @throws {CommitteeInputError} when the input is another procedure's or breaks its schema.
 */
export function initialFormationContext(raw: FormationInput): FormationContext {
  const input = parseCommitteeInput('formation', raw);
  const held = startingProfile('formation', input.profile, input.startAt);
  return {
    procedure: 'formation',
    now: input.startAt,
    profile: held.profile,
    ...(held.law === undefined ? {} : { law: held.law }),
    holidays: input.holidays ?? null,
    deadlines: {},
    complex: { id: input.complexId, floorArea: input.floorArea },
    milestones: {},
    delivery: {
      deliveredArea: input.delivery?.deliveredArea ?? 0,
      totalArea: input.delivery?.totalArea ?? input.floorArea,
      firstDeliveryAt: input.delivery?.firstDeliveryAt ?? null,
    },
    ownersActing: null,
    roll: null,
    group: null,
    drafts: [],
    notice: null,
    objections: [],
    seats: null,
    candidates: [],
    election: null,
    members: [],
    officers: { chair: null, viceChairs: [] },
    filedTermEndsOn: null,
    notes: [],
  };
}
