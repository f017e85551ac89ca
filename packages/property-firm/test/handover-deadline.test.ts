// SH 50: "物业服务企业应当自物业服务合同终止之日起十日内，向建设单位或者业主委员会移交下列资料和财物".
// CC 201: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算". CC 203: "期间的最后一日的截止
// 时间为二十四时". The termination day is the day the contract ends; the ten days count from the next.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contractTermMachine } from '../src/index.js';
import { ev, send, termInput } from './support.js';

/** The hand-over deadline of a contract whose fixed term ends at `endsAt`, ended by expiry. */
function handoverAfterExpiry(endsAt: string) {
  const actor = createActor(contractTermMachine, { input: termInput(endsAt) }).start();
  send(actor, ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-09-01T10:00:00+08:00'));
  send(actor, ev('TICK', 'system', '2027-01-01T00:00:01+08:00'));
  const snap = actor.getSnapshot();
  expect(snap.value).toEqual({ exit: { handover: 'pending', service: 'oldFirmServing' } });
  const due = snap.context.deadlines.handover?.due;
  return [due?.startsOn, due?.lastDay, due?.dueAt];
}

describe('the hand-over period counts from the day after the termination day (SH 50)', () => {
  it('gives 01-10 for a contract ending at 24:00 of 12-31', () => {
    expect(handoverAfterExpiry('2027-01-01T00:00:00+08:00')).toEqual([
      '2027-01-01',
      '2027-01-10',
      '2027-01-10T16:00:00.000Z',
    ]);
    expect(handoverAfterExpiry('2026-12-31T16:00:00.000Z')[1]).toBe('2027-01-10');
  });

  it('gives the same deadline for an end at 23:59:59 and at 24:00 of the same day', () => {
    expect(handoverAfterExpiry('2026-12-31T23:59:59+08:00')).toEqual(
      handoverAfterExpiry('2027-01-01T00:00:00+08:00'),
    );
  });

  it('gives 01-11 for a contract ending one second into 01-01', () => {
    const actor = createActor(contractTermMachine, {
      input: termInput('2027-01-01T00:00:01+08:00'),
    }).start();
    send(actor, ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-09-01T10:00:00+08:00'));
    send(actor, ev('TICK', 'system', '2027-01-01T00:00:01+08:00'));
    expect(actor.getSnapshot().context.deadlines.handover?.due.lastDay).toBe('2027-01-11');
  });
});
