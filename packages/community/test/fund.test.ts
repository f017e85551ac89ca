// The maintenance fund's processes run on a host through the community coordinator: an emergency
// lift repair whose 7-day review lapses is marked missed by the host's scheduler and repaired by
// the district housing department (SH 73 ¶3: "业主委员会未在七日内审核同意，且已影响房屋正常使用
// 或者居民人身财产安全的，区房屋行政管理部门可以组织代为维修").
import { EMERGENCY_REVIEW } from '@jiayuan/assembly';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Complex, MACHINE_IDS } from '../src/index.js';
import { D, ev, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

it('runs an emergency repair: the scheduler marks the review missed at 24:00 of day 7', async () => {
  t.setClock(D('2026-09-14T08:00:00'));
  const started = await complex.start(
    'fund-emergency',
    {
      repairId: 'lift-5-2',
      complexId: 'c1',
      startedAt: D('2026-09-14T08:00:00'),
      assemblyFormed: true,
    },
    'lift-5-2',
  );
  if (!started.ok) throw new Error(JSON.stringify(started.rejection));
  expect(started.processId).toBe('c1/fund-emergency/fund-emergency:lift-5-2#1');
  expect((await t.host.get(started.processId)).envelope.machine).toBe(MACHINE_IDS.fundEmergency);
  const reported = await complex.sendTrusted(
    started.processId,
    ev('REPORT_EMERGENCY', 'property-firm', D('2026-09-14T10:30:00'), {
      kind: 'lift-stopped',
      plan: '5号楼2号电梯更换曳引机',
      estimateFen: 23_800_000,
      evidence: '整改通知书（要求停运）2026-TZ-0312',
    }),
  );
  expect(reported.ok).toBe(true);
  // 7 days from 09-15: due 24:00 of 09-21. One second before, nothing is due.
  const review = async () => {
    const { envelope } = await t.host.get(started.processId);
    const context = (
      envelope.snapshot as { context: { deadlines: Record<string, { status: string }> } }
    ).context;
    return context.deadlines[EMERGENCY_REVIEW]?.status;
  };
  t.setClock(D('2026-09-21T23:59:59'));
  await complex.deliverDue();
  expect(await review()).toBe('pending');
  t.setClock(D('2026-09-22T00:00:00'));
  await complex.deliverDue();
  expect(await review()).toBe('missed');
  const substitute = await complex.sendTrusted(
    started.processId,
    ev('SUBSTITUTE_REPAIR', 'district-housing-bureau', D('2026-09-22T09:00:00'), {
      finding: '高层住户无电梯可用，影响居民人身安全',
    }),
  );
  expect(substitute.ok).toBe(true);
  expect(await t.host.verify(started.processId)).toMatchObject({ ok: true });
});
