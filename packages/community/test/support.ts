// Shared helpers: a host on a temp SQLite file with a settable clock, small rolls, events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RollInput } from '@jiayuan/core';
import { createHost, type Host, type HostOptions, openSqliteStore } from '@jiayuan/host';
import { COMMUNITY_MACHINES, type CommunityAccepted, type CommunityResult } from '../src/index.js';

/** A host on a fresh temp database whose clock the test moves (with host options, if any). */
export async function tempHost(
  options: Pick<HostOptions, 'scopesOf' | 'clockSkewMs'> = {},
): Promise<{
  host: Host;
  setClock: (iso: string) => void;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'jiayuan-community-'));
  const store = await openSqliteStore({ path: join(dir, 'test.db'), synchronous: 'normal' });
  let now = new Date('2026-03-02T01:00:00Z');
  const host = createHost({ ...options, store, machines: COMMUNITY_MACHINES, clock: () => now });
  return {
    host,
    setClock: (iso) => {
      now = new Date(iso);
    },
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ten owners o1…o10, one 100 m² flat each. */
export const ROLL: RollInput = {
  complexId: 'c1',
  owners: Array.from({ length: 10 }, (_, i) => ({ id: `o${i + 1}` })),
  units: Array.from({ length: 10 }, (_, i) => ({
    id: `u${i + 1}`,
    building: '1号楼',
    status: 'delivered' as const,
    owners: [`o${i + 1}`],
    areas: { register: 10_000 },
  })),
};

/** An event from `role` at `at`. */
export function ev(
  type: string,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
  id = `${role}-1`,
): Record<string, unknown> {
  return { type, at, by: { id, role }, ...payload };
}

/** Shanghai local time. */
export const D = (s: string) => `${s}+08:00`;

/** A lawful Shanghai preparatory group: 4 owners, developer, street (leader), residents' committee. */
export const GROUP = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-o4', seat: 'owner' },
  { id: 'g-dev', seat: 'developer' },
  { id: 'g-street', seat: 'street', leader: true },
  { id: 'g-rc', seat: 'residents-committee' },
];

const dayAfter = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Elects a five-seat first committee from the drafts state: o1…o5 nominated on `start`, vetted
 * 3 days later, reported (8), jointly reviewed (13), the meeting posted (18) for 15 days later
 * (33), eight owners approving all five; returns what closing the vote returned.
 */
export async function electFirstCommittee<T>(
  send: (e: Record<string, unknown>) => Promise<T>,
  start: string,
): Promise<T> {
  const on = (days: number, time = '09:00:00') => D(`${dayAfter(start, days)}T${time}`);
  const candidates = ['o1', 'o2', 'o3', 'o4', 'o5'];
  for (const id of candidates) {
    await send(ev('NOMINATE', 'owner', on(0), { candidateId: id }, id));
    await send(ev('SIGN_UNDERTAKING', 'owner', on(0), { candidateId: id }, id));
  }
  for (const id of candidates) {
    await send(ev('VET_CANDIDATE', 'preparatory-group', on(3), { candidateId: id, grounds: [] }));
  }
  await send(ev('REPORT_CANDIDATES', 'preparatory-group', on(8)));
  await send(ev('JOINT_REVIEW', 'street-party-committee', on(13), { struck: [] }));
  await send(ev('POST_NOTICE', 'preparatory-group', on(18), { meetingAt: on(33) }));
  await send(ev('OPEN_ELECTION', 'preparatory-group', on(33), { closesAt: on(33, '17:00:00') }));
  for (let i = 1; i <= 8; i++) {
    const ballot = { ballotId: `b${i}`, unitId: `u${i}`, castBy: `o${i}`, channel: 'paper' };
    await send(
      ev('CAST_BALLOT', 'owner', on(33, '10:00:00'), { ...ballot, approve: candidates }, `o${i}`),
    );
  }
  return send(ev('CLOSE_ELECTION', 'preparatory-group', on(33, '17:00:00')));
}

/** A coordinator call the test expects to go through; a refusal fails it with its rejection. */
export function ok(r: CommunityResult): CommunityAccepted {
  if (!r.ok) throw new Error(JSON.stringify(r.rejection));
  return r;
}
