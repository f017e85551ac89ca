import type { Rejection } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { day, type Harness, start } from '../support.js';

function refusal(r: ReturnType<Harness['send']>): Rejection {
  if (r.ok) throw new Error('expected a refusal');
  return r.rejection;
}

describe('conveners and participants (JA 二(一)1–4)', () => {
  it('the complex meeting is led by the committee chair with its participants', () => {
    const h = start();
    const wrong = refusal(
      h.send('HOLD_MEETING', 'residential-party-organisation', day(1), {
        participants: [],
        minutes: 'x',
      }),
    );
    expect(wrong.code).toBe('rule-violated');
    expect(wrong.rule?.id).toBe('convener-of-level');
    expect(wrong.details).toMatchObject({ cite: ['JA-2-1-4'] });
    const missing = refusal(
      h.send('HOLD_MEETING', 'committee-chair', day(1), {
        participants: ['committee-members'],
        minutes: 'x',
      }),
    );
    expect(missing.rule?.id).toBe('required-participants');
    expect(missing.message.en).toContain('building-leaders');
    expect(h.meet(day(1)).ok).toBe(true);
    expect(h.actor.getSnapshot().context.meetings).toHaveLength(1);
  });

  it('a role that convenes no level is not permitted', () => {
    expect(
      refusal(start().send('HOLD_MEETING', 'owner', day(1), { participants: [], minutes: 'x' }))
        .code,
    ).toBe('not-permitted');
  });
});

describe('escalation (one level at a time; district last)', () => {
  it('needs a meeting first, refuses skipping, and reaches the district', () => {
    const h = start();
    expect(
      refusal(
        h.send('ESCALATE', 'committee-chair', day(1), { toLevel: 'residential-area', reason: 'r' }),
      ).rule?.id,
    ).toBe('meeting-held-at-level');
    h.meet(day(1));
    expect(
      refusal(h.send('ESCALATE', 'committee-chair', day(2), { toLevel: 'street', reason: 'r' }))
        .rule?.id,
    ).toBe('escalate-one-level');
    expect(
      h.send('ESCALATE', 'committee-chair', day(2), {
        toLevel: 'residential-area',
        reason: '物业拒不整改',
      }).ok,
    ).toBe(true);
    expect(h.actor.getSnapshot().context.level).toBe('residential-area');
    h.meet(day(3));
    h.send('ESCALATE', 'residential-party-organisation', day(4), {
      toLevel: 'street',
      reason: 'r',
    });
    h.meet(day(5));
    h.send('ESCALATE', 'street-party-committee', day(6), { toLevel: 'district', reason: 'r' });
    h.meet(day(7));
    expect(
      refusal(
        h.send('ESCALATE', 'district-organisation-department', day(8), {
          toLevel: 'district',
          reason: 'r',
        }),
      ).message.en,
    ).toContain('last resort');
    expect(
      h.send('RESOLVE', 'district-organisation-department', day(9), { outcome: '区房管局督办' }).ok,
    ).toBe(true);
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().context.escalations.map((e) => e.to)).toEqual([
      'residential-area',
      'street',
      'district',
    ]);
  });

  it('the profile’s escalation period sends an unresolved matter up on TICK (complex: 15 days)', () => {
    const h = start();
    expect(h.actor.getSnapshot().context.deadlines.escalation?.due.lastDay).toBe('2026-03-17');
    h.send('TICK', 'system', '2026-03-17T23:59:59+08:00');
    expect(h.actor.getSnapshot().context.level).toBe('complex');
    h.send('TICK', 'system', '2026-03-18T00:00:00+08:00');
    expect(h.actor.getSnapshot().context.level).toBe('residential-area');
    expect(h.emitted.find((e) => e.type === 'escalated')).toMatchObject({
      escalation: { cause: 'period-elapsed', to: 'residential-area' },
    });
    expect(h.actor.getSnapshot().context.deadlines.escalation?.due.lastDay).toBe('2026-04-17');
  });

  it('no escalation deadline at the district', () => {
    const h = start({ level: 'district' });
    expect(h.actor.getSnapshot().context.deadlines.escalation).toBeUndefined();
  });
});

describe('mediation (SH 36)', () => {
  it('an agreement resolves; no agreement returns to the level; not above the residential area', () => {
    const h = start();
    expect(h.send('REQUEST_MEDIATION', 'residents-committee', day(1)).ok).toBe(true);
    expect(
      h.send('MEDIATION_CONCLUDED', 'mediation-committee', day(2), {
        agreed: false,
        record: '未达成',
      }).ok,
    ).toBe(true);
    expect(h.actor.getSnapshot().value).toEqual({ open: 'atLevel' });
    h.send('REQUEST_MEDIATION', 'owner', day(3));
    h.send('MEDIATION_CONCLUDED', 'mediation-committee', day(4), {
      agreed: true,
      record: '达成调解协议',
    });
    expect(h.actor.getSnapshot().context.outcome).toMatchObject({
      level: 'complex',
      text: '达成调解协议',
    });
    const s = start({ level: 'street' });
    expect(refusal(s.send('REQUEST_MEDIATION', 'owner', day(1))).rule?.id).toBe(
      'mediation-below-street',
    );
  });
});
