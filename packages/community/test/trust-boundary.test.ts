// The trust boundary (issue 13): the host fills in who sends an event from the principal the
// application authenticated and the roles the host keeps, and dates it by its own clock. These
// are the attacks, replayed against a complex's firm votes on the embedded store.
import type { RollInput } from '@jiayuan/core';
import type { SendOptions } from '@jiayuan/host';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Complex, complexScopes } from '../src/index.js';
import { D, tempHost } from './support.js';

const OWNERS = 130;
/** 130 owners o1…o130, one 100 m² flat u1…u130 each. */
const ROLL: RollInput = {
  complexId: 'c1',
  owners: Array.from({ length: OWNERS }, (_, i) => ({ id: `o${i + 1}` })),
  units: Array.from({ length: OWNERS }, (_, i) => ({
    id: `u${i + 1}`,
    building: `${Math.floor(i / 20) + 1}号楼`,
    status: 'delivered' as const,
    owners: [`o${i + 1}`],
    areas: { register: 10_000 },
  })),
};

/** Shanghai wall time as the host's UTC clock reading. */
const utc = (local: string) => new Date(D(local)).toISOString();

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
const chair: SendOptions = { principal: { id: 'chair', name: '王主任' } };
const clerk: SendOptions = { principal: { id: 'clerk' } };
const mallory: SendOptions = { principal: { id: 'o1' } };

beforeEach(async () => {
  t = await tempHost({ scopesOf: complexScopes });
  complex = new Complex({ host: t.host, complexId: 'c1' });
  const grant = { scope: 'c1', grantedBy: 'street-office-admin' } as const;
  await t.host.assign({ ...grant, principal: 'chair', role: 'committee', reason: 'chair' });
  await t.host.assign({
    ...grant,
    principal: 'clerk',
    role: 'committee',
    reason: 'counting clerk',
  });
  await t.host.assign({ ...grant, principal: 'o1', role: 'owner', reason: 'owns u1' });
});
afterEach(async () => t.close());

/** Starts a firm process of `kind` and opens its owners' vote (18–31 March), all as the chair. */
async function openVote(kind: 'dismissal' | 'hiring'): Promise<string> {
  t.setClock(utc('2026-03-02T09:00:00'));
  const started = await complex.start(kind, {
    processId: kind,
    startedAt: D('2026-03-02T09:00:00'),
    roll: ROLL,
    ...(kind === 'dismissal' ? { firm: { id: 'firm-old' } } : {}),
  });
  if (!started.ok) throw new Error(`start ${kind}`);
  const id = started.processId;
  const first =
    kind === 'dismissal'
      ? { type: 'PROPOSE_DISMISSAL' }
      : {
          type: 'DRAFT_PLAN',
          plan: {
            creditStanding: '无不良信用记录',
            staffing: '项目经理持证',
            trackRecord: '三年以上同类项目',
            serviceContentAndFees: '二级服务，2.80元/㎡·月',
            contractTerm: '三年',
            method: 'tender',
          },
        };
  const steps: [string, Record<string, unknown>][] = [
    ['2026-03-02T09:00:00', first],
    // The shanghai profile asks for the report to the party organisation first (SH-36 (十六)).
    ['2026-03-03T10:00:00', { type: 'REPORT_TO_PARTY_ORGANISATION' }],
    // And the written notice to the housing office and residents' committee (SH 25 ¶2).
    [
      '2026-03-03T10:00:00',
      {
        type: 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
        meetingAt: D('2026-03-18T09:00:00'),
        place: '小区会所',
        agenda: '解聘物业服务企业',
      },
    ],
    [
      '2026-03-03T10:00:00',
      {
        type: 'CALL_ASSEMBLY',
        opensAt: D('2026-03-18T09:00:00'),
        closesAt: D('2026-03-31T18:00:00'),
      },
    ],
    ['2026-03-18T09:00:00', { type: 'OPEN_VOTE', voteId: 'v' }],
  ];
  for (const [at, event] of steps) {
    t.setClock(utc(at));
    const r = await complex.send(id, event, chair);
    if (!r.ok) throw new Error(`${String(event.type)}: ${r.rejection.message.en}`);
  }
  return id;
}

const ballot = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 'CAST_BALLOT',
  ballot: {
    id: `b${n}`,
    unitId: `u${n}`,
    castBy: `o${n}`,
    choice: 'agree',
    channel: 'paper',
    ...extra,
  },
});

async function ballots(processId: string): Promise<{ id: string; at: string }[]> {
  const { envelope } = await t.host.get(processId);
  const context = (
    envelope.snapshot as { context: { vote: { ballots: { id: string; at: string }[] } | null } }
  ).context;
  return context.vote?.ballots ?? [];
}

