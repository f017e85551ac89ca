// The firm does not renew; no successor is hired in time; the committee asks for a temporary firm.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contractTermMachine } from '../src/index.js';
import { ev, refuse, send, termInput } from './support.js';

// The contract's last day is 2026-12-31 (ends at its 24:00 = 2026-12-31T16:00:00.000Z).
const ENDS = '2026-12-31T16:00:00.000Z';

describe('non-renewal leading to a temporary firm', { timeout: 30_000 }, () => {
  const actor = createActor(contractTermMachine, {
    input: termInput(ENDS),
  });
  actor.start();

  it('refuses notice given 89 days before expiry and accepts 90 (CC 947 ¶2)', () => {
    // 2026-10-03 + 90 days = 2027-01-01, after the last day: too late. 2026-10-02 + 90 = 12-31.
    const late = refuse(
      actor,
      ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-10-03T10:00:00+08:00'),
    );
    expect(late.rule).toEqual({ id: 'non-renewal-notice', citations: ['CC-947-2', 'SH-46-2'] });
    send(actor, ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-10-02T10:00:00+08:00'));
    expect(actor.getSnapshot().value).toBe('firmLeaving');
  });

  it('the contract ends at expiry; the old firm keeps serving (CC 950); hand-over due 2027-01-10', () => {
    send(actor, ev('TICK', 'system', '2026-12-31T23:00:00+08:00'));
    expect(actor.getSnapshot().value).toBe('firmLeaving');
    send(actor, ev('TICK', 'system', '2027-01-01T00:00:00+08:00'));
    const snap = actor.getSnapshot();
    expect(snap.value).toEqual({ exit: { handover: 'pending', service: 'oldFirmServing' } });
    // SH 50 "自物业服务合同终止之日起十日内": the contract ended on 2026-12-31 (at its 24:00), the ten
    // days are 01-01…01-10 (CC 201, CC 203).
    expect(snap.context.deadlines.handover?.due.lastDay).toBe('2027-01-10');
  });

  it('only the committee may request while there is one (SH 52 ¶1)', () => {
    const r = refuse(
      actor,
      ev('REQUEST_TEMPORARY_FIRM', 'residents-committee', '2027-01-02T10:00:00+08:00', {
        proposers: ['o-1-1', 'o-1-2'],
      }),
    );
    expect(r.rule?.id).toBe('temporary-requester');
    send(actor, ev('REQUEST_TEMPORARY_FIRM', 'committee', '2027-01-02T10:00:00+08:00'));
    send(
      actor,
      ev('APPOINT_TEMPORARY_FIRM', 'street-office', '2027-01-05T10:00:00+08:00', {
        firmId: 'pool-7',
      }),
    );
    const temporary = actor.getSnapshot().context.deadlines['temporary-service']!;
    // 2027-01-05 + 6 months = 2027-07-05 (SH 52 ¶2).
    expect(temporary.due.lastDay).toBe('2027-07-05');
    expect(actor.getSnapshot().context.caretaker?.kind).toBe('temporary-firm');
  });

  it('records the missed 6-month limit, then the successor takes over', () => {
    send(actor, ev('TICK', 'system', '2027-07-06T09:00:00+08:00'));
    const c = actor.getSnapshot().context;
    expect(c.deadlines['temporary-service']?.status).toBe('missed');
    expect(c.deadlines.handover?.status).toBe('missed');
    for (const item of [
      'documents',
      'maintenance-records',
      'public-revenue-balance',
      'management-premises',
    ]) {
      send(
        actor,
        ev('HAND_OVER_ITEM', 'property-firm', '2027-07-07T10:00:00+08:00', { item, receipt: 'R' }),
      );
    }
    send(actor, ev('COMPLETE_HANDOVER', 'committee', '2027-07-07T11:00:00+08:00'));
    send(
      actor,
      ev('SUCCESSOR_TAKES_OVER', 'committee', '2027-07-08T00:00:00+08:00', { firmId: 'f-new' }),
    );
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('without a committee, 20% of owners apply through the residents’ committee', () => {
    const other = createActor(contractTermMachine, {
      input: termInput(ENDS, { hasCommittee: false }),
    });
    other.start();
    send(other, ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-10-01T10:00:00+08:00'));
    send(other, ev('TICK', 'system', '2027-01-01T09:00:00+08:00'));
    const few = refuse(
      other,
      ev('REQUEST_TEMPORARY_FIRM', 'residents-committee', '2027-01-02T10:00:00+08:00', {
        proposers: ['o-1-1'],
      }),
    );
    expect(few.message.en).toContain('1 of 10');
    send(
      other,
      ev('REQUEST_TEMPORARY_FIRM', 'residents-committee', '2027-01-02T10:00:00+08:00', {
        proposers: ['o-1-1', 'o-2-1'],
      }),
    );
    expect(other.getSnapshot().value).toEqual({
      exit: { handover: 'pending', service: 'temporaryRequested' },
    });
  });
});
