import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dutiesFor, matterMachine, nextYearlyDate } from '../../src/index.js';
import { refusal, startCalendar, T0 } from './support.js';

const open = (h: ReturnType<typeof startCalendar>) =>
  h.actor
    .getSnapshot()
    .context.obligations.filter((o) => o.status !== 'published')
    .map((o) => `${o.id} ${o.dueAt ?? '-'}`);

describe('the calendar by fee model (SH 48)', () => {
  it('commission: the yearly accounts and budget are due; no pre-increase report', () => {
    const h = startCalendar();
    expect(open(h)).toEqual([
      'service-and-fees#1 -',
      'annual-accounts#1 2027-03-02T16:00:00.000Z',
      // SH 66 ¶2: the calendar half-year and quarter the calendar starts in (03-02).
      'maintenance-fund#1 2026-06-30T16:00:00.000Z',
      'public-revenue#1 2026-03-31T16:00:00.000Z',
      'committee-decisions#1 -',
      'annual-audit#1 2026-06-30T16:00:00.000Z',
      // SH 47 ¶2 定期: the profile's yearly period, 2026-03-03 … 2027-03-02 (CC 201, 203).
      'firm-records#1 2027-03-02T16:00:00.000Z',
    ]);
    expect(h.obligation('annual-accounts')?.cite).toEqual(['SH-48-commission']);
    expect(h.obligation('maintenance-fund')?.cite).toEqual(['SH-66']);
  });

  it('lump sum: no yearly accounts; the report opens with a planned increase, due the day before', () => {
    const h = startCalendar({ feeModel: 'lump-sum' });
    expect(h.obligation('annual-accounts')).toBeUndefined();
    expect(h.obligation('lump-sum-report')).toBeUndefined();
    const same = refusal(
      h.send('PLAN_FEE_INCREASE', 'property-firm', T0, { effectiveOn: '2026-03-02' }),
    );
    expect(same.rule?.id).toBe('increase-ahead');
    expect(same.rule?.citations).toEqual(['SH-48-lump-sum']);
    expect(h.send('PLAN_FEE_INCREASE', 'property-firm', T0, { effectiveOn: '2026-04-01' }).ok).toBe(
      true,
    );
    expect(h.obligation('lump-sum-report')).toMatchObject({
      status: 'due',
      dueAt: '2026-03-31T16:00:00.000Z',
    });
    h.send('TICK', 'system', '2026-03-31T23:59:59.999+08:00');
    expect(h.obligation('lump-sum-report')?.status).toBe('due');
    h.send('TICK', 'system', '2026-04-01T00:00:00+08:00');
    expect(h.obligation('lump-sum-report')?.status).toBe('overdue');
  });

  it('a commission complex refuses a lump-sum report and its trigger, with the source', () => {
    const h = startCalendar();
    const r = refusal(
      h.send('PLAN_FEE_INCREASE', 'property-firm', T0, { effectiveOn: '2026-05-01' }),
    );
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.id).toBe('lump-sum-model');
    const p = refusal(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'lump-sum-report', evidence: 'x' }),
    );
    expect(p.rule?.id).toBe('duty-applies');
    expect(p.message['zh-CN']).toContain('酬金制');
  });

  it('other profiles: Beijing binds all firms to yearly accounts; national sets no periods', () => {
    const bj = dutiesFor(PROFILES.beijing.disclosure, 'lump-sum').map((p) => p.duty);
    expect(bj).toContain('annual-accounts');
    expect(bj).not.toContain('lump-sum-report');
    const nat = dutiesFor(PROFILES.national.disclosure, 'commission');
    // CC 943 (the firm's services and fees) and SPC 13 (decisions and minutes) bind nationally.
    expect(nat.map((p) => [p.duty, p.publisher, p.schedule.kind])).toEqual([
      ['service-and-fees', 'firm', 'standing'],
      ['maintenance-fund', 'either', 'standing'],
      ['public-revenue', 'either', 'standing'],
      ['committee-decisions', 'committee', 'standing'],
      ['annual-audit', 'committee', 'standing'],
      ['term-end-audit', 'committee', 'on-trigger'],
    ]);
  });
});

