// FORM-4: the owner representatives of a preparatory or re-election group meet the candidate
// eligibility of the committee, and several residents' committees may each send one — or one
// may stand for all. Driven through the machines, quoting the texts.
import {
  beijing,
  defineProfile,
  dispatch,
  national,
  type Rejection,
  shanghai,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { checkGroupOwnerReps } from '../src/group/rules.js';
import { checkPreparatoryGroup, checkReElectionGroup } from '../src/shared/group.js';
import { BEIJING_FORMATION_INPUT, BEIJING_GROUP, beijingRunUpTo } from './support/beijing-run.js';
import { ev, GROUP, RE_GROUP, startFormation, startReElection } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';

const D = (s: string) => `${s}+08:00`;

type Member = Record<string, unknown>;

/** `members` with owner `id` carrying `grounds`. */
const withGrounds = (members: readonly Member[], id: string, grounds: readonly string[]) =>
  members.map((m) => (m.id === id ? { ...m, grounds } : m));

/** A Shanghai formation up to (not including) FORM_GROUP. */
function shanghaiBeforeGroup() {
  const actor = startFormation();
  const run = formationRun();
  for (const e of run.slice(
    0,
    run.findIndex((x) => x.type === 'FORM_GROUP'),
  )) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(JSON.stringify(r.rejection));
  }
  return actor;
}

const formGroup = (members: readonly Member[], residentsCommittees?: number) =>
  ev('FORM_GROUP', 'street-office', D('2026-05-06T09:00:00'), {
    members,
    ...(residentsCommittees === undefined ? {} : { residentsCommittees }),
  });

function refusal(r: ReturnType<typeof dispatch>): Rejection {
  if (r.ok) throw new Error('accepted');
  return r.rejection;
}

describe('SH 15 ¶2: the preparatory group’s owner representatives', { timeout: 30_000 }, () => {
  // SH 15 ¶2: "筹备组人数应当为单数，其中业主代表应当符合本规定第二十条第二款的规定"; SH 20 ¶2:
  // "业主在本物业管理区域内有损坏房屋主体和承重结构、违法搭建…等情形之一且未改正的，不得担任
  // 业主委员会委员".
  it('an owner representative found to have built illegally is refused, named, citing SH 15 ¶2 and SH 20 ¶2', () => {
    const actor = shanghaiBeforeGroup();
    const r = refusal(
      dispatch(actor, formGroup(withGrounds(GROUP, 'g-o2', ['illegalConstruction']))),
    );
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.id).toBe('owner-reps-eligible');
    expect(r.rule?.citations).toEqual(['SH-15-2', 'SH-20-2', 'SH-20-2-grounds']);
    expect(r.message.en).toContain('g-o2');
    expect(r.message.en).toContain('built illegally');
    expect(r.message['zh-CN']).toBe('业主代表g-o2不符合业主委员会委员候选人的条件：违法搭建。');
    expect(actor.getSnapshot().context.group).toBeNull();
  });

  it('a ground the profile has off is recorded, not a bar (fee arrears, deleted in 2023)', () => {
    const actor = shanghaiBeforeGroup();
    const r = dispatch(actor, formGroup(withGrounds(GROUP, 'g-o2', ['feeArrears'])));
    expect(r.ok).toBe(true);
    const member = actor.getSnapshot().context.group?.members.find((m) => m.id === 'g-o2');
    expect(member?.grounds).toEqual(['feeArrears']);
  });

  it('the bar is for owner seats: grounds named for another seat do not refuse', () => {
    const actor = shanghaiBeforeGroup();
    expect(
      dispatch(actor, formGroup(withGrounds(GROUP, 'g-dev', ['illegalConstruction']))).ok,
    ).toBe(true);
  });

  it('an owner named in settlement of an objection meets the same bar (SH 15 ¶4)', () => {
    const actor = shanghaiBeforeGroup();
    expect(dispatch(actor, formGroup(GROUP)).ok).toBe(true);
    const objected = dispatch(
      actor,
      ev('OBJECT_TO_MEMBER', 'owner', D('2026-05-07T09:00:00'), {
        memberId: 'g-o1',
        text: '违法搭建未改正',
      }),
    );
    expect(objected.ok).toBe(true);
    const objectionId = actor.getSnapshot().context.group?.memberObjections[0]?.id;
    const settle = (replacement: Member) =>
      ev('SETTLE_MEMBER_OBJECTION', 'street-office', D('2026-05-08T09:00:00'), {
        objectionId,
        outcome: 'upheld',
        answer: '更换业主代表',
        replacement,
      });
    const r = refusal(
      dispatch(actor, settle({ id: 'g-o9', seat: 'owner', grounds: ['facadeDamage'] })),
    );
    expect(r.rule?.id).toBe('settlement-keeps-composition');
    expect(r.rule?.citations).toEqual(['SH-15-2', 'SH-20-2', 'SH-20-2-grounds']);
    expect(dispatch(actor, settle({ id: 'g-o9', seat: 'owner', grounds: [] })).ok).toBe(true);
  });
});

