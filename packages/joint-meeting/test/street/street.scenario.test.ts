// A street (街道) with twelve complexes and six firms, driven event by event through `dispatch`:
// party coverage of the twelve owners' committees and the firms' twelve managed projects,
// joint-meeting matters at four levels, and the complexes' disclosure calendars. Every number
// asserted below is counted by hand in the comments, not computed from the machines.
import {
  type DispatchResult,
  dispatch,
  type Profile,
  type Rejection,
  shanghai,
} from '@jiayuan/core';
import {
  aggregateCoverage,
  type CoverageInput,
  coverageMachine,
  type UnitCoverage,
  unitCoverageOf,
} from '@jiayuan/party-coverage';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, type AnyActorRef, createActor } from 'xstate';
import {
  type DisclosureEmitted,
  disclosureMachine,
  LEVEL_RULES,
  type MatterInput,
  matterMachine,
} from '../../src/index.js';

const STREET = 'jingan-S1';
const T0 = '2026-03-02T09:00:00+08:00';
/** 09:00 in Shanghai on a 2026 day, `MM-DD`. */
const on = (mmdd: string) => `2026-${mmdd}T09:00:00+08:00`;

/**
 * The street's host posts public revenue within three months of the last posting (a rolling
 * period, a host's own policy): the story below is dated by it. SH 66 ¶2's calendar quarters,
 * the shipped profile's reading, are tested in test/disclosure/calendar-periods.test.ts.
 */
const ROLLING: Profile = {
  ...shanghai,
  disclosure: {
    ...shanghai.disclosure,
    publicRevenueEvery: { ...shanghai.disclosure.publicRevenueEvery, periodKind: 'rolling' },
    maintenanceFundEvery: { ...shanghai.disclosure.maintenanceFundEvery, periodKind: 'rolling' },
  },
};

const COMPLEXES = [
  'c01',
  'c02',
  'c03',
  'c04',
  'c05',
  'c06',
  'c07',
  'c08',
  'c09',
  'c10',
  'c11',
  'c12',
];
/** Each firm manages two complexes: f1 c01–c02, f2 c03–c04, …, f6 c11–c12. */
const firmOf = (complex: string) => `f${Math.ceil(Number(complex.slice(1)) / 2)}`;
/** c01–c06 pay by commission (酬金制), c07–c12 a lump sum (包干制). */
const feeModelOf = (complex: string) => (Number(complex.slice(1)) <= 6 ? 'commission' : 'lump-sum');

type Census = CoverageInput['census'];
const census = (headcount: number, full: number, probationary = 0): Census => ({
  headcount,
  full,
  probationary,
});

/** The census each unit starts with: committees `oc-…`, firm projects `pj-…`. */
const CENSUS: Readonly<Record<string, Census>> = {
  'oc-c01': census(7, 5),
  'oc-c02': census(5, 3), // exactly three full members: a branch (“三人以上” includes 3)
  'oc-c03': census(9, 8), // seven or more: a branch committee
  'oc-c04': census(7, 2, 1),
  'oc-c05': census(7, 1),
  'oc-c06': census(7, 0, 2), // probationary members only
  'oc-c07': census(5, 1),
  'oc-c08': census(7, 0),
  'oc-c09': census(7, 0),
  'oc-c10': census(7, 0),
  'oc-c11': census(7, 2),
  'oc-c12': census(7, 2),
  'pj-c01': census(30, 3),
  'pj-c02': census(12, 0),
  'pj-c03': census(25, 4),
  'pj-c04': census(15, 1),
  'pj-c05': census(10, 0),
  'pj-c06': census(14, 0, 2),
  'pj-c07': census(40, 7),
  'pj-c08': census(12, 0),
  'pj-c09': census(18, 1),
  'pj-c10': census(22, 3),
  'pj-c11': census(20, 2),
  'pj-c12': census(16, 1, 1),
};

function by(role: string) {
  return { id: `${role}-S1`, role };
}

function send(
  actor: AnyActorRef,
  type: string,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
): DispatchResult {
  return dispatch(actor, { type, at, by: by(role), ...payload });
}

