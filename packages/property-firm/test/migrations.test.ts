// Version-1 snapshots, recorded from the version-1 machines (test/fixtures/v1-snapshots.json,
// each with the input and events that led to it), upgrade to the current version: the upgraded
// snapshot is the one the current machine reaches on the same events, it restores, and the
// process carries on.
import { readFileSync } from 'node:fs';
import { type DeadlineEntry, deadline, dispatch, ProfileSchema } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor, type Snapshot } from 'xstate';
import {
  contractTermMachine,
  contractTermMigrations,
  dismissalMachine,
  dismissalMigrations,
  FIRM_SNAPSHOT_VERSIONS,
  HANDOVER_ITEMS,
  hiringMachine,
  hiringMigrations,
  NO_PRE_CALL,
} from '../src/index.js';
import { ev, makeRoll } from './support.js';

const ROLL = makeRoll(2, 5);

interface Recorded {
  readonly machine: 'hiring' | 'dismissal' | 'contract-term';
  readonly input: Record<string, unknown>;
  readonly events: readonly Record<string, unknown>[];
  readonly snapshot: { readonly context: { readonly profile: unknown } };
}

const V1: Readonly<Record<string, Recorded>> = JSON.parse(
  readFileSync(new URL('./fixtures/v1-snapshots.json', import.meta.url), 'utf8'),
);

/** Contract-term snapshots recorded from the version-3 machine, with their inputs and events. */
const V3: Readonly<Record<string, Recorded>> = JSON.parse(
  readFileSync(new URL('./fixtures/v3-contract-term-snapshots.json', import.meta.url), 'utf8'),
);

/**
 * Snapshots recorded from the last machines before the report to the party organisation
 * (hiring 2, dismissal 3, contract term 4), with their inputs and events.
 */
const BEFORE_REPORT: Readonly<Record<string, Recorded>> = JSON.parse(
  readFileSync(
    new URL('./fixtures/v2-hiring-v3-dismissal-v4-contract-term-snapshots.json', import.meta.url),
    'utf8',
  ),
);

const UPGRADES: Readonly<
  Record<
    Recorded['machine'],
    { machine: AnyStateMachine; version: number; migrate: (s: unknown) => unknown }
  >
> = {
  hiring: {
    machine: hiringMachine,
    version: FIRM_SNAPSHOT_VERSIONS.hiring,
    migrate: (s) => hiringMigrations[2](hiringMigrations[1](s)),
  },
  dismissal: {
    machine: dismissalMachine,
    version: FIRM_SNAPSHOT_VERSIONS.dismissal,
    migrate: (s) => dismissalMigrations[3](dismissalMigrations[2](dismissalMigrations[1](s))),
  },
  'contract-term': {
    machine: contractTermMachine,
    version: FIRM_SNAPSHOT_VERSIONS.contractTerm,
    migrate: (s) =>
      contractTermMigrations[4](
        contractTermMigrations[3](contractTermMigrations[2](contractTermMigrations[1](s))),
      ),
  },
};

/**
 * The current machine on the recorded input (with the recorded profile) and events. Older
 * machines took no report to the party organisation: where the profile requires one, it is
 * made at the instant of each committee call (SH-36 (十六)).
 */
function replay(machine: AnyStateMachine, recorded: Recorded) {
  const profile = recorded.snapshot.context.profile as {
    readonly party: { readonly reportBeforeMajorMatters: { readonly value: boolean } };
  };
  const input = { ...recorded.input, profile };
  const actor = createActor(machine, { input }).start();
  for (const event of recorded.events) {
    const by = event.by as { readonly role?: string } | undefined;
    if (
      event.type === 'CALL_ASSEMBLY' &&
      by?.role === 'committee' &&
      profile.party.reportBeforeMajorMatters.value
    ) {
      const report = dispatch(
        actor,
        ev('REPORT_TO_PARTY_ORGANISATION', 'committee', `${event.at}`),
      );
      if (!report.ok) throw new Error(`report: ${report.rejection.message.en}`);
    }
    const result = dispatch(actor, event);
    if (!result.ok) throw new Error(`${String(event.type)}: ${result.rejection.message.en}`);
  }
  return actor.getPersistedSnapshot();
}