describe('SH 28 ¶3: the re-election group’s owner representatives', { timeout: 30_000 }, () => {
  // SH 28 ¶3: "换届改选小组人数应当为单数，其中业主代表应当符合本规定第二十条第二款的规定".
  it('refuses a representative whose spouse works for the firm, citing SH 28 ¶3 and SH 20 ¶2', () => {
    const actor = startReElection();
    expect(dispatch(actor, ev('REPORT_TERM_END', 'committee', D('2026-07-20T09:00:00'))).ok).toBe(
      true,
    );
    const form = (members: readonly Member[]) =>
      ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), { members });
    const r = refusal(
      dispatch(actor, form(withGrounds(RE_GROUP, 'g-o3', ['familyEmployedByFirm']))),
    );
    expect(r.rule?.id).toBe('owner-reps-eligible');
    expect(r.rule?.citations).toEqual(['SH-28-3', 'SH-20-2', 'SH-20-2-family']);
    expect(dispatch(actor, form(RE_GROUP)).ok).toBe(true);
  });
});

describe('BJ 31 ¶3: owner representatives as candidates (BJ 39)', { timeout: 30_000 }, () => {
  // BJ 31 ¶3: "业主代表资格应当参照适用本条例第三十九条有关业主委员会委员候选人资格的规定";
  // BJ 39 ¶3 "（五）未被列为失信被执行人".
  const beforeGroup = () => {
    const actor = startFormation(BEIJING_FORMATION_INPUT);
    for (const e of beijingRunUpTo('APPOINT_GROUP_LEADER')) {
      const r = dispatch(actor, e);
      if (!r.ok) throw new Error(JSON.stringify(r.rejection));
    }
    return actor;
  };
  const form = (members: readonly Member[]) =>
    ev('FORM_GROUP', 'street-office', D('2026-05-15T09:00:00'), { members });

  it('refuses a dishonest judgment debtor, citing BJ 31 ¶3 and BJ 39 ¶3', () => {
    const r = refusal(
      dispatch(beforeGroup(), form(withGrounds(BEIJING_GROUP, 'g-o4', ['dishonestDebtor']))),
    );
    expect(r.rule?.id).toBe('owner-reps-eligible');
    expect(r.rule?.citations?.slice(0, 2)).toEqual(['BJ-31-3', 'BJ-39-3']);
    expect(r.rule?.citations?.some((c) => c.startsWith('SH-'))).toBe(false);
  });

  it('façade damage, not among BJ 78’s grounds, is no bar in Beijing', () => {
    expect(
      dispatch(beforeGroup(), form(withGrounds(BEIJING_GROUP, 'g-o4', ['facadeDamage']))).ok,
    ).toBe(true);
  });
});

