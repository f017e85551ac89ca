// A persisted formation snapshot names its profile instead of holding it: a few hundred bytes in
// place of the 13 KB a copy of the Shanghai profile took, with every process stored before
// references still loading (from a recorded store row that holds the profile inline).
import { readFileSync } from 'node:fs';
import {
  canonicalJson,
  type EventRecord,
  PROFILE_REF_KEY,
  profileHash,
  type StoredProcess,
} from '@jiayuan/host';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, ev, GROUP, tempHost } from './support.js';

/** The bound a persisted formation snapshot stays within (issue 15): 3 KB. */
const MAX_SNAPSHOT_BYTES = 3 * 1024;

// Recorded from a host that persisted profiles inline: a formation after FORM_GROUP.
const RECORDED: { stored: StoredProcess; events: EventRecord[] } = JSON.parse(
  readFileSync(new URL('./fixtures/inline-profile-formation.json', import.meta.url), 'utf8'),
);

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const contextOf = (snapshot: unknown) => (snapshot as { context: Record<string, unknown> }).context;

let t: Awaited<ReturnType<typeof tempHost>>;
beforeEach(async () => {
  t = await tempHost();
});
afterEach(async () => t.close());

it('stores a started formation in at most 3 KB, naming the Shanghai profile by id, version and hash', async () => {
  const complex = new Complex({ host: t.host, complexId: 'c1' });
  const f = await complex.start('formation', {
    procedure: 'formation',
    complexId: 'c1',
    floorArea: 100_000,
    startAt: D('2026-03-02T09:00:00'),
  });
  if (!f.ok) throw new Error('start');
  const stored = await t.host.store.load(f.processId);
  const size = bytes(stored?.envelope.snapshot);
  expect(size).toBeLessThanOrEqual(MAX_SNAPSHOT_BYTES);
  expect(contextOf(stored?.envelope.snapshot).profile).toEqual({
    [PROFILE_REF_KEY]: {
      id: 'shanghai',
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    },
  });
  // The process as the host gives it back holds the whole profile: what was stored before.
  const { envelope } = await t.host.get(f.processId);
  expect(contextOf(envelope.snapshot).profile).toMatchObject({ id: 'shanghai' });
  expect(bytes(envelope.snapshot)).toBeGreaterThan(13_000);
  expect(await t.host.verify(f.processId)).toMatchObject({ ok: true });
});

it('loads a formation stored with its profile inline, carries it on, and stores it by reference', async () => {
  const { stored, events } = RECORDED;
  const inlineSize = bytes(stored.envelope.snapshot);
  expect(inlineSize).toBeGreaterThan(16_000);
  const last = events.at(-1);
  if (last === undefined) throw new Error('fixture');
  await t.host.store.commit({
    processId: stored.processId,
    expectedSeq: null,
    record: last,
    earlier: events.slice(0, -1),
    envelope: stored.envelope,
    schedule: [],
    cancel: [],
    outbox: [],
  });
  expect(await t.host.verify(stored.processId)).toMatchObject({ ok: true, records: events.length });
  const sent = await t.host.sendTrusted(
    stored.processId,
    ev('POST_ROSTER', 'preparatory-group', D('2026-05-12T09:00:00')),
  );
  expect(sent.ok).toBe(true);
  const after = await t.host.store.load(stored.processId);
  // The group and its roster stay; the profile's 14.6 KB go.
  expect(bytes(after?.envelope.snapshot)).toBeLessThan(inlineSize / 4);
  // The process keeps the profile it was recorded with (core's shipped Shanghai profile may
  // have changed since): named by that content's hash.
  const recorded = contextOf(stored.envelope.snapshot).profile;
  expect(contextOf(after?.envelope.snapshot).profile).toMatchObject({
    [PROFILE_REF_KEY]: { id: 'shanghai', hash: profileHash(recorded) },
  });
  const { envelope } = await t.host.get(stored.processId);
  expect(canonicalJson(contextOf(envelope.snapshot).profile)).toBe(canonicalJson(recorded));
  expect(await t.host.verify(stored.processId)).toMatchObject({
    ok: true,
    records: events.length + 1,
  });
  expect((await t.host.replay(stored.processId)).equal).toBe(true);
  // The group recorded before the upgrade is still there.
  expect(contextOf((await t.host.get(stored.processId)).envelope.snapshot).group).toMatchObject({
    members: GROUP.map((m) => expect.objectContaining({ id: m.id })),
  });
});
