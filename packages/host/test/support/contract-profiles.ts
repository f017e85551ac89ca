// The store contract for profiles kept apart from snapshots: one suite, run against every store.
import { PROFILES, type Profile } from '@jiayuan/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  createHost,
  GENESIS_HASH,
  type Host,
  hashRecord,
  type MachineEntry,
  PROFILE_REF_KEY,
  ProfileConflictError,
  type ProfileEntry,
  ProfileRegistry,
  profileHash,
  SHIPPED_PROFILE_VERSION,
} from '../../src/index.js';
import type { StoreHarness } from './contract.js';
import { ev } from './petition.js';
import { profiledV1 } from './profiled.js';

const OPENED_AT = '2026-03-02T09:00:00+08:00';
const shanghai = PROFILES.shanghai;
const custom: Profile = { ...shanghai, id: 'custom' };
const customChanged: Profile = {
  ...custom,
  name: { 'zh-CN': '自定（修订）', en: 'Custom (revised)' },
};

type Json = Record<string, unknown>;
const contextOf = (snapshot: unknown): Json => (snapshot as { context: Json }).context;

/** Runs the profile part of the store contract against stores made by `makeHarness`. */
export function runProfileContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`store contract, profiles: ${name}`, { timeout: 30_000 }, () => {
    let harness: StoreHarness;
    const hosts: Host[] = [];
    const open = async (
      profiles: readonly ProfileEntry[] = [],
      machines: readonly MachineEntry[] = [profiledV1],
    ) => {
      const host = createHost({
        store: await harness.open(),
        machines,
        profiles,
        clock: () => new Date('2026-03-02T01:00:00.000Z'),
      });
      hosts.push(host);
      return host;
    };
    const closeAll = async () => {
      for (const host of hosts.splice(0)) await host.close();
    };
    beforeEach(async () => {
      harness = await makeHarness();
    });
    afterEach(async () => {
      await closeAll();
      await harness.dispose();
    });

    it('keeps each profile content once by hash; another content under a used id and version is refused', async () => {
      const host = await open();
      const hash = profileHash(custom);
      const kept = { hash, id: 'custom', version: 1, profile: custom };
      expect(await host.store.profile(hash)).toBeUndefined();
      await host.store.putProfile(kept);
      await host.store.putProfile(kept);
      const back = await host.store.profile(hash);
      expect(back).toMatchObject({ hash, id: 'custom', version: 1 });
      expect(canonicalJson(back?.profile)).toBe(canonicalJson(custom));
      const changed = {
        hash: profileHash(customChanged),
        id: 'custom',
        version: 1,
        profile: customChanged,
      };
      const refused = host.store.putProfile(changed);
      await expect(refused).rejects.toThrow(ProfileConflictError);
      await expect(host.store.putProfile(changed)).rejects.toMatchObject({
        code: 'profile-conflict',
        profileId: 'custom',
        version: 1,
        heldHash: hash,
      });
      expect(await host.store.profile(changed.hash)).toBeUndefined();
      // Under the next version, or with no version (a process's own profile), it is kept.
      await host.store.putProfile({ ...changed, version: 2 });
      await host.store.putProfile({ ...changed, hash: 'h'.repeat(64), version: null });
      await host.store.putProfile({ ...changed, hash: 'i'.repeat(64), version: null });
      expect((await host.store.profile(changed.hash))?.version).toBe(2);
    });

    it('persists a snapshot and a start record with a reference; get, load, verify and replay see the profile', async () => {
      const host = await open();
      const started = await host.start({
        machine: 'profiled',
        input: { openedAt: OPENED_AT },
        processId: 'p1',
      });
      // The caller is given the whole snapshot; the store holds the reference.
      expect(contextOf(started.envelope.snapshot).profile).toMatchObject({ id: 'shanghai' });
      const ref = { id: 'shanghai', version: SHIPPED_PROFILE_VERSION, hash: profileHash(shanghai) };
      const stored = await host.store.load('p1');
      expect(contextOf(stored?.envelope.snapshot).profile).toEqual({ [PROFILE_REF_KEY]: ref });
      expect(JSON.stringify(stored?.envelope.snapshot).length).toBeLessThan(1_000);
      await host.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 2 }));
      expect(contextOf((await host.store.load('p1'))?.envelope.snapshot).profile).toEqual({
        [PROFILE_REF_KEY]: ref,
      });
      // A start input's own profile is logged as a reference too.
      const own = await host.start({
        machine: 'profiled',
        input: { openedAt: OPENED_AT, profile: customChanged },
        processId: 'p2',
      });
      const [start] = await host.events('p2');
      const ownRef = { id: 'custom', version: null, hash: profileHash(customChanged) };
      expect(start?.body).toEqual({
        input: { openedAt: OPENED_AT, profile: { [PROFILE_REF_KEY]: ownRef } },
      });
      expect(canonicalJson(contextOf(own.envelope.snapshot).profile)).toBe(
        canonicalJson(customChanged),
      );
      await closeAll();

      const again = await open();
      for (const id of ['p1', 'p2']) {
        expect(await again.verify(id)).toMatchObject({ ok: true });
        expect((await again.replay(id)).equal).toBe(true);
      }
      const { envelope } = await again.get('p1');
      expect(canonicalJson(contextOf(envelope.snapshot).profile)).toBe(canonicalJson(shanghai));
      const loaded = await again.load('p2');
      expect(canonicalJson(contextOf(loaded.snapshot).profile)).toBe(canonicalJson(customChanged));
    });

    it('a process keeps the profile it started with after the registered one changes version', async () => {
      const v1 = await open([{ version: 1, profile: custom }]);
      await v1.start({
        machine: 'profiled',
        input: { openedAt: OPENED_AT, profile: custom },
        processId: 'p1',
      });
      expect(contextOf((await v1.store.load('p1'))?.envelope.snapshot).profile).toEqual({
        [PROFILE_REF_KEY]: { id: 'custom', version: 1, hash: profileHash(custom) },
      });
      await closeAll();

      // The next deployment revises the profile under version 2; the running process keeps v1.
      const v2 = await open([
        { version: 1, profile: custom },
        { version: 2, profile: customChanged },
      ]);
      await v2.sendTrusted('p1', ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 1 }));
      const { envelope } = await v2.get('p1');
      expect(canonicalJson(contextOf(envelope.snapshot).profile)).toBe(canonicalJson(custom));
      await v2.start({
        machine: 'profiled',
        input: { openedAt: OPENED_AT, profile: customChanged },
        processId: 'p2',
      });
      expect(contextOf((await v2.store.load('p2'))?.envelope.snapshot).profile).toEqual({
        [PROFILE_REF_KEY]: { id: 'custom', version: 2, hash: profileHash(customChanged) },
      });
      await closeAll();

      // Changing version 1's content in place is refused: by the registry, and by the store.
      expect(
        () =>
          new ProfileRegistry([
            { version: 1, profile: custom },
            { version: 1, profile: customChanged },
          ]),
      ).toThrow(ProfileConflictError);
      const changedInPlace = await open([{ version: 1, profile: customChanged }]);
      await expect(
        changedInPlace.registerProfile({ version: 1, profile: customChanged }),
      ).rejects.toMatchObject({ code: 'profile-conflict', profileId: 'custom', version: 1 });
      await expect(
        changedInPlace.start({
          machine: 'profiled',
          input: { openedAt: OPENED_AT, profile: customChanged },
          processId: 'p3',
        }),
      ).rejects.toThrow(ProfileConflictError);
      expect(await changedInPlace.store.head('p3')).toBeUndefined();
      // The process started under version 1 still loads with its own content.
      const { envelope: kept } = await changedInPlace.get('p1');
      expect(canonicalJson(contextOf(kept.snapshot).profile)).toBe(canonicalJson(custom));
    });

    it('a shipped profile changed by a later core is kept by content, not refused', async () => {
      const host = await open();
      // The store kept an earlier Shanghai content under the shipped version.
      const earlier: Profile = {
        ...shanghai,
        name: { 'zh-CN': '上海（旧）', en: 'Shanghai (earlier)' },
      };
      await host.store.putProfile({
        hash: profileHash(earlier),
        id: 'shanghai',
        version: SHIPPED_PROFILE_VERSION,
        profile: earlier,
      });
      await host.start({ machine: 'profiled', input: { openedAt: OPENED_AT }, processId: 'p1' });
      expect(contextOf((await host.store.load('p1'))?.envelope.snapshot).profile).toEqual({
        [PROFILE_REF_KEY]: { id: 'shanghai', version: null, hash: profileHash(shanghai) },
      });
      expect((await host.store.profile(profileHash(shanghai)))?.version).toBeNull();
      expect(await host.verify('p1')).toMatchObject({ ok: true });
      // A profile of the host's own is refused in the same case (the test before).
    });

    it('a profile of the host’s own stored with a key core has since retired is the same profile, kept by content', async () => {
      // As a host stored `custom` version 1 before `calendar` and
      // `voting.countNonVotersWithMajority` left the schema (each could hold one value only).
      const legacy = {
        ...custom,
        calendar: { timeZone: 'Asia/Shanghai' },
        voting: {
          ...custom.voting,
          countNonVotersWithMajority: { value: false, cite: ['CC-278-2-ordinary'] },
        },
      };
      const host = await open([{ version: 1, profile: legacy as unknown as Profile }]);
      await host.store.putProfile({
        hash: profileHash(legacy),
        id: 'custom',
        version: 1,
        profile: legacy,
      });
      await host.start({
        machine: 'profiled',
        input: { openedAt: OPENED_AT, profile: custom },
        processId: 'p1',
      });
      // Today's reading has no retired key, so another hash: kept by content, not refused.
      expect(contextOf((await host.store.load('p1'))?.envelope.snapshot).profile).toEqual({
        [PROFILE_REF_KEY]: { id: 'custom', version: null, hash: profileHash(custom) },
      });
      expect(await host.verify('p1')).toMatchObject({ ok: true });
      // A content that reads as another profile is still refused.
      await expect(
        host.registerProfile({ version: 1, profile: customChanged }),
      ).rejects.toMatchObject({ code: 'profile-conflict', profileId: 'custom', version: 1 });
    });

    it('loads a process stored with its profile inline, as before references, and continues', async () => {
      const host = await open();
      // Written as the host wrote it before profiles were kept apart: the profile inline.
      const input = { openedAt: OPENED_AT };
      const fields = {
        processId: 'old',
        seq: 0,
        kind: 'start' as const,
        machineVersion: 1,
        key: null,
        body: { input },
        recordedAt: '2026-03-02T01:00:00.000Z',
        prevHash: GENESIS_HASH,
      };
      const inline = {
        status: 'active',
        value: 'open',
        historyValue: {},
        context: { now: OPENED_AT, profile: JSON.parse(JSON.stringify(shanghai)), notes: 0 },
        children: {},
      };
      await host.store.commit({
        processId: 'old',
        expectedSeq: null,
        record: { ...fields, hash: hashRecord(fields) },
        envelope: { machine: 'profiled', version: 1, snapshot: inline },
        schedule: [],
        cancel: [],
        outbox: [],
      });
      expect(await host.verify('old')).toMatchObject({ ok: true });
      const sent = await host.sendTrusted(
        'old',
        ev('NOTE', 'owner', '2026-03-03T09:00:00+08:00', { n: 1 }),
      );
      expect(sent.ok).toBe(true);
      const stored = await host.store.load('old');
      expect(contextOf(stored?.envelope.snapshot)).toMatchObject({
        notes: 1,
        profile: { [PROFILE_REF_KEY]: { id: 'shanghai', version: SHIPPED_PROFILE_VERSION } },
      });
      expect(await host.verify('old')).toMatchObject({ ok: true, records: 2 });
    });

    it('verify names a profile that was altered or removed from the store', async () => {
      const writer = await open();
      await writer.start({
        machine: 'profiled',
        input: { openedAt: OPENED_AT, profile: custom },
        processId: 'p1',
      });
      await closeAll();
      const hash = profileHash(custom);
      await harness.tamper('UPDATE host_profiles SET content = ? WHERE hash = ?', [
        JSON.stringify(customChanged),
        hash,
      ]);
      const reader = await open();
      expect(await reader.verify('p1')).toMatchObject({ ok: false, problem: 'profile' });
      await expect(reader.get('p1')).rejects.toMatchObject({ code: 'profile-altered', hash });
      await closeAll();
      await harness.tamper('DELETE FROM host_profiles WHERE hash = ?', [hash]);
      const emptied = await open();
      await expect(emptied.get('p1')).rejects.toMatchObject({ code: 'profile-not-found', hash });
      expect(await emptied.verify('p1')).toMatchObject({ ok: false, problem: 'profile' });
    });
  });
}