describe('national: the texts are silent, the profile’s grounds decide', () => {
  // PMR 16 ¶2: "业主委员会委员应当由热心公益事业、责任心强、具有一定组织能力的业主担任" sets no
  // ground; `national` has every ground off, citing PMR-16-2.
  const members = withGrounds(GROUP, 'g-o1', ['illegalConstruction']) as never;
  it('shipped national: no ground bars', () => {
    expect(checkGroupOwnerReps('preparatory', national, members)).toBe(true);
  });
  it('a host profile that switches a ground on is refused, citing what the profile cites', () => {
    const strict = defineProfile({
      ...national,
      id: 'national-strict',
      eligibility: {
        ...national.eligibility,
        grounds: {
          ...national.eligibility.grounds,
          illegalConstruction: { value: true, cite: ['PMR-16-2'] },
        },
      },
    });
    const verdict = checkGroupOwnerReps('preparatory', strict, members);
    expect(verdict).toMatchObject({ ok: false, citations: ['PMR-16-2'] });
  });
});

describe('SH-6 §六: each residents’ committee may send one', () => {
  // SH-6 §六: "居民委员会或者村民委员会代表人数一般为1人，但一个物业管理区域有多个居民委员会或者
  // 村民委员会的，各居民委员会或者村民委员会可以有1名代表".
  const base = GROUP.map((m) => ({ leader: false, ...m })).filter(
    (m) => m.seat !== 'residents-committee',
  ) as Parameters<typeof checkPreparatoryGroup>[1]['members'];
  const rc = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `g-rc${i + 1}`,
      seat: 'residents-committee' as const,
      leader: false,
    }));
  /** The group with `reps` residents' committee members, owners added to keep it odd and half owners. */
  const group = (reps: number) => {
    let k = 0;
    while ((base.length + reps + k) % 2 === 0 || 2 * (4 + k) < base.length + reps + k) k += 1;
    const owners = Array.from({ length: k }, (_, i) => ({
      id: `g-ox${i + 1}`,
      seat: 'owner' as const,
      leader: false,
    }));
    return [...base, ...owners, ...rc(reps)];
  };

  it('three committees: one representative in all stands, as do three; none or four do not', () => {
    const check = (reps: number) =>
      checkPreparatoryGroup(shanghai, { members: group(reps), residentsCommittees: 3 });
    expect(check(1)).toBe(true);
    expect(check(2)).toBe(true);
    expect(check(3)).toBe(true);
    for (const reps of [0, 4]) {
      const verdict = check(reps);
      expect(verdict !== true && verdict.message.en).toBe(
        `The residents' committees send 1 to 3 representatives (each may send 1); the group has ${reps}.`,
      );
    }
  });

  it('through the machine: one representative for two committees is accepted', () => {
    const actor = shanghaiBeforeGroup();
    expect(dispatch(actor, formGroup(GROUP, 2)).ok).toBe(true);
    expect(actor.getSnapshot().context.group?.residentsCommittees).toBe(2);
  });

  it('the re-election group the same (SH-6 §六: "换届改选小组中各方代表的人数要求…与筹备组相同")', () => {
    const base = RE_GROUP.map((m) => ({ leader: false, ...m })).filter(
      (m) => m.seat !== 'residents-committee',
    ) as Parameters<typeof checkReElectionGroup>[1]['members'];
    const owners = base.filter((m) => m.seat === 'owner').length;
    const reGroup = (reps: number) => {
      let k = 0;
      while ((base.length + reps + k) % 2 === 0 || 2 * (owners + k) < base.length + reps + k) {
        k += 1;
      }
      const more = Array.from({ length: k }, (_, i) => ({
        id: `g-oy${i + 1}`,
        seat: 'owner' as const,
        leader: false,
      }));
      return [...base, ...more, ...rc(reps)];
    };
    const check = (reps: number) =>
      checkReElectionGroup(shanghai, { members: reGroup(reps), residentsCommittees: 3 });
    expect(check(1)).toBe(true);
    expect(check(3)).toBe(true);
    for (const reps of [0, 4]) {
      const verdict = check(reps);
      expect(verdict !== true && verdict.message.en).toBe(
        `The residents' committees send 1 to 3 representatives (each may send 1); the group has ${reps}.`,
      );
    }
  });

  it('beijing sets no number per committee', () => {
    expect(beijing.formation.group.residentsCommitteeRepsEach.value).toBeNull();
  });
});
