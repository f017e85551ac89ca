import { formatBar, meetsBar, type Profile } from '@jiayuan/core';
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
    return fail('小组成员不得重复', 'a group member is listed twice');
  }
  if (odd && members.length % 2 === 0) {
    return fail(
      `小组人数应当为单数，现为${members.length}人。`,
      `The group must have an odd number of members; it has ${members.length}.`,
      { size: members.length },
    );
  }
  const owners = count(members, 'owner');
  if (share !== null && !meetsBar(owners, members.length, share)) {
    return fail(
      `业主代表人数所占比例应当${formatBar(share, 'zh-CN')}，现为${owners}/${members.length}。`,
      `Owner representatives must be ${formatBar(share, 'en')} of the group; they are ${owners}/${members.length}.`,
      { owners, size: members.length },
    );
  }
  const leaders = members.filter((m) => m.leader);
  if (leader !== null && (leaders.length !== 1 || leaders[0]?.seat !== leader)) {
    const who = leader === 'street' ? '街道办事处或乡镇人民政府代表' : '居民委员会代表';
    const whoEn = leader === 'street' ? 'the street office' : "the residents' committee";
    return fail(
      `小组须有一名组长，由${who}担任。`,
      `The group needs exactly one leader, the representative of ${whoEn}.`,
    );
  }
  return true;
}

/**
 * The preparatory group's make-up (SH 15 ¶2, FORM-4): odd size, owner representatives at least
 * half, the leader from the street office, one developer representative, one or two of the
 * street office, and one per residents' committee (the last three from SH-6 §六, expired).
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
    return fail(
      `筹备组应有建设单位代表${developerReps}名，现为${developer}名。`,
      `The group needs ${developerReps} developer representative(s); it has ${developer}.`,
    );
  }
  const street = count(group.members, 'street');
  const streetReps = rules.streetReps.value;
  if (streetReps !== null && (street < streetReps.min || street > streetReps.max)) {
    return fail(
      `筹备组应有街镇代表${streetReps.min}至${streetReps.max}名，现为${street}名。`,
      `The group needs ${streetReps.min}–${streetReps.max} street-office representatives; it has ${street}.`,
    );
  }
  const rc = count(group.members, 'residents-committee');
  const each = rules.residentsCommitteeRepsEach.value;
  if (each !== null && rc !== each * group.residentsCommittees) {
    return fail(
      `每个居民委员会应派代表${each}名（共${each * group.residentsCommittees}名），现为${rc}名。`,
      `Each residents' committee sends ${each} (${each * group.residentsCommittees} in all); the group has ${rc}.`,
    );
  }
  return true;
}

/**
 * The re-election group's make-up (SH 28 ¶3, TERM-2): owner, street-office and residents'
 * committee representatives, no developer; odd size; owner representatives at least half; the
 * leader from the street office.
 */
export function checkReElectionGroup(profile: Profile, group: GroupProposal): Verdict {
  const rules = profile.term.group.value;
  if (rules === null) return group.members.length > 0 ? true : fail('小组不能为空', 'empty group');
  const common = checkCommon(group.members, rules.odd, rules.ownerRepsShare, rules.leader);
  if (common !== true) return common;
  if (rules.developerExcluded && count(group.members, 'developer') > 0) {
    return fail('换届改选小组不含建设单位代表。', 'A re-election group has no developer member.');
  }
  if (count(group.members, 'street') < 1) {
    return fail('换届改选小组须有街镇代表。', 'A re-election group needs a street-office member.');
  }
  if (count(group.members, 'residents-committee') < group.residentsCommittees) {
    return fail(
      '换届改选小组须有每个居民委员会的代表。',
      "A re-election group needs a member from each residents' committee.",
    );
  }
  return true;
}
