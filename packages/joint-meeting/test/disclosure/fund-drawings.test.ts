// The maintenance fund's drawings reach its half-yearly accounts. SH 66 ¶2: "业主委员会和受委托的物业
// 服务企业应当至少每半年公布一次专项维修资金的收支情况，每季度公布一次公共收益的收支情况，并接受业主的
// 监督". A drawing (RECORD_FUND_DRAWING, sent by the host's coordinator) waits in the calendar until
// the next accepted posting of the fund's accounts, which must name it (rule `drawings-listed`)
// and lists it; a drawing recorded after that posting waits for the next period's.
// BJ 84 ¶3: "业主大会或者业主委员会自行管理共有资金的，应当每季度公布一次自行管理账目".
import { beijing } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { MAX_AWAITING_DRAWINGS } from '../../src/index.js';
import { type DHarness, refusal, startCalendar } from './support.js';

const at = (s: string) => `${s}+08:00`;
const FUND = 'maintenance-fund';

/** A lift repair's costs, drawn at `drawnAt`, recorded then. */
const drawing = (id: string, drawnAt: string, o: Record<string, unknown> = {}) => ({
  drawingId: id,
  source: 'fund-use',
  drawnAt,
  costFen: 40_100_000,
  reportId: '审价-2026-007',
  part: '3号楼',
  ...o,
});

const record = (h: DHarness, id: string, drawnAt: string, o: Record<string, unknown> = {}) =>
  h.send('RECORD_FUND_DRAWING', 'system', drawnAt, drawing(id, drawnAt, o));

const publish = (h: DHarness, when: string, drawings?: readonly string[], role = 'committee') =>
  h.send('PUBLISH', role, when, {
    duty: FUND,
    evidence: '公告栏照片',
    ...(drawings === undefined ? {} : { drawings }),
  });

const waiting = (h: DHarness) =>
  h.actor.getSnapshot().context.awaitingDrawings.map((d) => d.drawingId);

