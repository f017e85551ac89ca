// Shared helpers: a host on a temp SQLite file with a settable clock, small rolls, events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RollInput } from '@jiayuan/core';
import { createHost, type Host, openSqliteStore } from '@jiayuan/host';
import { COMMUNITY_MACHINES } from '../src/index.js';

/** A host on a fresh temp database whose clock the test moves. */
export async function tempHost(): Promise<{
  host: Host;
  setClock: (iso: string) => void;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'jiayuan-community-'));
  const store = await openSqliteStore({ path: join(dir, 'test.db'), synchronous: 'normal' });
  let now = new Date('2026-03-02T01:00:00Z');
  const host = createHost({ store, machines: COMMUNITY_MACHINES, clock: () => now });
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
