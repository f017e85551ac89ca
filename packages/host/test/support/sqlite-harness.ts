import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { openSqliteStore } from '../../src/index.js';
import type { StoreHarness } from './contract.js';

/** A fresh SQLite store file in a temporary directory. */
export async function sqliteHarness(): Promise<StoreHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'jiayuan-host-'));
  const path = join(dir, 'host.db');
  return {
    open: () => openSqliteStore({ path, synchronous: 'normal' }),
    tamper: async (sql, params) => {
      const db = new Database(path);
      try {
        db.prepare(sql).run(...params);
      } finally {
        db.close();
      }
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
