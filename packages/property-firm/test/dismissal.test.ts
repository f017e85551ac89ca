import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dismissalMachine, HANDOVER_ITEMS } from '../src/index.js';
import { authoritiesNotice, ballot, baseInput, ev, partyReport, refuse, send } from './support.js';

const T0 = '2026-03-02T09:00:00+08:00';

function started(overrides = {}) {
  const actor = createActor(dismissalMachine, { input: baseInput(overrides) });
  actor.start();
  return actor;
}

/** Proposes, calls with exactly 15 days' notice and opens voting. */
function toVoting(actor: ReturnType<typeof started>) {
  send(actor, ev('PROPOSE_DISMISSAL', 'committee', T0));
  send(actor, partyReport(T0));
  send(actor, authoritiesNotice(T0));
  send(
    actor,
    ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:00+08:00', {
      opensAt: '2026-03-18T09:00:00+08:00',
      closesAt: '2026-03-25T18:00:00+08:00',
    }),
  );
  send(actor, ev('OPEN_VOTE', 'committee', '2026-03-18T09:00:00+08:00', { voteId: 'v-1' }));
}

describe('dismissal: calling the assembly', () => {
  it('accepts exactly 15 days of notice and refuses 14 (PMR 14, VOTE-11)', () => {
    const actor = started();
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', T0));
    send(actor, partyReport(T0));
    send(actor, authoritiesNotice(T0));
    const r = refuse(
      actor,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:00+08:00', {
        opensAt: '2026-03-17T23:00:00+08:00',
        closesAt: '2026-03-25T18:00:00+08:00',
      }),
    );
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.id).toBe('assembly-notice');
    expect(r.rule?.citations).toContain('PMR-14');
    expect(r.message['zh-CN']).toContain('15日');
    expect(actor.getSnapshot().value).toBe('proposed');
    send(
      actor,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-03T10:00:00+08:00', {
        opensAt: '2026-03-18T00:00:01+08:00',
        closesAt: '2026-03-25T18:00:00+08:00',
      }),
    );
    expect(actor.getSnapshot().value).toEqual({ vote: 'called' });
  });

  it('refuses calling while the re-election freeze is on, citing SH-28-4 (FIRM-11)', () => {
    const actor = started();
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', T0));
    send(actor, partyReport(T0));
    send(actor, authoritiesNotice(T0));
    send(actor, ev('FREEZE.START', 'street-office', T0));
    const r = refuse(
      actor,
      ev('CALL_ASSEMBLY', 'committee', T0, {
        opensAt: '2026-04-18T09:00:00+08:00',
        closesAt: '2026-04-25T18:00:00+08:00',
      }),
    );
    expect(r.rule).toEqual({ id: 'freeze', citations: ['SH-28-4'] });
    send(actor, ev('FREEZE.END', 'system', T0));
    send(
      actor,
      ev('CALL_ASSEMBLY', 'committee', T0, {
        opensAt: '2026-04-18T09:00:00+08:00',
        closesAt: '2026-04-25T18:00:00+08:00',
      }),
    );
  });

  it('takes the freeze from the input too', () => {
    const actor = started({ freezeActive: true });
    send(actor, ev('PROPOSE_DISMISSAL', 'committee', T0));
    const r = refuse(
      actor,
      ev('CALL_ASSEMBLY', 'committee', T0, {
        opensAt: '2026-04-18T09:00:00+08:00',
        closesAt: '2026-04-25T18:00:00+08:00',
      }),
    );
    expect(r.rule?.id).toBe('freeze');
  });

  it('needs 20% of owners for an interim assembly (2 of 10 passes, 1 fails)', () => {
    const actor = started();
    const r = refuse(
      actor,
      ev('REQUEST_INTERIM_ASSEMBLY', 'owner', T0, { proposers: ['o-1-1', 'nobody'] }),
    );
    expect(r.rule?.id).toBe('interim-share');
    expect(r.message.en).toContain('1 of 10');
    send(actor, ev('REQUEST_INTERIM_ASSEMBLY', 'owner', T0, { proposers: ['o-1-1', 'o-2-2'] }));
    expect(actor.getSnapshot().context.proposal?.source).toBe('owners');
    const w = refuse(actor, ev('WITHDRAW_PROPOSAL', 'committee', T0));
    expect(w.rule?.id).toBe('withdraw-own');
  });

  it('refuses a second concurrent vote with a rule, not silently', () => {
    const actor = started();
    toVoting(actor);
    const r = refuse(
      actor,
      ev('CALL_ASSEMBLY', 'committee', '2026-03-19T09:00:00+08:00', {
        opensAt: '2026-04-18T09:00:00+08:00',
        closesAt: '2026-04-25T18:00:00+08:00',
      }),
    );
    expect(r.rule?.id).toBe('one-vote-at-a-time');
  });
});