/**
 * A replayed snapshot as an upgrade of an older one sees it: the older machine recorded no
 * report or written notice, so the upgrade knows of none (while a vote runs; once it is counted
 * the machine clears them anyway).
 */
function knowingNoPreCall(snapshot: unknown): unknown {
  const s = snapshot as { readonly context: Record<string, unknown> };
  return { ...s, context: { ...s.context, preCall: NO_PRE_CALL } };
}

/**
 * An upgraded snapshot as the current machine would hold it from the same start input: its
 * profile read by the schema, which drops the keys retired since it was recorded (`calendar`,
 * `voting.countNonVotersWithMajority`). The snapshot itself restores with them unchanged.
 */
function readingProfile(snapshot: unknown): unknown {
  const s = snapshot as { readonly context: Record<string, unknown> };
  return { ...s, context: { ...s.context, profile: ProfileSchema.parse(s.context.profile) } };
}

describe('snapshot versions', () => {
  it('each machine is at its version, with a migration from each older one', () => {
    expect(FIRM_SNAPSHOT_VERSIONS.hiring).toBe(3);
    expect(Object.keys(hiringMigrations)).toEqual(['1', '2']);
    expect(FIRM_SNAPSHOT_VERSIONS.dismissal).toBe(4);
    expect(Object.keys(dismissalMigrations)).toEqual(['1', '2', '3']);
    expect(FIRM_SNAPSHOT_VERSIONS.contractTerm).toBe(5);
    expect(Object.keys(contractTermMigrations)).toEqual(['1', '2', '3', '4']);
  });

  it('refuses something that is not a persisted snapshot, with a clear error', () => {
    expect(() => hiringMigrations[1]({ nope: true })).toThrow(/not a persisted snapshot/);
    expect(() => dismissalMigrations[1]('x')).toThrow(/dismissal migration/);
  });
});

describe.each(Object.entries(V1))('version 1 → current: %s', (_name, recorded) => {
  const upgrade = UPGRADES[recorded.machine];

  it('upgrades to the snapshot the current machine reaches on the same events', () => {
    const upgraded = upgrade.migrate(recorded.snapshot);
    expect(readingProfile(upgraded)).toEqual(knowingNoPreCall(replay(upgrade.machine, recorded)));
  });

  it('restores, persists the same through JSON, and takes the next event', () => {
    const upgraded = upgrade.migrate(recorded.snapshot) as Snapshot<unknown>;
    const actor = createActor(upgrade.machine, { snapshot: upgraded }).start();
    const again = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    expect(again).toEqual(upgraded);
    const now = (upgraded as unknown as { context: { now: string } }).context.now;
    const later = new Date(Date.parse(now) + 3_600_000).toISOString();
    expect(dispatch(actor, ev('TICK', 'system', later)).ok).toBe(true);
    expect(actor.getSnapshot().context.now).toBe(later);
  });
});

