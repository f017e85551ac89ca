import { buildElectorate, CIVIL_CODE_RULES, TallyCounter, tally } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot, rollOf, simpleRoll } from '../support/rolls.js';

const ordinary = CIVIL_CODE_RULES.ordinary;
const special = CIVIL_CODE_RULES.special;
const check = (r: ReturnType<typeof tally>, id: string) => r.checks.find((c) => c.id === id)!;

describe('tally at the legal boundaries (CC 278 ¶2, CC 1259)', () => {
  it('passes participation of exactly 2/3 of headcount and area ("以上" includes the bound)', () => {
    const e = buildElectorate(simpleRoll(3));
    const r = tally(e, [ballot('u1', 'o1', 'agree'), ballot('u2', 'o2', 'agree')], ordinary);
    expect(check(r, 'quorum-headcount')).toMatchObject({ part: 2, whole: 3, passed: true });
    expect(check(r, 'quorum-area')).toMatchObject({ part: 20000, whole: 30000, passed: true });
    expect(r.quorumMet).toBe(true);
    expect(r.passed).toBe(true);
  });

  it('fails participation one unit of area short of 2/3', () => {
    const roll = rollOf([
      { id: 'u1', owners: ['o1'], area: 10000 },
      { id: 'u2', owners: ['o2'], area: 9999 },
      { id: 'u3', owners: ['o3'], area: 10000 },
    ]);
    const r = tally(
      buildElectorate(roll),
      [ballot('u1', 'o1', 'agree'), ballot('u2', 'o2', 'agree')],
      ordinary,
    );
    expect(check(r, 'quorum-headcount').passed).toBe(true);
    expect(check(r, 'quorum-area')).toMatchObject({ part: 19999, whole: 29999, passed: false });
    expect(r.passed).toBe(false);
  });

  it('fails approval of exactly 1/2 ("过半数" excludes the bound)', () => {
    const e = buildElectorate(simpleRoll(4));
    const r = tally(
      e,
      [
        ballot('u1', 'o1', 'agree'),
        ballot('u2', 'o2', 'agree'),
        ballot('u3', 'o3', 'disagree'),
        ballot('u4', 'o4', 'disagree'),
      ],
      ordinary,
    );
    expect(check(r, 'approval-headcount')).toMatchObject({ part: 2, whole: 4, passed: false });
    expect(check(r, 'approval-area')).toMatchObject({ part: 20000, whole: 40000, passed: false });
    expect(r.quorumMet).toBe(true);
    expect(r.passed).toBe(false);
  });

  it('passes a special matter with exactly 3/4 of participants agreeing', () => {
    const e = buildElectorate(simpleRoll(4));
    const r = tally(
      e,
      [
        ballot('u1', 'o1', 'agree'),
        ballot('u2', 'o2', 'agree'),
        ballot('u3', 'o3', 'agree'),
        ballot('u4', 'o4', 'disagree'),
      ],
      special,
    );
    expect(check(r, 'approval-headcount')).toMatchObject({ part: 3, whole: 4, passed: true });
    expect(r.majority).toBe('special');
    expect(r.passed).toBe(true);
  });

  it('fails a special matter just under 3/4 of area even with 3/4 of headcount', () => {
    const roll = rollOf([
      { id: 'u1', owners: ['o1'], area: 100 },
      { id: 'u2', owners: ['o2'], area: 100 },
      { id: 'u3', owners: ['o3'], area: 100 },
      { id: 'u4', owners: ['o4'], area: 301 },
    ]);
    const r = tally(
      buildElectorate(roll),
      [
        ballot('u1', 'o1', 'agree'),
        ballot('u2', 'o2', 'agree'),
        ballot('u3', 'o3', 'agree'),
        ballot('u4', 'o4', 'disagree'),
      ],
      special,
    );
    expect(check(r, 'approval-headcount').passed).toBe(true);
    expect(check(r, 'approval-area')).toMatchObject({ part: 300, whole: 601, passed: false });
    expect(r.passed).toBe(false);
  });

  it('counts abstentions and spoilt ballots toward participation but not agreement (VOTE-9)', () => {
    const e = buildElectorate(simpleRoll(6));
    const r = tally(
      e,
      [
        ballot('u1', 'o1', 'agree'),
        ballot('u2', 'o2', 'agree'),
        ballot('u3', 'o3', 'abstain'),
        ballot('u4', 'o4', 'spoilt'),
      ],
      ordinary,
    );
    expect(r.participation).toEqual({ headcount: 4, area: 40000 });
    expect(check(r, 'quorum-headcount').passed).toBe(true);
    expect(check(r, 'approval-headcount')).toMatchObject({ part: 2, whole: 4, passed: false });
    expect(r.counts.abstain.headcount).toBe(1);
    expect(r.counts.spoilt.headcount).toBe(1);
  });

  it('counts the developer stock once however many units it holds', () => {
    const roll = rollOf([
      { id: 'd1', area: 10000, status: 'unsold' },
      { id: 'd2', area: 10000, status: 'unsold' },
      { id: 'd3', area: 10000, status: 'sold-undelivered' },
      { id: 'u1', owners: ['o1'], area: 10000 },
      { id: 'u2', owners: ['o2'], area: 10000 },
    ]);
    const e = buildElectorate(roll);
    expect(e.headcount).toBe(3);
    const r = tally(
      e,
      [ballot('d1', 'developer', 'agree'), ballot('u1', 'o1', 'disagree')],
      ordinary,
    );
    // Developer: 1 of 3 people but 3/5 of the area.
    expect(check(r, 'quorum-headcount')).toMatchObject({ part: 2, whole: 3, passed: true });
    expect(check(r, 'quorum-area')).toMatchObject({ part: 40000, whole: 50000, passed: true });
    expect(check(r, 'approval-headcount')).toMatchObject({ part: 1, whole: 2, passed: false });
    expect(check(r, 'approval-area')).toMatchObject({ part: 30000, whole: 40000, passed: true });
  });

  it('counts a buyer of three units once, with all three areas', () => {
    const roll = rollOf([
      { id: 'u1', owners: ['a'], area: 100 },
      { id: 'u2', owners: ['a'], area: 100 },
      { id: 'u3', owners: ['a'], area: 100 },
      { id: 'u4', owners: ['b'], area: 100 },
    ]);
    const r = tally(
      buildElectorate(roll),
      [ballot('u2', 'a', 'agree'), ballot('u4', 'b', 'disagree')],
      ordinary,
    );
    expect(r.electorate.headcount).toBe(2);
    expect(r.counts.agree).toEqual({ headcount: 1, area: 300 });
    expect(check(r, 'approval-headcount')).toMatchObject({ part: 1, whole: 2, passed: false });
    expect(check(r, 'approval-area')).toMatchObject({ part: 300, whole: 400, passed: true });
  });

  it('treats nobody voting as a failed quorum, not a division by zero', () => {
    const r = tally(buildElectorate(simpleRoll(3)), [], ordinary);
    expect(r.passed).toBe(false);
    expect(r.checks.every((c) => !c.passed)).toBe(true);
  });
});

