// An overdue posting suggests a joint-meeting matter only where the profile has a level to start
// it at. JA 二(一)4: "住宅小区工作联席会议：由业委会主任牵头，业委会委员、楼组长、物业项目经理、业主代表
// 参加"; 二(四)4 puts the complex's disclosure before it. The `beijing` and `national` profiles have no
// joint meetings (`jointMeetings.levels` empty): a matter there cannot start, so none is suggested.
// BJ 44 ¶1 (八): "每半年公示业主委员会委员、候补委员交纳物业费、停车费情况"; CC 203: "二十四时".
import { readFileSync } from 'node:fs';
import { beijing, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  DISCLOSURE_SNAPSHOT_VERSION,
  type DisclosureContext,
  disclosureMigrations,
  matterMachine,
} from '../../src/index.js';
import { startCalendar } from './support.js';

const overdueEvents = (h: ReturnType<typeof startCalendar>) =>
  h.emitted.filter((e) => e.type === 'obligation-overdue');

describe('the matter an overdue posting suggests follows the profile’s levels', () => {
  it('shanghai: at the complex, its lowest level, and the matter starts', () => {
    const h = startCalendar();
    expect(h.actor.getSnapshot().context.matterLevel).toBe('complex');
    h.send('TICK', 'system', '2026-04-01T00:00:00+08:00');
    const [e] = overdueEvents(h);
    const matter = e?.type === 'obligation-overdue' ? e.matter : null;
    expect(matter).toMatchObject({ level: 'complex' });
    expect(createActor(matterMachine, { input: matter! }).start().getSnapshot().context.level).toBe(
      'complex',
    );
  });

  it('beijing: overdue at 00:00:00 of 09-03, not at 23:59:59 of 09-02, with no matter suggested', () => {
    const h = startCalendar({ profile: beijing });
    expect(h.actor.getSnapshot().context.matterLevel).toBeNull();
    h.send('TICK', 'system', '2026-09-02T23:59:59+08:00');
    expect(overdueEvents(h)).toEqual([]);
    h.send('TICK', 'system', '2026-09-03T00:00:00+08:00');
    expect(h.obligation('committee-fee-payments')?.status).toBe('overdue');
    const events = overdueEvents(h);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ matter: null });
    expect(h.actor.getSnapshot().context.raised).toEqual([]);
  });

  it('national: no level either', () => {
    expect(startCalendar({ profile: national }).actor.getSnapshot().context.matterLevel).toBeNull();
  });
});

describe('disclosure snapshot version 4 → 5', () => {
  // The version-3 beijing fixture brought to version 4 by its migration, then to 5.
  const V3: Readonly<Record<string, { readonly snapshot: unknown }>> = JSON.parse(
    readFileSync(new URL('../fixtures/v3-disclosure-snapshots.json', import.meta.url), 'utf8'),
  );

  it('has a migration from 4 (version 6: see fund-drawings-migration.test.ts)', () => {
    expect(DISCLOSURE_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(5);
    expect(Object.keys(disclosureMigrations)).toEqual(expect.arrayContaining(['1', '2', '3', '4']));
  });

  it('a beijing snapshot gets no level; a shanghai one the complex; a host’s own the complex', () => {
    const v4 = disclosureMigrations[3](V3['beijing-may']!.snapshot);
    const up = (s: unknown) =>
      (disclosureMigrations[4](s) as { context: DisclosureContext }).context;
    expect(up(v4).matterLevel).toBeNull();
    const shanghai = startCalendar().actor.getPersistedSnapshot() as unknown as {
      context: DisclosureContext;
    };
    const { matterLevel: _drop, ...old } = shanghai.context;
    expect(up({ ...shanghai, context: old }).matterLevel).toBe('complex');
    expect(up({ ...shanghai, context: { ...old, profileId: 'host-own' } }).matterLevel).toBe(
      'complex',
    );
  });
});
