import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FormationContext, formationMachine } from '@jiayuan/committee';
import { COMMUNITY_MACHINES, type CommunityResult, Complex } from '@jiayuan/community';
import {
  type Bilingual,
  CITATIONS,
  type CitationId,
  currentTally,
  DEFAULT_PROFILE,
  formatArea,
  type Locale,
  type VoteRecord,
} from '@jiayuan/core';
import { createHost, openSqliteStore } from '@jiayuan/host';
import { coverageMachine } from '@jiayuan/party-coverage';
import { dismissalMachine, HANDOVER_ITEMS, hiringMachine } from '@jiayuan/property-firm';
import type { AnyStateMachine } from 'xstate';
import { runAssemblyMeeting } from '../demo/assembly-meeting.js';
import { generateComplex } from '../demo/complex.js';
import { runEmergencyRepair } from '../demo/emergency-repair.js';
import { D, type DemoEvent, ev, spread } from '../demo/events.js';
import { postFundAccounts, startDisclosureCalendar } from '../demo/fund-accounts.js';
import { transitionLegal } from '../demo/legal.js';
import { createProgress, type Progress } from '../demo/progress.js';
import type { DemoSteps } from '../demo/steps.js';
import { Timeline } from '../demo/timeline.js';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { t } from '../i18n.js';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  readonly seed: number;
  /** The database file; default a fresh file in the OS temp dir. It must not exist yet. */
  readonly db?: string | undefined;
  readonly locale: Locale;
  /** Show the progress bar (on stderr) while ballots are cast. */
  readonly progress: boolean;
  readonly out: (line: string) => void;
}

const COMPLEX_ID = 'jy-demo';
const BATCH = 200;
type Event = DemoEvent;

/**
 * `jiayuan demo`: generates a 1,200-flat Shanghai complex from `seed` and runs, on the embedded
 * SQLite store through the community coordinator, the first assembly's formation and election,
 * the new committee's party coverage, a dismissal vote, a hiring vote and the hand-over, then an
 * assembly meeting with four items on one ballot (the last an election of two substitute members
 * from three candidates), the complex's disclosure calendar, an emergency lift repair whose 7-day
 * review lapses and whose drawing from the fund the calendar records, and the half-year's fund
 * accounts posted naming it (SH 66 ¶2), with dates advancing. Prints the timeline with each
 * step's articles and each tally explained.
 */
