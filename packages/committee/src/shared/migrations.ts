import type { FormationContext } from '../formation/context.js';
import { type MeetingsContext, NO_CONVENING } from '../meetings/context.js';
import type { MembershipContext } from '../membership/context.js';
import type { ReElectionContext } from '../reelection/context.js';
import { auditRequired } from '../reelection/rules.js';
import type { Group } from './context.js';
import { startCommitteeDeadline } from './time.js';

/**
 * A version-1 or version-2 formation or re-election context as stored: every field of the
 * procedures' former shared context (the re-election's and the formation's alike).
 */
type SharedContextV2 = Omit<FormationContext, 'procedure' | 'milestones'> &
  Pick<ReElectionContext, 'termEndsAt' | 'assemblies'> & {
    readonly procedure: 'formation' | 're-election';
    readonly milestones: Readonly<Record<string, string>>;
  };

/**
 * The shape version of each machine's persisted snapshots. A host stores it with every snapshot
 * (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with the migrations below.
 *
 * - formation 2: the preparatory group's work and the 90-day first meeting run as the parallel
 *   `convening` state; groups record training and objections to members (SH 15 ¶4–5).
 * - formation 3: the context is the formation machine's own: the re-election's fields (the
 *   term's end, the assemblies called) are gone.
 * - formation 4: the context records owners acting directly (`ownersActing`: their count and
 *   written agreement, SH 13 ¶2).
 * - formation 5, re-election 4: the context keeps the term's last day as the committee filed it
 *   (`filedTermEndsOn`, SH 20 ¶1).
 * - re-election 2: `underway` gains the term-end `audit` region (SH 67); groups as above.
 * - re-election 3: the context is the re-election machine's own: the formation's delivery
 *   facts are gone.
 * - membership 2: the context is the membership machine's own (the sitting committee, its
 *   endings, removal votes, meetings, and the election's part): the rest is gone.
 * - meetings 2: the context is the meetings machine's own (members, meetings, the meeting in
 *   session, notes): the fields of the other committee procedures are gone.
 * - meetings 3: the chair and vice-chairs of record (`officers`) and the convening record
 *   (`convening`: an interim proposal, refusals to convene, the owners' request, SH 26 ¶4).
 */
export const COMMITTEE_SNAPSHOT_VERSIONS = {
  formation: 5,
  reElection: 4,
  membership: 2,
  meetings: 3,
  standIn: 1,
} as const;

/** The fields of a context type, each marked: a migration keeps exactly these. */
type Fields<TContext> = { readonly [K in keyof Required<TContext>]: true };

/** A snapshot whose context keeps only `fields` (the machine's own context). */
function keepFields(snapshot: unknown, machine: string, fields: object): unknown {
  const s = storedAny(snapshot, machine);
  const context = Object.fromEntries(
    Object.entries(s.context).filter(([key]) => Object.hasOwn(fields, key)),
  );
  return { ...s, context };
}

/** A persisted snapshot as stored: plain JSON with a state value and a context. */
interface StoredSnapshot {
  readonly value: unknown;
  readonly context: SharedContextV2;
  readonly [key: string]: unknown;
}

function isStored(snapshot: unknown): snapshot is StoredSnapshot {
  return (
    typeof snapshot === 'object' &&
    snapshot !== null &&
    'value' in snapshot &&
    typeof (snapshot as { context?: unknown }).context === 'object'
  );
}

function stored(snapshot: unknown, machine: string): StoredSnapshot {
  if (!isStored(snapshot)) {
    throw new Error(`${machine} migration: not a persisted snapshot (no value and context)`);
  }
  return snapshot;
}

function storedAny(
  snapshot: unknown,
  machine: string,
): { readonly context: Readonly<Record<string, unknown>> } {
  return stored(snapshot, machine) as unknown as {
    readonly context: Readonly<Record<string, unknown>>;
  };
}

function upgradeGroup(group: Group | null): Group | null {
  // Version 1 groups have neither list; nothing was recorded, so both start empty.
  return group === null ? null : { ...group, trainings: [], memberObjections: [] };
}

/** When the first meeting opened, as far as a version-1 context shows it (SH 16 ¶3). */
function meetingHeldAt(context: SharedContextV2): string | undefined {
  const entry = context.deadlines['first-meeting'];
  if (entry !== undefined && (entry.status === 'met' || entry.status === 'late')) {
    return entry.settledAt;
  }
  return context.election?.past[0]?.openedAt ?? context.election?.current?.openedAt;
}

/** Formation version 1 → 2. */
function formationV1(snapshot: unknown): unknown {
  const s = stored(snapshot, 'formation');
  const heldAt = meetingHeldAt(s.context);
  const context: SharedContextV2 = {
    ...s.context,
    group: upgradeGroup(s.context.group),
    milestones:
      heldAt === undefined
        ? s.context.milestones
        : { ...s.context.milestones, 'meeting-held': heldAt },
  };
  let value = s.value;
  if (
    typeof value === 'object' &&
    value !== null &&
    ('preparing' in value || 'assembly' in value)
  ) {
    const missed = s.context.deadlines['first-meeting']?.status === 'missed';
    const firstMeeting = heldAt !== undefined ? 'held' : missed ? 'overdue' : 'onTime';
    value = { convening: { work: value, firstMeeting } };
  }
  return { ...s, value, context };
}

