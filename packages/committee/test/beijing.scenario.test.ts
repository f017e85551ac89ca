// A complete formation under `beijing`, dated; each date and count checked by hand against the
// article (quoted from the Beijing regulation, 2024), with boundary tests at the second.
import { beijing, dispatch, national, type Rejection, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { checkNominator } from '../src/election/rules.js';
import {
  BEIJING_FORMATION_INPUT,
  BEIJING_GROUP,
  beijingFormationRun,
  beijingRunUpTo,
} from './support/beijing-run.js';
import { ev, FORMATION_INPUT, startFormation, where } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';

const D = (s: string) => `${s}+08:00`;

/** A formation driven through `events`, each of which must be accepted. */
function driven(events: readonly Record<string, unknown>[], input = BEIJING_FORMATION_INPUT) {
  const actor = startFormation(input);
  for (const e of events) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${JSON.stringify(r.rejection)}`);
  }
  return actor;
}

function refused(actor: ReturnType<typeof driven>, e: Record<string, unknown>): Rejection {
  const r = dispatch(actor, e);
  if (r.ok) throw new Error(`${String(e.type)} was accepted`);
  return r.rejection;
}

const before = (type: string) => beijingRunUpTo(type).slice(0, -1);

describe('a Beijing formation, dated', { timeout: 60_000 }, () => {
  it('runs from the owners’ application to the filed committee', () => {
    const actor = startFormation(BEIJING_FORMATION_INPUT);
    const due = (id: string) => actor.getSnapshot().context.deadlines[id];
    const run = beijingFormationRun();
    const send = (type: string) => {
      const e = run.find((x) => x.type === type && !sent.has(x));
      if (e === undefined) throw new Error(`no ${type} left`);
      sent.add(e);
      const r = dispatch(actor, e);
      if (!r.ok) throw new Error(JSON.stringify(r.rejection));
    };
    const sent = new Set<Record<string, unknown>>();

    // BJ 30: "已交付业主的专有部分达到建筑物总面积百分之五十以上的" — 1,000,000 of 2,000,000
    // (0.01 m²) is exactly 50%, 以上 includes it. No developer report is due (BJ has none).
    send('RECORD_DELIVERY');
    expect(where(actor)).toBe('awaitingReport.onTime');
    expect(due('developer-report')).toBeUndefined();

    // BJ 30: "百分之五以上的业主…均可以向街道办事处、乡镇人民政府提出成立业主大会的申请" — 1 of
    // 10 owners is 10% ≥ 5%. BJ 31 ¶1: "在接到成立业主大会书面申请后三十日内…审核…指定…筹备组
    // 组长" — from 2026-03-16 (not counted): 15 days to 03-31, 30 to 04-15 → last day 04-15.
    send('APPLY_TO_FORM');
    expect(where(actor)).toBe('awaitingGroup.onTime');
    expect(due('group-formation')?.due.lastDay).toBe('2026-04-15');
    expect(due('group-formation')?.cite).toEqual(['BJ-31-1']);

    // Appointed on the last day: met. BJ 31 ¶2: "筹备组组长应当于三十日内组织…召开首次筹备组
    // 会议，成立筹备组" — from 04-15: 15 days to 04-30, 30 to 05-15 → last day 05-15.
    send('APPOINT_GROUP_LEADER');
    expect(due('group-formation')?.status).toBe('met');
    expect(due('group-convening')?.due.lastDay).toBe('2026-05-15');
    expect(due('group-convening')?.cite).toEqual(['BJ-31-2']);

    // The group forms on 05-15, the last day: met. BJ 31 ¶5 "筹备组成立七日内" → roster by 05-22;
    // BJ 32 ¶4 "自成立之日起六十日内，组织召开首次业主大会会议": 05-15 + 60 days → 16 to 05-31,
    // 46 to 06-30, 60 to 07-14.
    send('FORM_GROUP');
    expect(due('group-convening')?.status).toBe('met');
    expect(due('roster-posting')?.due.lastDay).toBe('2026-05-22');
    expect(due('first-meeting')?.due.lastDay).toBe('2026-07-14');
    for (const type of ['POST_ROSTER', 'TRAIN_GROUP', 'CONFIRM_ROLL', 'ADOPT_DRAFTS']) send(type);
    expect(due('roster-posting')?.status).toBe('met');

    // BJ 40 ¶1: "（三）业主自荐或者联名推荐" for o1–o5; "（二）居民委员会、村民委员会推荐" for o6.
    for (let i = 0; i < 6; i++) send('NOMINATE');
    const routes = actor.getSnapshot().context.candidates.map((c) => [c.id, c.route]);
    expect(routes).toEqual([
      ['o1', 'self'],
      ['o2', 'self'],
      ['o3', 'self'],
      ['o4', 'self'],
      ['o5', 'self'],
      ['o6', 'residents-committee'],
    ]);
    for (let i = 0; i < 6; i++) send('VET_CANDIDATE');
    // BJ 32 ¶1: posted "在首次业主大会会议召开十五日前" — 06-20 for a meeting on 07-05.
    for (const type of ['REPORT_CANDIDATES', 'POST_NOTICE', 'OPEN_ELECTION']) send(type);
    expect(due('first-meeting')?.status).toBe('met');

    // Eight of ten owners vote (80% of heads and of area ≥ 2/3, CC 278 ¶2), two of them over the
    // internet through the city's system (BJ 35 ¶3); all eight approve o2–o6: 8/8 > 1/2.
    for (let i = 0; i < 8; i++) send('CAST_BALLOT');
    send('CLOSE_ELECTION');
    expect(where(actor)).toBe('officers');
    const seated = actor.getSnapshot().context;
    expect(seated.members.map((m) => m.id)).toEqual(['o2', 'o3', 'o4', 'o5', 'o6']);
    expect(seated.milestones.elected).toBe(D('2026-07-05T17:00:00'));
    // BJ 42: "自选举产生之日起七日内召开首次会议…推选业主委员会主任和副主任" — from 07-05:
    // last day 07-12. The posting waits for the officers ("在推选完成之日起三日内"): none yet.
    expect(due('officers-chosen')?.due.lastDay).toBe('2026-07-12');
    expect(due('officers-chosen')?.cite).toEqual(['BJ-42-first-meeting']);
    expect(due('election-posting')).toBeUndefined();
    // BJ 43 ¶1: "自选举产生之日起三十日内…申请备案" — from 07-05: 26 to 07-31, 30 to 08-04.
    expect(due('filing')?.due.lastDay).toBe('2026-08-04');

    // Officers chosen on 07-10 (met); the posting's 3 days run from then: last day 07-13.
    send('CHOOSE_OFFICERS');
    expect(due('officers-chosen')?.status).toBe('met');
    expect(due('election-posting')?.due.lastDay).toBe('2026-07-13');
    expect(due('election-posting')?.cite).toEqual(['BJ-42']);
    // Posted on 07-13, the last day: met — counted from the election it would be late.
    send('POST_RESULT');
    expect(due('election-posting')?.status).toBe('met');

    // BJ 43 ¶2: "五个工作日内予以备案" — filed Monday 07-20: Tue 21, Wed 22, Thu 23, Fri 24,
    // Mon 27 → last day 07-27 (no holidays in this run).
    send('FILE');
    expect(due('filing')?.status).toBe('met');
    expect(due('filing-completion')?.due.lastDay).toBe('2026-07-27');
    send('COMPLETE_FILING');
    expect(where(actor)).toBe('established');
    const deadlines = Object.values(actor.getSnapshot().context.deadlines);
    expect(deadlines.every((d) => d.status === 'met')).toBe(true);
    expect(deadlines).toHaveLength(8);
  });
});

describe('BJ 30: who may apply', { timeout: 30_000 }, () => {
  // BJ 30: "百分之五以上的业主、专有部分占建筑物总面积百分之五以上的业主或者建设单位均可以…
  // 提出成立业主大会的申请". 200 owners; total area 2,000,000 (0.01 m²), 5% of it 100,000.
  const delivered = before('APPLY_TO_FORM');
  const apply = (applicants: Record<string, number> | undefined, role = 'owner') =>
    ev(
      'APPLY_TO_FORM',
      role,
      D('2026-03-16T09:00:00'),
      applicants === undefined ? {} : { applicants },
    );

  it('reads the profile’s shares, both inclusive (以上)', () => {
    expect(beijing.formation.ownerApplication.value).toEqual({
      headcount: { fraction: { num: 1, den: 20 }, mode: 'at-least' },
      area: { fraction: { num: 1, den: 20 }, mode: 'at-least' },
    });
  });

  it('10 of 200 owners (exactly 5%) may apply; 9 holding less than 5% of the area may not', () => {
    expect(where(driven([...delivered, apply({ owners: 10, ofOwners: 200, area: 0 })]))).toBe(
      'awaitingGroup.onTime',
    );
    const short = refused(driven(delivered), apply({ owners: 9, ofOwners: 200, area: 99_999 }));
    expect(short.code).toBe('rule-violated');
    expect(short.rule).toEqual({ id: 'applicants-qualify', citations: ['BJ-30-applicants'] });
    expect(short.message.en).toContain('9/200');
    expect(short.message['zh-CN']).toContain('9/200人');
  });

  it('either measure suffices: 9 owners holding exactly 5% of the area (100,000) may apply', () => {
    const actor = driven([...delivered, apply({ owners: 9, ofOwners: 200, area: 100_000 })]);
    expect(where(actor)).toBe('awaitingGroup.onTime');
    expect(actor.getSnapshot().context.milestones.applied).toBe(D('2026-03-16T09:00:00'));
  });

  it('the developer may apply, with no documents (not SH 14’s report)', () => {
    const actor = driven([...delivered, apply(undefined, 'developer')]);
    expect(where(actor)).toBe('awaitingGroup.onTime');
  });

  it('the residents’ committee may organise owners who qualify', () => {
    const ok = driven([
      ...delivered,
      apply({ owners: 10, ofOwners: 200, area: 0 }, 'residents-committee'),
    ]);
    expect(where(ok)).toBe('awaitingGroup.onTime');
    const none = refused(driven(delivered), apply(undefined, 'residents-committee'));
    expect(none.rule?.id).toBe('applicants-qualify');
  });

  it('an inconsistent count is a coded refusal, not a crash', () => {
    const more = refused(driven(delivered), apply({ owners: 201, ofOwners: 200, area: 0 }));
    expect(more.message.en).toContain('201 applicants but only 200 owners');
    const area = refused(driven(delivered), apply({ owners: 1, ofOwners: 200, area: 2_000_001 }));
    expect(area.rule?.id).toBe('applicants-qualify');
    const malformed = refused(driven(delivered), apply({ owners: -1, ofOwners: 200, area: 0 }));
    expect(malformed.code).toBe('invalid-event');
  });

  it('the developer applies; a Shanghai-style report is refused as absent from the text', () => {
    // BJ 30 gives the developer a right to apply, not SH 14's duty to report with five documents.
    const docs = [
      'area-designation',
      'management-premises',
      'owner-register',
      'delivery-dates',
      'fund-register',
    ];
    const r = refused(
      driven(delivered),
      ev('DEVELOPER_REPORT', 'developer', D('2026-03-16T09:00:00'), { documents: docs }),
    );
    expect(r.rule).toEqual({ id: 'report-documents', citations: [] });
    expect(r.message.en).toContain("The beijing profile's texts set no developer's report");
    expect(r.message['zh-CN']).toContain('未规定建设单位书面报告');
  });

  it('under shanghai there is no such application: owners ask only when the developer is late', () => {
    const sh = driven(formationRun().slice(0, 1), FORMATION_INPUT);
    const r = refused(sh, apply({ owners: 10, ofOwners: 200, area: 0 }));
    expect(r.rule).toEqual({ id: 'applicants-qualify', citations: ['SH-14-2'] });
    expect(r.message.en).toContain('no application by owners or the developer');
  });
});

describe('BJ 31: two 30-day steps, each its own deadline', { timeout: 30_000 }, () => {
  // BJ 31 ¶1 "在接到成立业主大会书面申请后三十日内"; ¶2 "筹备组组长应当于三十日内组织…召开首次
  // 筹备组会议，成立筹备组". Applied 2026-03-16 → review due by 24:00 of 04-15.
  const applied = beijingRunUpTo('APPLY_TO_FORM');
  const appoint = (at: string) => ev('APPOINT_GROUP_LEADER', 'street-office', D(at));

  it('the review: met at 04-15 23:59:59, missed one second later', () => {
    const onTime = driven([...applied, appoint('2026-04-15T23:59:59')]);
    expect(onTime.getSnapshot().context.deadlines['group-formation']?.status).toBe('met');
    const late = driven([...applied, appoint('2026-04-16T00:00:00')]);
    expect(late.getSnapshot().context.deadlines['group-formation']?.status).toBe('missed');
  });

  it('the leader’s 30 days run from the appointment, not from the application', () => {
    // Appointed 04-10: last day 05-10 (a single 60-day span from 03-16 would end 05-15).
    const actor = driven([...applied, appoint('2026-04-10T09:00:00')]);
    expect(actor.getSnapshot().context.deadlines['group-convening']?.due.lastDay).toBe(
      '2026-05-10',
    );
    const form = (at: string) =>
      ev('FORM_GROUP', 'street-office', D(at), { members: BEIJING_GROUP });
    expect(dispatch(actor, ev('TICK', 'system', D('2026-05-10T23:59:59'))).ok).toBe(true);
    expect(where(actor)).toBe('awaitingGroup.onTime');
    expect(dispatch(actor, ev('TICK', 'system', D('2026-05-11T00:00:00'))).ok).toBe(true);
    expect(where(actor)).toBe('awaitingGroup.overdue');
    expect(dispatch(actor, form('2026-05-12T09:00:00')).ok).toBe(true);
    expect(actor.getSnapshot().context.deadlines['group-convening']?.status).toBe('missed');
  });

  it('the group forms after the leader is appointed, and the leader is appointed once', () => {
    const r = refused(
      driven(applied),
      ev('FORM_GROUP', 'street-office', D('2026-04-01T09:00:00'), { members: BEIJING_GROUP }),
    );
    expect(r.rule).toEqual({ id: 'leader-appointed-first', citations: ['BJ-31-2'] });
    const twice = refused(
      driven([...applied, appoint('2026-04-01T09:00:00')]),
      appoint('2026-04-02T09:00:00'),
    );
    expect(twice.rule?.id).toBe('leader-appointable');
    expect(twice.message['zh-CN']).toBe('筹备组组长已经指定。');
  });

  it('under shanghai the street office forms the group itself: no leader to appoint', () => {
    const sh = driven(formationRun().slice(0, 3), FORMATION_INPUT);
    const r = refused(sh, appoint('2026-04-20T09:00:00'));
    expect(r.rule).toEqual({ id: 'leader-appointable', citations: ['SH-15'] });
    expect(shanghai.formation.leaderConvenesGroup).toBeUndefined();
  });
});

describe('BJ 40 ¶1 (二): the residents’ committee recommends candidates', {
  timeout: 30_000,
}, () => {
  const drafted = beijingRunUpTo('ADOPT_DRAFTS');
  const nominate = ev('NOMINATE', 'residents-committee', D('2026-06-03T09:00:00'), {
    candidateId: 'o6',
  });

  it('under beijing, permitted where the profile says so', () => {
    expect(beijing.formation.residentsCommitteeRecommendsCandidates?.value).toBe(true);
    const actor = driven([...drafted, nominate]);
    expect(actor.getSnapshot().context.candidates[0]).toMatchObject({
      id: 'o6',
      route: 'residents-committee',
    });
  });

  it('the party organisation recommends where the profile says so (BJ 40 ¶1 (一), SH-36 (四))', () => {
    // "（一）社区党组织推荐": beijing and shanghai say so; national's texts are silent.
    const party = { by: { id: 'p', role: 'residential-party-organisation' } };
    expect(checkNominator({ profile: beijing }, party)).toBe(true);
    expect(checkNominator({ profile: shanghai }, party)).toBe(true);
    const refusal = checkNominator({ profile: national }, party);
    expect(refusal).toMatchObject({
      ok: false,
      message: { en: 'This profile does not have the party organisation recommend candidates.' },
      citations: ['CC-277'],
    });
    const party2 = { by: { id: 'p', role: 'residents-committee' } };
    expect(checkNominator({ profile: national }, party2)).toMatchObject({ ok: false });
  });

  it('under shanghai, refused with a coded, bilingual reason', () => {
    const sh = formationRun();
    const drafts = sh.slice(0, sh.findIndex((e) => e.type === 'ADOPT_DRAFTS') + 1);
    const r = refused(driven(drafts, FORMATION_INPUT), nominate);
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.id).toBe('nominator-allowed');
    expect(r.message.en).toBe(
      "This profile does not let the residents' committee recommend candidates.",
    );
    expect(r.message['zh-CN']).toBe('本规则未规定居民委员会推荐候选人。');
  });
});

describe('BJ 42: officers within 7 days of the election, posted within 3 days of being chosen', {
  timeout: 30_000,
}, () => {
  // BJ 42: "业主委员会应当自选举产生之日起七日内召开首次会议…并在推选完成之日起三日内…公示".
  // Elected 2026-07-05 17:00 → first meeting by 24:00 of 07-12.
  const elected = beijingRunUpTo('CLOSE_ELECTION');
  const choose = (at: string) =>
    ev('CHOOSE_OFFICERS', 'committee', D(at), { chair: 'o2', viceChairs: ['o3'] });
  const post = (at: string) => ev('POST_RESULT', 'preparatory-group', D(at));

  it('the first meeting: met at 07-12 23:59:59, missed one second later', () => {
    const onTime = driven([...elected, choose('2026-07-12T23:59:59')]);
    expect(onTime.getSnapshot().context.deadlines['officers-chosen']?.status).toBe('met');
    const late = driven([...elected, choose('2026-07-13T00:00:00')]);
    expect(late.getSnapshot().context.deadlines['officers-chosen']?.status).toBe('missed');
  });

  it('the posting counts from the officers being chosen: chosen 07-12, posted by 07-15', () => {
    const chosen = [...elected, choose('2026-07-12T10:00:00')];
    const onTime = driven([...chosen, post('2026-07-15T23:59:59')]);
    expect(onTime.getSnapshot().context.deadlines['election-posting']?.status).toBe('met');
    const late = driven([...chosen, post('2026-07-16T00:00:00')]);
    expect(late.getSnapshot().context.deadlines['election-posting']?.status).toBe('missed');
  });

  it('under shanghai the posting still counts from the election (SH 21 ¶2)', () => {
    const sh = formationRun();
    const last = sh.map((e) => e.type).lastIndexOf('CLOSE_ELECTION');
    const closed = sh.slice(0, last + 1);
    const actor = driven(closed, FORMATION_INPUT);
    const book = actor.getSnapshot().context.deadlines;
    // Elected 2026-07-21 → 3 days → last day 07-24; no officers' deadline.
    expect(book['election-posting']?.due.lastDay).toBe('2026-07-24');
    expect(book['officers-chosen']).toBeUndefined();
  });
});

describe('BJ 35 ¶3: internet votes through the city’s e-voting system', { timeout: 30_000 }, () => {
  // "采用互联网方式表决的，应当通过市住房和城乡建设主管部门建立的电子投票系统进行".
  const open = beijingRunUpTo('OPEN_ELECTION');
  const ballot = (extra: Record<string, unknown>) =>
    ev(
      'CAST_BALLOT',
      'owner',
      D('2026-07-05T10:00:00'),
      { ballotId: 'b1', unitId: 'u1', castBy: 'o1', approve: ['o2'], ...extra },
      'o1',
    );

  it('an electronic ballot from another system, or naming none, is refused, citing BJ 35 ¶3', () => {
    for (const extra of [{ channel: 'electronic', system: 'wechat' }, { channel: 'electronic' }]) {
      const r = refused(driven(open), ballot(extra));
      expect(r.rule).toEqual({ id: 'valid-ballot', citations: ['BJ-35-3'] });
      expect(r.details).toEqual({ issue: 'electronic-not-city-system' });
      expect(r.message.en).toContain("city's e-voting system");
      expect(r.message['zh-CN']).toContain('电子投票系统');
    }
  });

  it('one through the city system, and a paper one, count', () => {
    expect(dispatch(driven(open), ballot({ channel: 'electronic', system: 'city' })).ok).toBe(true);
    expect(dispatch(driven(open), ballot({ channel: 'paper' })).ok).toBe(true);
  });
});

describe('refusals under beijing are built from the profile in force', { timeout: 30_000 }, () => {
  it('the first meeting’s period is Beijing’s 60 days (BJ 32 ¶4), not 90', () => {
    // Group formed 2026-05-15: the first meeting by 24:00 of 07-14. A notice posted 06-20 for
    // 07-15 is refused; the message names 60 days and cites BJ 32 ¶4.
    const r = refused(
      driven(before('POST_NOTICE')),
      ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
        meetingAt: D('2026-07-15T09:00:00'),
      }),
    );
    expect(r.message.en).toBe(
      'The first meeting must be held by 2026-07-14 (60 days from the group forming).',
    );
    expect(r.message['zh-CN']).toContain('筹备组成立之日起60日内');
    expect(r.rule?.citations).toEqual(['BJ-32-4']);
    // 07-14 itself is the last day: accepted.
    const ok = dispatch(
      driven(before('POST_NOTICE')),
      ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
        meetingAt: D('2026-07-14T09:00:00'),
      }),
    );
    expect(ok.ok).toBe(true);
  });
});
