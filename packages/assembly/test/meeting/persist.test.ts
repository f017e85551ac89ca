import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ASSEMBLY_SNAPSHOT_VERSION, assemblyMachine, assemblyMigrations } from '../../src/index.js';
import { CLOSES_AT, meetingInput, OPENS_AT, sheetOf, start } from './support.js';

describe('persist → JSON → restore → persist', () => {
  it('is equal and the restored meeting goes on counting', () => {
    const h = start();
    h.call();
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    h.send('CAST_BALLOT', 'system', '2026-04-18T10:00:00+08:00', {
      sheet: sheetOf('u1', { statute: 'agree', lift: 'agree' }),
    });
    const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    const restored = createActor(assemblyMachine, {
      snapshot: json,
      input: meetingInput(),
    }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'CAST_BALLOT',
      at: '2026-04-19T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: sheetOf('u2', { statute: 'agree' }, '2026-04-19T10:00:00+08:00'),
    } as never);
    restored.send({
      type: 'CLOSE_VOTE',
      at: CLOSES_AT,
      by: { id: 'c', role: 'committee' },
    } as never);
    const outcomes = restored.getSnapshot().context.decision?.outcomes;
    expect(outcomes?.map((o) => o.participation.headcount)).toEqual([2, 1]);
  });

  it('upgrades the recorded version-1 snapshot (test/fixtures/v1-assembly-snapshot.json) to 2', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(2);
    expect(Object.keys(assemblyMigrations)).toContain('1');
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/v1-assembly-snapshot.json', import.meta.url), 'utf8'),
    );
    expect(recorded.context.freeze).toBeUndefined();
    const upgraded = assemblyMigrations[1](recorded) as typeof recorded;
    expect(upgraded.context.freeze).toEqual({ active: false, changedAt: null });
    // Everything else as recorded; upgrading twice changes nothing.
    expect({ ...upgraded.context, freeze: undefined }).toEqual({
      ...recorded.context,
      freeze: undefined,
    });
    expect(assemblyMigrations[1](upgraded)).toBe(upgraded);
    expect(() => assemblyMigrations[1]({ value: 'voting' })).toThrow(/assembly migration/);
    // On to the current version (3: no challenges yet; 4: no transfers yet; 5: no rules; 6: no
    // filing of a rules change).
    const actor = createActor(assemblyMachine, {
      snapshot: assemblyMigrations[5](
        assemblyMigrations[4](assemblyMigrations[3](assemblyMigrations[2](upgraded))),
      ) as typeof upgraded,
      input: meetingInput(),
    }).start();
    expect(actor.getSnapshot().value).toBe('voting');
    actor.send({ type: 'CLOSE_VOTE', at: CLOSES_AT, by: { id: 'c', role: 'committee' } } as never);
    expect(actor.getSnapshot().value).toBe('counted');
    expect(actor.getSnapshot().context.decision?.outcomes[0]?.agree.headcount).toBe(1);
  });

  it('upgrades the recorded version-3 snapshot (test/fixtures/v3-assembly-snapshot.json) to 4', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(4);
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/v3-assembly-snapshot.json', import.meta.url), 'utf8'),
    );
    expect(recorded.context.transfers).toBeUndefined();
    expect(recorded.context.ballots.voided).toBeUndefined();
    const upgraded = assemblyMigrations[3](recorded) as typeof recorded;
    expect(upgraded.context.transfers).toEqual([]);
    expect(upgraded.context.ballots.transfers).toEqual([]);
    expect(upgraded.context.ballots.voided).toEqual([]);
    expect({ ...upgraded.context, transfers: undefined, ballots: undefined }).toEqual({
      ...recorded.context,
      transfers: undefined,
      ballots: undefined,
    });
    expect(assemblyMigrations[3](upgraded)).toBe(upgraded);
    expect(() => assemblyMigrations[3](null)).toThrow(/assembly migration/);
    // The restored meeting takes a transfer: u1's owner had answered, so the answer stands.
    const actor = createActor(assemblyMachine, {
      snapshot: assemblyMigrations[5](assemblyMigrations[4](upgraded)) as typeof upgraded,
      input: meetingInput(),
    }).start();
    expect(actor.getSnapshot().value).toBe('voting');
    actor.send({
      type: 'RECORD_TRANSFER',
      at: '2026-04-20T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      unitId: 'u1',
      from: ['o-u1'],
      to: ['n-1'],
      registeredAt: '2026-04-20T09:00:00+08:00',
    } as never);
    expect(actor.getSnapshot().context.ballots?.transfers[0]?.held).toEqual(['statute', 'lift']);
    actor.send({ type: 'CLOSE_VOTE', at: CLOSES_AT, by: { id: 'c', role: 'committee' } } as never);
    const outcomes = actor.getSnapshot().context.decision?.outcomes;
    expect(outcomes?.map((o) => [o.participation.headcount, o.agree.headcount])).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  it('upgrades the recorded version-4 snapshot (test/fixtures/v4-assembly-snapshot.json) to 5', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(5);
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/v4-assembly-snapshot.json', import.meta.url), 'utf8'),
    );
    expect(recorded.context.rules).toBeUndefined();
    expect(recorded.context.ballots.transferPolicy).toBeUndefined();
    expect(recorded.context.transfers).toHaveLength(1);
    const upgraded = assemblyMigrations[4](recorded) as typeof recorded;
    // Started with no record of the rules; the open votes keep the policy of the profile held.
    expect(upgraded.context.rules).toBeNull();
    expect(upgraded.context.electronicAdopted).toBe(recorded.context.electronicAdopted);
    expect(upgraded.context.ballots.transferPolicy).toBe('old-ballot-stands');
    expect({ ...upgraded.context, rules: undefined, ballots: undefined }).toEqual({
      ...recorded.context,
      ballots: undefined,
    });
    expect({ ...upgraded.context.ballots, transferPolicy: undefined }).toEqual({
      ...recorded.context.ballots,
    });
    expect(assemblyMigrations[4](upgraded)).toBe(upgraded);
    expect(() => assemblyMigrations[4]('voting')).toThrow(/assembly migration/);
    // A version-4 meeting whose profile froze the roll upgrades to `roll-frozen`.
    const frozenProfile = structuredClone(recorded);
    frozenProfile.context.profile.voting.transferDuringWindow.value = 'roll-frozen';
    expect(
      (assemblyMigrations[4](frozenProfile) as typeof recorded).context.ballots.transferPolicy,
    ).toBe('roll-frozen');
    // The restored meeting goes on: u2 passed to n-2 (no answer before the registration), u1's
    // answers stand; n-2 answers the statute.
    const actor = createActor(assemblyMachine, {
      snapshot: assemblyMigrations[5](upgraded) as typeof upgraded,
      input: meetingInput(),
    }).start();
    expect(actor.getSnapshot().value).toBe('voting');
    actor.send({
      type: 'CAST_BALLOT',
      at: '2026-04-20T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: { ...sheetOf('u2', { statute: 'agree' }, '2026-04-20T10:00:00+08:00'), castBy: 'n-2' },
    } as never);
    actor.send({ type: 'CLOSE_VOTE', at: CLOSES_AT, by: { id: 'c', role: 'committee' } } as never);
    const outcomes = actor.getSnapshot().context.decision?.outcomes;
    expect(outcomes?.map((o) => [o.participation.headcount, o.agree.headcount])).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });

  it('upgrades the recorded version-5 snapshot (test/fixtures/v5-assembly-snapshot.json) to 6', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(6);
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/v5-assembly-snapshot.json', import.meta.url), 'utf8'),
    );
    expect(recorded.context.rulesFiling).toBeUndefined();
    expect(recorded.context.call.items[0].proposed.version).toBe(2);
    const upgraded = assemblyMigrations[5](recorded) as typeof recorded;
    expect(upgraded.context.rulesFiling).toBeNull();
    expect({ ...upgraded.context, rulesFiling: undefined }).toEqual({ ...recorded.context });
    expect(assemblyMigrations[5](upgraded)).toBe(upgraded);
    expect(() => assemblyMigrations[5]({ context: {} })).toThrow(/assembly migration/);
    // The restored meeting goes on: u7 makes 7 of 10 on the statute (7·3 = 21 ≥ 20, 2/3 以上),
    // all agreeing; the count starts the 30 days of the filing (SH 33), filed in time.
    const actor = createActor(assemblyMachine, {
      snapshot: upgraded,
      input: meetingInput(),
    }).start();
    expect(actor.getSnapshot().value).toBe('voting');
    actor.send({
      type: 'CAST_BALLOT',
      at: '2026-04-20T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: sheetOf('u7', { statute: 'agree' }, '2026-04-20T10:00:00+08:00'),
    } as never);
    actor.send({ type: 'CLOSE_VOTE', at: CLOSES_AT, by: { id: 'c', role: 'committee' } } as never);
    expect(actor.getSnapshot().context.decision?.outcomes[0]?.passed).toBe(true);
    expect(actor.getSnapshot().context.deadlines['rules-change-filing']?.status).toBe('pending');
    actor.send({
      type: 'FILE_RULES_CHANGE',
      at: '2026-05-06T10:00:00+08:00',
      by: { id: 'c', role: 'committee' },
      reference: 'r',
    } as never);
    expect(actor.getSnapshot().context.rulesFiling).toMatchObject({
      items: ['statute'],
      late: false,
    });
  });

  it('upgrades the recorded version-6 snapshot (test/fixtures/v6-assembly-snapshot.json) to 7 unchanged', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(7);
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/v6-assembly-snapshot.json', import.meta.url), 'utf8'),
    );
    // Recorded in voting: an elect-committee item answered agree or disagree, no election.
    expect(recorded.context.call.items[1]).toEqual({
      id: 'members',
      kind: 'elect-committee',
      title: '确认业主委员会委员名单',
    });
    const upgraded = assemblyMigrations[6](recorded) as typeof recorded;
    expect(upgraded).toBe(recorded);
    expect(() => assemblyMigrations[6]({ context: {} })).toThrow(/assembly migration/);
    // The restored meeting goes on and counts the question as before: 7 of 10 take part.
    const actor = createActor(assemblyMachine, {
      snapshot: upgraded,
      input: meetingInput(),
    }).start();
    expect(actor.getSnapshot().value).toBe('voting');
    actor.send({
      type: 'CAST_BALLOT',
      at: '2026-04-20T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: sheetOf('u7', { members: 'agree' }, '2026-04-20T10:00:00+08:00'),
    } as never);
    actor.send({ type: 'CLOSE_VOTE', at: CLOSES_AT, by: { id: 'c', role: 'committee' } } as never);
    const members = actor.getSnapshot().context.decision?.outcomes[1];
    expect(members).toMatchObject({ quorumMet: true, passed: true, agree: { headcount: 6 } });
    expect(members?.election).toBeUndefined();
  });

  // SH 34: "……受理业主委员会备案后，应当在二十日内完成备案手续，并将备案资料抄送区房屋行政管理部门。"
  it('upgrades the recorded version-7 snapshot (test/fixtures/v7-assembly-snapshot.json) to 8', () => {
    expect(ASSEMBLY_SNAPSHOT_VERSION).toBe(8);
    const recorded = JSON.parse(
      readFileSync(new URL('../fixtures/v7-assembly-snapshot.json', import.meta.url), 'utf8'),
    );
    // Recorded counted, the statute's change filed by the committee on 05-06, before the
    // completion and the profile's settings for it existed.
    expect(recorded.value).toBe('counted');
    expect(recorded.context.rulesFiling.filer).toBeUndefined();
    expect(recorded.context.rulesFiling.completion).toBeUndefined();
    expect(recorded.context.profile.term.changeFilingCompletion).toBeUndefined();
    const upgraded = assemblyMigrations[7](recorded) as typeof recorded;
    expect(upgraded.context.rulesFiling).toEqual({
      ...recorded.context.rulesFiling,
      filer: 'committee',
      completion: null,
    });
    expect({ ...upgraded.context, rulesFiling: undefined }).toEqual({
      ...recorded.context,
      rulesFiling: undefined,
    });
    expect(assemblyMigrations[7](upgraded)).toBe(upgraded);
    // A meeting without a filing is unchanged.
    const unfiled = { context: { ...recorded.context, rulesFiling: null } };
    expect(assemblyMigrations[7](unfiled)).toBe(unfiled);
    expect(() => assemblyMigrations[7]({ context: {} })).toThrow(/assembly migration/);
    // The restored meeting goes on: the street office completes the filing. The profile held
    // predates the period, so no deadline was started and the completion is not late; the
    // profile held predates the copy too.
    const actor = createActor(assemblyMachine, {
      snapshot: upgraded,
      input: meetingInput(),
    }).start();
    expect(actor.getSnapshot().context.deadlines['rules-filing-completion']).toBeUndefined();
    actor.send({
      type: 'COMPLETE_RULES_FILING',
      at: '2026-06-30T10:00:00+08:00',
      by: { id: 's', role: 'street-office' },
      reference: 'done',
    } as never);
    expect(actor.getSnapshot().context.rulesFiling?.completion).toEqual({
      at: '2026-06-30T10:00:00+08:00',
      by: 's',
      reference: 'done',
      late: false,
      copiedToDistrict: false,
    });
  });

  it('a meeting with an election item round-trips through JSON and goes on counting it', () => {
    const h = start();
    h.call([
      {
        id: 'members',
        kind: 'elect-committee',
        title: '补选委员',
        election: {
          seats: 1,
          candidates: [
            { id: 'c1', name: '甲' },
            { id: 'c2', name: '乙' },
          ],
        },
      },
    ]);
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    for (const u of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']) {
      h.send('CAST_BALLOT', 'system', '2026-04-18T10:00:00+08:00', {
        sheet: sheetOf(u, { members: { approve: ['c1'] } } as never),
      });
    }
    const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    const restored = createActor(assemblyMachine, {
      snapshot: json,
      input: meetingInput(),
    }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'CAST_BALLOT',
      at: '2026-04-19T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: sheetOf('u7', { members: { approve: ['c2'] } } as never, '2026-04-19T10:00:00+08:00'),
    } as never);
    restored.send({
      type: 'CLOSE_VOTE',
      at: CLOSES_AT,
      by: { id: 'c', role: 'committee' },
    } as never);
    const outcome = restored.getSnapshot().context.decision?.outcomes[0];
    // 7 of 10 take part; c1 6 of 7, c2 1 of 7.
    expect(outcome?.participation.headcount).toBe(7);
    expect(outcome?.election?.elected).toEqual(['c1']);
  });

  it('a meeting with transfers round-trips through JSON and goes on', () => {
    const h = start();
    h.call();
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    h.send('CAST_BALLOT', 'system', '2026-04-18T10:00:00+08:00', {
      sheet: sheetOf('u1', { statute: 'agree' }),
    });
    h.send('RECORD_TRANSFER', 'system', '2026-04-19T10:00:00+08:00', {
      unitId: 'u1',
      from: ['o-u1'],
      to: ['n-1'],
      registeredAt: '2026-04-19T09:00:00+08:00',
    });
    h.send('RECORD_TRANSFER', 'system', '2026-04-19T10:00:00+08:00', {
      unitId: 'u2',
      from: ['o-u2'],
      to: ['n-2'],
      registeredAt: '2026-04-19T09:00:00+08:00',
    });
    const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    expect(json.context.transfers).toHaveLength(2);
    const restored = createActor(assemblyMachine, {
      snapshot: json,
      input: meetingInput(),
    }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'CAST_BALLOT',
      at: '2026-04-20T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: { ...sheetOf('u2', { statute: 'agree' }, '2026-04-20T10:00:00+08:00'), castBy: 'n-2' },
    } as never);
    restored.send({
      type: 'CAST_BALLOT',
      at: '2026-04-20T10:00:00+08:00',
      by: { id: 'system', role: 'system' },
      sheet: { ...sheetOf('u1', { statute: 'agree' }, '2026-04-20T10:00:00+08:00'), castBy: 'n-1' },
    } as never);
    restored.send({
      type: 'CLOSE_VOTE',
      at: CLOSES_AT,
      by: { id: 'c', role: 'committee' },
    } as never);
    const statute = restored.getSnapshot().context.decision?.outcomes[0];
    // u1's old answer stands (n-1 refused), n-2 answers for u2.
    expect(statute?.participation.headcount).toBe(2);
    expect(restored.getSnapshot().context.ballots?.sheets.map((x) => x.castBy)).toEqual([
      'o-u1',
      'n-2',
    ]);
  });
});
