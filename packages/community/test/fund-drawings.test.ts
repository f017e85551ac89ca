// The fund's drawings reach its half-yearly accounts through the coordinator. SH 66 ¶2: "业主委员会
// 和受委托的物业服务企业应当至少每半年公布一次专项维修资金的收支情况，每季度公布一次公共收益的收支情况，
// 并接受业主的监督". SH 73 ¶3 (二): "维修、更新费用经具有相应资质的中介机构审价后，在专项维修资金中列支".
// BJ 84 ¶3: "业主大会或者业主委员会自行管理共有资金的，应当每季度公布一次自行管理账目".
import { beijing } from '@jiayuan/core';
import type { DisclosureContext } from '@jiayuan/joint-meeting';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CommunityResult, Complex } from '../src/index.js';
import { D, ev, ok, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

async function calendar(o: Record<string, unknown> = {}): Promise<string> {
  const s = ok(
    await complex.start('disclosure', {
      complexId: 'c1',
      feeModel: 'commission',
      startAt: D('2026-01-05T09:00:00'),
      ...o,
    }),
  );
  return s.processId;
}

const contextOf = async (processId: string) =>
  (await complex.processes()).find((p) => p.processId === processId)
    ?.context as unknown as DisclosureContext;

/** Building 3's lift renewed from the fund (SH 69: the part's owners decided), costs drawn `at`. */
async function liftRepair(
  at: string,
  o: Record<string, unknown> = {},
  direct = false,
): Promise<{ processId: string; drawn: CommunityResult }> {
  const s = ok(
    await complex.start(
      'fund-use',
      { useId: 'lift-b3', complexId: 'c1', startedAt: D('2026-01-06T09:00:00'), ...o },
      'lift-b3',
    ),
  );
  // `direct`: through the host, past the coordinator, as another part of a host application may.
  const through = (event: Record<string, unknown>): Promise<CommunityResult> =>
    direct
      ? t.host
          .sendTrusted(s.processId, event)
          .then((r) =>
            r.ok
              ? { ok: true, processId: s.processId, state: r, reactions: [] }
              : { ok: false, processId: s.processId, rejection: r.rejection },
          )
      : complex.sendTrusted(s.processId, event);
  const send = async (type: string, role: string, when: string, p = {}) =>
    ok(await through(ev(type, role, D(when), p)));
  await send('PROPOSE_PLAN', 'committee', '2026-01-06T10:00:00', {
    title: '3号楼电梯更新',
    part: 'B3',
    estimateFen: 42_000_000,
    documents: '维修方案及预算书',
  });
  await send('REVIEW_PRICE', 'property-firm', '2026-01-20T10:00:00', {
    reportId: '审价-2026-007',
    reviewedFen: 40_500_000,
  });
  await send('REVIEW_PROCEDURE', 'housing-office', '2026-01-21T10:00:00', { evidence: '审核' });
  await send('SUBMIT_TO_OWNERS', 'committee', '2026-01-22T10:00:00', { itemId: 'lift-b3' });
  await send('OWNERS_DECIDED', 'committee', '2026-02-20T10:00:00', {
    meetingId: 'm-1',
    itemId: 'lift-b3',
    kind: 'use-maintenance-fund',
    majority: 'ordinary',
    part: 'B3',
    passed: true,
  });
  await send('START_WORKS', 'property-firm', '2026-02-21T10:00:00');
  const drawn = await through(
    ev('POST_COSTS', 'committee', at, {
      costFen: 40_100_000,
      reportId: '审价-2026-007',
      evidence: '公告栏照片',
    }),
  );
  return { processId: s.processId, drawn };
}

/** An emergency pump repair of the whole complex, approved in time, costs drawn `at`. */
async function pumpRepair(id: string, at: string): Promise<CommunityResult> {
  const s = ok(
    await complex.start(
      'fund-emergency',
      { repairId: id, complexId: 'c1', startedAt: D('2026-06-01T08:00:00'), assemblyFormed: true },
      id,
    ),
  );
  ok(
    await complex.sendTrusted(
      s.processId,
      ev('REPORT_EMERGENCY', 'property-firm', D('2026-06-01T10:00:00'), {
        kind: 'water-pump-or-tank',
        plan: '更换二次供水水泵',
        estimateFen: 3_000_000,
        evidence: '水泵故障报告',
      }),
    ),
  );
  ok(
    await complex.sendTrusted(
      s.processId,
      ev('APPROVE_PLAN', 'committee', D('2026-06-03T10:00:00')),
    ),
  );
  return complex.sendTrusted(
    s.processId,
    ev('DRAW_COSTS', 'property-firm', at, { costFen: 2_870_000, reportId: `审价-${id}` }),
  );
}

const publish = (processId: string, at: string, drawings: readonly string[]) =>
  complex.sendTrusted(
    processId,
    ev('PUBLISH', 'committee', at, { duty: 'maintenance-fund', evidence: '公告栏照片', drawings }),
  );

describe('a fund process’s drawing is recorded on the complex’s disclosure calendar', () => {
  it('the lift repair drawn 2026-03-10 waits, and the half-year’s posting lists it', async () => {
    const cal = await calendar();
    const { processId, drawn } = await liftRepair(D('2026-03-10T10:00:00'));
    const reactions = ok(drawn).reactions;
    expect(reactions.map((r) => [r.kind, r.processId, r.cite])).toEqual([
      ['fund-drawing-recorded', cal, ['SH-66']],
    ]);
    expect(reactions[0]?.message.en).toMatch(/¥401,000\.00 .* recorded/);
    expect((await contextOf(cal)).awaitingDrawings).toEqual([
      {
        drawingId: processId,
        source: 'fund-use',
        drawnAt: D('2026-03-10T10:00:00'),
        costFen: 40_100_000,
        reportId: '审价-2026-007',
        part: 'B3',
        recordedAt: D('2026-03-10T10:00:00'),
      },
    ]);
    // A posting that leaves it out is refused by the calendar (rule drawings-listed).
    const silent = await publish(cal, D('2026-06-20T10:00:00'), []);
    expect(!silent.ok && silent.rejection.rule?.id).toBe('drawings-listed');
    ok(await publish(cal, D('2026-06-20T10:00:00'), [processId]));
    const c = await contextOf(cal);
    const h1 = c.obligations.find((o) => o.id === 'maintenance-fund#1');
    expect(h1?.drawings?.map((d) => [d.drawingId, d.costFen, d.part])).toEqual([
      [processId, 40_100_000, 'B3'],
    ]);
    expect(c.awaitingDrawings).toEqual([]);
  });

  it('at the second: drawn 23:59:59 before a 00:00:00 posting is listed; drawn after, the next half-year', async () => {
    const cal = await calendar();
    const before = ok(await pumpRepair('pump-1', D('2026-06-29T23:59:59')));
    const beforeId = before.processId;
    ok(await publish(cal, D('2026-06-30T00:00:00'), [beforeId]));
    const after = ok(await pumpRepair('pump-2', D('2026-06-30T00:00:01')));
    expect(after.reactions.map((r) => r.kind)).toEqual(['fund-drawing-recorded']);
    let c = await contextOf(cal);
    expect(c.obligations.find((o) => o.id === 'maintenance-fund#1')?.drawings).toMatchObject([
      { drawingId: beforeId, source: 'fund-emergency', part: null, costFen: 2_870_000 },
    ]);
    expect(c.awaitingDrawings.map((d) => d.drawingId)).toEqual([after.processId]);
    ok(await publish(cal, D('2026-12-20T10:00:00'), [after.processId]));
    c = await contextOf(cal);
    expect(c.obligations.find((o) => o.id === 'maintenance-fund#2')?.drawings).toMatchObject([
      { drawingId: after.processId, drawnAt: D('2026-06-30T00:00:01') },
    ]);
  });

  it('with no calendar the drawing is reported as not recorded, not dropped', async () => {
    const r = ok(await pumpRepair('pump-1', D('2026-06-10T10:00:00')));
    expect(r.reactions.map((x) => [x.kind, x.processId, x.cite])).toEqual([
      ['fund-drawing-not-recorded', r.processId, ['SH-66']],
    ]);
    expect(r.reactions[0]?.message['zh-CN']).toMatch(/没有进行中的信息公开日历/);
  });

  it('a beijing calendar whose fund the city keeps refuses it: reported citing BJ 84', async () => {
    const cal = await calendar({ profile: beijing });
    const { drawn } = await liftRepair(D('2026-03-10T10:00:00'), { profile: beijing });
    const r = ok(drawn);
    expect(r.reactions.map((x) => [x.kind, x.processId, x.cite])).toEqual([
      ['fund-drawing-not-recorded', cal, ['BJ-84']],
    ]);
    expect(r.reactions[0]?.message.en).toMatch(/did not record .* not a duty of this complex/);
    expect((await contextOf(cal)).awaitingDrawings).toEqual([]);
  });

  it('a drawing whose post the coordinator did not see is read back from the fund process', async () => {
    const cal = await calendar();
    const { processId } = await liftRepair(D('2026-03-10T10:00:00'), {}, true);
    // Another consumer of the host's outbox took the fund process's `post`.
    let taken = 0;
    await t.host.store.drainOutbox(() => {
      taken += 1;
    }, 1000);
    expect(taken).toBeGreaterThan(0);
    expect((await contextOf(cal)).awaitingDrawings).toEqual([]);
    const reactions = await complex.deliverDue();
    expect(reactions.map((r) => [r.kind, r.processId])).toEqual([['fund-drawing-recorded', cal]]);
    expect((await contextOf(cal)).awaitingDrawings).toMatchObject([
      { drawingId: processId, part: 'B3', costFen: 40_100_000, drawnAt: D('2026-03-10T10:00:00') },
    ]);
    // Once: the next pass finds it waiting.
    expect(await complex.deliverDue()).toEqual([]);
  });

  it('a drawing made before the calendar started is not taken up by it', async () => {
    const early = ok(await pumpRepair('pump-1', D('2026-06-10T10:00:00')));
    expect(early.reactions.map((r) => r.kind)).toEqual(['fund-drawing-not-recorded']);
    const started = ok(
      await complex.start('disclosure', {
        complexId: 'c1',
        feeModel: 'commission',
        startAt: D('2026-06-10T10:00:01'),
      }),
    );
    expect(started.reactions).toEqual([]);
    expect((await contextOf(started.processId)).awaitingDrawings).toEqual([]);
  });

  it('a drawing the calendar refused is reported once, not sent again', async () => {
    const cal = await calendar({ profile: beijing });
    const { drawn } = await liftRepair(D('2026-03-10T10:00:00'), { profile: beijing });
    expect(ok(drawn).reactions.map((r) => r.kind)).toEqual(['fund-drawing-not-recorded']);
    expect(await complex.deliverDue()).toEqual([]);
    expect(await t.host.refusals(cal)).toHaveLength(1);
  });
});
