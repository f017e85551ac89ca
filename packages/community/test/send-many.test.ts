// A batch of events to one process: each logged on its own, refusals by index, rules applied once.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, ev, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

const ballot = (n: number, choice: string, castBy = `o${n}`) =>
  ev('CAST_BALLOT', 'committee', D('2026-03-20T10:00:00'), {
    ballot: {
      id: `b${n}`,
      unitId: `u${n}`,
      castBy,
      choice,
      channel: 'paper',
      at: D('2026-03-20T10:00:00'),
    },
  });

it('casts a batch of ballots, reports the refused one by index, and logs each accepted one', async () => {
  const d = await complex.start('dismissal', {
    processId: 'd1',
    startedAt: D('2026-03-02T09:00:00'),
    roll: ROLL,
    firm: { id: 'firm-old' },
  });
  if (!d.ok) throw new Error('start');
  for (const e of [
    ev('PROPOSE_DISMISSAL', 'committee', D('2026-03-02T09:00:00')),
    ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D('2026-03-03T10:00:00')),
    // SH 25 ¶2: the housing office and the residents' committee are told first.
    ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', D('2026-03-03T10:00:00'), {
      meetingAt: D('2026-03-18T09:00:00'),
      place: '小区会所',
      agenda: '解聘物业服务企业',
    }),
    ev('CALL_ASSEMBLY', 'committee', D('2026-03-03T10:00:00'), {
      opensAt: D('2026-03-18T09:00:00'),
      closesAt: D('2026-03-31T18:00:00'),
    }),
    ev('OPEN_VOTE', 'committee', D('2026-03-18T09:00:00'), { voteId: 'v' }),
  ])
    expect((await complex.sendTrusted(d.processId, e)).ok).toBe(true);
  const before = (await t.host.events(d.processId)).length;
  const r = await complex.sendManyTrusted(d.processId, [
    ballot(1, 'agree'),
    ballot(2, 'agree'),
    ballot(3, 'agree', 'o9'), // o9 does not own u3: refused
    ballot(4, 'disagree'),
  ]);
  expect(r.accepted).toBe(3);
  expect(r.refused.map((x) => x.index)).toEqual([2]);
  expect(r.reactions).toEqual([]);
  expect((await t.host.events(d.processId)).length).toBe(before + 3);
  expect(r.state.seq).toBe((await t.host.get(d.processId)).seq);
  // The refused ballot is in the audit table, as a single send's would be.
  expect((await t.host.refusals(d.processId)).map((x) => x.code)).toEqual([
    r.refused[0]?.rejection.code,
  ]);
});

it('refuses a batch to another complex’s process, every event by index', async () => {
  const other = new Complex({ host: t.host, complexId: 'c2' });
  const h = await other.start('hiring', {
    processId: 'h',
    startedAt: D('2026-03-02T09:00:00'),
    roll: ROLL,
  });
  if (!h.ok) throw new Error('start');
  const r = await complex.sendManyTrusted(h.processId, [
    ev('TICK', 'system', D('2026-03-03T00:00:00')),
  ]);
  expect(r.accepted).toBe(0);
  expect(r.refused.map((x) => [x.index, x.rejection.rule?.id])).toEqual([[0, 'same-complex']]);
});
