// A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, pg_ctl start on a
// free 127.0.0.1 port, stop and delete afterwards. Needs Debian's PostgreSQL binaries
// (scripts/setup-postgres.sh); when they are missing the tests fail with that message.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A running throwaway cluster. */
export interface PgCluster {
  /** The connection string of database `name`. */
  url(name: string): string;
  /** Creates an empty database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  /** Runs one statement (with `?` placeholders) against database `name`. */
  query(name: string, sql: string, params?: readonly unknown[]): Promise<void>;
  stop(): Promise<void>;
}

/** Where `initdb` and `pg_ctl` live, or an error saying how to install them. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb. Run `bash scripts/setup-postgres.sh` (installs Debian's postgresql package) and run the tests again.",
    );
  }
  return join(root, newest, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster. As root, initdb and pg_ctl run as the `postgres` user (PostgreSQL refuses to
 * run as root). `fsync` stays on unless `fast` is set (tests that do not measure durability).
 */
export async function startCluster(options: { readonly fast?: boolean } = {}): Promise<PgCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'jiayuan-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const exec = (file: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, file), ...args])
      : run(join(bin, file), args);
  const data = join(dir, 'data');
  const port = await freePort();
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const settings = [
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    `-p ${port}`,
    '-c max_connections=200',
    ...(options.fast
      ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']
      : []),
  ].join(' ');
  await exec('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', 'start']);
  const url = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  const query = async (name: string, sql: string, params: readonly unknown[] = []) => {
    const client = new pg.Client({ connectionString: url(name) });
    await client.connect();
    try {
      let n = 0;
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        [...params],
      );
    } finally {
      await client.end();
    }
  };
  return {
    url,
    query,
    createDatabase: async (name) => {
      await query('postgres', `CREATE DATABASE "${name}"`);
      return url(name);
    },
    stop: async () => {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
