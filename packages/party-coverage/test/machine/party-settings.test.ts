// The party settings the coverage machine reads (issue 18, "No dead settings"): the branch
// committee's size (PARTY-3), cross-appointment and the party-member quota on committees
// (PARTY-7). The branch rules and MOHURD 〔2020〕10号 are not held in the repository's law texts;
// the quotes are the law registry's key phrases and notes.
import {
  atLeast,
  beijing,
  moreThan,
  national,
  type Party,
  type Profile,
  type Rejection,
  shanghai,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { census, day, type Harness, start } from '../support.js';

const HIGHER = 'higher-party-organisation';
const PARTY_ORG = 'residential-party-organisation';

function withParty(base: Profile, party: Partial<Party>): Profile {
  return { ...base, party: { ...base.party, ...party } };
}

function refusal(r: ReturnType<Harness['send']>): Rejection {
  if (r.ok) throw new Error('accepted');
  return r.rejection;
}

/** A committee's own branch, approved on day 1 with `full` full members. */
function branchWith(full: number): Harness {
  const h = start(census(full));
  const approved = h.send('APPROVE_BRANCH', HIGHER, day(1), { branchId: 'b' });
  if (!approved.ok) throw new Error(approved.rejection.message.en);
  return h;
}

const elect = (h: Harness, committeeMembers?: number) =>
  h.send(
    'BRANCH_RE_ELECTED',
    HIGHER,
    day(2),
    committeeMembers === undefined ? {} : { committeeMembers },
  );

describe('PARTY-3: the branch committee’s size (party.branchCommitteeSize)', () => {
  // 支部工作条例 ch. 6 (registry key phrase): "有正式党员7人以上的党支部，设立党支部委员会";
  // note: "支部委员会一般由3至5人组成，一般不超过7人".
  it('seven full members: a committee of 2 is refused, 3 and 5 are elected', () => {
    const small = branchWith(7);
    const r = refusal(elect(small, 2));
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.id).toBe('branch-committee-size');
    expect(r.rule?.citations).toEqual(['PARTY-BRANCH-CH6']);
    expect(r.details).toMatchObject({ members: 2, min: 3, absoluteMax: 7 });
    expect(r.message['zh-CN']).toBe('支部委员会 2 人：一般由 3 至 5 人组成，最多不超过 7 人。');
    expect(r.message.en).toBe(
      'A branch committee of 2: it has 3 to 5 members as a rule, never more than 7.',
    );
    expect(small.actor.getSnapshot().context.branch?.leadership).toBeNull();

    for (const members of [3, 5]) {
      const h = branchWith(7);
      expect(elect(h, members).ok).toBe(true);
      expect(h.actor.getSnapshot().context.branch?.leadership).toEqual({
        kind: 'committee',
        members,
        electedAt: day(2),
      });
      expect(h.emitted.some((e) => e.type === 'branch-committee-over-usual')).toBe(false);
    }
  });

  it('6 and 7 are above the usual 5 but within 7: elected and announced; 8 is refused', () => {
    for (const members of [6, 7]) {
      const h = branchWith(9);
      expect(elect(h, members).ok).toBe(true);
      expect(h.emitted.filter((e) => e.type === 'branch-committee-over-usual')).toEqual([
        { type: 'branch-committee-over-usual', unitId: 'u1', at: day(2), members, max: 5 },
      ]);
    }
    const h = branchWith(9);
    expect(refusal(elect(h, 8)).details).toMatchObject({ members: 8, absoluteMax: 7 });
    expect(h.actor.getSnapshot().context.branch?.leadership).toBeNull();
  });

  it('six full members elect a secretary, not a committee; seven must set up a committee', () => {
    const six = branchWith(6);
    const r = refusal(elect(six, 3));
    expect(r.rule?.id).toBe('branch-committee-size');
    expect(r.details).toEqual({ full: 6, from: 7 });
    expect(r.message.en).toBe(
      '6 full members, fewer than 7: the branch elects a secretary, not a committee.',
    );
    expect(elect(six, undefined).ok).toBe(true);
    expect(six.actor.getSnapshot().context.branch?.leadership).toEqual({
      kind: 'secretary',
      electedAt: day(2),
    });

    const seven = branchWith(7);
    const s = refusal(elect(seven, undefined));
    expect(s.details).toEqual({ full: 7, from: 7 });
    expect(s.message['zh-CN']).toBe(
      '正式党员 7 人，已达 7 人，党支部应当设立支部委员会，不能只选书记。',
    );
  });

  it('the bounds are the profile’s: a host with committees of 5–9 (at most 9) takes 9', () => {
    const host = withParty(shanghai, {
      branchCommitteeSize: {
        ...shanghai.party.branchCommitteeSize,
        value: { min: 5, max: 9, absoluteMax: 9 },
      },
    });
    const h = start({ ...census(12), profile: host });
    h.send('APPROVE_BRANCH', HIGHER, day(1), { branchId: 'b' });
    expect(refusal(elect(h, 4)).details).toMatchObject({ members: 4, min: 5 });
    expect(elect(h, 9).ok).toBe(true);
    expect(h.emitted.some((e) => e.type === 'branch-committee-over-usual')).toBe(false);
  });
});