/** Sends and fails the test with the refusal's reason when the event is refused. */
function must(
  actor: AnyActorRef,
  type: string,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
): void {
  const r = send(actor, type, role, at, payload);
  if (!r.ok)
    throw new Error(`${type} at ${at} refused: ${r.rejection.code} ${r.rejection.message.en}`);
}

function refused(r: DispatchResult): Rejection {
  if (r.ok) throw new Error('expected a refusal');
  return r.rejection;
}

type CoverageActor = Actor<typeof coverageMachine>;
type MatterActor = Actor<typeof matterMachine>;
type CalendarActor = Actor<typeof disclosureMachine>;

interface Street {
  readonly units: Map<string, CoverageActor>;
  readonly matters: Map<string, MatterActor>;
  readonly calendars: Map<string, CalendarActor>;
  readonly overdue: Extract<DisclosureEmitted, { type: 'obligation-overdue' }>[];
  readonly refusals: Record<string, Rejection>;
}

function startUnit(street: Street, unitId: string): CoverageActor {
  const complexId = unitId.slice(3);
  const kind = unitId.startsWith('oc-') ? 'owners-committee' : 'firm-project';
  const actor = createActor(coverageMachine, {
    input: {
      unitId,
      kind,
      complexId,
      streetId: STREET,
      ...(kind === 'firm-project' ? { firmId: firmOf(complexId) } : {}),
      startedAt: T0,
      census: CENSUS[unitId] ?? census(0, 0),
    },
  }).start();
  street.units.set(unitId, actor);
  return actor;
}

function raise(street: Street, input: MatterInput): MatterActor {
  const actor = createActor(matterMachine, { input }).start();
  street.matters.set(input.matterId, actor);
  return actor;
}

/** The level's convener meets with all its required participants. */
function meet(matter: MatterActor, at: string): void {
  const rule = LEVEL_RULES[matter.getSnapshot().context.level];
  must(matter, 'HOLD_MEETING', rule.convener, at, {
    participants: [...rule.required],
    minutes: '会议纪要',
  });
}

const convener = (matter: MatterActor) => LEVEL_RULES[matter.getSnapshot().context.level].convener;

/**
 * The street's clock: every calendar, every open matter and every unit gets the same TICK; an
 * overdue disclosure duty raises a complex-level matter, started by the host (this test) from
 * the emitted input.
 */
function tick(street: Street, at: string): void {
  for (const calendar of street.calendars.values()) {
    const seen: DisclosureEmitted[] = [];
    const sub = calendar.on('obligation-overdue', (e) => seen.push(e));
    must(calendar, 'TICK', 'system', at);
    sub.unsubscribe();
    for (const e of seen) {
      if (e.type !== 'obligation-overdue') continue;
      street.overdue.push(e);
      // Under shanghai every overdue duty names a matter at the complex (JA 二(一)4).
      if (e.matter !== null) raise(street, e.matter);
    }
  }
  for (const matter of street.matters.values()) {
    if (matter.getSnapshot().status === 'active') must(matter, 'TICK', 'system', at);
  }
  for (const unit of street.units.values()) must(unit, 'TICK', 'system', at);
}

