import type { EventCatalog } from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
import type { CommitteeContext } from '../contexts.js';
import { FREEZE_TAG, freezeActive } from '../reelection/freeze.js';
import { checkPreparatoryGroup, checkReElectionGroup } from '../shared/group.js';
import { checkCommitteeSize } from '../shared/size.js';

/** Any process snapshot with a clock (the committee's and the stand-in's). */
export interface ClockedSnapshot {
  readonly context: { readonly now: string };
}

/** A snapshot as the committee invariants read it. */
export interface CommitteeSnapshotLike {
  readonly context: CommitteeContext;
  /** xstate's tag test, when the snapshot is a machine snapshot. */
  hasTag?(tag: string): boolean;
}

// Whether `previous` holds the very same values at `keys` (snapshots share what did not change).
function sameParts(
  context: CommitteeContext,
  previous: CommitteeContext | undefined,
  keys: readonly string[],
): boolean {
  if (previous === undefined) return false;
  return keys.every((key) => Reflect.get(context, key) === Reflect.get(previous, key));
}

/** The freeze tag is on exactly while the freeze holds (TERM-3): what `isFrozen` reports is true. */
export const freezeTagMatches: Invariant<CommitteeSnapshotLike> = {
  name: 'freeze tag matches the freeze',
  check(snapshot) {
    if (snapshot.hasTag === undefined) return true;
    return snapshot.hasTag(FREEZE_TAG) === freezeActive(snapshot.context) || 'freeze tag';
  },
};

/**
 * Membership stays consistent (TERM-5..7): never more members than seats, no one twice, every
 * ending recorded once and the member gone, officers only among the sitting members (TERM-6), and a member seated
 * by a by-election passed its vote.
 */
export const membershipConsistent: Invariant<CommitteeSnapshotLike> = {
  name: 'membership consistent',
  check({ context }) {
    const ids = context.members.map((m) => m.id);
    if (new Set(ids).size !== ids.length) return 'a member sits twice';
    if (context.procedure !== 'membership' || !('endings' in context)) return true;
    if (context.seats !== null && ids.length > context.seats) return 'more members than seats';
    const ended = context.endings.map((e) => e.memberId);
    if (new Set(ended).size !== ended.length) return 'an ending recorded twice';
    if (ids.some((id) => ended.includes(id))) return 'a member whose membership ended still sits';
    const { chair, viceChairs } = context.officers;
    const officers = chair === null ? viceChairs : [chair, ...viceChairs];
    if (officers.some((id) => !ids.includes(id))) return 'an officer is not a sitting member';
    if (context.milestones['by-elected'] === undefined) return true;
    const e = context.election;
    const passed = new Set(
      (e?.past ?? []).flatMap((r) =>
        (r.results ?? []).filter((x) => x.passed).map((x) => x.candidateId),
      ),
    );
    return (e?.elected ?? []).every((id) => passed.has(id)) || 'a by-elected member never passed';
  },
};

/**
 * Owners act as assembly and committee only where there is one owner, or every owner signed
 * the agreement (FORM-1, SH 13 ¶2).
 */
export const ownersActOnlyWhenAllAgree: Invariant<CommitteeSnapshotLike> = {
  name: 'owners act directly only when one or all agreeing',
  check({ context }) {
    if (context.procedure !== 'formation' || context.ownersActing === null) return true;
    const { owners, agreement } = context.ownersActing;
    if (agreement === null) return owners === 1 || 'several owners act without an agreement';
    return agreement.signatories === owners || 'owners act without every signature';
  },
};

/** No committee is recorded without a round in which each member passed the double majority. */
export const committeeOnlyAfterElection: Invariant<CommitteeSnapshotLike> = {
  name: 'committee only after a passing election',
  check({ context }) {
    if (context.procedure !== 'formation' && context.procedure !== 're-election') return true;
    if (context.milestones.elected === undefined) {
      return context.procedure === 'formation' ? context.members.length === 0 : true;
    }
    const e = context.election;
    if (e === null || e.elected.length !== e.seats) return 'elected without every seat filled';
    const passed = new Set(
      e.past.flatMap((r) => (r.results ?? []).filter((x) => x.passed).map((x) => x.candidateId)),
    );
    const ids = context.members.map((m) => m.id);
    if (ids.join() !== e.elected.join()) return 'members differ from the elected';
    return ids.every((id) => passed.has(id)) || 'a member never passed a vote';
  },
};