describe('publishing (evidence, publisher, something due)', () => {
  it('refuses a posting without evidence, citing the duty', () => {
    const h = startCalendar();
    for (const evidence of [undefined, '', '   ']) {
      const r = refusal(
        h.send('PUBLISH', 'property-firm', T0, {
          duty: 'service-and-fees',
          ...(evidence === undefined ? {} : { evidence }),
        }),
      );
      expect(r.code).toBe('rule-violated');
      expect(r.rule?.id).toBe('evidence-required');
      expect(r.details).toMatchObject({ cite: ['SH-48', 'JA-2-4-4'] });
      expect(r.message.en).toContain('evidence');
    }
    expect(h.obligation('service-and-fees')?.status).toBe('due');
  });

  it('only the named publisher posts (SH 48: firm; SH 67: committee; SH 66: either)', () => {
    const h = startCalendar();
    const r = refusal(
      h.send('PUBLISH', 'committee-chair', T0, { duty: 'annual-accounts', evidence: 'e' }),
    );
    expect(r.rule?.id).toBe('publisher-of-duty');
    expect(
      refusal(h.send('PUBLISH', 'property-firm', T0, { duty: 'annual-audit', evidence: 'e' })).rule
        ?.id,
    ).toBe('publisher-of-duty');
    expect(
      refusal(h.send('PUBLISH', 'owner', T0, { duty: 'annual-audit', evidence: 'e' })).code,
    ).toBe('not-permitted');
    expect(
      h.send('PUBLISH', 'property-firm', T0, { duty: 'public-revenue', evidence: 'e' }).ok,
    ).toBe(true);
    expect(h.send('PUBLISH', 'committee', T0, { duty: 'maintenance-fund', evidence: 'e' }).ok).toBe(
      true,
    );
  });

  it('a term-end audit is not due before an election; then within one month', () => {
    const h = startCalendar();
    expect(
      refusal(h.send('PUBLISH', 'committee-chair', T0, { duty: 'term-end-audit', evidence: 'e' }))
        .rule?.id,
    ).toBe('duty-due');
    h.send('COMMITTEE_ELECTED', 'street-office', '2026-05-10T10:00:00+08:00');
    expect(h.obligation('term-end-audit')).toMatchObject({
      status: 'due',
      dueAt: '2026-06-10T16:00:00.000Z',
      cite: ['SH-6-11-term', 'SH-67'],
    });
  });

  it('a recurring duty posted opens its next period; a standing one reposts', () => {
    const h = startCalendar();
    const at = '2026-03-20T10:00:00+08:00';
    h.send('PUBLISH', 'committee-chair', at, { duty: 'public-revenue', evidence: 'board-0520' });
    expect(h.obligation('public-revenue', 1)).toMatchObject({
      status: 'published',
      evidence: 'board-0520',
      late: false,
      publishedBy: 'committee-chair-1',
    });
    expect(h.obligation('public-revenue', 2)).toMatchObject({
      status: 'due',
      dueAt: '2026-06-30T16:00:00.000Z',
    });
    h.send('PUBLISH', 'committee', at, { duty: 'committee-decisions', evidence: 'd1' });
    h.send('PUBLISH', 'committee', at, { duty: 'committee-decisions', evidence: 'd2' });
    expect(h.obligation('committee-decisions')).toMatchObject({ cycle: 2, evidence: 'd2' });
  });
});

