// BJ 64: "业主共同决定由物业服务企业提供物业服务的，可以授权业主委员会或者物业管理委员会进行招标" — Beijing
// has no Shanghai-style selection plan (SH 39), so the owners' selection starts at the tender.
// CC 278 ¶2: "应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决 … 应当经参与表决
// 专有部分面积过半数的业主且参与表决人数过半数的业主同意". BJ 35 ¶4: "业主委员会应当于会议召开十五日前通知
// 全体业主". BJ 63 ¶3: "物业服务合同签订或者变更之日起十五日内，物业服务人应当将物业服务合同报…备案".
import { beijing, DEFAULT_PROFILE, defineProfile } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { hiringMachine } from '../src/index.js';
import {
  authoritiesNotice,
  ballot,
  createActor,
  ev,
  hiringInput,
  refuse,
  send,
} from './support.js';

const D = (day: string, time = '10:00:00') => `2026-${day}T${time}+08:00`;

/** `beijing` with the selection plan switched back on (a host's own profile). */
const beijingWithPlan = defineProfile({
  ...beijing,
  id: 'beijing-with-plan',
  firm: { ...beijing.firm, selectionPlanRequired: { value: true, cite: ['SH-39'] } },
});

function hiring(profile = beijing) {
  return createActor(hiringMachine, { input: hiringInput({ profile }) }).start();
}

describe('BJ 64: hiring without a selection plan', () => {
  it('starts at the tender under beijing; under shanghai and a plan-requiring profile at the plan', () => {
    expect(beijing.firm.selectionPlanRequired).toMatchObject({ value: false, cite: ['BJ-64'] });
    expect(hiring().getSnapshot().value).toBe('selection');
    expect(hiring(DEFAULT_PROFILE).getSnapshot().value).toEqual({ plan: 'drafting' });
    expect(hiring(beijingWithPlan).getSnapshot().value).toEqual({ plan: 'drafting' });
  });

  it('takes bids and the choice without a voted plan under beijing, not under a plan profile', () => {
    const bid = ev('RECORD_BID', 'committee', D('03-03'), { bid: { firmId: 'firm-a' } });
    expect(refuse(hiring(beijingWithPlan), bid).rule?.id).toBe('plan-first');
    const actor = hiring();
    send(actor, bid);
    send(actor, ev('CHOOSE_FIRM', 'committee', D('03-05'), { firmId: 'firm-a' }));
    expect(actor.getSnapshot().value).toBe('firmChosen');
    expect(actor.getSnapshot().context.plan).toBeNull();
  });
});