export async function runDemo(o: DemoOptions): Promise<number> {
  const began = performance.now();
  const db = o.db ?? join(mkdtempSync(join(tmpdir(), 'jiayuan-demo-')), 'jiayuan-demo.db');
  const tl = new Timeline(o.locale, o.out);
  const progress: Progress = createProgress(o.progress);
  const store = await openSqliteStore({ path: db });
  let now = new Date(D('2026-03-02T09:00:00'));
  const host = createHost({ store, machines: COMMUNITY_MACHINES, clock: () => now });
  const complex = new Complex({
    host,
    complexId: COMPLEX_ID,
    // Three of the five members are full party members: a branch is due (党章 30).
    committeeCensus: (m) => ({ headcount: m.length, full: Math.min(3, m.length), probationary: 0 }),
  });
  const { roll, casterOf, stats } = generateComplex(COMPLEX_ID, o.seed);
  const units = roll.units;

  const check = (r: CommunityResult, what: string) => {
    if (!r.ok)
      throw new CliError(
        `demo: ${what} refused: ${r.rejection.message.en} (${r.rejection.code})`,
        EXIT_CODES.error,
      );
    return r;
  };
  // Each process's machine, for the articles of its transitions (`meta.legal`).
  const machines = new Map<string, AnyStateMachine>();
  // The demo runs under Shanghai's profile: a transition's articles of another profile's texts
  // (a Beijing article beside the Shanghai one) are not its basis here.
  const laws = new Set<string>(DEFAULT_PROFILE.laws);
  const legal = (processId: string, ...types: string[]): CitationId[] => {
    const machine = machines.get(processId);
    const out: CitationId[] = [];
    if (machine === undefined) return out;
    for (const type of types)
      for (const id of transitionLegal(machine, type))
        if (!out.includes(id) && laws.has(CITATIONS[id].law)) out.push(id);
    return out;
  };
  /**
   * Sends one dated event, prints the step with its articles (the machine's `meta.legal` for
   * the event, unless `cites` says which apply) and the coordinator's reactions.
   */
  const step = async (
    processId: string,
    event: Event & { at: string },
    text: Bilingual,
    cites?: readonly CitationId[],
  ) => {
    now = new Date(event.at);
    const r = check(await complex.sendTrusted(processId, event), String(event.type));
    tl.step(event.at, text, cites ?? legal(processId, String(event.type)));
    tl.reactions(r.reactions);
    return r;
  };
  /**
   * Before a call on the firm: the report to the residential party organisation (SH-36 (十六))
   * and the written notice of time, place and agenda to the housing office and residents'
   * committee (SH 25 ¶2), both at `at`, for a meeting at `meetingAt` on `agenda`.
   */
  const reportBeforeCall = async (
    processId: string,
    at: string,
    meetingAt: string,
    agenda: { readonly zh: string; readonly en: string },
  ) => {
    await step(
      processId,
      ev('REPORT_TO_PARTY_ORGANISATION', 'committee', at),
      t(
        `向居民区党组织报告：${agenda.zh}`,
        `Reported to the residential party organisation: ${agenda.en}`,
      ),
    );
    await step(
      processId,
      ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', at, {
        meetingAt,
        place: '小区会所',
        agenda: agenda.zh,
      }),
      t(
        '书面告知房管办、居委会会议时间、地点和议程',
        'The housing office and residents’ committee are told time, place and agenda in writing',
      ),
    );
  };
  /** Casts ballots in batches through `sendMany`, advancing the progress bar per batch. */
  const cast = async (processId: string, label: string, events: readonly Event[]) => {
    let accepted = 0;
    for (let i = 0; i < events.length; i += BATCH) {
      const batch = events.slice(i, i + BATCH);
      const last = batch[batch.length - 1];
      if (last !== undefined) now = new Date(String(last.at));
      const r = await complex.sendManyTrusted(processId, batch);
      const first = r.refused[0];
      if (first !== undefined)
        throw new CliError(
          `demo: ballot ${i + first.index} refused: ${first.rejection.message.en}`,
          EXIT_CODES.error,
        );
      accepted += r.accepted;
      progress.update(label, accepted, events.length);
    }
    progress.end();
    return accepted;
  };
  // One ballot per person (SPC 9): the developer's stock is one person, and so is a buyer of
  // several units; each votes once, through its first unit.
  const seen = new Set<string>();
  const voterUnits = units.filter((u) => {
    const keys = u.status === 'delivered' ? (u.owners ?? []) : ['developer'];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
  /** The voters of the day: a deterministic share of them by their position. */
  const turnout = (share: number, salt: number) =>
    voterUnits.filter((_, i) => ((i * 7919 + salt * 104_729) % 1000) / 1000 < share);
  const pick = (i: number, salt: number) => ((i * 2_654_435_761 + salt * 40_503) >>> 0) % 1000;
  // What the parts in their own files (src/demo/) use of the above.
  const parts: DemoSteps = {
    complex,
    complexId: COMPLEX_ID,
    tl,
    locale: o.locale,
    machines,
    setNow: (iso) => {
      now = new Date(iso);
    },
    check,
    step,
    legal,
    reportBeforeCall,
    cast,
    turnout,
    pick,
  };

  try {
    tl.heading(t('生成小区', 'The complex'));
    tl.line(
      t(
        `静安·家园小区（种子 ${o.seed}）：${stats.buildings} 栋楼，${stats.units} 套专有部分，建筑面积 ${formatArea(stats.area)} m²；业主 ${stats.owners} 人，其中多套业主 ${stats.multiUnitOwners} 人、共有房屋 ${stats.coOwned} 套；开发建设单位未售或未交付 ${stats.developerStock} 套（合计计为一人）。`,
        `Jing'an Jiayuan (seed ${o.seed}): ${stats.buildings} buildings, ${stats.units} units, ${formatArea(stats.area)} m² of exclusive area; ${stats.owners} owners, ${stats.multiUnitOwners} owning several units, ${stats.coOwned} co-owned units; ${stats.developerStock} units of developer stock (unsold or undelivered, one person together).`,
      ),
    );
    tl.line(`  ${tl.articles(['SPC-8', 'SPC-9'])}`);

    // ── Formation and the first assembly ────────────────────────────────────────────────
    tl.heading(t('首次业主大会筹备与业主委员会选举', 'First assembly and committee election'));
    const f = check(
      await complex.start('formation', {
        procedure: 'formation',
        complexId: COMPLEX_ID,
        floorArea: stats.area,
        startAt: D('2026-03-02T09:00:00'),
      }),
      'formation',
    );
    const F = f.processId;
    machines.set(F, formationMachine);
    const stockArea = units
      .filter((u) => u.status !== 'delivered')
      .reduce((s, u) => s + (u.areas.register ?? u.areas.survey ?? u.areas.contract ?? 0), 0);
    await step(
      F,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
        deliveredArea: stats.area - stockArea,
        totalArea: stats.area,
      }),
      t(
        '交付面积达到 50% 以上，开发建设单位应在 30 日内报告',
        'Over 50% of the area delivered: the developer must report within 30 days',
      ),
    );
    now = new Date(D('2026-04-10T00:00:00'));
    await complex.deliverDue();
    tl.step(
      D('2026-04-10T00:00:00'),
      t('报告期限届满未报告（TICK）', 'The report period ends unreported (TICK)'),
      ['SH-14', 'SH-14-2'],
    );
    await step(
      F,
      ev('OWNERS_REQUEST', 'owner', D('2026-04-15T09:00:00')),
      t('业主书面要求成立首次业主大会', 'Owners ask in writing for the first assembly'),
    );
    const group = [
      { id: 'g-o1', seat: 'owner' },
      { id: 'g-o2', seat: 'owner' },
      { id: 'g-o3', seat: 'owner' },
      { id: 'g-o4', seat: 'owner' },
      { id: 'g-dev', seat: 'developer' },
      { id: 'g-street', seat: 'street', leader: true },
      { id: 'g-rc', seat: 'residents-committee' },
    ];
    await step(
      F,
      ev('FORM_GROUP', 'street-office', D('2026-05-06T09:00:00'), { members: group }),
      t(
        '街道办事处组建筹备组（业主代表过半数，街道代表任组长）',
        'The street office forms the preparatory group (owners a majority, led by the street)',
      ),
    );
    await step(
      F,
      ev('POST_ROSTER', 'preparatory-group', D('2026-05-12T09:00:00')),
      t('筹备组名单公示', 'The group roster is posted'),
    );
    await step(
      F,
      ev('TRAIN_GROUP', 'street-office', D('2026-05-14T09:00:00'), {
        attendees: group.map((m) => m.id),
      }),
      t(
        '街道办事处在筹备工作开始前培训筹备组成员',
        'The street office trains the group before its work begins',
      ),
    );
    await step(
      F,
      ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-20T09:00:00'), { roll }),
      t(
        `确认业主名册：${stats.units} 套，面积以不动产登记为准，无登记的以测绘或合同面积计`,
        `Roll confirmed: ${stats.units} units; areas from the register, else the survey or the contract`,
      ),
    );
    await step(
      F,
      ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-06-01T09:00:00'), {
        drafts: [
          'management-statute',
          'rules-of-procedure',
          'voting-rules',
          'nomination-method',
          'election-method',
        ],
        seats: 5,
      }),
      t(
        '拟定管理规约、议事规则草案和选举办法；委员 5 名',
        'Draft statute, rules of procedure and election method adopted; 5 seats',
      ),
    );
    // Seven candidates: owners of delivered flats in different buildings.
    const candidates: string[] = [];
    for (let i = 17; candidates.length < 7 && i < units.length; i += 151) {
      const u = units[i];
      const owner = u?.status === 'delivered' ? u.owners?.[0] : undefined;
      if (owner !== undefined && !candidates.includes(owner)) candidates.push(owner);
    }
    for (const c of candidates) {
      now = new Date(D('2026-06-02T09:00:00'));
      check(
        await complex.sendTrusted(
          F,
          ev('NOMINATE', 'owner', D('2026-06-02T09:00:00'), { candidateId: c }, c),
        ),
        'NOMINATE',
      );
      check(
        await complex.sendTrusted(
          F,
          ev('SIGN_UNDERTAKING', 'owner', D('2026-06-02T09:00:00'), { candidateId: c }, c),
        ),
        'SIGN_UNDERTAKING',
      );
    }
    tl.step(
      D('2026-06-02T09:00:00'),
      t(
        `${candidates.length} 名业主自荐为候选人并签署承诺书：${candidates.join('、')}`,
        `${candidates.length} owners stand as candidates and sign the undertaking: ${candidates.join(', ')}`,
      ),
      legal(F, 'NOMINATE', 'SIGN_UNDERTAKING'),
    );
    for (const c of candidates) {
      check(
        await complex.sendTrusted(
          F,
          ev('VET_CANDIDATE', 'preparatory-group', D('2026-06-05T09:00:00'), {
            candidateId: c,
            grounds: [],
          }),
        ),
        'VET_CANDIDATE',
      );
    }
    tl.step(
      D('2026-06-05T09:00:00'),
      t('筹备组审查候选人资格：均符合条件', 'The group vets the candidates: all eligible'),
      legal(F, 'VET_CANDIDATE'),
    );
    await step(
      F,
      ev('REPORT_CANDIDATES', 'preparatory-group', D('2026-06-10T09:00:00')),
      t('候选人名单报送联审', 'The candidates are reported for joint review'),
    );
    await step(
      F,
      ev('JOINT_REVIEW', 'street-party-committee', D('2026-06-15T09:00:00'), { struck: [] }),
      t('街道党工委联审通过', 'The street party committee clears the list'),
    );
    await step(
      F,
      ev('POST_NOTICE', 'preparatory-group', D('2026-06-20T09:00:00'), {
        meetingAt: D('2026-07-05T09:00:00'),
      }),
      t(
        '会议召开 15 日前公告：2026-07-05 召开首次业主大会',
        'Notice 15 days ahead: the first assembly meets on 2026-07-05',
      ),
    );
    await step(
      F,
      ev('OPEN_ELECTION', 'preparatory-group', D('2026-07-05T09:00:00'), {
        closesAt: D('2026-07-12T17:00:00'),
      }),
      t(
        '首次业主大会开始书面表决，选举业主委员会（至 2026-07-12 17:00）',
        'The first assembly opens the written vote electing the committee (until 2026-07-12 17:00)',
      ),
    );
    const strong = candidates.slice(0, 5);
    const voters = turnout(0.82, 1);
    const ballots = voters.map((u, i) => {
      const caster = casterOf.get(u.id) ?? 'developer';
      const approve = candidates.filter((c, k) =>
        strong.includes(c) ? pick(i, k + 1) < 720 : pick(i, k + 1) < 330,
      );
      // More approvals than seats spoils the ballot: keep the first five.
      return ev(
        'CAST_BALLOT',
        'owner',
        spread('2026-07-05', 7, i, voters.length),
        {
          ballotId: `e-${u.id}`,
          unitId: u.id,
          castBy: caster,
          channel: i % 5 === 0 ? 'on-site' : 'paper',
          approve: approve.slice(0, 5),
        },
        caster,
      );
    });
    const n = await cast(F, t('选票', 'ballots')[o.locale], ballots);
    tl.step(
      D('2026-07-11T17:00:00'),
      t(
        `${n} 张选票投出（每人一票：多套业主、开发建设单位未售房屋各计一人）`,
        `${n} ballots cast (one per person: an owner of several units, and the developer's stock, count once)`,
      ),
      ['SPC-9'],
    );
    const closed = await step(
      F,
      ev('CLOSE_ELECTION', 'preparatory-group', D('2026-07-12T17:00:00')),
      t('表决截止，逐一计票', 'Voting closes; each candidate is counted'),
    );
    const fc = closed.state.envelope.snapshot as { context: FormationContext };
    const round = fc.context.election?.past.at(-1) ?? fc.context.election?.current ?? null;
    const votes: Record<string, VoteRecord> = round === null ? {} : { ...round.votes };
    for (const [c, vote] of Object.entries(votes)) {
      tl.tally(t(`候选人 ${c}：`, `Candidate ${c}:`), currentTally(vote));
    }
    const members = fc.context.members.map((m) => m.id);
    tl.line(
      t(
        `                  当选委员：${members.join('、')}`,
        `                  Elected: ${members.join(', ')}`,
      ),
    );
    if (members.length === 0) throw new CliError('demo: no committee elected', EXIT_CODES.error);
    await step(
      F,
      ev('CHOOSE_OFFICERS', 'committee', D('2026-07-13T09:00:00'), {
        chair: members[0],
        viceChairs: members.slice(1, 2),
      }),
      t(
        `业主委员会推选主任 ${members[0]}、副主任 ${members[1] ?? ''}`,
        `The committee chooses its chair ${members[0]} and vice-chair ${members[1] ?? ''}`,
      ),
    );
    await step(
      F,
      ev('POST_RESULT', 'preparatory-group', D('2026-07-14T09:00:00')),
      t('选举结果 3 日内公告', 'The result is posted within 3 days'),
    );
    await step(
      F,
      ev('FILE', 'committee', D('2026-08-05T09:00:00'), {
        documents: [
          'minutes-and-decisions',
          'rules-of-procedure',
          'management-statute',
          'fund-statute',
          'members-and-undertakings',
          'training-records',
        ],
        // SH 20 ¶1: a term of three to five years, here four from the election.
        termEndsOn: '2030-07-20',
      }),
      t('选举之日起 30 日内备案', 'Filed within 30 days of the election'),
    );
    await step(
      F,
      ev('COMPLETE_FILING', 'street-office', D('2026-08-20T09:00:00')),
      t('街道办事处 20 日内办结备案', 'The street office completes the filing within 20 days'),
    );

    // ── Party coverage of the new committee ─────────────────────────────────────────────
    tl.heading(t('新一届业主委员会的党组织覆盖', 'Party coverage of the new committee'));
    const coverage = (await complex.processes()).find((p) => p.kind === 'coverage');
    if (coverage === undefined)
      throw new CliError('demo: coverage did not start', EXIT_CODES.error);
    machines.set(coverage.processId, coverageMachine);
    await step(
      coverage.processId,
      ev('APPROVE_BRANCH', 'higher-party-organisation', D('2026-08-25T09:00:00'), {
        branchId: `${COMPLEX_ID}-committee-branch`,
      }),
      t(
        '委员中正式党员 3 人：上级党组织批准成立党支部',
        'Three members are full party members: the higher organisation approves a branch',
      ),
    );

    // ── Dismissal and hiring ────────────────────────────────────────────────────────────
    tl.heading(t('解聘原物业服务企业', 'Dismissing the old property firm'));
    const dm = check(
      await complex.start('dismissal', {
        processId: `${COMPLEX_ID}-dismissal`,
        startedAt: D('2026-09-01T09:00:00'),
        roll,
        firm: { id: 'firm-old' },
      }),
      'dismissal',
    );
    const hi = check(
      await complex.start('hiring', {
        processId: `${COMPLEX_ID}-hiring`,
        startedAt: D('2026-09-01T09:00:00'),
        roll,
      }),
      'hiring',
    );
    machines.set(dm.processId, dismissalMachine);
    machines.set(hi.processId, hiringMachine);
    await step(
      dm.processId,
      ev('PROPOSE_DISMISSAL', 'committee', D('2026-09-01T09:00:00')),
      t('业主委员会提议解聘物业服务企业', 'The committee proposes dismissing the firm'),
    );
    await reportBeforeCall(dm.processId, D('2026-09-02T10:00:00'), D('2026-09-18T09:00:00'), {
      zh: '解聘物业服务企业',
      en: 'dismissing the firm',
    });
    await step(
      dm.processId,
      ev('CALL_ASSEMBLY', 'committee', D('2026-09-02T10:00:00'), {
        opensAt: D('2026-09-18T09:00:00'),
        closesAt: D('2026-09-30T18:00:00'),
      }),
      t('提前 15 日通知召开业主大会', 'The assembly is called 15 days ahead'),
    );
    const firmVote = async (
      processId: string,
      voteId: string,
      opens: string,
      close: string,
      share: number,
      agree: number,
      salt: number,
      label: Bilingual,
    ) => {
      await step(
        processId,
        ev('OPEN_VOTE', 'committee', D(`${opens}T09:00:00`), { voteId }),
        t(`表决开始：${label['zh-CN']}`, `Voting opens: ${label.en}`),
      );
      const vs = turnout(share, salt);
      const events = vs.map((u, i) => {
        const at = spread(opens, 10, i, vs.length);
        const p = pick(i, salt);
        return ev('CAST_BALLOT', 'committee', at, {
          ballot: {
            id: `${voteId}-${u.id}`,
            unitId: u.id,
            castBy: casterOf.get(u.id) ?? 'developer',
            choice: p < agree ? 'agree' : p < agree + 60 ? 'abstain' : 'disagree',
            channel: i % 4 === 0 ? 'door-to-door' : 'paper',
            at,
          },
        });
      });
      const received = await cast(processId, label[o.locale], events);
      tl.line(
        t(
          `                  收回表决票 ${received} 张`,
          `                  ${received} ballots received`,
        ),
      );
      const r = await step(
        processId,
        ev('CLOSE_VOTE', 'committee', D(`${close}T09:00:00`)),
        t(`计票：${label['zh-CN']}`, `Count: ${label.en}`),
      );
      const ctx = (r.state.envelope.snapshot as { context: { votes: VoteRecord[] } }).context;
      const vote = ctx.votes.at(-1);
      if (vote !== undefined) tl.tally(label, currentTally(vote));
      return vote === undefined ? false : currentTally(vote).passed;
    };
    await firmVote(
      dm.processId,
      'dismissal-vote',
      '2026-09-18',
      '2026-10-01',
      0.78,
      700,
      3,
      t('解聘原物业服务企业', 'dismiss the old firm'),
    );
    await step(
      dm.processId,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', D('2026-10-02T10:00:00'), {
        // 60 days from the day after service: the last day is 12-01, ending at its 24:00.
        effectiveAt: D('2026-12-02T00:00:00'),
      }),
      t(
        '提前 60 日书面通知物业服务企业，2026-12-01 24:00 解除',
        'Written notice 60 days ahead: the contract ends at 24:00 on 2026-12-01',
      ),
    );

    tl.heading(t('选聘新物业服务企业', 'Hiring a new property firm'));
    await step(
      hi.processId,
      ev('DRAFT_PLAN', 'committee', D('2026-09-03T10:00:00'), {
        plan: {
          creditStanding: '无不良信用记录',
          staffing: '项目经理持证',
          trackRecord: '三年以上同类项目',
          serviceContentAndFees: '二级服务，2.80元/㎡·月',
          contractTerm: '三年',
          method: 'tender',
        },
      }),
      t('业主委员会拟定选聘方案', 'The committee drafts the hiring plan'),
    );
    await reportBeforeCall(hi.processId, D('2026-09-03T10:00:00'), D('2026-09-19T09:00:00'), {
      zh: '物业服务企业选聘方案',
      en: 'the hiring plan',
    });
    await step(
      hi.processId,
      ev('CALL_ASSEMBLY', 'committee', D('2026-09-03T10:00:00'), {
        opensAt: D('2026-09-19T09:00:00'),
        closesAt: D('2026-09-30T18:00:00'),
      }),
      t('提前 15 日通知表决选聘方案', 'The plan vote is called 15 days ahead'),
    );
    await firmVote(
      hi.processId,
      'plan-vote',
      '2026-09-19',
      '2026-10-01',
      0.8,
      740,
      5,
      t('选聘方案', 'the hiring plan'),
    );
    await step(
      hi.processId,
      ev('POST_PLAN', 'committee', D('2026-10-01T11:00:00')),
      t('公告选聘方案', 'The plan is posted'),
    );
    for (const [i, firm] of ['firm-a', 'firm-b', 'firm-c'].entries()) {
      const at = D(`2026-10-${String(i + 8).padStart(2, '0')}T10:00:00`);
      now = new Date(at);
      check(
        await complex.sendTrusted(
          hi.processId,
          ev('RECORD_BID', 'committee', at, {
            bid: { firmId: firm, platformRef: `SH-BID-2026-${i + 1}` },
          }),
        ),
        'RECORD_BID',
      );
    }
    tl.step(
      D('2026-10-10T10:00:00'),
      t('在市物业招投标平台收到 3 份投标', 'Three bids received on the city tendering platform'),
      legal(hi.processId, 'RECORD_BID'),
    );
    await step(
      hi.processId,
      ev('CHOOSE_FIRM', 'committee', D('2026-10-15T10:00:00'), { firmId: 'firm-b' }),
      t('评标推荐 firm-b 提交业主大会', 'firm-b is put to the assembly'),
    );
    await reportBeforeCall(hi.processId, D('2026-10-15T10:00:00'), D('2026-10-31T09:00:00'), {
      zh: '选聘 firm-b',
      en: 'hiring firm-b',
    });
    await step(
      hi.processId,
      ev('CALL_ASSEMBLY', 'committee', D('2026-10-15T10:00:00'), {
        opensAt: D('2026-10-31T09:00:00'),
        closesAt: D('2026-11-10T18:00:00'),
      }),
      t('提前 15 日通知表决选聘 firm-b', 'The vote on firm-b is called 15 days ahead'),
    );
    await firmVote(
      hi.processId,
      'firm-vote',
      '2026-10-31',
      '2026-11-11',
      0.76,
      690,
      7,
      t('选聘 firm-b', 'hire firm-b'),
    );
    await step(
      hi.processId,
      ev('SIGN_CONTRACT', 'committee', D('2026-11-12T10:00:00'), {
        contractId: 'C-2026-01',
        startsAt: D('2026-12-08T00:00:00'),
        endsAt: '2029-12-07T16:00:00.000Z',
      }),
      t('签订物业服务合同（三年）', 'The service contract is signed (three years)'),
    );
    await step(
      hi.processId,
      ev('FILE_CONTRACT', 'property-firm', D('2026-11-20T10:00:00'), { filingRef: 'BA-2026-1' }),
      t('合同签订 30 日内备案', 'The contract is filed within 30 days'),
    );

    // ── Hand-over ───────────────────────────────────────────────────────────────────────
    tl.heading(t('交接', 'Hand-over'));
    await step(
      dm.processId,
      ev('TICK', 'system', D('2026-12-02T00:00:00')),
      t(
        '解聘生效（TICK）：原物业服务企业应在 10 日内交接',
        'The dismissal takes effect (TICK): the old firm must hand over within 10 days',
      ),
      ['CC-946', 'SH-50'],
    );
    await complex.deliverDue();
    for (const item of HANDOVER_ITEMS) {
      if (item === 'service-fund-balance-and-assets') continue; // lump-sum fees: not applicable
      now = new Date(D('2026-12-05T10:00:00'));
      check(
        await complex.sendTrusted(
          dm.processId,
          ev('HAND_OVER_ITEM', 'property-firm', D('2026-12-05T10:00:00'), {
            item,
            receipt: `R-${item}`,
          }),
        ),
        'HAND_OVER_ITEM',
      );
    }
    tl.step(
      D('2026-12-05T10:00:00'),
      t(
        '移交资料、维修记录、公共收益余额和物业服务用房',
        'Documents, maintenance records, public revenue balance and premises handed over',
      ),
      legal(dm.processId, 'HAND_OVER_ITEM'),
    );
    await step(
      dm.processId,
      ev('COMPLETE_HANDOVER', 'committee', D('2026-12-06T10:00:00')),
      t('交接完成', 'Hand-over complete'),
    );
    await step(
      dm.processId,
      ev('SUCCESSOR_TAKES_OVER', 'committee', D('2026-12-08T00:00:00'), { firmId: 'firm-b' }),
      t('新物业服务企业 firm-b 进驻', 'firm-b takes over'),
    );

    // ── An assembly meeting with four items ─────────────────────────────────────────────
    await runAssemblyMeeting(parts, roll, casterOf);

    // ── The disclosure calendar ─────────────────────────────────────────────────────────
    // Started in the second quarter, after the meeting: each posting it asks for falls due
    // within the story (one kept from the committee's filing would ask for 2026's postings too).
    tl.heading(t('信息公开日历', 'The disclosure calendar'));
    const calendarId = await startDisclosureCalendar(parts, D('2027-04-02T11:00:00'));

    // ── An emergency lift repair ────────────────────────────────────────────────────────
    const repairId = await runEmergencyRepair(parts);

    // ── The half-year's fund accounts ───────────────────────────────────────────────────
    tl.heading(t('公布专项维修资金收支情况', "The maintenance fund's half-yearly accounts"));
    await postFundAccounts(parts, calendarId, D('2027-06-28T10:00:00'), [repairId]);

    // ── Where it is ─────────────────────────────────────────────────────────────────────
    const all = await complex.processes();
    tl.heading(t('结果', 'Result'));
    for (const p of all) tl.line(`  ${p.processId}  ${p.machine}  ${p.status}`);
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    tl.line('');
    tl.line(t(`数据库：${db}`, `Database: ${db}`));
    tl.line(t('查看：', 'Inspect it:'));
    tl.line(`  jiayuan status --db ${db}`);
    tl.line(`  jiayuan due --db ${db}`);
    tl.line(t(`用时 ${seconds} 秒`, `Done in ${seconds} s`));
    return EXIT_CODES.ok;
  } finally {
    progress.end();
    await host.close();
  }
}
