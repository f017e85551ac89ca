import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { disclosureMachine } from '../../src/index.js';
import { dInput, startCalendar } from './support.js';

describe('disclosure: persist → JSON → restore → persist', () => {
  it('is equal and the restored calendar goes on', () => {
    const h = startCalendar({ feeModel: 'lump-sum' });
    h.send('PLAN_FEE_INCREASE', 'property-firm', '2026-03-05T10:00:00+08:00', {
      effectiveOn: '2026-04-01',
    });
    h.send('TICK', 'system', '2026-06-03T00:00:00+08:00');
    const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    const restored = createActor(disclosureMachine, { snapshot: json, input: dInput() }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'PUBLISH',
      at: '2026-06-05T10:00:00+08:00',
      by: { id: 'f', role: 'property-firm' },
      duty: 'lump-sum-report',
      evidence: 'audit-report-2025',
    });
    const report = restored
      .getSnapshot()
      .context.obligations.find((o) => o.id === 'lump-sum-report#1');
    expect(report).toMatchObject({ status: 'published', late: true });
  });
});
