// Where the street office keeps its processes: PostgreSQL when `DATABASE_URL` is set (deadlines
// then go through pg-boss), else the embedded SQLite file `JIAYUAN_DB`.
import { type HostStore, openSqliteStore } from '@jiayuan/host';

/** Opens the store the environment names. */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<HostStore> {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    // Loaded only here, so a SQLite deployment never loads the PostgreSQL driver.
    const { openPostgresStore } = await import('@jiayuan/host/postgres');
    return openPostgresStore({ connectionString: url });
  }
  return openSqliteStore({ path: env.JIAYUAN_DB ?? 'street-office.db' });
}
