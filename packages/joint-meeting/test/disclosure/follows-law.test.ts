// A disclosure calendar that follows Shanghai's law as it changes (core's profile histories): on
// each act's Shanghai day the calendar holds that day's edition and derives its duties again; a
// recurring period is owed under the edition of the day it falls due, and what fell due before a
// change is never rewritten.
//
// SH-6 (十一): "上一年度的年度财务审计应当在每年6月底前完成。" … "换届财务审计应当在新一届业主委员会选举产生后1个月内
// 完成。" Final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。" SH-36 is dated 2026年3月23日,
// SH-84 came in on 2026-06-04 ("自印发之日起试行"); neither changes a disclosure duty.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DisclosureInputError, disclosureMachine } from '../../src/index.js';
import { disclosureProperty } from '../../src/testing/index.js';
import { dInput, startCalendar } from './support.js';

const follows = { follows: 'shanghai' } as const;
const LAST_SECOND_OF_SH6 = '2026-06-30T23:59:59+08:00';
const FIRST_SECOND_AFTER = '2026-07-01T00:00:00+08:00';

const tick = (h: ReturnType<typeof startCalendar>, at: string) => {
  const r = h.send('TICK', 'system', at);
  if (!r.ok) throw new Error(r.rejection.message.en);
};
const publishAudit = (h: ReturnType<typeof startCalendar>, at: string) => {
  const r = h.send('PUBLISH', 'committee-chair', at, { duty: 'annual-audit', evidence: 'audit' });
  if (!r.ok) throw new Error(r.rejection.message.en);
};

