import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '../src/postgres.js';
import { runContract } from './support/contract.js';
import { runProfileContract } from './support/contract-profiles.js';
import { type PgCluster, startCluster } from './support/postgres-cluster.js';

let cluster: PgCluster;
let count = 0;

beforeAll(async () => {
  cluster = await startCluster({ fast: true });
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

const postgresHarness = async () => {
  const name = `contract_${++count}`;
  const connectionString = await cluster.createDatabase(name);
  return {
    open: () => openPostgresStore({ connectionString, poolSize: 4 }),
    tamper: (sql: string, params: readonly unknown[]) => cluster.query(name, sql, params),
    dispose: async () => {},
  };
};

runContract('PostgreSQL + pg-boss', postgresHarness);
runProfileContract('PostgreSQL + pg-boss', postgresHarness);