// SH 50 counts the hand-over from the day after the contract ended (CC 201); an end at 24:00
// belongs to the day it closes (CC 203). Version 2 counted from the next day.
describe('version 2 → 3: the hand-over deadline is recounted from the termination day', () => {
  const ENDS = '2026-12-31T16:00:00.000Z';
  function exited(events: readonly Record<string, unknown>[]) {
    const actor = createActor(contractTermMachine, {
      input: {
        processId: 'p-1',
        startedAt: '2026-03-02T09:00:00+08:00',
        roll: ROLL,
        firm: { id: 'f' },
        contract: { endsAt: ENDS },
      },
    }).start();
    for (const e of [
      ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-09-01T10:00:00+08:00'),
      ev('TICK', 'system', '2027-01-01T00:00:00+08:00'),
      ...events,
    ]) {
      const r = dispatch(actor, e);
      if (!r.ok) throw new Error(r.rejection.message.en);
    }
    return actor.getPersistedSnapshot() as unknown as {
      context: { deadlines: Record<string, DeadlineEntry> };
    };
  }
  /** The snapshot as version 2 kept it: the hand-over counted from 2027-01-01. */
  function asVersion2(current: ReturnType<typeof exited>, status?: DeadlineEntry['status']) {
    const entry = current.context.deadlines.handover!;
    const due = deadline(entry.due.trigger, entry.due.period);
    expect(due.lastDay).toBe('2027-01-11');
    const handover = { ...entry, due, ...(status === undefined ? {} : { status }) };
    return {
      ...current,
      context: { ...current.context, deadlines: { ...current.context.deadlines, handover } },
    };
  }

  it('moves a pending deadline to 01-10 and leaves the rest of the snapshot alone', () => {
    const current = exited([]);
    const upgraded = contractTermMigrations[2](asVersion2(current));
    expect(upgraded).toEqual(current);
    expect(current.context.deadlines.handover?.due.lastDay).toBe('2027-01-10');
    expect(dismissalMigrations[2](asVersion2(current))).toEqual(current);
  });

  it('judges a hand-over completed on 01-11 again: late by the recounted deadline', () => {
    const current = exited(
      HANDOVER_ITEMS.filter((item) => item !== 'service-fund-balance-and-assets')
        .map((item) =>
          ev('HAND_OVER_ITEM', 'property-firm', '2027-01-09T10:00:00+08:00', {
            item,
            receipt: 'R',
          }),
        )
        .concat([ev('COMPLETE_HANDOVER', 'committee', '2027-01-11T10:00:00+08:00')]),
    );
    expect(current.context.deadlines.handover?.status).toBe('late');
    const upgraded = contractTermMigrations[2](asVersion2(current, 'met'));
    expect(upgraded).toEqual(current);
  });

  it('leaves a snapshot without a hand-over as it is, and refuses what is not a snapshot', () => {
    const before = { value: 'inTerm', context: { terminatedAt: null, deadlines: {} } };
    expect(contractTermMigrations[2](before)).toBe(before);
    expect(() => contractTermMigrations[2]('x')).toThrow(/contract-term migration/);
  });
});

// Version 4 records the owners' decision on the next term (SH 46 ¶1 "作出续聘或者另聘物业服务企业的
// 决定"). A version-3 snapshot had only the votes: a renewal vote that did not pass is "no
// decision" (CC 948 ¶1 "业主没有依法作出续聘或者另聘物业服务人的决定").
describe.each(Object.entries(V3))('version 3 → current: %s', (_name, recorded) => {
  const migrate = (s: unknown) => contractTermMigrations[4](contractTermMigrations[3](s));

  it('upgrades to the snapshot the current machine reaches on the same events', () => {
    const upgraded = migrate(recorded.snapshot);
    expect(readingProfile(upgraded)).toEqual(
      knowingNoPreCall(replay(contractTermMachine, recorded)),
    );
  });

  it('restores and takes the next event', () => {
    const upgraded = migrate(recorded.snapshot) as Snapshot<unknown>;
    const machine: AnyStateMachine = contractTermMachine;
    const actor = createActor(machine, { snapshot: upgraded }).start();
    expect(JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))).toEqual(upgraded);
    const now = (upgraded as unknown as { context: { now: string } }).context.now;
    const later = new Date(Date.parse(now) + 3_600_000).toISOString();
    expect(dispatch(actor, ev('TICK', 'system', later)).ok).toBe(true);
  });
});