describe('the sender is the principal, in a role the host keeps', () => {
  // SH 18 ¶3: "业主可以委托代理人参加业主大会会议，代理人应当持业主书面委托书并依据委托人对所议事项的意见进行投票表决。"
  // Nobody else votes for an owner: not a client claiming to be the system, not another owner.
  it('120 ballots "as system" for other owners in a dismissal and a hiring vote: 0 counted', async () => {
    const outcomes = new Map<string, number>();
    for (const kind of ['dismissal', 'hiring'] as const) {
      const id = await openVote(kind);
      t.setClock(utc('2026-03-20T10:00:00'));
      const forged = Array.from({ length: 60 }, (_, i) => ({
        ...ballot(i + 2, { at: D('2026-03-20T10:00:00') }),
        at: D('2026-03-20T10:00:00'),
        by: { id: 'host', role: 'system' },
      }));
      const batch = await complex.sendMany(id, forged, mallory);
      expect(batch.accepted).toBe(0);
      for (const { rejection } of batch.refused) {
        outcomes.set(rejection.code, (outcomes.get(rejection.code) ?? 0) + 1);
      }
      // Without a claimed sender, the host fills in o1 as an owner, and the machine's rule
      // refuses a ballot for someone else's flat; acting as the committee needs the role.
      const plain = await complex.sendMany(id, [ballot(2), ballot(3)], mallory);
      expect(plain.refused.map((r) => r.rejection.rule?.id)).toEqual([
        'ballot-sender',
        'ballot-sender',
      ]);
      const asClerk = await complex.send(id, ballot(4), { ...mallory, as: 'committee' });
      expect(!asClerk.ok && asClerk.rejection.code).toBe('not-permitted');
      expect(await ballots(id)).toEqual([]);
      expect((await t.host.refusals(id)).length).toBe(63);
      // Their own ballot, dated by the host, counts.
      const own = await complex.send(id, ballot(1), mallory);
      expect(own.ok).toBe(true);
      expect(await ballots(id)).toMatchObject([{ id: 'b1', at: utc('2026-03-20T10:00:00') }]);
    }
    expect(Object.fromEntries(outcomes)).toEqual({ 'sender-mismatch': 120 });
  });

  it('a committee member who owns a flat says which role a ballot is cast in', async () => {
    // o2 owns u2 and sits on the committee: both may send CAST_BALLOT.
    await t.host.assign({
      principal: 'o2',
      role: 'committee',
      scope: 'c1',
      grantedBy: 'street-office-admin',
      reason: 'elected member',
    });
    await t.host.assign({
      principal: 'o2',
      role: 'owner',
      scope: 'c1',
      grantedBy: 'street-office-admin',
      reason: 'owns u2',
    });
    const id = await openVote('dismissal');
    t.setClock(utc('2026-03-20T10:00:00'));
    const o2: SendOptions = { principal: { id: 'o2' } };
    const unsaid = await complex.send(id, ballot(2), o2);
    expect(!unsaid.ok && unsaid.rejection).toMatchObject({
      code: 'role-ambiguous',
      permittedRoles: [{ role: 'owner' }, { role: 'committee' }],
    });
    expect(!unsaid.ok && unsaid.rejection.message['zh-CN']).toContain('请注明以哪一身份办理');
    // Naming the role in `by` is a choice the host checks against the assignments, as `as` is.
    const claimed = await complex.send(id, { ...ballot(2), by: { id: 'o2', role: 'owner' } }, o2);
    expect(claimed.ok).toBe(true);
    const asOwner = await complex.send(id, ballot(2, { id: 'b2-revote', choice: 'disagree' }), {
      ...o2,
      as: 'owner',
    });
    expect(asOwner.ok).toBe(true);
    const logged = (await t.host.events(id)).slice(-2).map((r) => (r.body as { by: unknown }).by);
    expect(logged).toEqual([
      { id: 'o2', role: 'owner' },
      { id: 'o2', role: 'owner' },
    ]);
  });

  it('system is never assigned; the coordinator and the scheduler still act as it', async () => {
    await expect(
      t.host.assign({
        principal: 'o1',
        role: 'system' as 'owner',
        scope: '*',
        grantedBy: 'x',
        reason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'system-not-assignable' });
    expect(await t.host.rolesOf('o1', 'c1/dismissal/firm-dismissal#1')).toEqual(['owner']);
  });
});

describe("the host's clock dates live events", () => {
  it('a client TICK stamped 2099 is refused, and the process keeps working', async () => {
    const id = await openVote('dismissal');
    t.setClock(utc('2026-03-20T10:00:00'));
    const attempts = [
      { type: 'TICK', at: '2099-01-01T00:00:00Z', by: { id: 'host', role: 'system' } },
      { type: 'TICK', at: '2099-01-01T00:00:00Z' },
      { type: 'TICK' },
    ];
    const codes = [];
    for (const tick of attempts) {
      const r = await complex.send(id, tick, chair);
      codes.push(!r.ok && r.rejection.code);
    }
    expect(codes).toEqual(['sender-mismatch', 'not-permitted', 'not-permitted']);
    // Any other event with a time of its own is refused too, not re-dated.
    const dated = await complex.send(id, { ...ballot(1), at: '2099-01-01T00:00:00Z' }, mallory);
    expect(!dated.ok && dated.rejection.code).toBe('time-not-accepted');
    expect(!dated.ok && dated.rejection.message['zh-CN']).toContain('以系统时钟为准');
    const { envelope } = await t.host.get(id);
    expect((envelope.snapshot as { context: { now: string } }).context.now).toBe(
      utc('2026-03-18T09:00:00'),
    );
    // The next real event goes through.
    const next = await complex.send(id, ballot(1), mallory);
    expect(next.ok).toBe(true);
  });

  // SH 18 ¶1: "业主大会会议可以采用集体讨论形式，也可以采用书面征求意见的形式。" A written ballot
  // carries the time written on it when a clerk keys it in later; the machine checks the window.
  it('a paper ballot keyed in after the close by a clerk keeps its written time within the window', async () => {
    const id = await openVote('dismissal');
    t.setClock(utc('2026-04-01T10:00:00'));
    const keyed = await complex.send(id, ballot(5, { at: D('2026-03-25T15:00:00') }), clerk);
    expect(keyed.ok).toBe(true);
    expect(keyed.ok && keyed.state.seq).toBeGreaterThan(0);
    const logged = (await t.host.events(id)).at(-1)?.body;
    expect(logged).toMatchObject({
      at: utc('2026-04-01T10:00:00'),
      by: { id: 'clerk', role: 'committee' },
      ballot: { at: D('2026-03-25T15:00:00') },
    });
    // Before the window opened: the machine refuses it (the host does not judge the window).
    const early = await complex.send(id, ballot(6, { at: D('2026-03-17T15:00:00') }), clerk);
    expect(!early.ok && early.rejection.rule?.id).toBe('ballot-valid');
    // Only a clerk keys in a written time, and only for a written channel.
    const byOwner = await complex.send(id, ballot(1, { at: D('2026-03-25T15:00:00') }), mallory);
    expect(!byOwner.ok && byOwner.rejection.details?.field).toBe('ballot.at');
    const electronic = await complex.send(
      id,
      ballot(7, { at: D('2026-03-25T15:00:00'), channel: 'electronic' }),
      clerk,
    );
    expect(!electronic.ok && electronic.rejection.code).toBe('time-not-accepted');
    expect((await ballots(id)).map((b) => b.id)).toEqual(['b5']);
  });

  it('a written time is accepted up to now + 2 minutes (the default skew), not one second later', async () => {
    const id = await openVote('dismissal');
    const now = utc('2026-03-20T10:00:00');
    t.setClock(now);
    const plus = (ms: number) => new Date(Date.parse(now) + ms).toISOString();
    const far = await complex.send(id, ballot(8, { at: '2099-01-01T00:00:00+08:00' }), clerk);
    expect(!far.ok && far.rejection).toMatchObject({
      code: 'time-in-future',
      details: { field: 'ballot.at', latest: plus(120_000), skewMs: 120_000 },
    });
    const over = await complex.send(id, ballot(9, { at: plus(121_000) }), clerk);
    expect(!over.ok && over.rejection.code).toBe('time-in-future');
    expect(!over.ok && over.rejection.message.en).toContain(plus(120_000));
    const at = await complex.send(id, ballot(10, { at: plus(120_000) }), clerk);
    expect(at.ok).toBe(true);
    expect((await t.host.refusals(id)).map((r) => r.code)).toEqual([
      'time-in-future',
      'time-in-future',
    ]);
  });

  it('a host may set its own skew', async () => {
    await t.close();
    t = await tempHost({ scopesOf: complexScopes, clockSkewMs: 0 });
    complex = new Complex({ host: t.host, complexId: 'c1' });
    await t.host.assign({
      principal: 'chair',
      role: 'committee',
      scope: 'c1',
      grantedBy: 'a',
      reason: 'r',
    });
    await t.host.assign({
      principal: 'clerk',
      role: 'committee',
      scope: 'c1',
      grantedBy: 'a',
      reason: 'r',
    });
    const id = await openVote('dismissal');
    const now = utc('2026-03-20T10:00:00');
    t.setClock(now);
    const later = new Date(Date.parse(now) + 1000).toISOString();
    const r1 = await complex.send(id, ballot(11, { at: later }), clerk);
    expect(!r1.ok && r1.rejection.code).toBe('time-in-future');
    const r2 = await complex.send(id, ballot(11, { at: now }), clerk);
    expect(r2.ok).toBe(true);
  });
});
