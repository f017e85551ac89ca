// The end of a contract's term under `beijing`: the hand-over counts from the firm's receipt of
// the owners' notice, as in a dismissal, not from the contract's end.
//
// BJ 76 ¶1: "业主共同决定解聘物业服务人的，物业服务人应当自接到通知之日起三十日内履行下列交接义务，并且退出
// 物业管理区域". BJ 75 ¶1: "物业服务合同期限届满前六个月，业主委员会或者物业管理委员会应当组织业主共同决定续聘
// 或者另聘物业服务人，并将决定书面告知原物业服务人。…物业服务人不接受续聘的，应当提前九十日书面告知业主委员会
// 或者物业管理委员会". BJ 75 ¶2: "在合同权利义务延续期间，任何一方提出终止合同的，应当提前六十日书面告知对方".
// CC 201: "开始的当日不计入，自下一日开始计算"; CC 203: "期间的最后一日的截止时间为二十四时".
import { beijing, DEFAULT_PROFILE, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { contractTermMachine, type FirmEmitted } from '../src/index.js';
import { authoritiesNotice, createActor, ev, refuse, send, termInput } from './support.js';

// The last day of the term is 2026-12-31: it ends at its 24:00, 2027-01-01T00:00:00+08:00.
const ENDS = '2026-12-31T16:00:00.000Z';
const AT_EXPIRY = '2027-01-01T00:00:00+08:00';
const T = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
// Lump sum (the default fee model): item (4), the commission model's fund, does not apply.
const ITEMS = ['documents', 'maintenance-records', 'public-revenue-balance', 'management-premises'];

function start(profile = beijing) {
  const actor = createActor(contractTermMachine, { input: termInput(ENDS, { profile }) });
  const emitted: FirmEmitted[] = [];
  actor.on('*', (e) => emitted.push(e as FirmEmitted));
  actor.start();
  return { actor, emitted };
}

/**
 * The owners hired another firm on 06-20 (a hiring process's vote) and the committee told the
 * firm in writing on 06-25: 06-26 … 07-25 (June 26–30 is 5 days, July 1–25 is 25), due 24:00 of
 * 07-25.
 */
function replacementNotified(profile = beijing) {
  const run = start(profile);
  send(
    run.actor,
    ev('REPLACEMENT_DECIDED', 'system', T('2026-06-20'), {
      hiringProcessId: 'c1/hiring/firm-hiring#1',
      firmId: 'firm-new',
    }),
  );
  send(run.actor, ev('NOTIFY_REPLACEMENT_DECISION', 'committee', T('2026-06-25')));
  return run;
}

/** No decision by expiry: held over (CC 948 ¶1, BJ 75 ¶2). */
function heldOver() {
  const run = start();
  send(run.actor, ev('TICK', 'system', AT_EXPIRY));
  expect(run.actor.getSnapshot().value).toBe('holdover');
  return run;
}

function handOverAll(actor: AnyActorRef, at: string) {
  for (const item of ITEMS) {
    send(actor, ev('HAND_OVER_ITEM', 'property-firm', at, { item, receipt: `r-${item}` }));
  }
}

const due = (actor: AnyActorRef) => actor.getSnapshot().context.deadlines.handover;

describe('BJ 76 ¶1 on the owners’ decision to hire another firm (另聘, BJ 75 ¶1)', () => {
  it('a notice served 06-25 opens the hand-over, due 24:00 of 07-25, cited to BJ 76', () => {
    const { actor } = replacementNotified();
    expect(actor.getSnapshot().context.handover).not.toBeNull();
    const d = due(actor);
    expect(d?.cite).toEqual(['BJ-76']);
    expect([d?.due.startsOn, d?.due.lastDay, d?.due.dueAt]).toEqual([
      '2026-06-26',
      '2026-07-25',
      '2026-07-25T16:00:00.000Z',
    ]);
  });

  it('confirmed at 23:59:59 of 07-25: met, and the contract still ends at expiry, handed over', () => {
    const { actor } = replacementNotified();
    handOverAll(actor, T('2026-07-10'));
    send(actor, ev('COMPLETE_HANDOVER', 'committee', T('2026-07-25', '23:59:59')));
    expect(due(actor)?.status).toBe('met');
    expect(actor.getSnapshot().value).toBe('replacementNotified');
    send(actor, ev('TICK', 'system', T('2026-12-31', '23:59:59')));
    expect(actor.getSnapshot().value).toBe('replacementNotified');
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    expect(actor.getSnapshot().value).toEqual({
      exit: { handover: 'complete', service: 'oldFirmServing' },
    });
    expect(actor.getSnapshot().context.terminatedAt).toBe(ENDS);
    send(actor, ev('SUCCESSOR_TAKES_OVER', 'committee', T('2027-01-01'), { firmId: 'firm-new' }));
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('confirmed one second later, 00:00:00 of 07-26: late', () => {
    const { actor } = replacementNotified();
    handOverAll(actor, T('2026-07-10'));
    send(actor, ev('COMPLETE_HANDOVER', 'committee', T('2026-07-26', '00:00:00')));
    expect(due(actor)?.status).toBe('late');
  });

  it('a TICK at 00:00:00 of 07-26 marks it missed and reports the BJ 97 fine; not at 23:59:59', () => {
    const { actor, emitted } = replacementNotified();
    send(actor, ev('TICK', 'system', T('2026-07-25', '23:59:59')));
    expect(due(actor)?.status).toBe('pending');
    expect(emitted.filter((e) => 'about' in e && e.about === 'handover-missed')).toEqual([]);
    send(actor, ev('TICK', 'system', T('2026-07-26', '00:00:00')));
    expect(due(actor)?.status).toBe('missed');
    const report = emitted.filter((e) => 'about' in e && e.about === 'handover-missed');
    expect(report).toHaveLength(1);
    expect(JSON.stringify(report[0])).toContain('第九十七条');
  });

  it('a decision never notified leaves the hand-over to the contract’s end: 01-01 … 01-30', () => {
    const { actor } = start();
    send(
      actor,
      ev('REPLACEMENT_DECIDED', 'system', T('2026-06-20'), {
        hiringProcessId: 'c1/hiring/firm-hiring#1',
        firmId: 'firm-new',
      }),
    );
    expect(actor.getSnapshot().context.handover).toBeNull();
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    expect(due(actor)?.due.lastDay).toBe('2027-01-30');
  });

  it('under shanghai the notice opens nothing: no item before the end, then 10 days (SH 50)', () => {
    const { actor } = replacementNotified(DEFAULT_PROFILE);
    expect(actor.getSnapshot().context.handover).toBeNull();
    const r = refuse(
      actor,
      ev('HAND_OVER_ITEM', 'property-firm', T('2026-07-10'), { item: 'documents', receipt: 'r' }),
    );
    expect(r.rule).toEqual({ id: 'handover-open', citations: ['SH-50'] });
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    expect(due(actor)?.due.lastDay).toBe('2027-01-10');
  });
});

describe('BJ 76 ¶1 on ending the indefinite term (BJ 75 ¶2)', () => {
  it('the committee’s notice of 01-05 opens the hand-over: 01-06 … 02-04, met at 23:59:59', () => {
    const { actor } = heldOver();
    // 60 days from 01-06: 03-06 is the last, the contract ends at its 24:00.
    send(
      actor,
      ev('END_INDEFINITE_TERM', 'committee', T('2027-01-05'), {
        effectiveAt: T('2027-03-07', '00:00:00'),
      }),
    );
    expect([due(actor)?.due.startsOn, due(actor)?.due.lastDay, due(actor)?.cite]).toEqual([
      '2027-01-06',
      '2027-02-04',
      ['BJ-76'],
    ]);
    handOverAll(actor, T('2027-01-20'));
    send(actor, ev('COMPLETE_HANDOVER', 'committee', T('2027-02-04', '23:59:59')));
    expect(due(actor)?.status).toBe('met');
    send(actor, ev('TICK', 'system', T('2027-03-07', '00:00:00')));
    expect(actor.getSnapshot().value).toEqual({
      exit: { handover: 'complete', service: 'oldFirmServing' },
    });
  });

  it('one second late, 00:00:00 of 02-05: late', () => {
    const { actor } = heldOver();
    send(
      actor,
      ev('END_INDEFINITE_TERM', 'committee', T('2027-01-05'), {
        effectiveAt: T('2027-03-07', '00:00:00'),
      }),
    );
    handOverAll(actor, T('2027-01-20'));
    send(actor, ev('COMPLETE_HANDOVER', 'committee', T('2027-02-05', '00:00:00')));
    expect(due(actor)?.status).toBe('late');
  });

  it('the firm’s own notice is not one it receives: the 30 days count from the end, 03-07 … 04-05', () => {
    const { actor } = heldOver();
    send(
      actor,
      ev('END_INDEFINITE_TERM', 'property-firm', T('2027-01-05'), {
        effectiveAt: T('2027-03-07', '00:00:00'),
      }),
    );
    expect(actor.getSnapshot().context.handover).toBeNull();
    expect(
      refuse(
        actor,
        ev('HAND_OVER_ITEM', 'property-firm', T('2027-01-20'), { item: 'documents', receipt: 'r' }),
      ).rule?.id,
    ).toBe('handover-open');
    send(actor, ev('TICK', 'system', T('2027-03-07', '00:00:00')));
    expect([due(actor)?.due.startsOn, due(actor)?.due.lastDay]).toEqual([
      '2027-03-07',
      '2027-04-05',
    ]);
  });
});

describe('the firm’s own non-renewal notice (BJ 75 ¶1) is not the owners’ decision', () => {
  it('the hand-over counts from the end: 01-01 … 01-30', () => {
    const { actor } = start();
    send(actor, ev('NOTIFY_NON_RENEWAL', 'property-firm', T('2026-09-01')));
    expect(actor.getSnapshot().context.handover).toBeNull();
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    expect([due(actor)?.due.startsOn, due(actor)?.due.lastDay]).toEqual([
      '2027-01-01',
      '2027-01-30',
    ]);
  });
});

describe('BJ 75 ¶1: the owners decide on the next term six months before it ends', () => {
  // "物业服务合同期限届满前六个月，业主委员会或者物业管理委员会应当组织业主共同决定续聘或者另聘物业服务人".
  // The term's last day is 12-31; six months back is 06-30, and a decision by 24:00 of it leaves
  // the whole six months, 07-01 … 12-31, to run before the end.
  const decide = (at: string) =>
    ev('REPLACEMENT_DECIDED', 'system', at, { hiringProcessId: 'h-1', firmId: 'firm-new' });
  const entry = (actor: AnyActorRef) => actor.getSnapshot().context.deadlines['renewal-decision'];

  it('is due at 24:00 of 06-30, cited to BJ 75 ¶1', () => {
    const { actor } = start();
    expect(beijing.firm.renewalDecisionBefore).toMatchObject({
      period: { months: 6 },
      cite: ['BJ-75-1'],
    });
    expect(entry(actor)).toMatchObject({
      cite: ['BJ-75-1'],
      status: 'pending',
      due: { lastDay: '2026-06-30', dueAt: '2026-06-30T16:00:00.000Z' },
    });
  });

  it('another firm hired at 23:59:59 of 06-30: met; at 00:00:00 of 07-01: late', () => {
    const onTime = start().actor;
    send(onTime, decide(T('2026-06-30', '23:59:59')));
    expect(entry(onTime)?.status).toBe('met');
    const late = start().actor;
    send(late, decide(T('2026-07-01', '00:00:00')));
    expect(entry(late)?.status).toBe('late');
  });

  it('a TICK at 00:00:00 of 07-01 marks it missed, not one at 23:59:59 of 06-30', () => {
    const { actor } = start();
    send(actor, ev('TICK', 'system', T('2026-06-30', '23:59:59')));
    expect(entry(actor)?.status).toBe('pending');
    send(actor, ev('TICK', 'system', T('2026-07-01', '00:00:00')));
    expect(entry(actor)?.status).toBe('missed');
    expect(actor.getSnapshot().value).toBe('inTerm');
  });

  it('a renewal vote that passes settles it at the count', () => {
    const { actor } = start();
    const at = (day: string) => T(day);
    send(actor, authoritiesNotice(at('2026-05-01')));
    send(
      actor,
      ev('CALL_ASSEMBLY', 'committee', at('2026-05-01'), {
        opensAt: at('2026-05-20'),
        closesAt: at('2026-05-30'),
      }),
    );
    send(actor, ev('OPEN_VOTE', 'committee', at('2026-05-20'), { voteId: 'r' }));
    for (const [b, n] of [1, 2].flatMap((b) => [1, 2, 3, 4, 5].map((n) => [b, n] as const))) {
      send(
        actor,
        ev(
          'CAST_BALLOT',
          'owner',
          at('2026-05-21'),
          {
            ballot: {
              id: `b-${b}-${n}`,
              unitId: `u-${b}-${n}`,
              castBy: `o-${b}-${n}`,
              choice: 'agree',
              channel: 'paper',
              at: at('2026-05-21'),
            },
          },
          `o-${b}-${n}`,
        ),
      );
    }
    send(actor, ev('CLOSE_VOTE', 'committee', at('2026-06-01')));
    expect(actor.getSnapshot().value).toBe('renewalDecided');
    expect(entry(actor)).toMatchObject({ status: 'met', settledAt: at('2026-06-01') });
  });

  it('shanghai and national set no lead time (SH 46 ¶1, CC 947 ¶1): nothing is due', () => {
    expect(entry(start(DEFAULT_PROFILE).actor)).toBeUndefined();
    expect(entry(start(national).actor)).toBeUndefined();
  });
});
