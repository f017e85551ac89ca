// A re-election's new committee opens the term-end audit on the complex's disclosure calendar.
// SH 67 ¶2: "业主大会、业主委员会应当委托有资质的中介机构对专项维修资金、公共收益的收支情况以及业主委员会
// 工作经费进行年度财务审计和换届财务审计。审计结果应当在物业管理区域内显著位置公告三十日。" The profile's
// `termEndAuditWithin` (shanghai: one month of the election, SH-6 (十一), kept as the period).
import type { DisclosureContext } from '@jiayuan/joint-meeting';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CommunityResult, Complex } from '../src/index.js';
import { D, ev, ok, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

const G = 're-election-group';
const RE_GROUP = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-street', seat: 'street', leader: true },
  { id: 'g-rc', seat: 'residents-committee' },
];

/** A Shanghai re-election from the committee's report to the election closed 2026-11-08 17:00. */
async function reElect(): Promise<{ processId: string; closed: CommunityResult }> {
  const r = ok(
    await complex.start('re-election', {
      procedure: 're-election',
      complexId: 'c1',
      floorArea: 100_000,
      startAt: D('2026-06-01T09:00:00'),
      termEndsOn: '2026-12-31',
      members: ['o1', 'o2', 'o3', 'o4', 'o5'],
    }),
  );
  const send = async (e: Record<string, unknown>) => ok(await complex.sendTrusted(r.processId, e));
  await send(ev('REPORT_TERM_END', 'committee', D('2026-07-20T09:00:00')));
  await send(ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), { members: RE_GROUP }));
  await send(ev('HAND_OVER_RECORDS', 'committee', D('2026-08-18T09:00:00')));
  await send(ev('CONFIRM_ROLL', G, D('2026-08-25T09:00:00'), { roll: ROLL }));
  await send(ev('ADOPT_DRAFTS', G, D('2026-08-26T09:00:00'), { drafts: [], seats: 5 }));
  const candidates = ['o1', 'o2', 'o3', 'o6', 'o7'];
  for (const id of candidates) {
    await send(ev('NOMINATE', 'owner', D('2026-09-01T09:00:00'), { candidateId: id }, id));
    await send(ev('SIGN_UNDERTAKING', 'owner', D('2026-09-01T09:00:00'), { candidateId: id }, id));
  }
  for (const id of candidates) {
    await send(ev('VET_CANDIDATE', G, D('2026-09-05T09:00:00'), { candidateId: id, grounds: [] }));
  }
  await send(ev('REPORT_CANDIDATES', G, D('2026-09-10T09:00:00')));
  await send(
    ev('JOINT_REVIEW', 'street-party-committee', D('2026-09-15T09:00:00'), { struck: [] }),
  );
  await send(
    ev('POST_NOTICE', G, D('2026-10-20T09:00:00'), { meetingAt: D('2026-11-04T09:00:00') }),
  );
  await send(
    ev('OPEN_ELECTION', G, D('2026-11-04T09:00:00'), { closesAt: D('2026-11-08T17:00:00') }),
  );
  for (let i = 1; i <= 8; i++) {
    const ballot = { ballotId: `b${i}`, unitId: `u${i}`, castBy: `o${i}`, channel: 'paper' };
    await send(
      ev(
        'CAST_BALLOT',
        'owner',
        D('2026-11-05T10:00:00'),
        { ...ballot, approve: candidates },
        `o${i}`,
      ),
    );
  }
  const closed = await complex.sendTrusted(
    r.processId,
    ev('CLOSE_ELECTION', G, D('2026-11-08T17:00:00')),
  );
  return { processId: r.processId, closed };
}

const calendarAt = async (startAt: string) =>
  ok(await complex.start('disclosure', { complexId: 'c1', feeModel: 'commission', startAt }))
    .processId;

const contextOf = async (processId: string) =>
  (await complex.processes()).find((p) => p.processId === processId)
    ?.context as unknown as DisclosureContext;

describe('the term-end audit opens when a re-election elects the new committee', () => {
  it('at the election’s instant, due by 24:00 of 2026-12-08, once', async () => {
    const cal = await calendarAt(D('2026-03-02T09:00:00'));
    const { processId, closed } = await reElect();
    const reactions = ok(closed).reactions.filter((r) => r.kind.startsWith('term-end-audit'));
    expect(reactions.map((r) => [r.kind, r.processId, r.cite])).toEqual([
      ['term-end-audit-opened', cal, ['SH-6-11-term', 'SH-67']],
    ]);
    expect(reactions[0]?.message.en).toContain(processId);
    const audit = (await contextOf(cal)).obligations.filter((o) => o.duty === 'term-end-audit');
    // One month from 2026-11-08 (the day not counted, CC 201): last day 12-08, 24:00.
    expect(audit).toMatchObject([
      {
        id: 'term-end-audit#1',
        status: 'due',
        openedAt: D('2026-11-08T17:00:00'),
        dueAt: '2026-12-08T16:00:00.000Z',
      },
    ]);
    expect((await complex.deliverDue()).filter((r) => r.kind.startsWith('term-end-audit'))).toEqual(
      [],
    );
  });

  it('not for an election before the calendar started: nothing is sent, nothing refused', async () => {
    await reElect();
    const started = ok(
      await complex.start('disclosure', {
        complexId: 'c1',
        feeModel: 'commission',
        startAt: D('2026-11-08T17:00:01'),
      }),
    );
    expect(started.reactions).toEqual([]);
    const c = await contextOf(started.processId);
    expect(c.obligations.filter((o) => o.duty === 'term-end-audit')).toEqual([]);
    expect(await t.host.refusals(started.processId)).toEqual([]);
  });
});
