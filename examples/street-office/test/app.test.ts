// The street office end to end through HTTP (Fastify's inject): people sign in, see what they
// may do, and carry the complex's dismissal of its firm from the proposal through the owners'
// vote (CC 278 ¶2: 2/3 of heads and area take part, more than half of those agree) to the
// written notice (CC 946 ¶1: 60 days ahead) and the hand-over (SH 50: within 10 days).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PgCluster,
  startCluster,
} from '../../../packages/host/test/support/postgres-cluster.js';
import { createStreetOffice, type StreetOffice } from '../src/app.js';
import { openStore } from '../src/store.js';
import { flashOf, TestClock, Visitor } from './flow.js';

// The same run on the embedded SQLite file and on a throwaway PostgreSQL cluster, each opened
// the way the server opens it: JIAYUAN_DB, or DATABASE_URL when it is set.
describe.each(['SQLite', 'PostgreSQL'] as const)('street office over HTTP on %s', (kind) => {
  let dir = '';
  let cluster: PgCluster | undefined;
  let office: StreetOffice;
  const clock = new TestClock('2026-09-01T09:00:00');
  let processId = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'street-office-'));
    let env: NodeJS.ProcessEnv = { JIAYUAN_DB: join(dir, 'office.db') };
    if (kind === 'PostgreSQL') {
      cluster = await startCluster({ fast: true });
      env = { DATABASE_URL: await cluster.createDatabase('office') };
    }
    office = await createStreetOffice({ store: await openStore(env), clock: clock.read });
    processId = (await office.complex.processes())[0]?.processId ?? '';
  }, 180_000);

  afterAll(async () => {
    await office?.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('refuses a wrong password and pages without a session', async () => {
    expect(await new Visitor(office.app, 'chair-chen').signIn('nope')).toBe(401);
    expect(await new Visitor(office.app, 'nobody').signIn()).toBe(401);
    const res = await office.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/signin');
  });

  it('lists the complex’s process and shows each person only their own forms', async () => {
    const chair = new Visitor(office.app, 'chair-chen');
    expect(await chair.signIn()).toBe(303);
    const home = await chair.page('/');
    expect(home).toContain(`data-process="${processId}"`);
    // The street's two complexes are listed, each with its own process.
    expect(home).toContain('data-complex="家园花园 Jiayuan Garden"');
    expect(home).toContain('data-complex="美好苑 Meihao Court"');
    expect(home).toMatch(/data-process="meihao-court\/dismissal\//);
    const asChair = await chair.page(`/p/${encodeURIComponent(processId)}`);
    expect(asChair).toContain('data-event="PROPOSE_DISMISSAL"');
    const owner = new Visitor(office.app, 'owner-1-101');
    await owner.signIn();
    const asOwner = await owner.page(`/p/${encodeURIComponent(processId)}`);
    expect(asOwner).not.toContain('data-event="PROPOSE_DISMISSAL"');
    expect(asOwner).toContain('<svg');
  });

  it('carries the dismissal from the proposal through the vote to the hand-over', {
    timeout: 120_000,
  }, async () => {
    const chair = new Visitor(office.app, 'chair-chen');
    await chair.signIn();
    let page = await chair.send(processId, { type: 'PROPOSE_DISMISSAL' });
    expect(flashOf(page)).toMatch(/^accepted/);

    clock.set('2026-09-02T10:00:00');
    page = await chair.send(processId, { type: 'REPORT_TO_PARTY_ORGANISATION' });
    expect(flashOf(page)).toMatch(/^accepted/);
    page = await chair.send(processId, {
      type: 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'f.meetingAt': '2026-09-18T09:00',
      'f.place': '小区会所 clubhouse',
      'f.agenda': '解聘物业服务企业 dismissing the firm',
    });
    expect(flashOf(page)).toMatch(/^accepted/);
    // SH 25 ¶2: the owners are told 15 days ahead, counted from the day after (CC 201): 09-03
    // to 09-17, a last day that may be the meeting's own; the vote opens the day after it.
    page = await chair.send(processId, {
      type: 'CALL_ASSEMBLY',
      'f.opensAt': '2026-09-18T09:00',
      'f.closesAt': '2026-09-30T18:00',
    });
    expect(flashOf(page)).toMatch(/^accepted/);

    clock.set('2026-09-18T09:00:00');
    page = await chair.send(processId, { type: 'OPEN_VOTE', 'f.voteId': 'dismissal-vote' });
    expect(flashOf(page)).toMatch(/^accepted/);

    // Ten of the twelve owners vote: 10/12 heads take part (≥ 2/3), nine agree (9/10 > 1/2).
    clock.set('2026-09-20T20:00:00');
    const voters = [
      '1-101',
      '1-201',
      '1-301',
      '1-401',
      '1-501',
      '1-601',
      '2-101',
      '2-201',
      '2-301',
      '2-401',
    ];
    for (const [i, number] of voters.entries()) {
      const owner = new Visitor(office.app, `owner-${number}`);
      await owner.signIn();
      page = await owner.send(processId, {
        type: 'CAST_BALLOT',
        as: 'owner',
        unit: `unit-${number}`,
        choice: i === 0 ? 'disagree' : 'agree',
      });
      expect(flashOf(page)).toMatch(/^accepted/);
    }
    // An owner cannot vote for a neighbour's flat (SH 18 ¶3: the owner or a written proxy).
    const sly = new Visitor(office.app, 'owner-2-501');
    await sly.signIn();
    page = await sly.send(processId, {
      type: 'CAST_BALLOT',
      as: 'owner',
      unit: 'unit-2-601',
      choice: 'agree',
    });
    expect(page).toContain('data-testid="refusal"');
    // The firm holds no owner's role: its ballot is refused as not permitted.
    const firm = new Visitor(office.app, 'firm-anju');
    await firm.signIn();
    page = await firm.send(processId, {
      type: 'CAST_BALLOT',
      'f.ballot': JSON.stringify({
        id: 'b-firm',
        unitId: 'unit-2-601',
        castBy: 'owner-2-601',
        choice: 'disagree',
        channel: 'electronic',
      }),
    });
    expect(page).toContain('<code data-testid="refusal-code">not-permitted</code>');
    expect(page).toMatch(/未受理/);

    const tally = await chair.page(`/p/${encodeURIComponent(processId)}`);
    expect(tally).toContain('data-testid="tally"');
    expect(tally).toContain('收到表决票 10 张');

    clock.set('2026-10-01T09:00:00');
    page = await chair.send(processId, { type: 'CLOSE_VOTE' });
    expect(flashOf(page)).toMatch(/^accepted/);
    expect(page).toContain('通过 passed');

    // CC 946 ¶1: 60 days' written notice. Served 10-02, the period runs from 10-03 and its last
    // day is 12-01 (CC 201–203), so the contract ends at 24:00 of 12-01 = 12-02 00:00.
    clock.set('2026-10-02T10:00:00');
    page = await chair.send(processId, {
      type: 'SERVE_DISMISSAL_NOTICE',
      'f.effectiveAt': '2026-12-02T00:00',
    });
    expect(flashOf(page)).toMatch(/^accepted/);

    clock.set('2026-12-02T00:00:00');
    await office.tick();
    clock.set('2026-12-05T10:00:00');
    for (const item of [
      'documents',
      'maintenance-records',
      'public-revenue-balance',
      'management-premises',
    ]) {
      page = await firm.send(processId, {
        type: 'HAND_OVER_ITEM',
        'f.item': JSON.stringify(item),
        'f.receipt': `R-${item}`,
      });
      expect(flashOf(page)).toMatch(/^accepted/);
    }
    const view = await office.host.view(processId, { principal: { id: 'clerk-wang' } });
    expect(view.deadlines.missed).toEqual([]);
  });
});
