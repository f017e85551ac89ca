import { type EventCatalog, isRejectionCode, specOf } from '@jiayuan/core';
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
 * ending recorded once, officers only among the sitting members (TERM-6), and a member seated
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
  check({ context }) {
    if (!('group' in context) || context.group === null) return true;
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
  check({ context }) {
    if (!('seats' in context) || context.seats === null) return true;
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

/** No assembly on a frozen matter between the re-election group forming and the election (TERM-3). */
export const freezeRespected: Invariant<CommitteeSnapshotLike> = {
  name: 'freeze respected',
  check({ context }) {
    if (!('group' in context) || context.procedure !== 're-election') return true;
    const g = context.group;
    if (g === null) return true;
    const frozen = new Set<string>(context.profile.term.freeze.value);
    const until = context.milestones.elected;
    return context.assemblies.every(
      (a) =>
        !frozen.has(a.topic) ||
        Date.parse(a.at) < Date.parse(g.formedAt) ||
        (until !== undefined && Date.parse(a.at) >= Date.parse(until)),
    );
  },
};

/** The process clock never goes back. */
export const clockForward: Invariant<ClockedSnapshot> = {
  name: 'clock moves forward',
  check({ context }, previous) {
    return previous === undefined || Date.parse(context.now) >= Date.parse(previous.context.now);
  },
};

/** What the suite's `send` returns per step: the input it built and the dispatch result. */
export interface DispatchStep {
  readonly input: Readonly<Record<string, unknown>>;
  readonly result: { readonly ok: boolean; readonly rejection?: { readonly code: unknown } };
}

/**
 * Every refusal carries a code, and nothing is accepted from a role the catalog does not permit
 * (reads the {@link DispatchStep} each step returns).
 */
export function dispatchHonest(catalog: EventCatalog): Invariant<ClockedSnapshot> {
  return {
    name: 'dispatch honest',
    check(_snapshot, _previous, step) {
      if (step.index === 0) return true;
      const sent = step.result as DispatchStep | undefined;
      if (sent === undefined) return 'no dispatch result';
      if (!sent.result.ok) {
        const code = sent.result.rejection?.code;
        return (
          (isRejectionCode(code) && code !== 'machine-error') || `refusal code ${String(code)}`
        );
      }
      const type = sent.input.type;
      const by = sent.input.by as { role?: unknown } | undefined;
      const spec = typeof type === 'string' ? specOf(catalog, type) : undefined;
      const role = by?.role;
      if (spec === undefined || typeof role !== 'string') return 'accepted an unknown event';
      const permitted: readonly string[] = spec.roles;
      return permitted.includes(role) || `accepted ${type} from ${role}`;
    },
  };
}

/** The invariants every committee machine keeps, for a catalog. */
export function committeeInvariants(catalog: EventCatalog): Invariant<CommitteeSnapshotLike>[] {
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
    dispatchHonest(catalog),
  ];
}
