import type { ElectionFields, ElectionMilestone } from '../election/context.js';
import type { GroupFields, GroupMilestone } from '../group/context.js';
import type { SeatingFields, SeatingMilestone } from '../seating/context.js';
import type { ProcessContext } from '../shared/context.js';
import { parseCommitteeInput, type ReElectionInput } from '../shared/input.js';
import { startingProfile } from '../shared/profile.js';
import { termDeadlines } from './deadlines.js';

/** The milestones of the re-election process. */
export type ReElectionMilestone =
  | ElectionMilestone
  | GroupMilestone
  | SeatingMilestone
  /** The committee reported its coming term end (SH 28 ¶1). */
  | 'reported'
  /** Owners asked the street office in writing (SH 28 ¶2). */
  | 'owners-requested'
  /** The outgoing committee handed its records and seals to the housing office (SH 29 ¶1). */
  | 'records-handed-over'
  /** The street office pressed a refused hand-over (SH 29 ¶3). */
  | 'handover-pressed'
  /** The term-end audit was posted (SH 67). */
  | 'audit-posted'
  /** The housing office handed the records to the new committee (SH 29 ¶2). */
  | 'authority-handed-over';

/** An owners' assembly the sitting committee called, with its topic (TERM-3 watches these). */
export interface CalledAssembly {
  readonly at: string;
  readonly topic: string;
}

/**
 * The context of the re-election machine: the outgoing committee and its term, the assemblies it
 * calls under the freeze, the re-election group's work, the shared election's part, and the new
 * committee it elects.
 */
export interface ReElectionContext
  extends ProcessContext<'re-election', ReElectionMilestone>,
    ElectionFields,
    GroupFields,
    SeatingFields {
  /** End of the sitting committee's term: 24:00 of its last day. */
  readonly termEndsAt: string;
  /** Assemblies the committee called, with their topics. */
  readonly assemblies: readonly CalledAssembly[];
}

/**
 * The first context of a re-election process: the sitting committee, the report due before its
 * term ends and the election due by then.
 *
 * @throws {CommitteeInputError} when the input is another procedure's or breaks its schema.
 */
export function initialReElectionContext(raw: ReElectionInput): ReElectionContext {
  const input = parseCommitteeInput('re-election', raw);
  const held = startingProfile('re-election', input.profile, input.startAt);
  return {
    procedure: 're-election',
    now: input.startAt,
    profile: held.profile,
    ...(held.law === undefined ? {} : { law: held.law }),
    holidays: input.holidays ?? null,
    deadlines: termDeadlines(held.profile, input.termEndsOn, input.startAt),
    complex: { id: input.complexId, floorArea: input.floorArea },
    milestones: {},
    roll: input.roll ?? null,
    group: null,
    drafts: [],
    notes: [],
    notice: null,
    objections: [],
    seats: null,
    candidates: [],
    election: null,
    members: input.members.map((id) => ({ id, since: input.startAt })),
    officers: { chair: null, viceChairs: [] },
    filedTermEndsOn: null,
    termEndsAt: `${input.termEndsOn}T16:00:00.000Z`,
    assemblies: [],
  };
}