describe('overdue duties raise complex-level matters (JA 二(一)4)', () => {
  it('quarterly public revenue: due until 24:00 of the last day, then overdue with a matter', () => {
    const h = startCalendar();
    h.send('TICK', 'system', '2026-03-31T23:59:59.999+08:00');
    expect(h.obligation('public-revenue')?.status).toBe('due');
    expect(h.emitted.filter((e) => e.type === 'obligation-overdue')).toEqual([]);
    h.send('TICK', 'system', '2026-04-01T00:00:00+08:00');
    expect(h.obligation('public-revenue')).toMatchObject({
      status: 'overdue',
      overdueAt: '2026-04-01T00:00:00+08:00',
    });
    const raised = h.emitted.filter((e) => e.type === 'obligation-overdue');
    expect(raised).toHaveLength(1);
    const matter = raised[0]?.type === 'obligation-overdue' ? raised[0].matter : undefined;
    expect(matter).toMatchObject({
      matterId: 'c1:disclosure:public-revenue#1',
      complexId: 'c1',
      level: 'complex',
    });
    // A host starts the matter straight from the emitted input.
    const m = createActor(matterMachine, { input: matter as never }).start();
    expect(m.getSnapshot().context.source).toContain('DISC-4');
    // Ticking again raises nothing new.
    h.send('TICK', 'system', '2026-04-02T00:00:00+08:00');
    expect(h.actor.getSnapshot().context.raised).toEqual(['c1:disclosure:public-revenue#1']);
    // Posting late is recorded as late; the next quarter is the calendar's second (SH 66 ¶2).
    h.send('PUBLISH', 'property-firm', '2026-04-10T10:00:00+08:00', {
      duty: 'public-revenue',
      evidence: 'e',
    });
    expect(h.obligation('public-revenue', 1)).toMatchObject({ status: 'published', late: true });
    expect(h.obligation('public-revenue', 2)?.dueAt).toBe('2026-06-30T16:00:00.000Z');
  });

  it('the annual audit (by 30 June, posted 30 days): next year after posting, late or not', () => {
    const h = startCalendar();
    h.send('PUBLISH', 'committee-chair', '2026-06-20T10:00:00+08:00', {
      duty: 'annual-audit',
      evidence: 'audit-2025',
    });
    expect(h.obligation('annual-audit', 1)?.postedUntil).toBe('2026-07-20T16:00:00.000Z');
    expect(h.obligation('annual-audit', 2)?.dueAt).toBe('2027-06-30T16:00:00.000Z');
    const late = startCalendar();
    late.send('TICK', 'system', '2026-07-01T00:00:00+08:00');
    expect(late.obligation('annual-audit')?.status).toBe('overdue');
    late.send('PUBLISH', 'committee', '2026-07-10T10:00:00+08:00', {
      duty: 'annual-audit',
      evidence: 'audit-2025',
    });
    expect(late.obligation('annual-audit', 2)?.dueAt).toBe('2027-06-30T16:00:00.000Z');
  });

  it('posting after the due time but before a tick is late, and raises no matter', () => {
    const h = startCalendar();
    h.send('PUBLISH', 'property-firm', '2026-04-01T08:00:00+08:00', {
      duty: 'public-revenue',
      evidence: 'e',
    });
    expect(h.obligation('public-revenue', 1)).toMatchObject({ late: true });
    expect(h.actor.getSnapshot().context.raised).toEqual([]);
  });
});

describe('closing', () => {
  it('ends the calendar; later inputs are refused as process-ended', () => {
    const h = startCalendar();
    expect(h.send('CLOSE_CALENDAR', 'street-office', T0, { reason: '物业更换' }).ok).toBe(true);
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(refusal(h.send('TICK', 'system', T0)).code).toBe('process-ended');
  });
});

describe('nextYearlyDate', () => {
  it('is strictly after the given day and clamps to the month end', () => {
    expect(nextYearlyDate('2026-06-29', 6, 30)).toBe('2026-06-30');
    expect(nextYearlyDate('2026-06-30', 6, 30)).toBe('2027-06-30');
    expect(nextYearlyDate('2027-03-01', 2, 29)).toBe('2028-02-29');
    expect(nextYearlyDate('2026-03-01', 2, 31)).toBe('2027-02-28');
  });
});