describe('dated: a Beijing complex of 10 owners hires a firm without a plan', () => {
  // 10 owners in 2 buildings, 90.00 m² each: headcount 10, area 90,000 (900.00 m²).
  const actor = hiring();

  it('bids 03-03 and 03-04; firm-b chosen 03-05', () => {
    send(actor, ev('RECORD_BID', 'committee', D('03-03'), { bid: { firmId: 'firm-a' } }));
    send(actor, ev('RECORD_BID', 'committee', D('03-04'), { bid: { firmId: 'firm-b' } }));
    send(actor, ev('CHOOSE_FIRM', 'committee', D('03-05'), { firmId: 'firm-b' }));
    expect(actor.getSnapshot().value).toBe('firmChosen');
    // BJ 35 ¶4: "并报物业所在地的居民委员会".
    send(actor, authoritiesNotice(D('03-05')));
  });

  it('called 03-05 with 15 days’ notice: 03-06 … 03-20, voting may open on 03-20, not 03-19', () => {
    const early = refuse(
      actor,
      ev('CALL_ASSEMBLY', 'committee', D('03-05'), {
        opensAt: D('03-19', '09:00:00'),
        closesAt: D('03-31', '18:00:00'),
      }),
    );
    expect(early.rule?.id).toBe('assembly-notice');
    send(
      actor,
      ev('CALL_ASSEMBLY', 'committee', D('03-05'), {
        opensAt: D('03-20', '09:00:00'),
        closesAt: D('03-31', '18:00:00'),
      }),
    );
    expect(actor.getSnapshot().value).toMatchObject({ firmVote: expect.anything() });
  });

  it('7 of 10 vote, 4 agree: quorum 7 × 3 = 21 ≥ 20, agree 4 × 2 = 8 > 7 (area alike)', () => {
    send(actor, ev('OPEN_VOTE', 'committee', D('03-20', '09:00:00'), { voteId: 'hire-vote' }));
    const choices = [
      'agree',
      'agree',
      'agree',
      'agree',
      'disagree',
      'disagree',
      'abstain',
    ] as const;
    choices.forEach((choice, i) => {
      const b = i < 5 ? 1 : 2;
      const n = i < 5 ? i + 1 : i - 4;
      send(
        actor,
        ev('CAST_BALLOT', 'committee', D('03-21'), { ballot: ballot(b, n, choice, D('03-21')) }),
      );
    });
    send(actor, ev('CLOSE_VOTE', 'committee', D('04-01', '09:00:00')));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('contracting');
    const [qh, qa, ah, aa] = snap.context.votes[0]!.result!.checks;
    expect([qh.part, qh.whole, qh.passed]).toEqual([7, 10, true]);
    // 7 × 9,000 = 63,000 of 90,000: 63,000 × 3 = 189,000 ≥ 180,000.
    expect([qa.part, qa.whole, qa.passed]).toEqual([63_000, 90_000, true]);
    expect([ah.part, ah.whole, ah.passed]).toEqual([4, 7, true]);
    // 4 × 9,000 = 36,000 of 63,000: 72,000 > 63,000.
    expect([aa.part, aa.whole, aa.passed]).toEqual([36_000, 63_000, true]);
  });

  it('signed 04-10: filing due within 15 days, 04-11 … 04-25, by 24:00 of 04-25', () => {
    send(
      actor,
      ev('SIGN_CONTRACT', 'committee', D('04-10'), {
        contractId: 'c-1',
        startsAt: D('05-01', '00:00:00'),
        endsAt: '2029-05-01T00:00:00+08:00',
      }),
    );
    const due = actor.getSnapshot().context.deadlines['contract-filing']!;
    expect(due.cite).toEqual(['BJ-63']);
    expect([due.due.startsOn, due.due.lastDay, due.due.dueAt]).toEqual([
      '2026-04-11',
      '2026-04-25',
      '2026-04-25T16:00:00.000Z',
    ]);
    send(actor, ev('FILE_CONTRACT', 'property-firm', D('04-25', '23:59:59'), { filingRef: 'f-1' }));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('hired');
    expect(snap.context.deadlines['contract-filing']!.status).toBe('met');
  });
});

describe('BJ 64 boundary of the vote: one person fewer agreeing fails', () => {
  it('7 vote, 3 agree: 3 × 2 = 6 ≤ 7, not more than half; back to the selection', () => {
    const actor = hiring();
    send(actor, ev('RECORD_BID', 'committee', D('03-03'), { bid: { firmId: 'firm-a' } }));
    send(actor, ev('CHOOSE_FIRM', 'committee', D('03-05'), { firmId: 'firm-a' }));
    send(actor, authoritiesNotice(D('03-05')));
    send(
      actor,
      ev('CALL_ASSEMBLY', 'committee', D('03-05'), {
        opensAt: D('03-20', '09:00:00'),
        closesAt: D('03-31', '18:00:00'),
      }),
    );
    send(actor, ev('OPEN_VOTE', 'committee', D('03-20', '09:00:00'), { voteId: 'v' }));
    const choices = [
      'agree',
      'agree',
      'agree',
      'disagree',
      'disagree',
      'disagree',
      'abstain',
    ] as const;
    choices.forEach((choice, i) => {
      const b = i < 5 ? 1 : 2;
      const n = i < 5 ? i + 1 : i - 4;
      send(
        actor,
        ev('CAST_BALLOT', 'committee', D('03-21'), { ballot: ballot(b, n, choice, D('03-21')) }),
      );
    });
    send(actor, ev('CLOSE_VOTE', 'committee', D('04-01', '09:00:00')));
    expect(actor.getSnapshot().value).toBe('selection');
    const ah = actor.getSnapshot().context.votes[0]!.result!.checks[2];
    expect([ah.part, ah.whole, ah.passed]).toEqual([3, 7, false]);
  });
});