function runStreet(): Street {
  const street: Street = {
    units: new Map(),
    matters: new Map(),
    calendars: new Map(),
    overdue: [],
    refusals: {},
  };
  for (const c of COMPLEXES) {
    startUnit(street, `oc-${c}`);
    startUnit(street, `pj-${c}`);
    street.calendars.set(
      c,
      createActor(disclosureMachine, {
        input: { complexId: c, feeModel: feeModelOf(c), startAt: T0, profile: ROLLING },
      }).start(),
    );
  }
  const unit = (id: string) => {
    const u = street.units.get(id);
    if (u === undefined) throw new Error(id);
    return u;
  };
  const cal = (c: string) => {
    const a = street.calendars.get(c);
    if (a === undefined) throw new Error(c);
    return a;
  };
  const HIGHER = 'higher-party-organisation';
  const AREA = 'residential-party-organisation';
  const STREET_PC = 'street-party-committee';

  // —— Party coverage, March ——
  for (const id of ['oc-c01', 'oc-c02', 'oc-c03', 'pj-c01', 'pj-c03', 'pj-c07', 'pj-c10']) {
    must(unit(id), 'APPROVE_BRANCH', HIGHER, on('03-05'), { branchId: `branch-${id}` });
  }
  // Joint branch jb-1: two committees and a firm project, three units (≤ 5).
  const jb1 = ['oc-c04', 'oc-c05', 'pj-c04'];
  for (const id of jb1) {
    must(unit(id), 'JOIN_JOINT_BRANCH', HIGHER, on('03-06'), { jointBranchId: 'jb-1', units: jb1 });
  }
  // Joint branch jb-2: the two projects of firm f6.
  const jb2 = ['pj-c11', 'pj-c12'];
  for (const id of jb2) {
    must(unit(id), 'JOIN_JOINT_BRANCH', HIGHER, on('03-06'), { jointBranchId: 'jb-2', units: jb2 });
  }
  // c12's committee joins a joint branch with a committee of the next street.
  must(unit('oc-c12'), 'JOIN_JOINT_BRANCH', HIGHER, on('03-06'), {
    jointBranchId: 'jb-3',
    units: ['oc-c12', 'oc-S2-c01'],
  });
  for (const id of ['oc-c06', 'oc-c07', 'pj-c06'])
    must(unit(id), 'FORM_WORK_GROUP', AREA, on('03-07'));
  for (const id of ['oc-c08', 'oc-c09', 'pj-c02', 'pj-c08']) {
    must(unit(id), 'ASSIGN_INSTRUCTOR', STREET_PC, on('03-07'), { instructorId: `instr-${id}` });
  }
  // Misuse, refused: a branch declared with two full members; a joint branch of six units.
  street.refusals.branchWithTwo = refused(
    send(unit('oc-c11'), 'APPROVE_BRANCH', HIGHER, on('03-05'), { branchId: 'b-c11' }),
  );
  street.refusals.jointOfSix = refused(
    send(unit('oc-c11'), 'JOIN_JOINT_BRANCH', HIGHER, on('03-06'), {
      jointBranchId: 'jb-x',
      units: ['oc-c11', 'oc-c10', 'oc-c09', 'oc-c08', 'oc-c07', 'oc-c06'],
    }),
  );
  street.refusals.allianceForCommittee = refused(
    send(unit('oc-c01'), 'ALLIANCE_JOINED', STREET_PC, on('03-08'), { allianceId: 'alliance-S1' }),
  );
  // Firms' party building (JA 二(三)): alliance now; 双培养 and 党建入章 below.
  must(unit('pj-c01'), 'ALLIANCE_JOINED', STREET_PC, on('03-08'), { allianceId: 'alliance-S1' });
  must(unit('pj-c03'), 'ALLIANCE_JOINED', 'property-firm', on('03-08'), {
    allianceId: 'alliance-S1',
  });
  // —— Matters raised at complex level on T0 ——
  const m = (c: string, subject: string, raisedAt = T0) =>
    raise(street, { matterId: `m-${c}`, complexId: c, subject, raisedAt });
  const m01 = m('c01', '电梯困人应急处置');
  const m03 = m('c03', '停车位收费争议');
  const m05 = m('c05', '外墙渗水维修');
  m('c07', '物业服务质量下降');
  const m11 = m('c11', '公共收益去向不明');
  // c01: met and resolved at the complex.
  meet(m01, on('03-05'));
  must(m01, 'RESOLVE', 'committee-chair', on('03-06'), { outcome: '物业增派电梯值守人员' });
  // c03: the residents' committee's mediation reaches an agreement.
  must(m03, 'REQUEST_MEDIATION', 'residents-committee', on('03-04'));
  must(m03, 'MEDIATION_CONCLUDED', 'mediation-committee', on('03-10'), {
    agreed: true,
    record: '达成调解协议',
  });
  // c05: the complex meets, passes it up with a reason; the residential area resolves it.
  meet(m05, on('03-05'));
  must(m05, 'ESCALATE', 'committee-chair', on('03-06'), {
    toLevel: 'residential-area',
    reason: '涉及相邻小区共用管线',
  });
  meet(m05, on('03-12'));
  must(m05, 'RESOLVE', AREA, on('03-13'), { outcome: '居民区协调两小区分摊维修' });
  // c07: nobody acts; the escalation periods send it up (below).
  // c11: a complex meeting, no resolution; the period sends it to the residential area (03-18).
  meet(m11, on('03-10'));
  street.refusals.skipLevel = refused(
    send(m11, 'ESCALATE', 'committee-chair', on('03-11'), { toLevel: 'street', reason: '跳级' }),
  );

  tick(street, on('03-18'));
  // Lump-sum c08 and c09 plan fee increases; c09 posts its report in time, c08 does not.
  must(cal('c08'), 'PLAN_FEE_INCREASE', 'property-firm', on('03-20'), {
    effectiveOn: '2026-05-01',
  });
  must(cal('c09'), 'PLAN_FEE_INCREASE', 'property-firm', on('03-20'), {
    effectiveOn: '2026-06-01',
  });
  must(unit('pj-c01'), 'DUAL_TRAINING_RECORDED', 'property-firm', on('03-20'), {
    membersIntoCoreStaff: 2,
    coreStaffIntoMembers: 1,
  });
  meet(m11, on('03-25'));
  must(m11, 'ESCALATE', AREA, on('03-26'), { toLevel: 'street', reason: '需街道职能部门介入' });
  m('c09', '绿化改建方案分歧', on('04-01'));
  must(unit('pj-c01'), 'ARTICLES_AMENDED', 'property-firm', on('04-02'), {
    evidence: 'f1-章程-2026',
  });
  must(unit('pj-c07'), 'ARTICLES_AMENDED', 'property-firm', on('04-02'), {
    evidence: 'f4-章程-2026',
  });
  // c12's committee: two more full members; it must now build its own branch (应建尽建).
  must(unit('oc-c12'), 'CENSUS_UPDATED', 'committee', on('04-10'), { census: census(7, 4) });
  tick(street, on('04-18'));
  meet(m11, on('04-20'));
  must(m11, 'RESOLVE', STREET_PC, on('04-22'), { outcome: '街道责令物业公开公共收益账目' });
  tick(street, on('05-01'));
  // Project pj-c10 loses a full member: its branch lapses.
  must(unit('pj-c10'), 'CENSUS_UPDATED', 'property-firm', on('05-10'), { census: census(22, 2) });
  street.refusals.noEvidence = refused(
    send(cal('c09'), 'PUBLISH', 'property-firm', on('05-14'), { duty: 'lump-sum-report' }),
  );
  must(cal('c09'), 'PUBLISH', 'property-firm', on('05-15'), {
    duty: 'lump-sum-report',
    evidence: 'c09-审计报告-公告栏照片',
  });
  tick(street, on('05-19'));
  // Public revenue (every 3 months) posted on 05-20 everywhere but c10 and c12.
  for (const c of COMPLEXES.filter((x) => x !== 'c10' && x !== 'c12')) {
    must(cal(c), 'PUBLISH', 'property-firm', on('05-20'), {
      duty: 'public-revenue',
      evidence: `${c}-公共收益-0520`,
    });
  }
  tick(street, on('06-03'));
  // c12 posts late, then its complex meeting closes the matter the overdue duty raised.
  must(cal('c12'), 'PUBLISH', 'committee-chair', on('06-10'), {
    duty: 'public-revenue',
    evidence: 'c12-公共收益-补公开',
  });
  const d12 = street.matters.get('c12:disclosure:public-revenue#1');
  if (d12 === undefined) throw new Error('c12 matter not raised');
  meet(d12, on('06-11'));
  must(d12, 'RESOLVE', 'committee-chair', on('06-12'), { outcome: '已补充公开并说明逾期原因' });
  // The annual audit (by 06-30) posted everywhere but c11.
  for (const c of COMPLEXES.filter((x) => x !== 'c11')) {
    must(cal(c), 'PUBLISH', 'committee-chair', on('06-15'), {
      duty: 'annual-audit',
      evidence: `${c}-年度审计-公告`,
    });
  }
  tick(street, on('06-19'));
  must(unit('pj-c01'), 'DUAL_TRAINING_RECORDED', 'property-firm', on('06-20'), {
    membersIntoCoreStaff: 1,
    coreStaffIntoMembers: 0,
  });
  tick(street, on('07-01'));
  return street;
}

