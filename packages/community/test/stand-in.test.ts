// A stand-in the street office forms (TERM-9, SH-36 (十八)) is recorded on the formation whose
// first meeting is overdue, and dissolved once that committee's filing is complete.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, electFirstCommittee, ev, GROUP, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

const STAND_IN = [
  { id: 's-street', seat: 'street', chair: true },
  { id: 's-o1', seat: 'owner', chair: false },
  { id: 's-rc', seat: 'residents-committee', chair: false },
];

it('records the stand-in on the overdue formation, and dissolves it once the committee is filed', async () => {
  const f = await complex.start('formation', {
    procedure: 'formation',
    complexId: 'c1',
    floorArea: 100_000,
    startAt: D('2026-03-02T09:00:00'),
  });
  if (!f.ok) throw new Error('start');
  const send = async (e: Record<string, unknown>, processId = f.processId) => {
    const r = await complex.sendTrusted(processId, e);
    if (!r.ok) throw new Error(JSON.stringify(r.rejection));
    return r;
  };
  await send(
    ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
      deliveredArea: 60_000,
      totalArea: 100_000,
    }),
  );
  await send(
    ev('DEVELOPER_REPORT', 'developer', D('2026-03-20T10:00:00'), {
      documents: [
        'area-designation',
        'management-premises',
        'owner-register',
        'delivery-dates',
        'fund-register',
      ],
    }),
  );
  await send(ev('FORM_GROUP', 'street-office', D('2026-04-01T09:00:00'), { members: GROUP }));
  // 90 days from 2026-04-01 end with 2026-06-30: the first meeting is overdue.
  await send(ev('TICK', 'system', D('2026-07-01T00:00:00')));

  const s = await complex.start('stand-in', {
    complexId: 'c1',
    startAt: D('2026-07-05T09:00:00'),
    reason: 'formation',
  });
  if (!s.ok) throw new Error('stand-in');
  const formed = await send(
    ev('FORM_STAND_IN', 'street-office', D('2026-07-06T09:00:00'), { members: STAND_IN }),
    s.processId,
  );
  expect(formed.reactions.map((r) => [r.kind, r.processId, r.cite])).toEqual([
    ['stand-in-recorded', f.processId, ['SH-36-18']],
  ]);
  const byId = async (id: string) => (await complex.processes()).find((p) => p.processId === id);
  expect((await byId(f.processId))?.value).toEqual({
    convening: { work: { preparing: 'roster' }, firstMeeting: 'standIn' },
  });

  // The group's work goes on, late, to an elected and filed committee.
  await send(ev('POST_ROSTER', 'preparatory-group', D('2026-07-07T09:00:00')));
  await send(
    ev('TRAIN_GROUP', 'street-office', D('2026-07-08T09:00:00'), {
      attendees: GROUP.map((m) => m.id),
    }),
  );
  await send(ev('CONFIRM_ROLL', 'preparatory-group', D('2026-07-09T09:00:00'), { roll: ROLL }));
  await send(
    ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-07-10T09:00:00'), {
      drafts: [
        'management-statute',
        'rules-of-procedure',
        'voting-rules',
        'nomination-method',
        'election-method',
      ],
      seats: 5,
    }),
  );
  await electFirstCommittee(send, '2026-07-11');
  await send(
    ev('CHOOSE_OFFICERS', 'committee', D('2026-08-14T09:00:00'), {
      chair: 'o1',
      viceChairs: ['o2'],
    }),
  );
  await send(ev('POST_RESULT', 'preparatory-group', D('2026-08-15T09:00:00')));
  const filed = await send(
    ev('FILE', 'committee', D('2026-08-20T09:00:00'), {
      documents: [
        'minutes-and-decisions',
        'rules-of-procedure',
        'management-statute',
        'fund-statute',
        'members-and-undertakings',
        'training-records',
      ],
      termEndsOn: '2030-08-01',
    }),
  );
  expect(filed.reactions.some((r) => r.kind === 'stand-in-dissolved')).toBe(false);
  const completed = await send(ev('COMPLETE_FILING', 'street-office', D('2026-08-30T09:00:00')));
  expect(completed.reactions.map((r) => [r.kind, r.processId])).toContainEqual([
    'stand-in-dissolved',
    s.processId,
  ]);
  const standIn = await byId(s.processId);
  expect(standIn?.status).toBe('done');
  expect(standIn?.value).toBe('dissolved');
});
