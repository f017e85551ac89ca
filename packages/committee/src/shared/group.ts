import { meetsBar, type Profile } from '@jiayuan/core';
import type { GroupMember } from './context.js';
import { fail, type Verdict } from './verdict.js';

/** A proposed group: its members and the number of residents' committees covering the complex. */
export interface GroupProposal {
  readonly members: readonly GroupMember[];
  readonly residentsCommittees: number;
}

function count(members: readonly GroupMember[], seat: GroupMember['seat']): number {
  return members.filter((m) => m.seat === seat).length;
}

function checkCommon(
  members: readonly GroupMember[],
  odd: boolean,
  share: Parameters<typeof meetsBar>[2] | null,
  leader: 'street' | 'residents-committee' | null,
): Verdict {
  const ids = new Set(members.map((m) => m.id));
  if (ids.size !== members.length) {
    return fail('group-member-repeated');
  }
  if (odd && members.length % 2 === 0) {
    return fail('group-size-even', { size: members.length }, { size: members.length });
  }
  const owners = count(members, 'owner');
  if (share !== null && !meetsBar(owners, members.length, share)) {
    return fail(
      'group-owner-share-short',
      { share, owners, size: members.length },
      { owners, size: members.length },
    );
  }
  const leaders = members.filter((m) => m.leader);
  if (leader !== null && (leaders.length !== 1 || leaders[0]?.seat !== leader)) {
    return fail('group-leader-wrong', { leader });
  }
  return true;
}

/**
 * The preparatory group's make-up (SH 15 ¶2, FORM-4): odd size, owner representatives at least
 * half, the leader from the street office, one developer representative, one or two of the
 * street office, and one residents' committee representative, or up to one for each where
 * several cover the complex (the last three from SH-6 §六, expired). The owner representatives'
 * eligibility is the rule `owner-reps-eligible` (`checkOwnerRepresentatives`).
 */
export function checkPreparatoryGroup(profile: Profile, group: GroupProposal): Verdict {
  const rules = profile.formation.group;
  const common = checkCommon(
    group.members,
    rules.oddSize.value,
    rules.ownerRepsShare.value,
    rules.leader.value,
  );
  if (common !== true) return common;
  const developer = count(group.members, 'developer');
  const developerReps = rules.developerReps.value;
  if (developerReps !== null && developer !== developerReps) {
    return fail('group-developer-count', { required: developerReps, actual: developer });
  }
  const street = count(group.members, 'street');
  const streetReps = rules.streetReps.value;
  if (streetReps !== null && (street < streetReps.min || street > streetReps.max)) {
    return fail('group-street-count', {
      min: streetReps.min,
      max: streetReps.max,
      actual: street,
    });
  }
  // One in all, or up to `each` for each of several residents' committees (SH-6 §六: "一般为1人，
  // 但…有多个居民委员会…的，各居民委员会…可以有1名代表"): permissive, so one in all stands.
  const rc = count(group.members, 'residents-committee');
  const each = rules.residentsCommitteeRepsEach.value;
  if (each !== null && (rc < 1 || rc > each * group.residentsCommittees)) {
    return fail('group-residents-committee-count', {
      each,
      total: each * group.residentsCommittees,
      actual: rc,
    });
  }
  return true;
}

/**
 * The re-election group's make-up (SH 28 ¶3, TERM-2): owner, street-office and residents'
 * committee representatives (one in all, or one for each of several committees), no developer;
 * odd size; owner representatives at least half; the leader from the street office.
 */
export function checkReElectionGroup(profile: Profile, group: GroupProposal): Verdict {
  const rules = profile.term.group.value;
  if (rules === null) return group.members.length > 0 ? true : fail('group-empty');
  const common = checkCommon(group.members, rules.odd, rules.ownerRepsShare, rules.leader);
  if (common !== true) return common;
  if (rules.developerExcluded && count(group.members, 'developer') > 0) {
    return fail('reelection-group-has-developer');
  }
  if (count(group.members, 'street') < 1) {
    return fail('reelection-group-needs-street');
  }
  // As for the preparatory group (SH-6 §六: "换届改选小组中各方代表的人数要求…与筹备组相同"): one
  // in all, or up to one for each of several residents' committees.
  const rc = count(group.members, 'residents-committee');
  if (rc < 1 || rc > group.residentsCommittees) {
    return fail('group-residents-committee-count', {
      each: 1,
      total: group.residentsCommittees,
      actual: rc,
    });
  }
  return true;
}