describe('dismissal: ballots', () => {
  it('refuses a non-owner, a ballot after the window and an unadopted electronic ballot; state untouched', () => {
    const actor = started();
    toVoting(actor);
    const before = JSON.stringify(actor.getPersistedSnapshot());
    const at = '2026-03-19T10:00:00+08:00';
    const notOwner = refuse(
      actor,
      ev('CAST_BALLOT', 'committee', at, {
        ballot: { ...ballot(1, 1, 'agree', at), castBy: 'o-2-2' },
      }),
    );
    expect(notOwner.code).toBe('rule-violated');
    expect(notOwner.details?.issue).toBe('not-owner');
    const late = '2026-03-26T10:00:00+08:00';
    const after = refuse(
      actor,
      ev('CAST_BALLOT', 'committee', late, { ballot: ballot(1, 1, 'agree', late) }),
    );
    expect(after.details?.issue).toBe('after-close');
    const e = refuse(
      actor,
      ev('CAST_BALLOT', 'system', at, { ballot: ballot(1, 1, 'agree', at, 'electronic', 'e-1') }),
    );
    expect(e.details?.issue).toBe('channel-not-allowed');
    const other = refuse(
      actor,
      ev(
        'CAST_BALLOT',
        'owner',
        at,
        { ballot: ballot(1, 1, 'agree', at, 'paper', 'x-1') },
        'o-1-2',
      ),
    );
    expect(other.rule?.id).toBe('ballot-sender');
    expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(before);
  });

  it('accepts electronic ballots once adopted, proxies with authorisation, and revotes (last wins)', () => {
    const actor = started({ electronicAdopted: true });
    toVoting(actor);
    const at = '2026-03-19T10:00:00+08:00';
    send(
      actor,
      ev('CAST_BALLOT', 'system', at, { ballot: ballot(1, 1, 'disagree', at, 'electronic') }),
    );
    const later = '2026-03-20T10:00:00+08:00';
    send(
      actor,
      ev('CAST_BALLOT', 'owner', later, { ballot: ballot(1, 1, 'agree', later) }, 'o-1-1'),
    );
    send(
      actor,
      ev(
        'CAST_BALLOT',
        'owner',
        later,
        {
          ballot: {
            ...ballot(1, 2, 'agree', later),
            proxy: { keyedBy: 'kin-9', authorisationRef: 'WT-1' },
          },
        },
        'kin-9',
      ),
    );
    const vote = actor.getSnapshot().context.vote;
    expect(vote?.ballots).toHaveLength(3);
  });
});

