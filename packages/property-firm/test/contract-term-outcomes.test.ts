// The three outcomes of a contract's fixed term (FIRM-5, FIRM-7): the owners renew, hire another
// firm (另聘), or decide nothing and the contract runs on for an indefinite term.
//
// SH 46 ¶1: "物业服务合同期限届满前，业主委员会应当组织召开业主大会，作出续聘或者另聘物业服务企业的决定，
// 并将决定书面通知物业服务企业。"
// CC 948 ¶1: "物业服务期限届满后，业主没有依法作出续聘或者另聘物业服务人的决定，物业服务人继续提供物业
// 服务的，原物业服务合同继续有效，但是服务期限为不定期。"
// CC 949 ¶1: "物业服务合同终止的，原物业服务人应当在约定期限或者合理期限内退出物业服务区域，…配合新物业
// 服务人做好交接工作"; SH 50: "物业服务企业应当自物业服务合同终止之日起十日内，…移交下列资料和财物".
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contractTermEvents, contractTermMachine, type FirmEmitted } from '../src/index.js';
import { type FirmInvariantSnapshot, firmInvariants } from '../src/testing/index.js';
import { authoritiesNotice, ballot, ev, refuse, send, termInput } from './support.js';

// The last day of the term is 2026-12-31: it ends at its 24:00, 2027-01-01T00:00:00+08:00.
const ENDS = '2026-12-31T16:00:00.000Z';
const AT_EXPIRY = '2027-01-01T00:00:00+08:00';
const SECOND_BEFORE = '2026-12-31T23:59:59+08:00';

const start = () => createActor(contractTermMachine, { input: termInput(ENDS) }).start();

const replaced = (at: string, firmId = 'firm-new') =>
  ev('REPLACEMENT_DECIDED', 'system', at, { hiringProcessId: 'c1/hiring/firm-hiring#1', firmId });

/** A renewal vote on 10 owners, closed on `closeDay` (Shanghai date). */
function renewalVote(passes: boolean, closeDay = '2026-11-20') {
  const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
  return [
    ev('REPORT_TO_PARTY_ORGANISATION', 'committee', at('2026-10-20')),
    authoritiesNotice(at('2026-10-20')),
    ev('CALL_ASSEMBLY', 'committee', at('2026-10-20'), {
      opensAt: at('2026-11-05'),
      closesAt: at('2026-11-10'),
    }),
    ev('OPEN_VOTE', 'committee', at('2026-11-05'), { voteId: 'renew-1' }),
    ...[1, 2].flatMap((b) =>
      [1, 2, 3, 4, 5].map((n) =>
        ev(
          'CAST_BALLOT',
          'owner',
          at('2026-11-06'),
          {
            ballot: ballot(b, n, passes ? 'agree' : 'disagree', at('2026-11-06')),
          },
          `o-${b}-${n}`,
        ),
      ),
    ),
    ev('CLOSE_VOTE', 'committee', at(closeDay)),
  ];
}

describe('no decision: the contract runs on indefinitely (CC 948 ¶1)', () => {
  it('records a renewal vote that did not pass as no decision, and stays within the term', () => {
    const actor = start();
    for (const e of renewalVote(false)) send(actor, e);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('inTerm');
    expect(snap.context.ownersDecision).toEqual({
      kind: 'none',
      at: '2026-11-20T10:00:00+08:00',
      voteId: 'renew-1',
    });
    expect(snap.context.decisions.at(-1)).toMatchObject({ question: 'renew-firm', passed: false });
  });

  it('after it, one second before expiry the term runs; at expiry it is held over', () => {
    const actor = start();
    for (const e of renewalVote(false)) send(actor, e);
    send(actor, ev('TICK', 'system', SECOND_BEFORE));
    expect(actor.getSnapshot().value).toBe('inTerm');
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('holdover');
    // The old contract goes on: no termination, the old firm serves, no hand-over.
    expect(snap.context.terminatedAt).toBeNull();
    expect(snap.context.handover).toBeNull();
    expect(snap.context.caretaker).toMatchObject({ kind: 'old-firm', firmId: 'firm-old' });
  });

  it('a renewal vote that passed is recorded as the decision to renew', () => {
    const actor = start();
    for (const e of renewalVote(true)) send(actor, e);
    expect(actor.getSnapshot().value).toBe('renewalDecided');
    expect(actor.getSnapshot().context.ownersDecision).toMatchObject({
      kind: 'renew',
      voteId: 'renew-1',
    });
  });
});

