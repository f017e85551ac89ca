// A 1,200-unit Shanghai complex dismisses its firm and hires a new one. Every date and tally
// below was worked out by hand (comments), then checked against the machines.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dismissalMachine, HANDOVER_ITEMS, hiringMachine, voteBreakdown } from '../src/index.js';
import { authoritiesNotice, ev, makeRoll, partyReport, refuse, send } from './support.js';

// 12 buildings × 100 units. Buildings 1–6: 90.00 m² each; 7–12: 120.00 m² each.
// Headcount 1,200; area 600 × 9,000 + 600 × 12,000 = 12,600,000 (126,000.00 m²).
function roll() {
  const small = makeRoll(12, 100, 9_000);
  return {
    ...small,
    units: small.units.map((u) => {
      const b = Number(u.building.replace('号楼', ''));
      return b >= 7 ? { ...u, areas: { register: 12_000 } } : u;
    }),
  };
}
const ROLL = roll();

type Choice = 'agree' | 'disagree' | 'abstain';
type Actor = { send: unknown } & Parameters<typeof send>[0];

/** Casts one paper ballot per unit of `buildings`, choice per (building, n). */
function castAll(
  actor: Actor,
  at: string,
  buildings: number[],
  choose: (b: number, n: number) => Choice,
  tag: string,
) {
  for (const b of buildings) {
    for (let n = 1; n <= 100; n++) {
      send(
        actor,
        ev('CAST_BALLOT', 'committee', at, {
          ballot: {
            id: `${tag}-${b}-${n}`,
            unitId: `u-${b}-${n}`,
            castBy: `o-${b}-${n}`,
            choice: choose(b, n),
            channel: 'paper',
            at,
          },
        }),
      );
    }
  }
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('1,200-unit Shanghai complex: dismissal, then hiring', { timeout: 60_000 }, () => {
  const dismissal = createActor(dismissalMachine, {
    input: {
      processId: 'dismiss-1',
      startedAt: '2026-03-02T09:00:00+08:00',
      roll: ROLL,
      firm: { id: 'firm-old' },
    },
  });
  const hiring = createActor(hiringMachine, {
    input: { processId: 'hire-1', startedAt: '2026-03-02T09:00:00+08:00', roll: ROLL },
  });
  dismissal.start();
  hiring.start();

  it('dismissal vote: 15 days’ notice, double majority passes (hand tally)', () => {
    send(dismissal, ev('PROPOSE_DISMISSAL', 'committee', '2026-03-02T09:00:00+08:00'));
    // 2026-03-03 + 15 days = 2026-03-18: the earliest day voting may open.
    const tooSoon = refuse(
      dismissal,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:00+08:00', {
        opensAt: '2026-03-17T09:00:00+08:00',
        closesAt: '2026-03-31T18:00:00+08:00',
      }),
    );
    expect(tooSoon.rule?.id).toBe('assembly-notice');
    send(dismissal, partyReport('2026-03-03T10:00:00+08:00'));
    send(dismissal, authoritiesNotice('2026-03-03T10:00:00+08:00'));
    send(
      dismissal,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:00+08:00', {
        opensAt: '2026-03-18T09:00:00+08:00',
        closesAt: '2026-03-31T18:00:00+08:00',
      }),
    );
    send(
      dismissal,
      ev('OPEN_VOTE', 'committee', '2026-03-18T09:00:00+08:00', { voteId: 'dismiss-vote' }),
    );
    // Buildings 1–10 vote: 1–6 agree; 7–8 disagree; 9 abstains; 10 splits 50/50.
    castAll(
      dismissal,
      '2026-03-20T10:00:00+08:00',
      range(1, 10),
      (b, n) =>
        b <= 6
          ? 'agree'
          : b <= 8
            ? 'disagree'
            : b === 9
              ? 'abstain'
              : n <= 50
                ? 'agree'
                : 'disagree',
      'd',
    );
    send(dismissal, ev('CLOSE_VOTE', 'committee', '2026-04-01T09:00:00+08:00'));
    const snap = dismissal.getSnapshot();
    expect(snap.value).toBe('decided');
    const vote = snap.context.votes[0]!;
    const [qh, qa, ah, aa] = vote.result!.checks;
    // Participation: 1,000 of 1,200 persons; 600×9,000 + 400×12,000 = 10,200,000 of 12,600,000.
    expect([qh.part, qh.whole, qh.passed]).toEqual([1_000, 1_200, true]);
    expect([qa.part, qa.whole, qa.passed]).toEqual([10_200_000, 12_600_000, true]);
    // Agree: 600 + 50 = 650 of 1,000 persons; 5,400,000 + 50×12,000 = 6,000,000 of 10,200,000.
    expect([ah.part, ah.whole, ah.passed]).toEqual([650, 1_000, true]);
    expect([aa.part, aa.whole, aa.passed]).toEqual([6_000_000, 10_200_000, true]);
    const b10 = voteBreakdown(vote).find((row) => row.key === '10号楼')!;
    expect(b10.counts.agree.headcount).toBe(50);
    expect(b10.counts.disagree.headcount).toBe(50);
    expect(voteBreakdown(vote).find((row) => row.key === '12号楼')!.counts.agree.headcount).toBe(0);
  });

  it('dismissal notice: 2026-04-02 + 60 days = 2026-06-01, run out at its 24:00', () => {
    for (const effectiveAt of ['2026-05-31T12:00:00+08:00', '2026-06-01T12:00:00+08:00']) {
      const early = refuse(
        dismissal,
        ev('SERVE_DISMISSAL_NOTICE', 'committee', '2026-04-02T10:00:00+08:00', { effectiveAt }),
      );
      expect(early.rule?.id).toBe('dismissal-notice');
      expect(early.message.en).toContain('2026-06-01T16:00:00.000Z');
    }
    send(
      dismissal,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', '2026-04-02T10:00:00+08:00', {
        effectiveAt: '2026-06-02T00:00:00+08:00',
      }),
    );
    send(dismissal, ev('TICK', 'system', '2026-06-01T23:59:59+08:00'));
    expect(dismissal.getSnapshot().value).toBe('noticeRunning');
  });

  it('hiring: the plan vote fails at exactly half the area (过半数 excludes it), then passes', () => {
    const plan = {
      creditStanding: '无不良信用记录',
      staffing: '项目经理持证',
      trackRecord: '三年以上同类项目',
      serviceContentAndFees: '二级服务，2.80元/㎡·月',
      contractTerm: '三年',
      method: 'tender',
    };
    const noPlan = refuse(
      hiring,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-05T10:00:00+08:00', {
        opensAt: '2026-03-20T09:00:00+08:00',
        closesAt: '2026-03-31T18:00:00+08:00',
      }),
    );
    expect(noPlan.rule?.id).toBe('plan-first');
    const bidTooSoon = refuse(
      hiring,
      ev('RECORD_BID', 'committee', '2026-03-05T10:00:00+08:00', {
        bid: { firmId: 'f-a', platformRef: 'P-1' },
      }),
    );
    expect(bidTooSoon.rule?.citations).toContain('SH-39');
    send(hiring, ev('DRAFT_PLAN', 'committee', '2026-03-05T10:00:00+08:00', { plan }));
    send(hiring, partyReport('2026-03-05T10:00:00+08:00'));
    send(hiring, authoritiesNotice('2026-03-05T10:00:00+08:00'));
    send(
      hiring,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-05T10:00:00+08:00', {
        opensAt: '2026-03-20T09:00:00+08:00',
        closesAt: '2026-03-31T18:00:00+08:00',
      }),
    );
    send(hiring, ev('OPEN_VOTE', 'committee', '2026-03-20T09:00:00+08:00', { voteId: 'plan-1' }));
    // Buildings 1–9 vote (900 persons; 600×9,000 + 300×12,000 = 9,000,000); 1–5 agree:
    // 500/900 persons passes, 4,500,000/9,000,000 area is exactly half: fails.
    castAll(
      hiring,
      '2026-03-21T10:00:00+08:00',
      range(1, 9),
      (b) => (b <= 5 ? 'agree' : 'disagree'),
      'p1',
    );
    send(hiring, ev('CLOSE_VOTE', 'committee', '2026-04-01T09:00:00+08:00'));
    const failed = hiring.getSnapshot().context.votes[0]!.result!;
    expect(failed.checks[2].passed).toBe(true);
    expect([failed.checks[3].part, failed.checks[3].whole, failed.checks[3].passed]).toEqual([
      4_500_000,
      9_000_000,
      false,
    ]);
    expect(hiring.getSnapshot().value).toEqual({ plan: 'drafted' });

    send(hiring, partyReport('2026-04-02T10:00:00+08:00'));

    send(hiring, authoritiesNotice('2026-04-02T10:00:00+08:00'));

    send(
      hiring,
      ev('CALL_ASSEMBLY', 'committee', '2026-04-02T10:00:00+08:00', {
        opensAt: '2026-04-17T09:00:00+08:00',
        closesAt: '2026-04-24T18:00:00+08:00',
      }),
    );
    send(hiring, ev('OPEN_VOTE', 'committee', '2026-04-17T09:00:00+08:00', { voteId: 'plan-2' }));
    // Same 900 vote; 1–5 and 7 agree: 600/900 persons; 4,500,000 + 1,200,000 = 5,700,000/9,000,000.
    castAll(
      hiring,
      '2026-04-18T10:00:00+08:00',
      range(1, 9),
      (b) => (b <= 5 || b === 7 ? 'agree' : 'disagree'),
      'p2',
    );
    send(hiring, ev('CLOSE_VOTE', 'committee', '2026-04-25T09:00:00+08:00'));
    const passed = hiring.getSnapshot().context.votes[1]!.result!;
    expect([passed.checks[3].part, passed.passed]).toEqual([5_700_000, true]);
    send(hiring, ev('POST_PLAN', 'committee', '2026-04-25T10:00:00+08:00'));
    expect(hiring.getSnapshot().value).toBe('selection');
  });

  it('hiring: tender on the city platform, firm vote at exactly 2/3 quorum, contract and filing', () => {
    const noRef = refuse(
      hiring,
      ev('RECORD_BID', 'committee', '2026-04-28T10:00:00+08:00', { bid: { firmId: 'f-a' } }),
    );
    expect(noRef.rule?.citations).toEqual(['SH-40-3']);
    for (const [i, f] of ['f-a', 'f-b', 'f-c'].entries()) {
      send(
        hiring,
        ev('RECORD_BID', 'committee', `2026-05-0${i + 1}T10:00:00+08:00`, {
          bid: { firmId: f, platformRef: `P-${f}` },
        }),
      );
    }
    const stranger = refuse(
      hiring,
      ev('CHOOSE_FIRM', 'committee', '2026-05-12T10:00:00+08:00', { firmId: 'f-z' }),
    );
    expect(stranger.rule?.id).toBe('chosen-among-bids');
    send(hiring, ev('CHOOSE_FIRM', 'committee', '2026-05-12T10:00:00+08:00', { firmId: 'f-b' }));
    send(hiring, partyReport('2026-05-12T10:00:00+08:00'));
    send(hiring, authoritiesNotice('2026-05-12T10:00:00+08:00'));
    send(
      hiring,
      ev('CALL_ASSEMBLY', 'committee', '2026-05-12T10:00:00+08:00', {
        opensAt: '2026-05-27T09:00:00+08:00',
        closesAt: '2026-06-03T18:00:00+08:00',
      }),
    );
    send(hiring, ev('OPEN_VOTE', 'committee', '2026-05-27T09:00:00+08:00', { voteId: 'firm-1' }));
    // Buildings 3–10 vote: 800/1,200 persons = 2/3 exactly; 400×9,000 + 400×12,000 = 8,400,000
    // = 2/3 of 12,600,000 exactly. 以上 includes the bound: quorum met. Buildings 3–7 agree:
    // 500/800 persons; 3,600,000 + 1,200,000 = 4,800,000/8,400,000 area.
    castAll(
      hiring,
      '2026-05-28T10:00:00+08:00',
      range(3, 10),
      (b) => (b <= 7 ? 'agree' : 'disagree'),
      'f',
    );
    send(hiring, ev('CLOSE_VOTE', 'committee', '2026-06-04T09:00:00+08:00'));
    const r = hiring.getSnapshot().context.votes[2]!.result!;
    expect(r.checks.map((c) => [c.part, c.whole, c.passed])).toEqual([
      [800, 1_200, true],
      [8_400_000, 12_600_000, true],
      [500, 800, true],
      [4_800_000, 8_400_000, true],
    ]);
    send(
      hiring,
      ev('SIGN_CONTRACT', 'committee', '2026-06-05T10:00:00+08:00', {
        contractId: 'C-2026-01',
        startsAt: '2026-06-12T00:00:00+08:00',
        endsAt: '2029-06-11T16:00:00.000Z',
      }),
    );
    // 2026-06-05 + 30 days = 2026-07-05, due at its 24:00.
    const filing = hiring.getSnapshot().context.deadlines['contract-filing']!;
    expect([filing.due.lastDay, filing.due.dueAt]).toEqual([
      '2026-07-05',
      '2026-07-05T16:00:00.000Z',
    ]);
    send(
      hiring,
      ev('FILE_CONTRACT', 'property-firm', '2026-07-03T10:00:00+08:00', { filingRef: 'BA-1' }),
    );
    expect(hiring.getSnapshot().value).toBe('hired');
    expect(hiring.getSnapshot().context.deadlines['contract-filing']!.status).toBe('met');
  });

  it('dismissal: termination on 2026-06-01 (at its 24:00), hand-over due 2026-06-11, successor takes over', () => {
    send(dismissal, ev('TICK', 'system', '2026-06-02T00:00:00+08:00'));
    const handover = dismissal.getSnapshot().context.deadlines.handover!;
    expect([handover.due.lastDay, handover.due.dueAt]).toEqual([
      '2026-06-11',
      '2026-06-11T16:00:00.000Z',
    ]);
    for (const item of HANDOVER_ITEMS) {
      if (item === 'service-fund-balance-and-assets') continue; // lump-sum: not applicable
      send(
        dismissal,
        ev('HAND_OVER_ITEM', 'property-firm', '2026-06-08T10:00:00+08:00', {
          item,
          receipt: `R-${item}`,
        }),
      );
    }
    send(dismissal, ev('COMPLETE_HANDOVER', 'committee', '2026-06-09T10:00:00+08:00'));
    expect(dismissal.getSnapshot().context.deadlines.handover!.status).toBe('met');
    send(
      dismissal,
      ev('SUCCESSOR_TAKES_OVER', 'committee', '2026-06-12T00:00:00+08:00', { firmId: 'f-b' }),
    );
    expect(dismissal.getSnapshot().value).toBe('ended');
    expect(dismissal.getSnapshot().context.caretaker).toEqual({
      kind: 'successor',
      firmId: 'f-b',
      since: '2026-06-12T00:00:00+08:00',
    });
  });
});