describe('dismissal: notice, termination, hand-over', () => {
  function decided(feeModel: 'lump-sum' | 'commission' = 'lump-sum') {
    const actor = started({ feeModel });
    toVoting(actor);
    const at = '2026-03-20T10:00:00+08:00';
    for (let b = 1; b <= 2; b++)
      for (let n = 1; n <= 4; n++) {
        send(
          actor,
          ev('CAST_BALLOT', 'committee', at, {
            ballot: ballot(b, n, n <= 3 ? 'agree' : 'disagree', at),
          }),
        );
      }
    send(actor, ev('CLOSE_VOTE', 'committee', '2026-03-26T09:00:00+08:00'));
    expect(actor.getSnapshot().value).toBe('decided');
    return actor;
  }

  it('refuses closing before the window ends', () => {
    const actor = started();
    toVoting(actor);
    const r = refuse(actor, ev('CLOSE_VOTE', 'committee', '2026-03-25T17:59:00+08:00'));
    expect(r.rule?.id).toBe('close-after-window');
  });

  it('refuses an end inside the 60 days of dismissal notice and accepts one after (CC 946)', () => {
    const actor = decided();
    // 03-27 + 60 days: the last day is 05-26, which runs until its 24:00 (CC 201, CC 203).
    const served = '2026-03-27T10:00:00+08:00';
    const r = refuse(
      actor,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', served, {
        effectiveAt: '2026-05-26T12:00:00+08:00',
      }),
    );
    expect(r.rule).toEqual({ id: 'dismissal-notice', citations: ['CC-946'] });
    send(
      actor,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', served, {
        effectiveAt: '2026-05-27T12:00:00+08:00',
      }),
    );
    expect(actor.getSnapshot().value).toBe('noticeRunning');
  });

  // CC 946 ¶1: "决定解聘的，应当提前六十日书面通知物业服务人". CC 201: "开始的当日不计入，自下一日开始
  // 计算". CC 203: "期间的最后一日的截止时间为二十四时". Served on 04-02, the sixty days are 04-03…06-01
  // and run out at 24:00 of 06-01: the contract may end then and no earlier.
  it('ends the contract no earlier than 24:00 of the 60th day (CC 946 ¶1, CC 201–203)', () => {
    const served = '2026-04-02T10:00:00+08:00';
    for (const effectiveAt of [
      '2026-06-01T00:00:00+08:00',
      '2026-06-01T00:00:01+08:00',
      '2026-06-01T23:59:59+08:00',
    ]) {
      const r = refuse(
        decided(),
        ev('SERVE_DISMISSAL_NOTICE', 'committee', served, { effectiveAt }),
      );
      expect(r.rule, effectiveAt).toEqual({ id: 'dismissal-notice', citations: ['CC-946'] });
      expect(r.message.en).toContain('at 2026-06-01T16:00:00.000Z at the earliest');
    }
    // 24:00 of 06-01, written as the instant it is.
    for (const effectiveAt of ['2026-06-02T00:00:00+08:00', '2026-06-01T16:00:00.000Z']) {
      const actor = decided();
      send(actor, ev('SERVE_DISMISSAL_NOTICE', 'committee', served, { effectiveAt }));
      expect(actor.getSnapshot().value).toBe('noticeRunning');
    }
  });

  it('applies a contract’s own notice period when the profile allows it', () => {
    const actor = createActor(dismissalMachine, {
      input: baseInput({ contract: { dismissalNotice: { days: 90 } } }),
    });
    actor.start();
    toVoting(actor);
    const at = '2026-03-20T10:00:00+08:00';
    for (let n = 1; n <= 5; n++)
      send(actor, ev('CAST_BALLOT', 'committee', at, { ballot: ballot(1, n, 'agree', at) }));
    for (let n = 1; n <= 5; n++)
      send(actor, ev('CAST_BALLOT', 'committee', at, { ballot: ballot(2, n, 'agree', at) }));
    send(actor, ev('CLOSE_VOTE', 'committee', '2026-03-26T09:00:00+08:00'));
    const r = refuse(
      actor,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', '2026-03-27T10:00:00+08:00', {
        effectiveAt: '2026-05-26T12:00:00+08:00',
      }),
    );
    expect(r.message.en).toContain('90 days');
  });

  it('tracks every SH 50 item and refuses completion with items missing', () => {
    const actor = decided('commission');
    send(
      actor,
      ev('SERVE_DISMISSAL_NOTICE', 'committee', '2026-03-27T10:00:00+08:00', {
        effectiveAt: '2026-06-01T00:00:00+08:00',
      }),
    );
    send(actor, ev('TICK', 'system', '2026-06-01T00:00:00+08:00'));
    const snap = actor.getSnapshot();
    expect(snap.value).toEqual({ terminated: { handover: 'pending', service: 'oldFirmServing' } });
    // Ended at 24:00 of 05-31: ten days from 06-01 (SH 50, CC 201, CC 203).
    expect(snap.context.deadlines.handover?.due.lastDay).toBe('2026-06-10');
    for (const item of HANDOVER_ITEMS.slice(0, 4)) {
      send(
        actor,
        ev('HAND_OVER_ITEM', 'property-firm', '2026-06-03T10:00:00+08:00', {
          item,
          receipt: `R-${item}`,
        }),
      );
    }
    const r = refuse(actor, ev('COMPLETE_HANDOVER', 'committee', '2026-06-04T10:00:00+08:00'));
    expect(r.rule?.id).toBe('handover-complete');
    expect(r.details?.missing).toEqual(['management-premises']);
    const twice = refuse(
      actor,
      ev('HAND_OVER_ITEM', 'property-firm', '2026-06-04T10:00:00+08:00', {
        item: 'documents',
        receipt: 'again',
      }),
    );
    expect(twice.rule?.id).toBe('handover-item-pending');
    send(
      actor,
      ev('HAND_OVER_ITEM', 'property-firm', '2026-06-04T10:00:00+08:00', {
        item: 'management-premises',
        receipt: 'R-p',
      }),
    );
    send(actor, ev('COMPLETE_HANDOVER', 'committee', '2026-06-04T11:00:00+08:00'));
    expect(actor.getSnapshot().context.deadlines.handover?.status).toBe('met');
    send(
      actor,
      ev('SUCCESSOR_TAKES_OVER', 'committee', '2026-06-05T09:00:00+08:00', { firmId: 'firm-new' }),
    );
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('ends as not dismissed when the vote fails', () => {
    const actor = started();
    toVoting(actor);
    send(actor, ev('CLOSE_VOTE', 'committee', '2026-03-26T09:00:00+08:00'));
    expect(actor.getSnapshot().value).toBe('notDismissed');
    expect(actor.getSnapshot().context.decisions[0]?.passed).toBe(false);
  });
});