/** Re-election version 1 → 2. */
function reElectionV1(snapshot: unknown): unknown {
  const s = stored(snapshot, 're-election');
  let context: SharedContextV2 = { ...s.context, group: upgradeGroup(s.context.group) };
  let value = s.value;
  if (typeof value === 'object' && value !== null && 'underway' in value) {
    const underway = (value as { underway: Record<string, unknown> }).underway;
    let audit: unknown = 'awaitingElection';
    if (!auditRequired(context)) audit = 'notRequired';
    else if (context.milestones.elected !== undefined) {
      // The audit falls due at the election, as the version-2 machine would have started it.
      const within = context.profile.disclosure.termEndAuditWithin;
      if (within.period !== null) {
        const elected = context.milestones.elected ?? context.now;
        context = {
          ...context,
          deadlines: startCommitteeDeadline(context, 'term-end-audit', elected, within),
        };
      }
      audit = { due: 'onTime' };
    }
    // Regions in definition order (election, records, audit, term), as the machine writes them.
    const { term, ...before } = underway;
    value = { underway: { ...before, audit, term } };
  }
  return { ...s, value, context };
}

const FORMATION_FIELDS: Fields<FormationContext> = {
  procedure: true,
  now: true,
  profile: true,
  law: true,
  holidays: true,
  deadlines: true,
  complex: true,
  milestones: true,
  delivery: true,
  roll: true,
  group: true,
  drafts: true,
  notes: true,
  notice: true,
  objections: true,
  seats: true,
  candidates: true,
  election: true,
  members: true,
  officers: true,
  filedTermEndsOn: true,
  ownersActing: true,
};

/** Formation version 2 → 3: the context keeps the formation machine's own fields. */
function formationV2(snapshot: unknown): unknown {
  return keepFields(snapshot, 'formation', FORMATION_FIELDS);
}

/**
 * Formation version 3 → 4: `ownersActing` starts empty. A version-3 process that ended with the
 * owners acting directly recorded neither their count nor their agreement, so none is invented.
 */
function formationV3(snapshot: unknown): unknown {
  const s = storedAny(snapshot, 'formation');
  return { ...s, context: { ...s.context, ownersActing: null } };
}

/**
 * Formation version 4 → 5, re-election 3 → 4: `filedTermEndsOn` starts empty. A filing made
 * before the term's last day was required named it or not, and the context did not keep it:
 * none is invented (a re-election then takes the term's end from its input).
 */
function filedTermUnknown(machine: string) {
  return (snapshot: unknown): unknown => {
    const s = storedAny(snapshot, machine);
    return { ...s, context: { ...s.context, filedTermEndsOn: null } };
  };
}

/**
 * Upgrades of persisted formation snapshots, keyed by the version they upgrade from (as
 * `@jiayuan/host`'s `MachineEntry.migrations` takes them).
 */
export const formationMigrations = {
  1: formationV1,
  2: formationV2,
  3: formationV3,
  4: filedTermUnknown('formation'),
} as const;

const RE_ELECTION_FIELDS: Fields<ReElectionContext> = {
  procedure: true,
  now: true,
  profile: true,
  law: true,
  holidays: true,
  deadlines: true,
  complex: true,
  milestones: true,
  roll: true,
  group: true,
  drafts: true,
  notes: true,
  notice: true,
  objections: true,
  seats: true,
  candidates: true,
  election: true,
  members: true,
  officers: true,
  filedTermEndsOn: true,
  termEndsAt: true,
  assemblies: true,
};

/** Re-election version 2 → 3: the context keeps the re-election machine's own fields. */
function reElectionV2(snapshot: unknown): unknown {
  return keepFields(snapshot, 're-election', RE_ELECTION_FIELDS);
}

/** Upgrades of persisted re-election snapshots, keyed by the version they upgrade from. */
export const reElectionMigrations = {
  1: reElectionV1,
  2: reElectionV2,
  3: filedTermUnknown('re-election'),
} as const;

const MEETINGS_FIELDS: Fields<MeetingsContext> = {
  procedure: true,
  now: true,
  profile: true,
  law: true,
  holidays: true,
  deadlines: true,
  complex: true,
  milestones: true,
  members: true,
  meetings: true,
  meeting: true,
  notes: true,
  officers: true,
  convening: true,
};

/** Meetings version 1 → 2: the context keeps the meetings machine's own fields. */
function meetingsV1(snapshot: unknown): unknown {
  return keepFields(snapshot, 'meetings', MEETINGS_FIELDS);
}

/**
 * Meetings version 2 → 3: no officers on record (a version-2 input named none) and nothing on
 * the convening record. A designated convener stays designated; a new designation needs the
 * officers, their refusals and the owners' request (SH 26 ¶4).
 */
function meetingsV2(snapshot: unknown): unknown {
  const s = storedAny(snapshot, 'meetings');
  return {
    ...s,
    context: {
      ...s.context,
      officers: { chair: null, viceChairs: [] },
      convening: NO_CONVENING,
    },
  };
}

/** Upgrades of persisted meetings snapshots, keyed by the version they upgrade from. */
export const meetingsMigrations = { 1: meetingsV1, 2: meetingsV2 } as const;

const MEMBERSHIP_FIELDS: Fields<MembershipContext> = {
  procedure: true,
  now: true,
  profile: true,
  law: true,
  holidays: true,
  deadlines: true,
  complex: true,
  milestones: true,
  roll: true,
  notice: true,
  objections: true,
  seats: true,
  candidates: true,
  election: true,
  members: true,
  officers: true,
  substitutes: true,
  endings: true,
  removal: true,
  meetings: true,
};

/** Membership version 1 → 2: the context keeps the membership machine's own fields. */
function membershipV1(snapshot: unknown): unknown {
  return keepFields(snapshot, 'membership', MEMBERSHIP_FIELDS);
}

/** Upgrades of persisted membership snapshots, keyed by the version they upgrade from. */
export const membershipMigrations = { 1: membershipV1 } as const;
