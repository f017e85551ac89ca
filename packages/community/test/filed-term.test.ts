// FORM-8: the term the committee filed is the one its re-election counts from. SH 20 ¶1: "业主
// 委员会的任期为三年到五年" — set by the rules of procedure and filed (SH 23); a re-election
// started through the coordinator takes the outgoing term's end from that filing.
import type { ReElectionContext } from '@jiayuan/committee';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, electFirstCommittee, ev, GROUP, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

/** A formation driven to its filing: elected 2026-05-02, filed with a term ending `termEndsOn`. */
async function filedFormation(termEndsOn: string): Promise<string> {
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
  await send(ev('FORM_GROUP', 'street-office', D('2026-03-25T09:00:00'), { members: GROUP }));
  await send(ev('POST_ROSTER', 'preparatory-group', D('2026-03-26T09:00:00')));
  await send(
    ev('TRAIN_GROUP', 'street-office', D('2026-03-27T09:00:00'), {
      attendees: GROUP.map((m) => m.id),
    }),
  );
  await send(ev('CONFIRM_ROLL', 'preparatory-group', D('2026-03-28T09:00:00'), { roll: ROLL }));
  await send(
    ev('ADOPT_DRAFTS', 'preparatory-group', D('2026-03-29T09:00:00'), {
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
  await electFirstCommittee(send, '2026-03-30');
  await send(
    ev('CHOOSE_OFFICERS', 'committee', D('2026-05-03T09:00:00'), {
      chair: 'o1',
      viceChairs: ['o2'],
    }),
  );
  await send(ev('POST_RESULT', 'preparatory-group', D('2026-05-03T10:00:00')));
  await send(
    ev('FILE', 'committee', D('2026-05-10T09:00:00'), {
      documents: [
        'minutes-and-decisions',
        'rules-of-procedure',
        'management-statute',
        'fund-statute',
        'members-and-undertakings',
        'training-records',
      ],
      termEndsOn,
    }),
  );
  await send(ev('COMPLETE_FILING', 'street-office', D('2026-05-20T09:00:00')));
  return f.processId;
}

const reElection = (termEndsOn?: string) => ({
  procedure: 're-election',
  complexId: 'c1',
  floorArea: 100_000,
  startAt: D('2029-09-01T09:00:00'),
  ...(termEndsOn === undefined ? {} : { termEndsOn }),
  members: ['o1', 'o2', 'o3', 'o4', 'o5'],
});

describe('a re-election counts from the term the committee filed (SH 20 ¶1)', {
  timeout: 60_000,
}, () => {
  it('keeps the filed term, and a re-election without a term end takes it', async () => {
    const formation = await filedFormation('2030-04-30');
    const f = (await complex.processes()).find((p) => p.processId === formation);
    expect(f?.context.filedTermEndsOn).toBe('2030-04-30');
    const r = await complex.start('re-election', reElection());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const context = r.state.envelope.snapshot as { context: ReElectionContext };
    // 24:00 of 2030-04-30 in Shanghai.
    expect(context.context.termEndsAt).toBe('2030-04-30T16:00:00.000Z');
  });

  it('the same day named again is accepted; another day, one day either side, is refused', async () => {
    const formation = await filedFormation('2030-04-30');
    for (const day of ['2030-04-29', '2030-05-01']) {
      const r = await complex.start('re-election', reElection(day));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.rejection.code).toBe('rule-violated');
      expect(r.rejection.rule).toEqual({ id: 'term-end-as-filed', citations: ['SH-20-1-term'] });
      expect(r.rejection.message.en).toBe(
        `The committee filed a term ending on 2030-04-30 (${formation}); the re-election cannot count from ${day}.`,
      );
      expect(r.rejection.message['zh-CN']).toContain(`换届不能按 ${day} 计算`);
    }
    expect((await complex.start('re-election', reElection('2030-04-30'))).ok).toBe(true);
  });

  it('without a filing on record, the input’s own term end stands', async () => {
    const r = await complex.start('re-election', reElection('2026-12-31'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const context = r.state.envelope.snapshot as { context: ReElectionContext };
    expect(context.context.termEndsAt).toBe('2026-12-31T16:00:00.000Z');
  });
});
