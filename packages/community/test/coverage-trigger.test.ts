// A newly elected committee starts its party coverage; a re-elected one has it reviewed.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, electFirstCommittee, ev, GROUP, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({
    host: t.host,
    complexId: 'c1',
    committeeCensus: (m) => ({ headcount: m.length, full: 1, probationary: 0 }),
  });
});
afterEach(async () => t.close());

it('starts coverage of the committee when the formation elects it', async () => {
  const f = await complex.start('formation', {
    procedure: 'formation',
    complexId: 'c1',
    floorArea: 100_000,
    startAt: D('2026-03-02T09:00:00'),
  });
  if (!f.ok) throw new Error('start');
  const send = async (e: Record<string, unknown>) => {
    const r = await complex.sendTrusted(f.processId, e);
    if (!r.ok) throw new Error(JSON.stringify(r.rejection));
    return r;
  };
  await send(
    ev('RECORD_DELIVERY', 'developer', D('2026-03-10T10:00:00'), {
      deliveredArea: 60_000,
      totalArea: 100_000,
    }),
  );
  await send(ev('TICK', 'system', D('2026-04-10T00:00:00')));
  await send(ev('OWNERS_REQUEST', 'owner', D('2026-04-15T09:00:00')));
  await send(ev('FORM_GROUP', 'street-office', D('2026-05-06T09:00:00'), { members: GROUP }));
  await send(ev('POST_ROSTER', 'preparatory-group', D('2026-05-12T09:00:00')));
  await send(
    ev('TRAIN_GROUP', 'street-office', D('2026-05-14T09:00:00'), {
      attendees: GROUP.map((m) => m.id),
    }),
  );
  await send(ev('CONFIRM_ROLL', 'preparatory-group', D('2026-05-20T09:00:00'), { roll: ROLL }));
  await send(
    ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-06-01T09:00:00'), {
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
  const closed = await electFirstCommittee(send, '2026-06-02');
  expect(closed.reactions.map((r) => [r.kind, r.processId, r.cite])).toEqual([
    ['coverage-started', 'c1/coverage/coverage:committee#1', ['JA-2-2']],
  ]);
  const coverage = (await complex.processes()).find((p) => p.kind === 'coverage');
  expect(coverage?.context.census).toEqual({ headcount: 5, full: 1, probationary: 0 });
  expect(coverage?.context.now).toBe(D('2026-07-05T17:00:00'));
  // Later events to the committee do not start or review coverage again.
  const again = await send(
    ev('CHOOSE_OFFICERS', 'committee', D('2026-07-06T09:00:00'), {
      chair: 'o1',
      viceChairs: ['o2'],
    }),
  );
  expect(again.reactions).toEqual([]);
});
