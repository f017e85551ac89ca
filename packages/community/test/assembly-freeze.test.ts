// The re-election freeze reaches assembly meetings (SH 28 ¶4: "自换届改选小组产生至新一届业主委员会选举产生
// 期间，业主委员会不得组织召开业主大会会议对下列事项作出决定：（一）选聘、解聘物业服务企业；…"): the coordinator
// sends FREEZE.START to a running meeting, and its committee's call on a frozen item is refused while
// an agenda without one goes ahead.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, ev, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1', streetId: 'street-1' });
});
afterEach(async () => t.close());

const reElection = {
  procedure: 're-election',
  complexId: 'c1',
  floorArea: 100_000,
  startAt: D('2026-06-01T09:00:00'),
  termEndsOn: '2026-12-31',
  members: ['o1', 'o2', 'o3', 'o4', 'o5'],
};
const group = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-street', seat: 'street', leader: true },
  { id: 'g-rc', seat: 'residents-committee' },
];
const firm = { id: 'firm', kind: 'hire-dismiss-firm', title: '续聘物业服务企业' };
const substitutes = { id: 'subs', kind: 'elect-committee', title: '补选委员' };

async function frozenMeeting() {
  const a = await complex.start(
    'assembly',
    { meetingId: 'a1', kind: 'regular', roll: ROLL, startedAt: D('2026-07-01T09:00:00') },
    'a1',
  );
  if (!a.ok) throw new Error(JSON.stringify(a.rejection));
  const r = await complex.start('re-election', reElection);
  if (!r.ok) throw new Error('start');
  await complex.sendTrusted(
    r.processId,
    ev('REPORT_TERM_END', 'committee', D('2026-07-20T09:00:00')),
  );
  const formed = await complex.sendTrusted(
    r.processId,
    ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), { members: group }),
  );
  if (!formed.ok) throw new Error(JSON.stringify(formed.rejection));
  return { meeting: a.processId, reElection: r.processId, reactions: formed.reactions };
}

const call = (items: unknown[]) =>
  ev('CALL_ASSEMBLY', 'committee', D('2026-08-12T10:00:00'), {
    opensAt: D('2026-08-28T09:00:00'),
    closesAt: D('2026-09-10T18:00:00'),
    place: '会所',
    form: 'collective-discussion',
    items,
  });

describe('the re-election freeze reaches assembly meetings (TERM-3; SH 28 ¶4)', () => {
  it('sends FREEZE.START to a running meeting: the firm item is refused, the election goes ahead', async () => {
    const { meeting, reactions } = await frozenMeeting();
    expect(reactions.map((x) => [x.kind, x.processId, x.cite])).toEqual([
      ['freeze-start', meeting, ['SH-28-4']],
    ]);
    await complex.sendTrusted(
      meeting,
      ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D('2026-08-11T09:00:00')),
    );
    await complex.sendTrusted(
      meeting,
      ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', D('2026-08-11T10:00:00'), {
        meetingAt: D('2026-08-28T09:00:00'),
        place: '会所',
        agenda: '续聘物业；补选委员',
      }),
    );
    const refused = await complex.sendTrusted(meeting, call([firm, substitutes]));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.rule?.id).toBe('freeze');
    expect(refused.rejection.rule?.citations).toContain('SH-28-4');
    expect(refused.rejection.message['zh-CN']).toContain('换届改选小组');
    const accepted = await complex.sendTrusted(meeting, call([substitutes]));
    expect(accepted.ok).toBe(true);
  });

  it('sends the freeze to a meeting started during it', async () => {
    await frozenMeeting();
    const b = await complex.start(
      'assembly',
      { meetingId: 'a2', kind: 'regular', roll: ROLL, startedAt: D('2026-08-10T09:00:00') },
      'a2',
    );
    if (!b.ok) throw new Error(JSON.stringify(b.rejection));
    expect(b.reactions.map((x) => [x.kind, x.processId])).toEqual([['freeze-start', b.processId]]);
  });
});