describe('a disclosure calendar that follows the law as it changes', () => {
  it('takes SH-36 at 00:00:00 of 03-23 and SH-84 at 00:00:00 of 06-04, the duties unchanged', () => {
    const h = startCalendar({ profile: follows });
    const context = () => h.actor.getSnapshot().context;
    expect(context().law?.edition).toBe('shanghai@2023-12-28');
    const { plans, obligations, deadlines } = context();
    tick(h, '2026-03-22T23:59:59+08:00');
    expect(context().law?.edition).toBe('shanghai@2023-12-28');
    tick(h, '2026-03-23T00:00:00+08:00');
    expect(context().law?.edition).toBe('shanghai@2026-03-23');
    tick(h, '2026-06-03T23:59:59+08:00');
    expect(context().law?.edition).toBe('shanghai@2026-03-23');
    tick(h, '2026-06-04T00:00:00+08:00');
    expect(context().law?.edition).toBe('shanghai@2026-06-04');
    // Neither text changes a disclosure duty: the plans are derived again and come out the same,
    // and only the periods that fell due meanwhile moved (overdue), none derived anew.
    expect(context().plans).toEqual(plans);
    const open = (list: typeof obligations) => list.filter((o) => o.status === 'due');
    expect(open(context().obligations)).toEqual(
      open(obligations).filter((o) => o.dueAt === null || o.dueAt > '2026-06-03T16:00:00.000Z'),
    );
    for (const o of open(context().obligations))
      expect(context().deadlines[o.id]).toEqual(deadlines[o.id]);
  });

  it("keeps SH-6's audit date for a period due on 06-30 and re-derives the next one at 07-01", () => {
    const h = startCalendar({ profile: follows });
    expect(h.obligation('annual-audit', 1)).toMatchObject({
      dueAt: '2026-06-30T16:00:00.000Z',
      cite: ['SH-6-11', 'SH-67'],
    });
    publishAudit(h, LAST_SECOND_OF_SH6);
    expect(h.obligation('annual-audit', 1)).toMatchObject({ status: 'published', late: false });
    expect(h.obligation('annual-audit', 2)).toMatchObject({
      dueAt: '2027-06-30T16:00:00.000Z',
      cite: ['SH-6-11', 'SH-67'],
    });
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
    const published = h.obligation('annual-audit', 1);
    tick(h, FIRST_SECOND_AFTER);
    const { context } = h.actor.getSnapshot();
    expect(context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
    // The period that fell due under SH-6 is not rewritten; the one due in 2027 is derived under
    // the edition without SH-6: the same date (kept as a default), no longer citing SH-6.
    expect(h.obligation('annual-audit', 1)).toEqual(published);
    expect(h.obligation('annual-audit', 2)).toMatchObject({
      status: 'due',
      dueAt: '2027-06-30T16:00:00.000Z',
      cite: ['SH-67'],
    });
    expect(context.deadlines['annual-audit#2']?.cite).toEqual(['SH-67']);
    expect(context.plans.find((p) => p.duty === 'annual-audit')?.cite).toEqual(['SH-67']);
  });

  it('a period due at 24:00 of 06-30 and not posted stays SH-6’s and is overdue at 07-01', () => {
    const h = startCalendar({ profile: follows });
    tick(h, LAST_SECOND_OF_SH6);
    expect(h.obligation('annual-audit', 1)).toMatchObject({
      status: 'due',
      cite: ['SH-6-11', 'SH-67'],
    });
    tick(h, FIRST_SECOND_AFTER);
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
    expect(h.obligation('annual-audit', 1)).toMatchObject({
      status: 'overdue',
      overdueAt: FIRST_SECOND_AFTER,
      cite: ['SH-6-11', 'SH-67'],
    });
    // Posted at the first second after, it opens the next period under the new edition.
    publishAudit(h, '2026-07-01T00:00:01+08:00');
    expect(h.obligation('annual-audit', 1)).toMatchObject({ status: 'published', late: true });
    expect(h.obligation('annual-audit', 2)).toMatchObject({ cite: ['SH-67'] });
  });

  it('judges a period that fell due between two acts by the edition of its own last day', () => {
    // No act from the start until 07-05: the audit due by 24:00 of 06-30 fell due under SH-6 and
    // stays SH-6's, though the act that finds it overdue is judged by the July edition.
    const h = startCalendar({ profile: follows });
    tick(h, '2026-07-05T09:00:00+08:00');
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-07-01');
    expect(h.obligation('annual-audit', 1)).toMatchObject({
      status: 'overdue',
      dueAt: '2026-06-30T16:00:00.000Z',
      cite: ['SH-6-11', 'SH-67'],
    });
  });

  it('raises a matter that follows the law for a period overdue, and one fixed otherwise', () => {
    const matterOf = (h: ReturnType<typeof startCalendar>) =>
      h.emitted.find(
        (e) => e.type === 'obligation-overdue' && e.obligation.duty === 'annual-audit',
      );
    const following = startCalendar({ profile: follows });
    tick(following, FIRST_SECOND_AFTER);
    const raised = matterOf(following);
    expect(raised?.type === 'obligation-overdue' && raised.matter?.profile).toEqual(follows);
    const fixed = startCalendar();
    tick(fixed, FIRST_SECOND_AFTER);
    const plain = matterOf(fixed);
    expect(plain?.type === 'obligation-overdue' && plain.matter !== null).toBe(true);
    expect(plain?.type === 'obligation-overdue' && plain.matter?.profile).toBeUndefined();
  });

  it('keeps the term-end audit counted from an election under SH-6', () => {
    const h = startCalendar({ profile: follows });
    expect(h.send('COMMITTEE_ELECTED', 'street-office', LAST_SECOND_OF_SH6).ok).toBe(true);
    const counted = h.obligation('term-end-audit', 1);
    expect(counted).toMatchObject({
      cite: ['SH-6-11-term', 'SH-67'],
      dueAt: '2026-07-30T16:00:00.000Z',
    });
    tick(h, FIRST_SECOND_AFTER);
    expect(h.obligation('term-end-audit', 1)).toEqual(counted);
    // An election after the change is counted under the new edition.
    expect(h.send('COMMITTEE_ELECTED', 'street-office', '2026-07-02T10:00:00+08:00').ok).toBe(true);
    expect(h.obligation('term-end-audit', 2)?.cite).toEqual(['SH-67']);
  });

  it('leaves the held edition alone when an act after the change is refused', () => {
    const h = startCalendar({ profile: follows });
    tick(h, LAST_SECOND_OF_SH6);
    const before = h.actor.getPersistedSnapshot();
    const refused = h.send('PUBLISH', 'owner', FIRST_SECOND_AFTER, {
      duty: 'annual-audit',
      evidence: 'e',
    });
    expect(refused.ok).toBe(false);
    expect(h.actor.getPersistedSnapshot()).toEqual(before);
    expect(h.actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
  });

  it('carries the followed law through persistence and goes on switching after a restore', () => {
    const h = startCalendar({ profile: follows, fundsSelfManaged: true });
    publishAudit(h, LAST_SECOND_OF_SH6);
    const stored = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    expect(stored.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-06-04' });
    expect(stored.context.facts).toEqual({ fundsSelfManaged: true });
    const restored = createActor(disclosureMachine, { snapshot: stored, input: dInput() }).start();
    restored.send({ type: 'TICK', at: FIRST_SECOND_AFTER, by: { id: 's', role: 'system' } });
    const { context } = restored.getSnapshot();
    expect(context.law?.edition).toBe('shanghai@2026-07-01');
    expect(context.obligations.find((o) => o.id === 'annual-audit#2')?.cite).toEqual(['SH-67']);
  });

  it('keeps a fixed profile fixed, with no law and no facts in the context', () => {
    const h = startCalendar({ fundsSelfManaged: true });
    const { plans } = h.actor.getSnapshot().context;
    tick(h, FIRST_SECOND_AFTER);
    const { context } = h.actor.getSnapshot();
    expect(Object.hasOwn(context, 'law')).toBe(false);
    expect(Object.hasOwn(context, 'facts')).toBe(false);
    expect(context.plans).toBe(plans);
  });

  it('refuses a start before the history with a coded, bilingual input error naming the profile', () => {
    const errors: unknown[] = [];
    const early = createActor(disclosureMachine, {
      input: dInput({ startAt: '2022-10-21T23:59:59+08:00', profile: follows }),
    });
    early.subscribe({ error: (e) => errors.push(e) });
    early.start();
    expect(errors[0]).toBeInstanceOf(DisclosureInputError);
    expect(errors[0]).toMatchObject({ code: 'invalid-input', fields: ['profile'] });
    expect((errors[0] as DisclosureInputError).messages['zh-CN']).toContain(
      '信息公开日历的输入无效',
    );
    const first = createActor(disclosureMachine, {
      input: dInput({ startAt: '2022-10-22T00:00:00+08:00', profile: follows }),
    }).start();
    expect(first.getSnapshot().context.law?.edition).toBe('shanghai@2022-10-22');
  });
});

describe('a calendar that follows the law, fuzzed across the 2026 editions', () => {
  it('keeps the calendar invariants and the dispatch contract through 03-23, 06-04 and 07-01', {
    timeout: 120_000,
  }, () => {
    const input = dInput({ startAt: '2026-02-20T09:00:00+08:00', profile: follows });
    const stats = disclosureProperty({ input, numRuns: 100, maxEvents: 25, seed: 17 });
    expect(stats.runs).toBe(100);
  });
});
