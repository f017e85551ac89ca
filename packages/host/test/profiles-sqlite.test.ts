// A SQLite store written before profiles were kept apart has no profile tables: opened to write,
// they are created; opened read-only (status, due), it reads as holding no profiles, and its
// processes, whose snapshots hold their profiles inline, still load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILES } from '@jiayuan/core';
import Database from 'libsql';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createHost,
  GENESIS_HASH,
  hashRecord,
  openSqliteStore,
  profileHash,
} from '../src/index.js';
import { profiledV1 } from './support/profiled.js';

const OPENED_AT = '2026-03-02T09:00:00+08:00';
let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jiayuan-profiles-sqlite-'));
  path = join(dir, 'host.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('an old store without profile tables loads read-only, and gets them when opened to write', async () => {
  // A process as the host wrote it before references, then the tables dropped: an old file.
  const writer = await openSqliteStore({ path, synchronous: 'normal' });
  const fields = {
    processId: 'old',
    seq: 0,
    kind: 'start' as const,
    machineVersion: 1,
    key: null,
    body: { input: { openedAt: OPENED_AT } },
    recordedAt: '2026-03-02T01:00:00.000Z',
    prevHash: GENESIS_HASH,
  };
  const inline = {
    status: 'active',
    value: 'open',
    historyValue: {},
    context: { now: OPENED_AT, profile: PROFILES.shanghai, notes: 0 },
    children: {},
  };
  await writer.commit({
    processId: 'old',
    expectedSeq: null,
    record: { ...fields, hash: hashRecord(fields) },
    envelope: { machine: 'profiled', version: 1, snapshot: inline },
    schedule: [],
    cancel: [],
    outbox: [],
  });
  await writer.close();
  const db = new Database(path);
  db.exec('DROP TABLE host_profiles; DROP TABLE host_profile_versions;');
  db.close();

  const reader = createHost({
    store: await openSqliteStore({ path, readOnly: true }),
    machines: [profiledV1],
  });
  expect(await reader.store.profile(profileHash(PROFILES.shanghai))).toBeUndefined();
  const { envelope } = await reader.get('old');
  expect(envelope.snapshot).toMatchObject({ context: { profile: { id: 'shanghai' } } });
  expect(await reader.verify('old')).toMatchObject({ ok: true });
  await reader.close();

  const host = createHost({
    store: await openSqliteStore({ path, synchronous: 'normal' }),
    machines: [profiledV1],
  });
  const sent = await host.sendTrusted('old', {
    type: 'NOTE',
    n: 1,
    at: '2026-03-03T09:00:00+08:00',
    by: { id: 'ann', role: 'owner' },
  });
  expect(sent.ok).toBe(true);
  expect(await host.store.profile(profileHash(PROFILES.shanghai))).toMatchObject({
    id: 'shanghai',
    version: 1,
  });
  await host.close();
});