describe('PARTY-7: cross-appointment (party.crossAppointment)', () => {
  // MOHURD 〔2020〕10号 (registry, unverified): "社区“两委”与业委会、物业企业党员交叉任职".
  const appoint = (h: Harness, personId: string, communityPost: string, at = day(3)) =>
    h.send('CROSS_APPOINTMENT_RECORDED', PARTY_ORG, at, { personId, communityPost });

  it('off in every shipped profile: refused, coded, bilingual, citing the profile’s articles', () => {
    for (const profile of [shanghai, beijing, national]) {
      const h = start({ ...census(1), profile });
      const r = refusal(appoint(h, 'p1', 'residents-committee'));
      expect(r.code).toBe('rule-violated');
      expect(r.rule?.id).toBe('cross-appointment-provided');
      expect(r.rule?.citations).toEqual(profile.party.crossAppointment.cite);
      expect(r.message['zh-CN']).toBe('本配置未规定社区“两委”成员交叉任职，不予记录。');
      expect(r.message.en).toContain('does not provide for cross-appointment');
      expect(h.actor.getSnapshot().context.crossAppointments).toEqual([]);
    }
  });

  it('on: recorded and announced, once per person and post', () => {
    const host = withParty(shanghai, {
      crossAppointment: { ...shanghai.party.crossAppointment, value: true },
    });
    const h = start({ ...census(1), profile: host });
    expect(appoint(h, 'p1', 'residents-committee').ok).toBe(true);
    const first = {
      at: day(3),
      by: `${PARTY_ORG}-1`,
      personId: 'p1',
      communityPost: 'residents-committee',
    };
    expect(h.actor.getSnapshot().context.crossAppointments).toEqual([first]);
    expect(h.emitted.filter((e) => e.type === 'cross-appointment-recorded')).toEqual([
      { type: 'cross-appointment-recorded', unitId: 'u1', appointment: first },
    ]);
    const again = refusal(appoint(h, 'p1', 'residents-committee', day(4)));
    expect(again.rule?.id).toBe('cross-appointment-new');
    expect(again.message.en).toBe('This cross-appointment of p1 is already recorded.');
    expect(appoint(h, 'p1', 'party-organisation', day(4)).ok).toBe(true);
    expect(h.actor.getSnapshot().context.crossAppointments).toHaveLength(2);
  });
});

describe('PARTY-7: the party-member quota on a committee (party.memberQuota)', () => {
  // MOHURD 〔2020〕10号 (registry note): "提高业委会中党员比例；无具体数字" — the share is the
  // host's. A host taking Jiangsu's "原则上不低于1/2" sets at least 1/2 (the bound included).
  const quota = (share: Profile['party']['memberQuota']['value']['share']) =>
    withParty(shanghai, {
      memberQuota: { ...shanghai.party.memberQuota, value: { enabled: true, share } },
    });
  const HALF_INCLUDED = quota(atLeast(1, 2));
  const HALF_EXCLUDED = quota(moreThan(1, 2));
  const update = (h: Harness, full: number, probationary: number, at: string) =>
    h.send('CENSUS_UPDATED', 'committee', at, census(full, probationary, 8));

  it('at least 1/2 of 8: 3 party members fall short, 4 (exactly half) and 5 meet it', () => {
    const h = start({ ...census(3, 0, 8), profile: HALF_INCLUDED });
    expect(h.actor.getSnapshot().context.memberQuota).toEqual({
      members: 3,
      headcount: 8,
      met: false,
    });
    // Short from the start: announced on the first assessment.
    expect(h.emitted.filter((e) => e.type === 'member-quota-short')).toEqual([
      {
        type: 'member-quota-short',
        unitId: 'u1',
        at: h.actor.getSnapshot().context.now,
        check: { members: 3, headcount: 8, met: false },
        share: atLeast(1, 2),
      },
    ]);
    // Probationary members are party members too.
    expect(update(h, 3, 1, day(1)).ok).toBe(true);
    expect(h.actor.getSnapshot().context.memberQuota).toEqual({
      members: 4,
      headcount: 8,
      met: true,
    });
    expect(h.emitted.filter((e) => e.type === 'member-quota-met')).toHaveLength(1);
    update(h, 5, 0, day(2));
    expect(h.actor.getSnapshot().context.memberQuota?.met).toBe(true);
    expect(h.emitted.filter((e) => e.type === 'member-quota-met')).toHaveLength(1);
    update(h, 3, 0, day(3));
    expect(h.actor.getSnapshot().context.memberQuota?.met).toBe(false);
    expect(h.emitted.filter((e) => e.type === 'member-quota-short')).toHaveLength(2);
  });

  it('more than 1/2 of 8: exactly half (4) falls short, 5 meets it', () => {
    const h = start({ ...census(4, 0, 8), profile: HALF_EXCLUDED });
    expect(h.actor.getSnapshot().context.memberQuota?.met).toBe(false);
    update(h, 5, 0, day(1));
    expect(h.actor.getSnapshot().context.memberQuota).toEqual({
      members: 5,
      headcount: 8,
      met: true,
    });
  });

  it('a committee meeting the quota from the start announces nothing', () => {
    const h = start({ ...census(4, 0, 8), profile: HALF_INCLUDED });
    expect(h.actor.getSnapshot().context.memberQuota?.met).toBe(true);
    expect(h.emitted.some((e) => e.type.startsWith('member-quota'))).toBe(false);
  });

  it('no quota: shipped profiles, a switched-off quota, and a firm’s project', () => {
    for (const profile of [shanghai, beijing, national]) {
      expect(
        start({ ...census(0, 0, 8), profile }).actor.getSnapshot().context.memberQuota,
      ).toBeNull();
    }
    const firm = start({ ...census(0, 0, 8), profile: HALF_INCLUDED, kind: 'firm-project' });
    expect(firm.actor.getSnapshot().context.memberQuota).toBeNull();
    expect(firm.emitted.some((e) => e.type.startsWith('member-quota'))).toBe(false);
  });
});