describe('另聘: the owners hire another firm before expiry (SH 46 ¶1)', () => {
  it('accepts the decision one second before expiry', () => {
    const actor = start();
    send(actor, replaced(SECOND_BEFORE));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('replacementDecided');
    expect(snap.context.ownersDecision).toEqual({
      kind: 'replace',
      at: SECOND_BEFORE,
      hiringProcessId: 'c1/hiring/firm-hiring#1',
      firmId: 'firm-new',
    });
  });

  it('refuses it at expiry, citing SH 46 ¶1 and CC 948 ¶1; the contract is then held over', () => {
    const actor = start();
    const r = refuse(actor, replaced(AT_EXPIRY));
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'replace-before-expiry', citations: ['SH-46-1', 'CC-948-1'] });
    expect(r.message['zh-CN']).toContain('届满前');
    expect(r.message.en).toContain('before the term expires');
    expect(actor.getSnapshot().value).toBe('inTerm');
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    expect(actor.getSnapshot().value).toBe('holdover');
    expect(actor.getSnapshot().context.ownersDecision).toBeNull();
  });

  it('after a renewal vote that did not pass, another firm may still be hired', () => {
    const actor = start();
    for (const e of renewalVote(false)) send(actor, e);
    send(actor, replaced('2026-12-01T10:00:00+08:00'));
    expect(actor.getSnapshot().context.ownersDecision).toMatchObject({ kind: 'replace' });
  });

  it('after the firm’s own non-renewal notice, the successor is recorded too', () => {
    const actor = start();
    send(actor, ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-09-01T10:00:00+08:00'));
    send(actor, replaced('2026-12-01T10:00:00+08:00'));
    expect(actor.getSnapshot().value).toBe('replacementDecided');
  });

  it('refuses the firm in place as "another" firm, and a sender other than the system', () => {
    const actor = start();
    const same = refuse(actor, replaced('2026-12-01T10:00:00+08:00', 'firm-old'));
    expect(same.rule?.id).toBe('another-firm');
    expect(same.message['zh-CN']).toContain('续聘');
    const byCommittee = refuse(actor, {
      ...replaced('2026-12-01T10:00:00+08:00'),
      by: { id: 'committee-1', role: 'committee' },
    });
    expect(byCommittee.code).toBe('not-permitted');
  });

  it('is not taken while the owners have decided to renew (one decision at a time)', () => {
    const actor = start();
    for (const e of renewalVote(true)) send(actor, e);
    expect(refuse(actor, replaced('2026-12-01T10:00:00+08:00')).code).toBe('not-allowed-now');
  });

  it('the committee notifies the firm in writing before expiry, not at it', () => {
    const late = start();
    send(late, replaced('2026-12-01T10:00:00+08:00'));
    const r = refuse(late, ev('NOTIFY_REPLACEMENT_DECISION', 'committee', AT_EXPIRY));
    expect(r.rule?.id).toBe('replace-before-expiry');

    const actor = start();
    const emitted: FirmEmitted[] = [];
    actor.on('*', (e) => emitted.push(e as FirmEmitted));
    send(actor, replaced('2026-12-01T10:00:00+08:00'));
    send(actor, ev('NOTIFY_REPLACEMENT_DECISION', 'committee', SECOND_BEFORE));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('replacementNotified');
    expect(snap.context.notices).toEqual([
      {
        kind: 'replacement-decision',
        by: 'committee',
        servedAt: SECOND_BEFORE,
        effectiveAt: ENDS,
      },
    ]);
    expect(emitted).toEqual([
      expect.objectContaining({
        type: 'notify',
        to: ['property-firm'],
        about: 'replacement-decision',
        at: SECOND_BEFORE,
      }),
    ]);
  });

  it('the old contract ends at expiry, not a second before; the hand-over is due 01-10 (SH 50)', () => {
    const actor = start();
    send(actor, replaced('2026-12-01T10:00:00+08:00'));
    send(actor, ev('NOTIFY_REPLACEMENT_DECISION', 'committee', '2026-12-02T10:00:00+08:00'));
    send(actor, ev('TICK', 'system', SECOND_BEFORE));
    expect(actor.getSnapshot().value).toBe('replacementNotified');
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    const snap = actor.getSnapshot();
    expect(snap.value).toEqual({ exit: { handover: 'pending', service: 'oldFirmServing' } });
    expect(snap.context.terminatedAt).toBe(ENDS);
    expect(snap.context.deadlines.handover?.due.lastDay).toBe('2027-01-10');
    // The successor the owners chose is known to the hand-over (CC 949 "配合新物业服务人做好交接").
    expect(snap.context.ownersDecision).toMatchObject({ kind: 'replace', firmId: 'firm-new' });
    send(
      actor,
      ev('SUCCESSOR_TAKES_OVER', 'committee', '2027-01-02T10:00:00+08:00', {
        firmId: 'firm-new',
      }),
    );
    expect(actor.getSnapshot().context.caretaker).toMatchObject({
      kind: 'successor',
      firmId: 'firm-new',
    });
  });

  it('the decision, not the notice, ends the contract at expiry (no holdover, CC 948 ¶1)', () => {
    const actor = start();
    send(actor, replaced('2026-12-01T10:00:00+08:00'));
    send(actor, ev('TICK', 'system', AT_EXPIRY));
    expect(actor.getSnapshot().value).toEqual({
      exit: { handover: 'pending', service: 'oldFirmServing' },
    });
    expect(actor.getSnapshot().context.notices).toEqual([]);
  });
});

describe('the invariant the property suites check for 另聘', () => {
  const invariant = firmInvariants<FirmInvariantSnapshot>(contractTermEvents).find((i) =>
    i.name.startsWith('另聘'),
  );
  const check = (snapshot: FirmInvariantSnapshot) =>
    invariant?.check(snapshot, undefined as never, { input: {}, result: {} } as never);

  it('holds on the machine’s own snapshots and fails on tampered ones', () => {
    const actor = start();
    send(actor, replaced(SECOND_BEFORE));
    send(actor, ev('NOTIFY_REPLACEMENT_DECISION', 'committee', SECOND_BEFORE));
    const ok = actor.getSnapshot() as unknown as FirmInvariantSnapshot;
    expect(check(ok)).toBe(true);
    const at = (decisionAt: string) => ({
      ...ok,
      context: {
        ...ok.context,
        ownersDecision: { ...ok.context.ownersDecision, at: decisionAt } as never,
      },
    });
    expect(check(at(AT_EXPIRY))).toContain('at or after expiry');
    const same = {
      ...ok,
      context: {
        ...ok.context,
        ownersDecision: { ...ok.context.ownersDecision, firmId: 'firm-old' } as never,
      },
    };
    expect(check(same)).toContain('firm in place');
    expect(check({ ...ok, context: { ...ok.context, ownersDecision: null } })).toContain(
      'without the owners’ decision',
    );
  });
});
