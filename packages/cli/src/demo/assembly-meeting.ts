// The demo's 2027 assembly meeting: four items on one ballot, each counted on its own answers.
import { COMMUNITY_MACHINES, MACHINE_IDS } from '@jiayuan/community';
import { currentTally, type RollInput, type VoteRecord } from '@jiayuan/core';
import { t } from '../i18n.js';
import { D, ev, spread } from './events.js';
import type { DemoSteps } from './steps.js';
import {
  type CountedOutcome,
  electionLines,
  SUBSTITUTES,
  substituteAnswer,
} from './substitutes.js';

/**
 * Runs the 2027 meeting: the statute amendment, the public-revenue budget, 1号楼's lift renewal
 * from the fund (decided by that building's owners, SH 69) and two substitute members, from the
 * call (2027-03-02) to the results posted and the statute's change filed (2027-04-02); prints
 * each item's count.
 */
export async function runAssemblyMeeting(
  d: DemoSteps,
  roll: RollInput,
  casterOf: ReadonlyMap<string, string>,
): Promise<void> {
  d.tl.heading(
    t('业主大会会议：一张表决票上的四项议题', "The owners' assembly: four items on one ballot"),
  );
  const am = d.check(
    await d.complex.start(
      'assembly',
      { meetingId: 'am-2027', kind: 'regular', roll, startedAt: D('2027-03-01T09:00:00') },
      'am-2027',
    ),
    'start assembly',
  );
  const assemblyEntry = COMMUNITY_MACHINES.find((m) => m.id === MACHINE_IDS.assembly);
  if (assemblyEntry !== undefined) d.machines.set(am.processId, assemblyEntry.machine);
  const LIFT_PART = '1号楼';
  const agenda = [
    { id: 'statute', kind: 'management-statute', title: '修改管理规约（停车管理条款）' },
    { id: 'budget', kind: 'other-major', title: '2027年度公共收益使用预算', major: true },
    {
      id: 'lift',
      kind: 'use-maintenance-fund',
      title: '1号楼电梯更新使用专项维修资金',
      part: LIFT_PART,
    },
    {
      id: 'substitutes',
      kind: 'elect-committee',
      title: '增补两名候补委员',
      // Candidates are named on the ballot and in the result; voters only by room and area.
      election: { seats: 2, candidates: SUBSTITUTES },
    },
  ] as const;
  await d.reportBeforeCall(am.processId, D('2027-03-02T10:00:00'), D('2027-03-20T09:00:00'), {
    zh: '管理规约修改、公共收益预算、电梯更新、增补候补委员',
    en: 'the statute amendment, the public-revenue budget, the lift renewal and two substitute members',
  });
  await d.step(
    am.processId,
    ev('CALL_ASSEMBLY', 'committee', D('2027-03-02T10:00:00'), {
      opensAt: D('2027-03-20T09:00:00'),
      closesAt: D('2027-03-31T18:00:00'),
      place: '小区会所',
      form: 'written-consultation',
      items: agenda,
    }),
    t(
      '提前 15 日通知：四项议题，各附材料，书面征求意见',
      'Called 15 days ahead: four items with their documents, by written consultation',
    ),
  );
  await d.step(
    am.processId,
    ev('OPEN_VOTE', 'committee', D('2027-03-20T09:00:00')),
    t('表决开始：名册和各议题规则冻结', 'Voting opens: the roll and each item’s rule freeze'),
  );
  // One sheet per unit; only 1号楼's owners answer the lift item (SH 69), and some owners
  // leave the budget unanswered (an item's quorum counts its own answers).
  const sheets = d.turnout(0.8, 11).map((u, i) => {
    const at = spread('2027-03-20', 10, i, 960);
    const choice = (salt: number, agree: number) => {
      const p = d.pick(i, salt);
      return p < agree ? 'agree' : p < agree + 50 ? 'abstain' : 'disagree';
    };
    const answers: Record<string, unknown> = {
      statute: choice(21, 800),
      substitutes: substituteAnswer(u, d.pick(i, 23)),
    };
    if (d.pick(i, 29) >= 100) answers.budget = choice(27, 650);
    if (u.building === LIFT_PART) answers.lift = choice(31, 720);
    return ev('CAST_BALLOT', 'committee', at, {
      sheet: {
        id: `am-${u.id}`,
        unitId: u.id,
        castBy: casterOf.get(u.id) ?? 'developer',
        channel: i % 5 === 0 ? 'on-site' : 'paper',
        at,
        answers,
      },
    });
  });
  const sheetCount = await d.cast(am.processId, t('表决票', 'ballot sheets')[d.locale], sheets);
  d.tl.line(
    t(
      `                  收回表决票 ${sheetCount} 张`,
      `                  ${sheetCount} sheets received`,
    ),
  );
  const counted = await d.step(
    am.processId,
    ev('CLOSE_VOTE', 'committee', D('2027-04-01T09:00:00')),
    t('逐项计票', 'Each item counted on its own answers'),
  );
  const countedContext = (
    counted.state.envelope.snapshot as {
      context: {
        ballots: { votes: Record<string, VoteRecord> } | null;
        decision: { outcomes: readonly CountedOutcome[] } | null;
      };
    }
  ).context;
  for (const item of agenda) {
    const outcome = countedContext.decision?.outcomes.find((x) => x.itemId === item.id);
    if ('election' in item && outcome?.election !== undefined) {
      d.tl.election(electionLines(item.title, item.election, outcome, outcome.election));
      continue;
    }
    const vote = countedContext.ballots?.votes[item.id];
    if (vote !== undefined) d.tl.tally(t(item.title, item.title), currentTally(vote));
  }
  await d.step(
    am.processId,
    ev('POST_RESULTS', 'committee', D('2027-04-02T10:00:00'), {
      evidence: '公告栏及业主微信群（列明房号和面积，不列姓名）',
    }),
    t('公布各议题表决结果', 'Each item’s result is posted'),
  );
  // The amended statute is filed within 30 days of the decision (SH 33); the street office
  // completes the filing within 20 days and copies it to the district (SH 34).
  await d.step(
    am.processId,
    ev('FILE_RULES_CHANGE', 'committee', D('2027-04-02T10:20:00'), {
      reference: '静安区某街道受理回执 2027-备-031',
    }),
    t(
      '业主委员会向街道办事处办理管理规约变更备案',
      'The committee files the statute amendment with the street office',
    ),
  );
  await d.step(
    am.processId,
    ev('COMPLETE_RULES_FILING', 'street-office', D('2027-04-02T10:40:00'), {
      reference: '备案证明 2027-备-031',
    }),
    t(
      '街道办事处完成备案，抄送区房屋管理部门',
      'The street office completes the filing and copies it to the district housing department',
    ),
  );
}