describe('ballots that are refused, each with a reason', () => {
  const window = { opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-05-15T16:00:00Z' };
  const e = buildElectorate(simpleRoll(3));

  it.each([
    ['unknown-unit', ballot('u9', 'o1', 'agree'), 'unitId'],
    ['not-owner', ballot('u1', 'o2', 'agree'), 'castBy'],
    ['after-close', ballot('u1', 'o1', 'agree', '2026-05-15T16:00:00Z'), 'at'],
    ['before-open', ballot('u1', 'o1', 'agree', '2026-04-30T23:59:59Z'), 'at'],
  ] as const)('%s', (code, b, field) => {
    for (const r of [
      tally(e, [b], CIVIL_CODE_RULES.ordinary, { window }),
      (() => {
        const c = new TallyCounter(e, CIVIL_CODE_RULES.ordinary, { window });
        c.add(b);
        return c.result();
      })(),
    ]) {
      expect(r.rejected).toHaveLength(1);
      expect(r.rejected[0]).toMatchObject({
        code,
        field,
        ballotId: b.id,
        unitId: b.unitId,
        position: 0,
      });
      expect(r.rejected[0]!.message['zh-CN'].length).toBeGreaterThan(0);
      expect(r.rejected[0]!.message.en).toContain(b.id);
      expect(r.participation.headcount).toBe(0);
    }
  });

  it('refuses a duplicate ballot id', () => {
    const b = ballot('u1', 'o1', 'agree');
    const r = tally(e, [b, { ...b, choice: 'disagree' }], CIVIL_CODE_RULES.ordinary);
    expect(r.rejected.map((i) => i.code)).toEqual(['duplicate-ballot']);
    expect(r.counts.agree.headcount).toBe(1);
  });

  it('refuses a channel the assembly has not adopted (VOTE-14)', () => {
    const b = ballot('u1', 'o1', 'agree', undefined, { channel: 'electronic' });
    const r = tally(e, [b], CIVIL_CODE_RULES.ordinary, {
      channels: ['paper', 'on-site', 'door-to-door'],
    });
    expect(r.rejected[0]).toMatchObject({ code: 'channel-not-allowed', field: 'channel' });
  });

  it('refuses a malformed ballot with the field named', () => {
    const c = new TallyCounter(e, CIVIL_CODE_RULES.ordinary);
    const out = c.submit({
      id: 'x1',
      unitId: 'u1',
      castBy: 'o1',
      choice: 'maybe',
      channel: 'paper',
      at: '2026-05-01T00:00:00Z',
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issue).toMatchObject({ code: 'malformed', field: 'choice', ballotId: 'x1' });
    expect(out.issue.message.en).toContain('invalid choice "maybe"');
    expect(c.submit(42)).toMatchObject({ ok: false, issue: { code: 'malformed' } });
    expect(c.result().ballots).toEqual({ received: 2, counted: 0, superseded: 0, rejected: 2 });
  });
});

describe('revotes', () => {
  const e = buildElectorate(simpleRoll(3));

  it('keeps the last ballot before close under last-wins, whatever the arrival order', () => {
    const early = ballot('u1', 'o1', 'disagree', '2026-05-02T00:00:00Z');
    const late = ballot('u1', 'o1', 'agree', '2026-05-03T00:00:00Z');
    for (const order of [
      [early, late],
      [late, early],
    ]) {
      const r = tally(e, order, CIVIL_CODE_RULES.ordinary);
      expect(r.counts.agree.headcount).toBe(1);
      expect(r.counts.disagree.headcount).toBe(0);
      expect(r.ballots).toMatchObject({ received: 2, counted: 1, superseded: 1, rejected: 0 });
    }
  });

  it('a buyer voting from a second unit revotes as the same person', () => {
    const roll = rollOf([
      { id: 'u1', owners: ['a'], area: 100 },
      { id: 'u2', owners: ['a'], area: 100 },
    ]);
    const r = tally(
      buildElectorate(roll),
      [
        ballot('u1', 'a', 'agree', '2026-05-01T00:00:00Z'),
        ballot('u2', 'a', 'disagree', '2026-05-02T00:00:00Z'),
      ],
      CIVIL_CODE_RULES.ordinary,
    );
    expect(r.counts.disagree).toEqual({ headcount: 1, area: 200 });
    expect(r.counts.agree).toEqual({ headcount: 0, area: 0 });
  });

  it('refuses a second ballot under first-only', () => {
    const rule = { ...CIVIL_CODE_RULES.ordinary, revote: 'first-only' as const };
    const c = new TallyCounter(e, rule);
    expect(c.add(ballot('u1', 'o1', 'agree'))).toEqual({ ok: true, effect: 'counted' });
    const second = c.add(ballot('u1', 'o1', 'disagree', '2026-05-09T00:00:00Z'));
    expect(second).toMatchObject({ ok: false, issue: { code: 'duplicate-voter' } });
    expect(c.result().counts.agree.headcount).toBe(1);
  });

  it('reports what a revote did, incrementally', () => {
    const c = new TallyCounter(e, CIVIL_CODE_RULES.ordinary);
    const a = ballot('u1', 'o1', 'agree', '2026-05-02T00:00:00Z');
    const b = ballot('u1', 'o1', 'disagree', '2026-05-03T00:00:00Z');
    const older = ballot('u1', 'o1', 'abstain', '2026-05-01T00:00:00Z');
    expect(c.add(a)).toEqual({ ok: true, effect: 'counted' });
    expect(c.add(b)).toEqual({ ok: true, effect: 'replaced', replaced: a.id });
    expect(c.add(older)).toEqual({ ok: true, effect: 'superseded', by: b.id });
    expect(c.result().counts.disagree.headcount).toBe(1);
  });

  it('keeps the proxy record on the standing ballot', () => {
    const c = new TallyCounter(e, CIVIL_CODE_RULES.ordinary);
    c.add(
      ballot('u1', 'o1', 'agree', undefined, {
        proxy: { keyedBy: 'clerk-7', authorisationRef: 'WT-2026-001' },
      }),
    );
    expect(c.standingBallots()[0]!.proxy).toEqual({
      keyedBy: 'clerk-7',
      authorisationRef: 'WT-2026-001',
    });
  });
});