describe('a drawing waits for the next posting of the fund’s accounts (SH 66 ¶2)', () => {
  it('is recorded from the system only, as the coordinator sends it', () => {
    const h = startCalendar();
    const firm = h.send(
      'RECORD_FUND_DRAWING',
      'property-firm',
      at('2026-03-10T10:00:00'),
      drawing('lift', at('2026-03-10T10:00:00')),
    );
    expect(refusal(firm).code).toBe('not-permitted');
    expect(record(h, 'lift', at('2026-03-10T10:00:00')).ok).toBe(true);
    expect(h.actor.getSnapshot().context.awaitingDrawings).toEqual([
      { ...drawing('lift', at('2026-03-10T10:00:00')), recordedAt: at('2026-03-10T10:00:00') },
    ]);
  });

  it('a posting that leaves a waiting drawing out is refused, naming it; naming it is taken', () => {
    const h = startCalendar();
    record(h, 'lift', at('2026-03-10T10:00:00'));
    record(h, 'pump', at('2026-04-02T10:00:00'), { source: 'fund-emergency', part: null });
    const silent = refusal(publish(h, at('2026-06-20T10:00:00')));
    expect(silent.rule?.id).toBe('drawings-listed');
    expect(silent.details).toMatchObject({ missing: ['lift', 'pump'], unknown: [], repeated: [] });
    expect(silent.message?.en).toMatch(/leaves out the waiting drawings lift and pump/);
    expect(silent.message?.['zh-CN']).toMatch(/未列明待公布的列支 lift、pump/);
    const partial = refusal(publish(h, at('2026-06-20T10:00:00'), ['lift', 'lift', 'crane']));
    expect(partial.details).toMatchObject({
      missing: ['pump'],
      unknown: ['crane'],
      repeated: ['lift'],
    });
    expect(h.obligation(FUND, 1)?.status).toBe('due');
    expect(waiting(h)).toEqual(['lift', 'pump']);
    expect(publish(h, at('2026-06-20T10:00:00'), ['pump', 'lift']).ok).toBe(true);
    const posted = h.obligation(FUND, 1);
    expect(posted?.status).toBe('published');
    expect(posted?.drawings?.map((d) => [d.drawingId, d.costFen, d.part])).toEqual([
      ['lift', 40_100_000, '3号楼'],
      ['pump', 40_100_000, null],
    ]);
    expect(waiting(h)).toEqual([]);
    const emitted = h.emitted.find((e) => e.type === 'obligation-published');
    expect(emitted?.obligation.drawings).toHaveLength(2);
  });

  it('with nothing waiting the posting names none, and lists none', () => {
    const h = startCalendar();
    expect(publish(h, at('2026-06-20T10:00:00')).ok).toBe(true);
    expect(h.obligation(FUND, 1)?.drawings).toEqual([]);
  });

  it('the boundary is the posting’s second: one second before is listed, after is the next period’s', () => {
    const h = startCalendar();
    // Posted at 00:00:00 of 06-30; drawn at 23:59:59 of 06-29, one second before.
    expect(record(h, 'before', at('2026-06-29T23:59:59')).ok).toBe(true);
    expect(publish(h, at('2026-06-30T00:00:00'), ['before']).ok).toBe(true);
    // Drawn at the posting's second but recorded after it, and one second after: the H2 accounts.
    expect(record(h, 'same-second', at('2026-06-30T00:00:00')).ok).toBe(true);
    expect(record(h, 'after', at('2026-06-30T00:00:01')).ok).toBe(true);
    expect(h.obligation(FUND, 1)?.drawings?.map((d) => d.drawingId)).toEqual(['before']);
    expect(waiting(h)).toEqual(['same-second', 'after']);
    // The H2 period starts 07-01: a second posting in H1 is refused (SH 66 ¶2 每半年).
    expect(refusal(publish(h, at('2026-06-30T10:00:00'), waiting(h))).rule?.id).toBe('duty-due');
    expect(publish(h, at('2026-09-30T10:00:00'), ['same-second', 'after']).ok).toBe(true);
    expect(h.obligation(FUND, 2)?.drawings?.map((d) => d.drawingId)).toEqual([
      'same-second',
      'after',
    ]);
  });

  it('is recorded once: not again while waiting, nor once posted', () => {
    const h = startCalendar();
    record(h, 'lift', at('2026-03-10T10:00:00'));
    const again = refusal(record(h, 'lift', at('2026-03-11T10:00:00')));
    expect(again.rule?.id).toBe('drawing-once');
    expect(again.details).toEqual({ drawingId: 'lift', posted: false });
    publish(h, at('2026-06-20T10:00:00'), ['lift']);
    const posted = refusal(record(h, 'lift', at('2026-07-02T10:00:00')));
    expect(posted.details).toEqual({ drawingId: 'lift', posted: true });
    expect(posted.message?.en).toMatch(/already listed on posted accounts/);
  });

  it('is dated at or before the instant it is recorded', () => {
    const h = startCalendar();
    const when = at('2026-03-10T10:00:00');
    const ahead = h.send('RECORD_FUND_DRAWING', 'system', when, {
      ...drawing('lift', at('2026-03-10T10:00:01')),
    });
    expect(refusal(ahead).rule?.id).toBe('drawing-not-ahead');
    expect(h.send('RECORD_FUND_DRAWING', 'system', when, drawing('lift', when)).ok).toBe(true);
  });

  it(`keeps at most ${MAX_AWAITING_DRAWINGS} waiting: one more is refused until a posting`, () => {
    const h = startCalendar();
    const when = at('2026-03-10T10:00:00');
    for (let i = 0; i < MAX_AWAITING_DRAWINGS; i++) expect(record(h, `d${i}`, when).ok).toBe(true);
    expect(refusal(record(h, 'one-more', when)).rule?.id).toBe('drawings-room');
    expect(publish(h, at('2026-06-20T10:00:00'), waiting(h)).ok).toBe(true);
    expect(record(h, 'one-more', at('2026-07-01T10:00:00')).ok).toBe(true);
  });

  it('a drawing with a blank report or a negative amount is malformed, not a crash', () => {
    const h = startCalendar();
    const when = at('2026-03-10T10:00:00');
    for (const bad of [{ reportId: '' }, { costFen: -1 }, { costFen: 1.5 }, { part: '' }]) {
      expect(refusal(record(h, 'x', when, bad)).code).toBe('invalid-event');
    }
    // A host process id as the drawing's id: up to 1,000 characters.
    expect(refusal(record(h, 'p'.repeat(1001), when)).code).toBe('invalid-event');
    expect(record(h, 'p'.repeat(1000), when).ok).toBe(true);
  });

  it('no other duty’s posting names drawings', () => {
    const h = startCalendar();
    record(h, 'lift', at('2026-03-10T10:00:00'));
    const r = refusal(
      h.send('PUBLISH', 'committee', at('2026-03-20T10:00:00'), {
        duty: 'public-revenue',
        evidence: 'e',
        drawings: ['lift'],
      }),
    );
    expect(r.rule?.id).toBe('drawings-listed');
    expect(r.message?.['zh-CN']).toMatch(/只列入“专项维修资金收支情况”/);
    expect(waiting(h)).toEqual(['lift']);
  });
});

describe('under beijing the fund’s accounts bind self-managed funds only (BJ 84 ¶3)', () => {
  it('kept by the city’s fund office: no posting to wait for, refused citing BJ 84', () => {
    const h = startCalendar({ profile: beijing });
    const r = refusal(record(h, 'lift', at('2026-03-10T10:00:00')));
    expect(r.rule?.id).toBe('fund-duty-binds');
    expect(r.rule?.citations).toEqual(['BJ-84']);
    expect(r.message?.en).toMatch(/not a duty of this complex \(beijing\)/);
  });

  it('self-managed: the committee posts the quarter’s accounts with the drawing, not the firm', () => {
    const h = startCalendar({ profile: beijing, fundsSelfManaged: true });
    expect(record(h, 'lift', at('2026-03-10T10:00:00')).ok).toBe(true);
    const firm = refusal(publish(h, at('2026-03-20T10:00:00'), ['lift'], 'property-firm'));
    expect(firm.rule?.id).toBe('publisher-of-duty');
    expect(publish(h, at('2026-03-20T10:00:00'), ['lift']).ok).toBe(true);
    expect(h.obligation(FUND, 1)?.drawings?.map((d) => d.drawingId)).toEqual(['lift']);
  });
});