describe('version 3 → 4: the owners’ decision', () => {
  const decisionOf = (name: string) =>
    (contractTermMigrations[3](V3[name]?.snapshot) as { context: { ownersDecision: unknown } })
      .context.ownersDecision;

  it('a renewal vote that did not pass is no decision; one that passed is renewal', () => {
    expect(decisionOf('contract-term-no-decision')).toEqual({
      kind: 'none',
      at: '2026-03-24T10:00:00+08:00',
      voteId: 'r0',
    });
    expect(decisionOf('contract-term-holdover')).toMatchObject({ kind: 'none' });
    expect(decisionOf('contract-term-renewal-decided')).toMatchObject({ kind: 'renew' });
    expect(decisionOf('contract-term-firm-leaving')).toBeNull();
  });

  it('leaves a version-4 snapshot alone and refuses what is not a snapshot', () => {
    const v4 = contractTermMigrations[3](V3['contract-term-no-decision']?.snapshot);
    expect(contractTermMigrations[3](v4)).toBe(v4);
    expect(() => contractTermMigrations[3]('x')).toThrow(/contract-term migration/);
  });
});

// The report to the residential party organisation ("启动业主大会决策前，应当主动向居（村）党组织
// 报告", SH-36 (十六)) and the written notice of "会议时间、地点、议题和议程" to the housing office
// and residents' committee (SH 25 ¶2) are recorded from hiring 3, dismissal 4 and contract term 5.
// Older snapshots recorded neither: the upgrade records none, and a vote already called runs on.
describe.each(Object.entries(BEFORE_REPORT))(
  'the last version before the report → current: %s',
  (_name, recorded) => {
    const migrate = {
      hiring: hiringMigrations[2],
      dismissal: dismissalMigrations[3],
      'contract-term': contractTermMigrations[4],
    }[recorded.machine];
    const machine: AnyStateMachine = UPGRADES[recorded.machine].machine;

    it('upgrades to the snapshot the current machine reaches on the same events', () => {
      const upgraded = migrate(recorded.snapshot);
      expect((upgraded as { context: { preCall: unknown } }).context.preCall).toEqual(NO_PRE_CALL);
      expect(readingProfile(upgraded)).toEqual(knowingNoPreCall(replay(machine, recorded)));
      // Only the record is new: the rest of the context is as recorded.
      expect(knowingNoPreCall({ ...recorded.snapshot })).toEqual(upgraded);
    });

    it('restores, persists the same through JSON, and takes the next event', () => {
      const upgraded = migrate(recorded.snapshot) as Snapshot<unknown>;
      const actor = createActor(machine, { snapshot: upgraded }).start();
      expect(JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))).toEqual(upgraded);
      const now = (upgraded as unknown as { context: { now: string } }).context.now;
      const later = new Date(Date.parse(now) + 3_600_000).toISOString();
      expect(dispatch(actor, ev('TICK', 'system', later)).ok).toBe(true);
    });

    it('leaves an upgraded snapshot alone and refuses what is not a snapshot', () => {
      const upgraded = migrate(recorded.snapshot);
      expect(migrate(upgraded)).toBe(upgraded);
      expect(() => migrate('x')).toThrow(/migration: not a persisted snapshot/);
    });
  },
);

describe('the last version before the report: a vote already called runs on', () => {
  it('upgrades a dismissal snapshot in the middle of its vote, which is then counted', () => {
    const recorded = BEFORE_REPORT['dismissal-voting'];
    expect(recorded?.snapshot).toMatchObject({ value: { vote: 'voting' } });
    const upgraded = dismissalMigrations[3](recorded?.snapshot) as Snapshot<unknown>;
    const machine: AnyStateMachine = dismissalMachine;
    const actor = createActor(machine, { snapshot: upgraded }).start();
    const closesAt: string = actor.getSnapshot().context.assembly?.closesAt ?? '';
    expect(dispatch(actor, ev('CLOSE_VOTE', 'committee', closesAt)).ok).toBe(true);
    expect(actor.getSnapshot().context.assembly).toBeNull();
  });
});
