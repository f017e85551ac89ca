// A dismissal that follows Shanghai's law as it changes, kept by a host: the stored snapshot names
// the edition it holds by reference, each edition stored once, and the process read back holds the
// edition of its last act's day. SH-6: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
import { PROFILE_REF_KEY } from '@jiayuan/host';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, electFirstCommittee, ev, GROUP, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
beforeEach(async () => {
  t = await tempHost();
  t.setClock('2026-07-02T01:00:00Z');
});
afterEach(async () => t.close());

const contextOf = (snapshot: unknown) => (snapshot as { context: Record<string, unknown> }).context;

it('keeps a followed profile by reference and switches editions across 2026-06-30', async () => {
  const complex = new Complex({ host: t.host, complexId: 'c1' });
  const d = await complex.start('dismissal', {
    processId: 'd1',
    startedAt: D('2026-06-29T09:00:00'),
    roll: ROLL,
    firm: { id: 'firm-old' },
    profile: { follows: 'shanghai' },
  });
  if (!d.ok) throw new Error('start');
  const propose = ev('PROPOSE_DISMISSAL', 'committee', D('2026-06-30T23:59:59'));
  expect((await complex.sendTrusted(d.processId, propose)).ok).toBe(true);
  const june = contextOf((await t.host.store.load(d.processId))?.envelope.snapshot);
  expect(june.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-06-04' });
  expect(june.profile).toEqual({
    [PROFILE_REF_KEY]: expect.objectContaining({ id: 'shanghai' }),
  });

  const report = ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D('2026-07-01T00:00:00'));
  expect((await complex.sendTrusted(d.processId, report)).ok).toBe(true);
  const july = contextOf((await t.host.store.load(d.processId))?.envelope.snapshot);
  expect(july.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
  const ref = (p: unknown) => (p as Record<string, { hash: string }>)[PROFILE_REF_KEY]?.hash;
  expect(ref(july.profile)).not.toBe(ref(june.profile));

  // Read back whole, the process holds the July edition: SH-36 (十六) alone for the report.
  const { envelope } = await t.host.get(d.processId);
  const profile = contextOf(envelope.snapshot).profile as {
    party: { reportBeforeMajorMatters: { cite: string[] } };
  };
  expect(profile.party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report']);
  expect(await t.host.verify(d.processId)).toMatchObject({ ok: true });
});

it('raises a matter that follows the law for an overdue duty of a calendar that follows it', async () => {
  // SH 66 ¶2 每季度公布一次公共收益: the first quarter's posting is due by 24:00 of 03-31; SH-36 is
  // dated 2026年3月23日, so the matter raised at 00:00:00 of 04-01 holds its edition.
  t.setClock('2026-03-02T01:00:00Z');
  const complex = new Complex({ host: t.host, complexId: 'c1' });
  const s = await complex.start('disclosure', {
    complexId: 'c1',
    feeModel: 'commission',
    startAt: D('2026-03-02T09:00:00'),
    profile: { follows: 'shanghai' },
  });
  if (!s.ok) throw new Error('start');
  t.setClock('2026-03-31T16:00:00Z');
  const reactions = await complex.deliverDue();
  expect(reactions.map((r) => r.kind)).toContain('matter-raised');
  const matter = (await complex.processes()).find((p) => p.kind === 'matter');
  expect(matter?.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-03-23' });
  const calendar = (await complex.processes()).find((p) => p.kind === 'disclosure');
  expect(calendar?.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-03-23' });
});

it('starts the party coverage of a committee that follows the law following it too', {
  timeout: 60_000,
}, async () => {
  t.setClock('2026-03-02T01:00:00Z');
  const complex = new Complex({
    host: t.host,
    complexId: 'c1',
    committeeCensus: (m) => ({ headcount: m.length, full: 1, probationary: 0 }),
  });
  const f = await complex.start('formation', {
    procedure: 'formation',
    complexId: 'c1',
    floorArea: 100_000,
    startAt: D('2026-03-02T09:00:00'),
    profile: { follows: 'shanghai' },
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
  expect(closed.reactions.map((r) => r.kind)).toEqual(['coverage-started']);
  const coverage = (await complex.processes()).find((p) => p.kind === 'coverage');
  // Elected on 2026-07-05: the coverage starts with the edition of that day, after SH-6.
  expect(coverage?.context.now).toBe(D('2026-07-05T17:00:00'));
  expect(coverage?.context.law).toEqual({ follows: 'shanghai', edition: 'shanghai@2026-07-01' });
  const party = coverage?.context.party as { reportBeforeMajorMatters: { cite: string[] } };
  expect(party.reportBeforeMajorMatters.cite).toEqual(['SH-36-16-report']);
});
