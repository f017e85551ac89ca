import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  diffDeadlines,
  GENESIS_HASH,
  HostError,
  hashRecord,
  MachineRegistry,
  pendingOf,
  UnknownMachineError,
  UnknownVersionError,
} from '../src/index.js';
import { petitionV1, petitionV2 } from './support/petition.js';

describe('canonicalJson and hashRecord', () => {
  it('ignores key order and changes with any covered field', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: null }] })).toBe(
      '{"a":[1,{"c":null,"d":2}],"b":1}',
    );
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    const fields = {
      processId: 'p',
      seq: 1,
      kind: 'event',
      machineVersion: 1,
      key: null,
      body: { type: 'NOTE', n: 1 },
      recordedAt: '2026-03-02T00:00:00.000Z',
      prevHash: GENESIS_HASH,
    };
    const hash = hashRecord(fields);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecord({ ...fields, body: { n: 1, type: 'NOTE' } })).toBe(hash);
    for (const changed of [
      { processId: 'q' },
      { seq: 2 },
      { kind: 'start' },
      { machineVersion: 2 },
      { key: 'k' },
      { body: { type: 'NOTE', n: 2 } },
      { recordedAt: '2026-03-02T00:00:00.001Z' },
      { prevHash: 'f'.repeat(64) },
    ]) {
      expect(hashRecord({ ...fields, ...changed })).not.toBe(hash);
    }
  });
});

describe('diffDeadlines and pendingOf', () => {
  it('schedules new and moved deadlines and cancels dropped ones', () => {
    const before = new Map([
      ['a', '2026-03-12T16:00:00.000Z'],
      ['b', '2026-03-13T16:00:00.000Z'],
      ['c', '2026-03-14T16:00:00.000Z'],
    ]);
    const after = new Map([
      ['a', '2026-03-12T16:00:00.000Z'],
      ['b', '2026-03-20T16:00:00.000Z'],
      ['d', '2026-03-21T16:00:00.000Z'],
    ]);
    expect(diffDeadlines(before, after)).toEqual({
      schedule: [
        { deadlineId: 'b', dueAt: '2026-03-20T16:00:00.000Z' },
        { deadlineId: 'd', dueAt: '2026-03-21T16:00:00.000Z' },
      ],
      cancel: ['c'],
    });
  });

  it('sees no pending deadline in an ended process', () => {
    const entry = {
      id: 'a',
      status: 'pending',
      due: { dueAt: '2026-03-12T16:00:00.000Z' },
    };
    const snapshot = { status: 'active', context: { deadlines: { a: entry } } };
    expect([...pendingOf(snapshot)]).toEqual([['a', '2026-03-12T16:00:00.000Z']]);
    expect([...pendingOf({ ...snapshot, status: 'done' })]).toEqual([]);
  });
});

describe('MachineRegistry', () => {
  it('refuses duplicate ids and bad versions', () => {
    expect(() => new MachineRegistry([petitionV1, petitionV1])).toThrow(HostError);
    expect(() => new MachineRegistry([{ ...petitionV1, version: 0 }])).toThrow(/positive integer/);
  });

  it('upgrades one step at a time and names what is missing', () => {
    const registry = new MachineRegistry([petitionV2]);
    const upgraded = registry.upgrade({
      machine: 'petition',
      version: 1,
      snapshot: { context: { count: 3 } },
    });
    expect(upgraded).toEqual({
      machine: 'petition',
      version: 2,
      snapshot: { context: { count: 3, label: 'none' } },
    });
    expect(() => registry.upgrade({ machine: 'petition', version: 3, snapshot: {} })).toThrow(
      UnknownVersionError,
    );
    expect(() => registry.upgrade({ machine: 'petition', version: 1.5, snapshot: {} })).toThrow(
      UnknownVersionError,
    );
    expect(() => registry.upgrade({ machine: 'nope', version: 1, snapshot: {} })).toThrow(
      UnknownMachineError,
    );
  });
});