describe('a street of twelve complexes and six firms', { timeout: 30_000 }, () => {
  let street: Street;
  beforeAll(() => {
    street = runStreet();
  });
  const units = (filter: (u: UnitCoverage) => boolean = () => true) =>
    [...street.units.values()].map((a) => unitCoverageOf(a.getSnapshot())).filter(filter);
  const leaf = (id: string) => JSON.stringify(street.units.get(id)?.getSnapshot().value);

  describe('party coverage (aggregateCoverage)', () => {
    it('puts each unit in the form its census and events call for', () => {
      expect(
        Object.fromEntries([...street.units.keys()].sort().map((id) => [id, leaf(id)])),
      ).toEqual({
        'oc-c01': '{"open":{"branch":"secretary"}}',
        'oc-c02': '{"open":{"branch":"secretary"}}',
        'oc-c03': '{"open":{"branch":"committee"}}', // 8 full ≥ 7
        'oc-c04': '{"open":"jointBranch"}',
        'oc-c05': '{"open":"jointBranch"}',
        'oc-c06': '{"open":"workGroup"}',
        'oc-c07': '{"open":"workGroup"}',
        'oc-c08': '{"open":"instructor"}',
        'oc-c09': '{"open":"instructor"}',
        'oc-c10': '{"open":"uncovered"}',
        'oc-c11': '{"open":"organisationDue"}',
        'oc-c12': '{"open":"branchDue"}', // 4 full now, still in joint branch jb-3
        'pj-c01': '{"open":{"branch":"secretary"}}',
        'pj-c02': '{"open":"instructor"}',
        'pj-c03': '{"open":{"branch":"secretary"}}',
        'pj-c04': '{"open":"jointBranch"}',
        'pj-c05': '{"open":"uncovered"}',
        'pj-c06': '{"open":"workGroup"}',
        'pj-c07': '{"open":{"branch":"committee"}}', // 7 full, the bound included
        'pj-c08': '{"open":"instructor"}',
        'pj-c09': '{"open":"organisationDue"}',
        'pj-c10': '{"open":"organisationDue"}', // branch lapsed at 2 full
        'pj-c11': '{"open":"jointBranch"}',
        'pj-c12': '{"open":"jointBranch"}',
      });
    });

    it('street rates: organisational 12/24, work 19/24, with the uncovered units and why', () => {
      const a = aggregateCoverage(units());
      // Organisational = a branch or a joint branch:
      //   committees c01 c02 c03 (branch) + c04 c05 c12 (joint) = 6;
      //   projects  c01 c03 c07 (branch) + c04 c11 c12 (joint) = 6; 6 + 6 = 12 of 24.
      // Work = organisational + work group + instructor:
      //   committees 6 + c06 c07 (group) + c08 c09 (instructor) = 10;
      //   projects   6 + c06 (group) + c02 c08 (instructor) = 9; 10 + 9 = 19 of 24.
      expect(a.units).toBe(24);
      expect(a.closedUnits).toBe(0);
      expect(a.organisational).toEqual({ covered: 12, total: 24 });
      expect(a.work).toEqual({ covered: 19, total: 24 });
      expect(a.byKind['owners-committee']).toEqual({
        organisational: { covered: 6, total: 12 },
        work: { covered: 10, total: 12 },
      });
      expect(a.byKind['firm-project']).toEqual({
        organisational: { covered: 6, total: 12 },
        work: { covered: 9, total: 12 },
      });
      // branch: oc c01 c02 c03, pj c01 c03 c07 = 6; joint: oc c04 c05 c12, pj c04 c11 c12 = 6;
      // work group: oc c06 c07, pj c06 = 3; instructor: oc c08 c09, pj c02 c08 = 4;
      // none: oc c10 c11, pj c05 c09 c10 = 5; 6 + 6 + 3 + 4 + 5 = 24.
      expect(a.byForm).toEqual({
        branch: 6,
        'joint-branch': 6,
        'work-group': 3,
        instructor: 4,
        none: 5,
      });
      // The 12 units without a party organisation, plus oc-c12 (organised, but its own branch
      // is now due): 13 gaps.
      expect(a.gaps.map((g) => [g.unitId, g.reason])).toEqual([
        ['oc-c06', 'work-group-only'],
        ['oc-c07', 'work-group-only'],
        ['oc-c08', 'no-members-instructor-only'],
        ['oc-c09', 'no-members-instructor-only'],
        ['oc-c10', 'no-members-no-instructor'],
        ['oc-c11', 'organisation-due'],
        ['oc-c12', 'branch-due'],
        ['pj-c02', 'no-members-instructor-only'],
        ['pj-c05', 'no-members-no-instructor'],
        ['pj-c06', 'work-group-only'],
        ['pj-c08', 'no-members-instructor-only'],
        ['pj-c09', 'organisation-due'],
        ['pj-c10', 'organisation-due'],
      ]);
      expect(a.gaps.find((g) => g.unitId === 'oc-c12')).toMatchObject({
        organisational: true,
        work: true,
        form: 'joint-branch',
        need: 'branch',
      });
    });

    it('per firm: rates over each firm’s two projects', () => {
      const perFirm = Object.fromEntries(
        ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((f) => {
          const a = aggregateCoverage(units((u) => u.firmId === f));
          return [
            f,
            `${a.organisational.covered}/${a.organisational.total} ${a.work.covered}/${a.work.total}`,
          ];
        }),
      );
      // f1: branch + instructor; f2: branch + joint; f3: none + group; f4: branch + instructor;
      // f5: none + lapsed; f6: joint + joint. Organisational 1+2+0+1+0+2 = 6, work 2+2+1+2+0+2 = 9.
      expect(perFirm).toEqual({
        f1: '1/2 2/2',
        f2: '2/2 2/2',
        f3: '0/2 1/2',
        f4: '1/2 2/2',
        f5: '0/2 0/2',
        f6: '2/2 2/2',
      });
    });

    it('records the firms’ alliance, 双培养 and 党建入章, and the joint branches shared by units', () => {
      const firm = (id: string) => street.units.get(id)?.getSnapshot().context.firm;
      expect(firm('pj-c01')).toEqual({
        alliance: { id: 'alliance-S1', since: on('03-08') },
        dualTraining: { membersIntoCoreStaff: 3, coreStaffIntoMembers: 1 }, // 2+1, 1+0
        articles: { since: on('04-02'), evidence: 'f1-章程-2026' },
      });
      expect(firm('pj-c03')?.alliance?.id).toBe('alliance-S1');
      expect(firm('pj-c03')?.articles).toBeNull();
      expect(firm('pj-c07')?.articles?.evidence).toBe('f4-章程-2026');
      const inAlliance = [...street.units.entries()]
        .filter(([, a]) => a.getSnapshot().context.firm.alliance !== null)
        .map(([id]) => id);
      expect(inAlliance).toEqual(['pj-c01', 'pj-c03']);
      for (const id of ['oc-c04', 'oc-c05', 'pj-c04']) {
        expect(street.units.get(id)?.getSnapshot().context.jointBranch).toEqual({
          id: 'jb-1',
          units: ['oc-c04', 'oc-c05', 'pj-c04'],
        });
      }
      expect(
        street.units
          .get('pj-c10')
          ?.getSnapshot()
          .context.history.map((h) => h.to),
      ).toEqual(['branch', null]);
    });

    it('refused misuse carries a code, the source and both languages', () => {
      const { branchWithTwo, jointOfSix, allianceForCommittee } = street.refusals;
      expect(branchWithTwo).toMatchObject({
        code: 'rule-violated',
        rule: { id: 'branch-min-full-members', citations: ['PARTY-CONST-30'] },
      });
      expect(jointOfSix?.rule?.citations).toEqual(['PARTY-BRANCH-5']);
      expect(allianceForCommittee).toMatchObject({
        code: 'rule-violated',
        rule: { id: 'firm-project-only', citations: ['JA-2-3'] },
      });
      expect(allianceForCommittee?.message['zh-CN'].length).toBeGreaterThan(0);
      expect(allianceForCommittee?.message.en.length).toBeGreaterThan(0);
    });
  });

  describe('joint-meeting matters (JA 二(一))', () => {
    const where = () =>
      Object.fromEntries(
        [...street.matters.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([id, a]) => {
            const s = a.getSnapshot();
            return [
              id,
              `${s.status === 'done' ? 'resolved' : 'open'} at ${s.context.outcome?.level ?? s.context.level}`,
            ];
          }),
      );

    it('says which matter is at which level', () => {
      expect(where()).toEqual({
        // Raised by overdue disclosure duties (below):
        'c08:disclosure:lump-sum-report#1': 'open at street', // 05-01 → RA 05-19 → street 06-19
        'c10:disclosure:public-revenue#1': 'open at residential-area', // 06-03 → RA 06-19
        'c11:disclosure:annual-audit#1': 'open at complex', // raised 07-01
        'c12:disclosure:public-revenue#1': 'resolved at complex', // posted late, met, resolved
        'm-c01': 'resolved at complex',
        'm-c03': 'resolved at complex', // by mediation
        'm-c05': 'resolved at residential-area',
        'm-c07': 'open at district', // three escalation periods ran out
        'm-c09': 'open at district',
        'm-c11': 'resolved at street',
      });
    });

    it('escalates on TICK past the profile’s periods (complex 15 days, area and street 30)', () => {
      const trail = (id: string) =>
        street.matters
          .get(id)
          ?.getSnapshot()
          .context.escalations.map((e) => `${e.from}→${e.to} ${e.at.slice(5, 10)} ${e.cause}`);
      // m-c07 raised 03-02: complex last day 03-02 + 15 = 03-17, so the 03-18 tick sends it up;
      // area from 03-18, last day + 30 = 04-17 → 04-18 tick; street from 04-18, last day 05-18
      // → 05-19 tick; the district is the last resort.
      expect(trail('m-c07')).toEqual([
        'complex→residential-area 03-18 period-elapsed',
        'residential-area→street 04-18 period-elapsed',
        'street→district 05-19 period-elapsed',
      ]);
      // m-c09 raised 04-01: last day 04-16 → 04-18; area last day 04-18 + 30 = 05-18 → 05-19;
      // street last day 05-19 + 30 = 06-18 → 06-19.
      expect(trail('m-c09')).toEqual([
        'complex→residential-area 04-18 period-elapsed',
        'residential-area→street 05-19 period-elapsed',
        'street→district 06-19 period-elapsed',
      ]);
      // m-c11: the period moved it once; the area then decided to pass it on.
      expect(trail('m-c11')).toEqual([
        'complex→residential-area 03-18 period-elapsed',
        'residential-area→street 03-26 decided',
      ]);
      // c08's matter raised 05-01: last day 05-16 → 05-19; area last day 06-18 → 06-19.
      expect(trail('c08:disclosure:lump-sum-report#1')).toEqual([
        'complex→residential-area 05-19 period-elapsed',
        'residential-area→street 06-19 period-elapsed',
      ]);
      expect(trail('c10:disclosure:public-revenue#1')).toEqual([
        'complex→residential-area 06-19 period-elapsed',
      ]);
    });

    it('keeps the next escalation dates and none at the district', () => {
      const lastDay = (id: string) =>
        street.matters.get(id)?.getSnapshot().context.deadlines.escalation?.due.lastDay ?? null;
      expect(lastDay('m-c07')).toBeNull();
      expect(lastDay('m-c09')).toBeNull();
      expect(lastDay('c08:disclosure:lump-sum-report#1')).toBe('2026-07-19'); // 06-19 + 30
      expect(lastDay('c10:disclosure:public-revenue#1')).toBe('2026-07-19'); // 06-19 + 30
      expect(lastDay('c11:disclosure:annual-audit#1')).toBe('2026-07-16'); // 07-01 + 15
    });

    it('keeps the record of who met when, and refuses a skipped level', () => {
      const meetings = street.matters
        .get('m-c11')
        ?.getSnapshot()
        .context.meetings.map((x) => `${x.level} ${x.at.slice(5, 10)} ${x.convenedBy}`);
      expect(meetings).toEqual([
        'complex 03-10 committee-chair-S1',
        'residential-area 03-25 residential-party-organisation-S1',
        'street 04-20 street-party-committee-S1',
      ]);
      expect(street.refusals.skipLevel?.rule?.id).toBe('escalate-one-level');
      const m03 = street.matters.get('m-c03')?.getSnapshot().context;
      expect(m03?.meetings).toEqual([]);
      expect(m03?.mediations.map((x) => x.agreed)).toEqual([true]);
      const m07 = street.matters.get('m-c07');
      expect(m07 === undefined ? null : convener(m07)).toBe('district-organisation-department');
    });
  });

  describe('disclosure calendars (DISC-1..7)', () => {
    const overdueNow = () =>
      [...street.calendars.entries()].flatMap(([c, a]) =>
        a
          .getSnapshot()
          .context.obligations.filter((o) => o.status === 'overdue')
          .map((o) => `${c} ${o.id} due ${o.dueAt}`),
      );

    it('lists the overdue obligations on 07-01', () => {
      // c08: increase effective 05-01, report due by the day before (24:00 04-30 = 16:00Z);
      // c10: public revenue within 3 months of 03-02 (the host's rolling period) → last day
      // 06-02; never posted;
      // c11: annual audit by 06-30; not posted. c12's public revenue was posted late (06-10).
      // Everyone else posted public revenue on 05-20 (next due 08-20) and the audit on 06-15.
      expect(overdueNow()).toEqual([
        'c08 lump-sum-report#1 due 2026-04-30T16:00:00.000Z',
        'c10 public-revenue#1 due 2026-06-02T16:00:00.000Z',
        'c11 annual-audit#1 due 2026-06-30T16:00:00.000Z',
      ]);
      const c12 = street.calendars
        .get('c12')
        ?.getSnapshot()
        .context.obligations.find((o) => o.id === 'public-revenue#1');
      expect(c12).toMatchObject({ status: 'published', late: true, overdueAt: on('06-03') });
      const c09 = street.calendars
        .get('c09')
        ?.getSnapshot()
        .context.obligations.find((o) => o.id === 'lump-sum-report#1');
      expect(c09).toMatchObject({ status: 'published', late: false });
    });

    it('raised one complex-level matter per overdue duty, when it fell overdue', () => {
      expect(
        street.overdue.map((e) => [
          e.matter?.matterId,
          e.matter?.level,
          e.matter?.raisedAt,
          e.obligation.cite,
        ]),
      ).toEqual([
        ['c08:disclosure:lump-sum-report#1', 'complex', on('05-01'), ['SH-48-lump-sum']],
        ['c10:disclosure:public-revenue#1', 'complex', on('06-03'), ['SH-66']],
        ['c12:disclosure:public-revenue#1', 'complex', on('06-03'), ['SH-66']],
        ['c11:disclosure:annual-audit#1', 'complex', on('07-01'), ['SH-6-11', 'SH-67']],
      ]);
      expect(street.overdue[0]?.matter?.subject).toContain('DISC-3');
      const raised = Object.fromEntries(
        [...street.calendars.entries()].map(([c, a]) => [c, a.getSnapshot().context.raised.length]),
      );
      // 1 each for c08, c10, c11, c12; 0 for the other eight: 4 in all.
      expect(Object.values(raised).reduce((x, y) => x + y, 0)).toBe(4);
      expect(raised).toMatchObject({ c08: 1, c10: 1, c11: 1, c12: 1, c01: 0, c09: 0 });
    });

    it('follows the fee model: accounts for commission complexes, a pre-increase report for lump sum', () => {
      const duties = (c: string) =>
        new Set(
          street.calendars
            .get(c)
            ?.getSnapshot()
            .context.plans.map((p) => p.duty),
        );
      for (const c of COMPLEXES) {
        const d = duties(c);
        expect([c, d.has('annual-accounts'), d.has('lump-sum-report')]).toEqual([
          c,
          feeModelOf(c) === 'commission',
          feeModelOf(c) === 'lump-sum',
        ]);
      }
      expect(street.refusals.noEvidence).toMatchObject({
        code: 'rule-violated',
        rule: { id: 'evidence-required' },
      });
    });
  });
});
