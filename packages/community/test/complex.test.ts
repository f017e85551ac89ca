// The cross-process rules of one complex, on the real embedded SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Complex, parseProcessId } from '../src/index.js';
import { D, ev, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1', streetId: 'street-1' });
});
afterEach(async () => t.close());

const hiringInput = (id: string) => ({
  processId: id,
  startedAt: D('2026-03-02T09:00:00'),
  roll: ROLL,
});
const firmInput = (id: string) => ({ ...hiringInput(id), firm: { id: 'firm-old' } });

describe('one process per matter', () => {
  it('refuses a second hiring while one runs, with a bilingual reason', async () => {
    const first = await complex.start('hiring', hiringInput('h1'));
    expect(first.ok).toBe(true);
    const second = await complex.start('hiring', hiringInput('h2'));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.rejection.code).toBe('rule-violated');
    expect(second.rejection.rule?.id).toBe('one-process-per-matter');
    expect(second.rejection.message['zh-CN']).toContain('同一事项');
    expect(second.rejection.message.en).toContain(first.processId);
    // A different matter is fine.
    expect((await complex.start('dismissal', firmInput('d1'))).ok).toBe(true);
    expect((await complex.processes()).map((p) => p.processId)).toEqual([
      'c1/dismissal/firm-dismissal#1',
      'c1/hiring/firm-hiring#1',
    ]);
  });

  it('refuses events to another complex’s process', async () => {
    const r = await complex.sendTrusted(
      'c2/hiring/firm-hiring#1',
      ev('TICK', 'system', D('2026-03-03T00:00:00')),
    );
    expect(r.ok || r.rejection.rule?.id).toBe('same-complex');
  });

  it('parses the ids it writes', () => {
    expect(parseProcessId('c1/matter/matter:c1:disclosure:public-revenue#1#2')).toEqual({
      complexId: 'c1',
      kind: 'matter',
      matterKey: 'matter:c1:disclosure:public-revenue#1',
      n: 2,
    });
    expect(parseProcessId('free-form')).toBeNull();
  });
});

describe('the re-election freeze blocks firm votes (TERM-3, FIRM-11; SH 28 ¶4)', () => {
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

  it('sends FREEZE.START to a running dismissal; its vote is refused citing SH 28 ¶4', async () => {
    const d = await complex.start('dismissal', firmInput('d1'));
    if (!d.ok) throw new Error('start');
    await complex.sendTrusted(
      d.processId,
      ev('PROPOSE_DISMISSAL', 'committee', D('2026-07-01T09:00:00')),
    );
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
    expect(formed.reactions.map((x) => [x.kind, x.processId, x.cite])).toEqual([
      ['freeze-start', d.processId, ['SH-28-4']],
    ]);
    const call = await complex.sendTrusted(
      d.processId,
      ev('CALL_ASSEMBLY', 'committee', D('2026-08-11T10:00:00'), {
        opensAt: D('2026-08-27T09:00:00'),
        closesAt: D('2026-09-10T18:00:00'),
      }),
    );
    const open = call.ok
      ? await complex.sendTrusted(
          d.processId,
          ev('OPEN_VOTE', 'committee', D('2026-08-27T09:00:00'), { voteId: 'v1' }),
        )
      : call;
    expect(open.ok).toBe(false);
    if (open.ok) return;
    expect(open.rejection.code).toBe('rule-violated');
    expect(open.rejection.rule?.citations).toContain('SH-28-4');
    expect(open.rejection.message['zh-CN'].length).toBeGreaterThan(0);
    expect(open.rejection.message.en.length).toBeGreaterThan(0);
  });

  it('starts a firm process frozen during the freeze', async () => {
    const r = await complex.start('re-election', reElection);
    if (!r.ok) throw new Error('start');
    await complex.sendTrusted(
      r.processId,
      ev('REPORT_TERM_END', 'committee', D('2026-07-20T09:00:00')),
    );
    await complex.sendTrusted(
      r.processId,
      ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), { members: group }),
    );
    const h = await complex.start('hiring', hiringInput('h1'));
    if (!h.ok) throw new Error('start');
    const freeze = (h.state.envelope.snapshot as { context: { freeze: { active: boolean } } })
      .context.freeze;
    expect(freeze.active).toBe(true);
  });
});

describe('an overdue disclosure raises a complex-level joint-meeting matter (JA 二(一)4)', () => {
  it('starts the matter from the disclosure machine’s emitted event, once', async () => {
    const s = await complex.start('disclosure', {
      complexId: 'c1',
      feeModel: 'commission',
      startAt: D('2026-03-02T09:00:00'),
    });
    if (!s.ok) throw new Error('start');
    // SH 66 ¶2 每季度公布一次公共收益: the first quarter's posting is due by 24:00 of 03-31.
    t.setClock('2026-03-31T15:59:59Z');
    expect(await complex.deliverDue()).toEqual([]);
    t.setClock('2026-03-31T16:00:00Z');
    const reactions = await complex.deliverDue();
    expect(reactions.map((r) => [r.kind, r.processId])).toEqual([
      ['matter-raised', 'c1/matter/matter:c1:disclosure:public-revenue#1#1'],
    ]);
    const matter = (await complex.processes()).find((p) => p.kind === 'matter');
    expect(matter?.context.level).toBe('complex');
    t.setClock('2026-04-08T16:00:00Z');
    expect((await complex.deliverDue()).filter((r) => r.kind === 'matter-raised')).toEqual([]);
  });
});