/** A formed group is always lawfully composed (FORM-4 / TERM-2). */
export const groupComposition: Invariant<CommitteeSnapshotLike> = {
  name: 'group composition',
  check({ context }, previous) {
    if (!('group' in context) || context.group === null) return true;
    // The verdict reads the group and the profile alone: unchanged, it was checked already.
    if (sameParts(context, previous?.context, ['group', 'profile'])) return true;
    const g = context.group;
    const proposal = { members: g.members, residentsCommittees: g.residentsCommittees };
    const verdict =
      g.kind === 'preparatory'
        ? checkPreparatoryGroup(context.profile, proposal)
        : checkReElectionGroup(context.profile, proposal);
    return verdict === true || verdict.message.en;
  },
};

/** The preparatory group confirms the roll only after the 街镇 trained it (SH 15 ¶5). */
export const trainedBeforeWork: Invariant<CommitteeSnapshotLike> = {
  name: 'trained before work',
  check({ context }) {
    if (!('group' in context) || context.group === null) return true;
    const g = context.group;
    if (g.kind !== 'preparatory' || context.roll === null) return true;
    const first = g.trainings[0];
    const confirmed = context.milestones['roll-confirmed'];
    if (first === undefined) return 'roll confirmed without training';
    return confirmed === undefined || Date.parse(first.at) <= Date.parse(confirmed) || 'late';
  },
};

/** The seats set are a lawful committee size (FORM-8), and no more are filled. */
export const lawfulSeats: Invariant<CommitteeSnapshotLike> = {
  name: 'lawful seats',
  check({ context }, previous) {
    if (!('seats' in context) || context.seats === null) return true;
    if (
      sameParts(context, previous?.context, ['seats', 'profile', 'complex', 'roll', 'election'])
    ) {
      return true;
    }
    const size = checkCommitteeSize(
      context.profile,
      context.complex.floorArea,
      context.roll,
      context.seats,
    );
    if (size !== true) return size.message.en;
    const elected = context.election?.elected ?? [];
    return (elected.length <= context.seats && new Set(elected).size === elected.length) || 'seats';
  },
};

/**
 * No assembly on a frozen matter between the re-election group forming and the election
 * (TERM-3): an assembly a step adds is on a frozen topic only if the group had not formed before
 * that step, or the election was over. Read by the order of events, not their instants: an
 * assembly called at the very instant the group forms, but before it, is lawful.
 */
export const freezeRespected: Invariant<CommitteeSnapshotLike> = {
  name: 'freeze respected',
  check({ context }, previous) {
    if (!('group' in context) || context.procedure !== 're-election') return true;
    const before = previous?.context;
    if (before === undefined || !('group' in before) || before.procedure !== 're-election') {
      return true;
    }
    const added = context.assemblies.slice(before.assemblies.length);
    if (added.length === 0 || before.group === null) return true;
    if (before.milestones.elected !== undefined) return true;
    const frozen = new Set<string>(context.profile.term.freeze.value);
    const onFrozen = added.find((a) => frozen.has(a.topic));
    return onFrozen === undefined || `assembly on ${onFrozen.topic} during the freeze`;
  },
};

/** The process clock never goes back. */
export const clockForward: Invariant<ClockedSnapshot> = {
  name: 'clock moves forward',
  check({ context }, previous) {
    return previous === undefined || Date.parse(context.now) >= Date.parse(previous.context.now);
  },
};

/**
 * The invariants every committee machine keeps. The dispatch contract (roles, codes, untouched
 * state on refusal) is `fuzzMachine`'s own check, no longer an invariant here; `_catalog` is
 * ignored and kept for callers of the earlier signature.
 */
export function committeeInvariants(_catalog?: EventCatalog): Invariant<CommitteeSnapshotLike>[] {
  return [
    committeeOnlyAfterElection,
    groupComposition,
    trainedBeforeWork,
    lawfulSeats,
    freezeRespected,
    freezeTagMatches,
    membershipConsistent,
    ownersActOnlyWhenAllAgree,
    clockForward,
  ];
}
